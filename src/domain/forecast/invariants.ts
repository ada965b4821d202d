// What the model refuses to compute through: an uitstroom rate above 1, a stand below zero or
// beyond STAND_FACTOR x the largest stand in the data, benefits reduced beyond the stand, and
// negative lasten. Each problem names what drives it (a shock, a factor, the horizon, the acties
// of the run, or the data), so the application can point at the input responsible. Pure.

import { MIN_BEDRAG, standGrens } from '../bounds.js';
import { D, ZERO, type Decimal } from '../../money.js';
import { monthIndex, type Month } from '../../period.js';
import { targetsOf } from './base.js';
import type { Scenario } from './scenario.js';
import { projectSeries, seriesId, type SeriesHistory } from './stockflow.js';
import type { Effects, ForecastProblem, MonthRow, Oorzaak, SeriesAssumption, YearResult } from './types.js';

/** Every series whose uitstroom rate, after the scenario's factor, is above 1. */
export function rateProblems(reeksen: readonly SeriesAssumption[]): ForecastProblem[] {
  return reeksen
    .filter((r) => r.uitstroomKans.gt(1))
    .map((r) => ({
      soort: 'uitstroomkans',
      reeks: seriesId(r.key),
      kans: r.uitstroomKans,
      basis: r.base.uitstroomKans,
      factor: r.base.uitstroomKans.isZero() ? D(1) : r.uitstroomKans.div(r.base.uitstroomKans),
    }));
}

export interface StandContext {
  series: readonly SeriesHistory[];
  reeksen: readonly SeriesAssumption[];
  maanden: readonly MonthRow[];
  shocks: ReadonlyMap<string, ReadonlyMap<number, Decimal>>;
  scenario: Pick<Scenario, 'schokken' | 'aannames' | 'horizon'>;
  effects?: Effects;
  horizon: Month;
}

/** The first projected month of each series whose stand leaves [0, the bound], or whose verlaagde benefits exceed it. */
export function standProblems(c: StandContext): ForecastProblem[] {
  const grootste = Math.max(0, ...c.series.flatMap((h) => [...h.stands.values()]));
  const grens = standGrens(grootste);
  const problems: ForecastProblem[] = [];
  const seen = new Set<string>();
  for (const m of c.maanden) {
    const reeks = seriesId(m.key);
    if (m.soort !== 'prognose' || seen.has(reeks)) continue;
    const verlaagd = c.effects?.get(reeks)?.verlaagd?.get(monthIndex(m.maand)) ?? ZERO;
    if (m.volume.isNegative()) problems.push({ soort: 'stand-negatief', reeks, maand: m.maand, volume: m.volume, oorzaak: cause(c, reeks, m.maand, 'laag') });
    else if (m.volume.gt(grens)) problems.push({ soort: 'stand-te-groot', reeks, maand: m.maand, volume: m.volume, grens, grootste, oorzaak: cause(c, reeks, m.maand, 'hoog') });
    else if (verlaagd.gt(m.volume)) problems.push({ soort: 'verlaging-te-groot', reeks, maand: m.maand, verlaagd, volume: m.volume, oorzaak: { soort: 'acties', codes: [] } });
    else continue;
    seen.add(reeks);
  }
  return problems;
}

/**
 * What drives a series' stand out of bounds by `maand`: the acties when the same series without
 * them stays within bounds; else the last negative shock before it (too low), or the largest
 * positive shock, the instroom_factor, the horizon (too high); else the data.
 */
function cause(c: StandContext, reeks: string, maand: Month, richting: 'laag' | 'hoog'): Oorzaak {
  if (c.effects?.has(reeks) && withinWithoutEffects(c, reeks, maand, richting)) return { soort: 'acties', codes: [] };
  const shocks = c.scenario.schokken
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.maand <= maand && targetsOf(c.reeksen, s.regeling, s.segment).some((t) => t.id === reeks))
    .filter(({ s }) => (richting === 'laag' ? s.instroom.isNegative() : s.instroom.gt(0)));
  if (richting === 'laag') {
    const last = shocks.sort((x, y) => monthIndex(x.s.maand) - monthIndex(y.s.maand) || x.index - y.index).pop();
    return last ? { soort: 'schok', index: last.index } : { soort: 'gegevens' };
  }
  const largest = shocks.sort((x, y) => x.s.instroom.comparedTo(y.s.instroom) || y.index - x.index).pop();
  if (largest) return { soort: 'schok', index: largest.index };
  if (c.scenario.aannames.instroom_factor.gt(1)) return { soort: 'instroom_factor' };
  return c.scenario.horizon ? { soort: 'horizon' } : { soort: 'gegevens' };
}

/** Whether the series, projected with its shocks but without the acties' effects, stays within bounds up to `maand`. */
function withinWithoutEffects(c: StandContext, reeks: string, maand: Month, richting: 'laag' | 'hoog'): boolean {
  const r = c.reeksen.find((x) => seriesId(x.key) === reeks)!;
  const grens = standGrens(Math.max(0, ...c.series.flatMap((h) => [...h.stands.values()])));
  const shocks = c.shocks.get(reeks);
  const months = projectSeries({ maand: r.startMaand, volume: D(r.startVolume) }, maand, { instroom: r.instroom, uitstroomKans: r.uitstroomKans, ...(shocks ? { extraInstroom: shocks } : {}) });
  return months.every((m) => (richting === 'laag' ? !m.volume.isNegative() : m.volume.lte(grens)));
}

/**
 * The first year whose budget fell below one euro (a revision of -99.99%, a tiny aandeel, years of
 * shrinking): every percentage of it would run away. The years after it follow from it.
 */
export function budgetProblems(jaren: readonly YearResult[]): ForecastProblem[] {
  const j = jaren.find((y) => y.budget.lt(MIN_BEDRAG));
  return j ? [{ soort: 'budget-te-klein', jaar: j.jaar, budget: j.budget, bron: j.budgetBron }] : [];
}

/** A projected year whose lasten are negative: baten above the bruto lasten, or verlagingen of acties that save more than there is. */
export function lastenProblems(jaren: readonly YearResult[]): ForecastProblem[] {
  return jaren
    .filter((j) => j.soort === 'prognose' && j.lasten.isNegative())
    .map((j) => {
      const zonderActies = j.lasten.minus(j.actieLasten);
      return { soort: 'lasten-negatief', jaar: j.jaar, lasten: j.lasten, oorzaak: zonderActies.isNegative() ? { soort: 'baten' } : { soort: 'acties', codes: [] } };
    });
}
