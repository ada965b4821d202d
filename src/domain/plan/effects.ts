// What acties do to the model, month by month. Pure and linear: effects of several acties add up.
//
// - instroom:  I[m] lower by the ramp.
// - uitstroom: X[m] higher by the ramp; herinstroom R[m + d] = share x X[m].
// - lks:       as uitstroom on the regeling (PW), and the placements cost lks_prijs a year for
//              as long as the PW volume is lower because of them. By linearity that reduction is
//              D[m] = D[m-1](1 - u) + X[m] - R[m]: the model's own deadweight.
// - verlaging: benefits continue at a lower amount; the reduced benefits C[m] = C[m-1](1 - u) +
//              ramp[m] leave at the model's rate, and save verlaging_pct of the prijs meanwhile.

import type { Regeling } from '../terms.js';
import { D, ZERO, type Decimal } from '../../money.js';
import { monthIndex, yearOf, monthFromIndex, type Month } from '../../period.js';
import type { Actie } from './actie.js';

export interface SeriesEffect {
  extraInstroom: Map<number, Decimal>;
  extraUitstroom: Map<number, Decimal>;
  herinstroom: Map<number, Decimal>;
  /** The benefits a verlaging reduces, per month: never more than the stand (the forecast checks). */
  verlaagd: Map<number, Decimal>;
}

export interface PlanEffects {
  series: Map<string, SeriesEffect>;
  /** Lasten outside the volume x prijs of the model: LKS placements (+), verlagingen (-). */
  extraLasten: Map<number, Decimal>;
  /** The part of extraLasten that is LKS placements: what the LKS deelbudget follows. */
  lksLasten: Map<number, Decimal>;
  kosten: Map<number, Decimal>;
  /** Acties on a regeling the data have no series for. */
  zonderReeks: string[];
  /** Acties spread over the segments of their regeling, with the shares. */
  verdeeld: { code: string; delen: { reeks: string; aandeel: Decimal }[] }[];
}

export interface EffectContext {
  /** The first projected month and the last. */
  eersteMaand: Month;
  horizon: Month;
  /** The series an actie on a regeling goes to, with their u and share (see targetsOf). */
  reeksen: (regeling: Regeling) => { id: string; uitstroomKans: Decimal; aandeel: Decimal }[];
  /** The prijs of a regeling in a year, from the base run. */
  prijs: (regeling: Regeling, jaar: number) => Decimal | undefined;
}

const add = (m: Map<number, Decimal>, k: number, v: Decimal) => m.set(k, (m.get(k) ?? ZERO).plus(v));

/** The ramp of one actie: aantal spread evenly over its ingroei months, within the projection. */
export function ramp(actie: Pick<Actie, 'aantal' | 'start' | 'ingroei_maanden'>, horizon: Month): Map<number, Decimal> {
  const perMonth = D(actie.aantal).div(actie.ingroei_maanden);
  const out = new Map<number, Decimal>();
  // Months beyond the horizon are dropped, so the loop stops there, whatever the ramp's length.
  const last = Math.min(monthIndex(actie.start) + actie.ingroei_maanden - 1, monthIndex(horizon));
  for (let m = monthIndex(actie.start); m <= last; m++) out.set(m, perMonth);
  return out;
}

export function planEffects(acties: readonly Actie[], ctx: EffectContext): PlanEffects {
  const series = new Map<string, SeriesEffect>();
  const extraLasten = new Map<number, Decimal>();
  const lksLasten = new Map<number, Decimal>();
  const kosten = new Map<number, Decimal>();
  const zonderReeks: string[] = [];
  const verdeeld: PlanEffects['verdeeld'] = [];
  const first = monthIndex(ctx.eersteMaand);
  const last = monthIndex(ctx.horizon);

  for (const a of acties) {
    const targets = ctx.reeksen(a.regeling);
    if (targets.length === 0) {
      zonderReeks.push(a.code);
      continue;
    }
    if (targets.length > 1) verdeeld.push({ code: a.code, delen: targets.map((t) => ({ reeks: t.id, aandeel: t.aandeel })) });
    const kostenPerMonth = a.kosten.div(a.ingroei_maanden);
    for (const m of ramp(a, ctx.horizon).keys()) add(kosten, yearOf(monthFromIndex(m)), kostenPerMonth);
    for (const target of targets) {
      const effect = series.get(target.id) ?? { extraInstroom: new Map(), extraUitstroom: new Map(), herinstroom: new Map(), verlaagd: new Map() };
      series.set(target.id, effect);
      const r = new Map([...ramp(a, ctx.horizon)].map(([m, v]) => [m, v.times(target.aandeel)]));
      applyActie(a, r, target.uitstroomKans, effect, { extraLasten, lksLasten }, ctx, first, last);
    }
  }
  return { series, extraLasten, lksLasten, kosten, zonderReeks, verdeeld };
}

/** One actie's ramp `r` on one series with uitstroom rate `u`. */
function applyActie(
  a: Actie,
  r: ReadonlyMap<number, Decimal>,
  u: Decimal,
  effect: SeriesEffect,
  { extraLasten, lksLasten }: { extraLasten: Map<number, Decimal>; lksLasten: Map<number, Decimal> },
  ctx: EffectContext,
  first: number,
  last: number,
): void {
  if (a.hefboom === 'instroom') {
    for (const [m, v] of r) add(effect.extraInstroom, m, v.neg());
    return;
  }
  if (a.hefboom === 'verlaging') {
    // Reduced benefits, leaving at the model's rate; each saves a share of the prijs.
    let stock = ZERO;
    for (let m = first; m <= last; m++) {
      stock = stock.times(D(1).minus(u)).plus(r.get(m) ?? ZERO);
      if (!stock.isZero()) add(effect.verlaagd, m, stock);
      const jaar = yearOf(monthFromIndex(m));
      const prijs = ctx.prijs(a.regeling, jaar) ?? ZERO;
      add(extraLasten, jaar, stock.div(12).times(prijs).times(a.verlaging_pct ?? ZERO).div(100).neg());
    }
    return;
  }
  // uitstroom and lks: extra exits, some of whom come back.
  const back = new Map<number, Decimal>();
  for (const [m, v] of r) {
    add(effect.extraUitstroom, m, v);
    const returns = v.times(a.herinstroom_pct).div(100);
    if (!returns.isZero() && m + a.herinstroom_na_maanden <= last) {
      add(effect.herinstroom, m + a.herinstroom_na_maanden, returns);
      add(back, m + a.herinstroom_na_maanden, returns);
    }
  }
  if (a.hefboom === 'lks') {
    let placed = ZERO;
    for (let m = first; m <= last; m++) {
      placed = placed.times(D(1).minus(u)).plus(r.get(m) ?? ZERO).minus(back.get(m) ?? ZERO);
      const cost = placed.div(12).times(a.lks_prijs ?? ZERO);
      add(extraLasten, yearOf(monthFromIndex(m)), cost);
      add(lksLasten, yearOf(monthFromIndex(m)), cost);
    }
  }
}
