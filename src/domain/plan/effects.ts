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
  /** Told of every actie whose effects are computed (a runner counts them). */
  computing?: (actie: Actie) => void;
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

/**
 * The effects of one actie, computed once. Besides its own sums it keeps its yearly amounts in
 * the order the model adds them, so that effects of several acties add up to exactly the sums
 * of computing them together.
 */
export interface ActieEffect extends PlanEffects {
  lastenParts: [number, Decimal][];
  lksParts: [number, Decimal][];
  kostenParts: [number, Decimal][];
}

export function actieEffect(a: Actie, ctx: EffectContext): ActieEffect {
  ctx.computing?.(a);
  const effect: ActieEffect = { series: new Map(), extraLasten: new Map(), lksLasten: new Map(), kosten: new Map(), zonderReeks: [], verdeeld: [], lastenParts: [], lksParts: [], kostenParts: [] };
  const targets = ctx.reeksen(a.regeling);
  if (targets.length === 0) {
    effect.zonderReeks.push(a.code);
    return effect;
  }
  if (targets.length > 1) effect.verdeeld.push({ code: a.code, delen: targets.map((t) => ({ reeks: t.id, aandeel: t.aandeel })) });
  const kostenPerMonth = a.kosten.div(a.ingroei_maanden);
  for (const m of ramp(a, ctx.horizon).keys()) {
    const jaar = yearOf(monthFromIndex(m));
    effect.kostenParts.push([jaar, kostenPerMonth]);
    add(effect.kosten, jaar, kostenPerMonth);
  }
  const lasten = (jaar: number, v: Decimal, lks: boolean) => {
    effect.lastenParts.push([jaar, v]);
    add(effect.extraLasten, jaar, v);
    if (!lks) return;
    effect.lksParts.push([jaar, v]);
    add(effect.lksLasten, jaar, v);
  };
  const first = monthIndex(ctx.eersteMaand);
  const last = monthIndex(ctx.horizon);
  for (const target of targets) {
    const own = effect.series.get(target.id) ?? { extraInstroom: new Map(), extraUitstroom: new Map(), herinstroom: new Map(), verlaagd: new Map() };
    effect.series.set(target.id, own);
    const r = new Map([...ramp(a, ctx.horizon)].map(([m, v]) => [m, v.times(target.aandeel)]));
    applyActie(a, r, target.uitstroomKans, own, lasten, ctx, first, last);
  }
  return effect;
}

const emptySeries = (): SeriesEffect => ({ extraInstroom: new Map(), extraUitstroom: new Map(), herinstroom: new Map(), verlaagd: new Map() });

/** The effects of several acties together: summed in actie order, as computing them together would. */
export function sumEffects(effects: readonly ActieEffect[]): PlanEffects {
  const total: PlanEffects = { series: new Map(), extraLasten: new Map(), lksLasten: new Map(), kosten: new Map(), zonderReeks: [], verdeeld: [] };
  for (const e of effects) {
    for (const [id, own] of e.series) {
      const into = total.series.get(id) ?? total.series.set(id, emptySeries()).get(id)!;
      for (const k of ['extraInstroom', 'extraUitstroom', 'herinstroom', 'verlaagd'] as const) for (const [m, v] of own[k]) add(into[k], m, v);
    }
    for (const [jaar, v] of e.lastenParts) add(total.extraLasten, jaar, v);
    for (const [jaar, v] of e.lksParts) add(total.lksLasten, jaar, v);
    for (const [jaar, v] of e.kostenParts) add(total.kosten, jaar, v);
    total.zonderReeks.push(...e.zonderReeks);
    total.verdeeld.push(...e.verdeeld);
  }
  return total;
}

/** All acties but one: the total minus that actie's effects (the effects are linear). */
export function withoutEffect(total: PlanEffects, own: ActieEffect): PlanEffects {
  const minus = (from: ReadonlyMap<number, Decimal>, what: ReadonlyMap<number, Decimal> | undefined) => new Map([...from].map(([k, v]) => [k, what?.has(k) ? v.minus(what.get(k)!) : v]));
  const series = new Map(
    [...total.series].map(([id, t]) => {
      const o = own.series.get(id);
      return [
        id,
        {
          extraInstroom: minus(t.extraInstroom, o?.extraInstroom),
          extraUitstroom: minus(t.extraUitstroom, o?.extraUitstroom),
          herinstroom: minus(t.herinstroom, o?.herinstroom),
          verlaagd: minus(t.verlaagd, o?.verlaagd),
        },
      ];
    }),
  );
  const codes = new Set([...own.zonderReeks, ...own.verdeeld.map((v) => v.code)]);
  return {
    series,
    extraLasten: minus(total.extraLasten, own.extraLasten),
    lksLasten: minus(total.lksLasten, own.lksLasten),
    kosten: minus(total.kosten, own.kosten),
    zonderReeks: total.zonderReeks.filter((c) => !codes.has(c)),
    verdeeld: total.verdeeld.filter((v) => !codes.has(v.code)),
  };
}

/** One actie's ramp `r` on one series with uitstroom rate `u`. */
function applyActie(
  a: Actie,
  r: ReadonlyMap<number, Decimal>,
  u: Decimal,
  effect: SeriesEffect,
  lasten: (jaar: number, amount: Decimal, lks: boolean) => void,
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
      lasten(
        jaar,
        stock
          .div(12)
          .times(prijs)
          .times(a.verlaging_pct ?? ZERO)
          .div(100)
          .neg(),
        false,
      );
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
      placed = placed
        .times(D(1).minus(u))
        .plus(r.get(m) ?? ZERO)
        .minus(back.get(m) ?? ZERO);
      lasten(yearOf(monthFromIndex(m)), placed.div(12).times(a.lks_prijs ?? ZERO), true);
    }
  }
}
