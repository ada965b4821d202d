// The simulation's model: the deterministic forecast of a scenario turned into plain numbers
// (binary floats) that the Monte Carlo kernel can run fast. Built once per run; it holds what
// the forecast computed (start stands, I, u, prijzen, baten, budgets) and, per source of
// uncertainty, what a path may draw (the shocks and acties as separate parts, so each can be
// scaled by its own drawn factor).

import type { BudgetFase, Forecast, SeriesAssumption } from '../forecast/types.js';
import type { Onzekerheid, Schok } from '../forecast/scenario.js';
import { shocksPerSeries } from '../forecast/months.js';
import { seriesId, type SeriesHistory } from '../forecast/stockflow.js';
import type { Actie } from '../plan/actie.js';
import type { PlanEffects } from '../plan/effects.js';
import type { Regeling } from '../terms.js';
import { roundHalfUp, type Decimal } from '../../money.js';
import { monthIndex, yearOf } from '../../period.js';
import { instroomSpreiding, uitstroomkansFout, type InstroomSpreiding } from './estimate.js';

/** A part of the monthly extras that one drawn factor scales (a shock, an actie). */
export interface Deel {
  /** Index into a path's factors. */
  factor: number;
  instroom?: Float64Array;
  uitstroom?: Float64Array;
  herinstroom?: Float64Array;
}

export interface SimReeks {
  id: string;
  /** Index into the model's regelingen. */
  regeling: number;
  /** The first projected month, as an offset into the month grid. */
  eerste: number;
  start: number;
  instroom: number;
  spreiding: InstroomSpreiding;
  /** Variance / mean of the instroom draws; 1 for Poisson. */
  dispersie: number;
  u: number;
  uFout: number;
  delen: Deel[];
}

/** A drawn factor: uniform between lo and hi (1 and 1 when its source is off). */
export interface Factor {
  soort: 'schok' | 'actie';
  naam: string;
  lo: number;
  hi: number;
}

export interface SimJaar {
  jaar: number;
  /** Per regeling: the sum of the realised stands of the year (constant) and the number of months averaged. */
  vast: Float64Array;
  maanden: Float64Array;
  prijs: Float64Array;
  baten: number;
  /** Per actie factor: the actie's lasten outside volume x prijs in this year. */
  actieLasten: { factor: number; bedrag: number }[];
  budget: number;
  /** The budget as the forecast report shows it, in whole cents (exact: a grown budget often ends in half a cent). */
  budgetCenten: number;
  /** The spread of this year's budget revision (a fraction; 0 when definitief or switched off). */
  budgetSd: number;
  /** A grown budget follows the revision of the year it grew from. */
  budgetGegroeid: boolean;
}

export interface SimModel {
  /** Month index of the first month of the grid, and the number of months. */
  eersteMaand: number;
  maanden: number;
  regelingen: Regeling[];
  reeksen: SimReeks[];
  factoren: Factor[];
  jaren: SimJaar[];
}

const toF = (d: Decimal | undefined) => (d === undefined ? 0 : d.toNumber());

export interface ModelInput {
  forecast: Forecast;
  histories: readonly SeriesHistory[];
  schokken: readonly Schok[];
  acties: readonly Actie[];
  /** The effects of each actie alone (linear: they add up to the plan's). */
  actieEffecten: readonly PlanEffects[];
  onzekerheid: Onzekerheid;
  /** The spread (a fraction) of the revision of a budget in a phase that is not definitief. */
  budgetSd: (fase: BudgetFase) => number;
}

export function simModel(input: ModelInput): SimModel {
  const f = input.forecast;
  const eersteMaand = Math.min(...f.reeksen.map((r) => monthIndex(r.startMaand))) + 1;
  const maanden = monthIndex(f.horizon) - eersteMaand + 1;
  const regelingen = [...new Set(f.reeksen.map((r) => r.key.regeling))];
  const factoren = drawnFactors(input);
  const reeksen = f.reeksen.map((r) => simReeks(r, input, eersteMaand, regelingen));
  addParts(reeksen, input, eersteMaand, maanden);
  const jaren = simJaren(f, regelingen, input.actieEffecten, input.schokken.length, input.onzekerheid.budget.aan ? input.budgetSd : () => 0);
  return { eersteMaand, maanden, regelingen, reeksen, factoren, jaren };
}

function drawnFactors(input: ModelInput): Factor[] {
  const o = input.onzekerheid;
  const range = (aan: boolean, lo: Decimal, hi: Decimal) => (aan ? { lo: lo.toNumber() / 100, hi: hi.toNumber() / 100 } : { lo: 1, hi: 1 });
  return [
    ...input.schokken.map((s): Factor => ({ soort: 'schok', naam: `${s.maand} ${seriesId(s)}`, ...range(o.schokken.aan, o.schokken.bereik.min_pct, o.schokken.bereik.max_pct) })),
    ...input.acties.map((a): Factor => {
      const min = a.realisatie_min_pct ?? o.acties.bereik.min_pct;
      const max = a.realisatie_max_pct ?? o.acties.bereik.max_pct;
      return { soort: 'actie', naam: a.code, ...range(o.acties.aan, min, max) };
    }),
  ];
}

function simReeks(r: SeriesAssumption, input: ModelInput, eersteMaand: number, regelingen: Regeling[]): SimReeks {
  const id = seriesId(r.key);
  const history = input.histories.find((h) => seriesId(h.key) === id)!;
  const { van, tot } = input.forecast.basisperiode;
  const spreiding = instroomSpreiding(history, van, tot);
  const o = input.onzekerheid;
  const dispersie = o.instroom === 'poisson' || (o.instroom === 'automatisch' && !spreiding.overdispersie) ? 1 : Math.max(1, spreiding.dispersie);
  // The scenario's factor scales the rate; its sampling error scales with it.
  const factor = r.base.uitstroomKans.isZero() ? 1 : r.uitstroomKans.div(r.base.uitstroomKans).toNumber();
  return {
    id,
    regeling: regelingen.indexOf(r.key.regeling),
    eerste: monthIndex(r.startMaand) + 1 - eersteMaand,
    start: r.startVolume,
    instroom: r.instroom.toNumber(),
    spreiding,
    dispersie,
    u: r.uitstroomKans.toNumber(),
    uFout: uitstroomkansFout(history, van, tot) * factor,
    delen: [],
  };
}

function monthly(m: ReadonlyMap<number, Decimal> | undefined, eersteMaand: number, maanden: number): Float64Array | undefined {
  if (!m || m.size === 0) return undefined;
  const out = new Float64Array(maanden);
  for (const [i, v] of m) if (i >= eersteMaand && i < eersteMaand + maanden) out[i - eersteMaand] = v.toNumber();
  return out;
}

/** Each shock and each actie as its own part of its series' monthly extras. */
function addParts(reeksen: SimReeks[], input: ModelInput, eersteMaand: number, maanden: number): void {
  const byId = new Map(reeksen.map((r) => [r.id, r]));
  input.schokken.forEach((s, i) => {
    for (const [id, m] of shocksPerSeries(input.forecast.reeksen, [s]).shocks) {
      const instroom = monthly(m, eersteMaand, maanden);
      if (instroom) byId.get(id)!.delen.push({ factor: i, instroom });
    }
  });
  input.actieEffecten.forEach((e, j) => {
    for (const [id, effect] of e.series) {
      const deel: Deel = { factor: input.schokken.length + j };
      const instroom = monthly(effect.extraInstroom, eersteMaand, maanden);
      const uitstroom = monthly(effect.extraUitstroom, eersteMaand, maanden);
      const herinstroom = monthly(effect.herinstroom, eersteMaand, maanden);
      if (instroom) deel.instroom = instroom;
      if (uitstroom) deel.uitstroom = uitstroom;
      if (herinstroom) deel.herinstroom = herinstroom;
      byId.get(id)!.delen.push(deel);
    }
  });
}

/** The projected years: what is fixed in them (realised months, prijzen, baten, budget) and what the paths fill in. */
function simJaren(f: Forecast, regelingen: Regeling[], actieEffecten: readonly PlanEffects[], eersteActie: number, budgetSd: ModelInput['budgetSd']): SimJaar[] {
  const prognose = f.jaren.filter((j) => j.soort === 'prognose');
  return prognose.map((j) => {
    const vast = new Float64Array(regelingen.length);
    const months = regelingen.map(() => new Set<string>());
    for (const m of f.maanden) {
      if (yearOf(m.maand) !== j.jaar) continue;
      const r = regelingen.indexOf(m.key.regeling);
      if (r < 0) continue;
      months[r]!.add(m.maand);
      if (m.soort === 'realisatie') vast[r] = vast[r]! + m.volume.toNumber();
    }
    return {
      jaar: j.jaar,
      vast,
      maanden: Float64Array.from(months.map((s) => s.size)),
      prijs: Float64Array.from(regelingen.map((reg) => toF(j.regelingen.find((x) => x.regeling === reg)?.prijs))),
      baten: j.baten.toNumber(),
      actieLasten: actieEffecten.map((e, i) => ({ factor: eersteActie + i, bedrag: toF(e.extraLasten.get(j.jaar)) })).filter((a) => a.bedrag !== 0),
      budget: j.budget.toNumber(),
      budgetCenten: roundHalfUp(j.budget, 2).times(100).toNumber(),
      budgetSd: j.budgetFase === 'definitief' ? 0 : budgetSd(j.budgetFase),
      budgetGegroeid: j.budgetBron === 'groei',
    };
  });
}
