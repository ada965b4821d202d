// The stock-flow model of docs/model.md section 4.1, per regeling (and segment), monthly:
//
//     V[m] = V[m-1] + I[m] - u * V[m-1] - X[m] + R[m]
//
// I: instroom (the base-period mean, times the scenario factor, plus shocks); u: the monthly
// uitstroom rate (base-period uitstroom / the sum of the previous-month stands); X: extra
// uitstroom of aanvalsplan acties; R: herinstroom of earlier extra exits. Exact decimals; pure.

import type { Regeling } from '../terms.js';
import { D, ZERO, type Decimal } from '../../money.js';
import { monthFromIndex, monthIndex, type Month } from '../../period.js';

export interface SeriesKey {
  regeling: Regeling;
  segment?: string;
}

export const seriesId = (k: SeriesKey) => (k.segment ? `${k.regeling}/${k.segment}` : k.regeling);

/** The history of one series: month-end stands and flows by month index. */
export interface SeriesHistory {
  key: SeriesKey;
  stands: ReadonlyMap<number, number>;
  flows: ReadonlyMap<number, { instroom: number; uitstroom: number }>;
}

/** What the base period says about a series. */
export interface BaseEstimate {
  key: SeriesKey;
  van: Month;
  tot: Month;
  maanden: number;
  totaalInstroom: number;
  totaalUitstroom: number;
  /** The sum of the previous-month stands over the base months: the denominator of u. */
  somVorigeStanden: number;
  /** Mean monthly instroom over the base period. */
  instroom: Decimal;
  /** Monthly uitstroom rate: totaalUitstroom / somVorigeStanden. */
  uitstroomKans: Decimal;
}

export type BaseProblem = { soort: 'geen-gegevens'; maanden: Month[] };

/**
 * Estimate I and u over the months van..tot. Every base month needs its flows and the stand of
 * the month before; a month without them is a problem, not silently skipped.
 */
export function estimateBase(history: SeriesHistory, van: Month, tot: Month): BaseEstimate | BaseProblem {
  const missing: Month[] = [];
  let instroom = 0;
  let uitstroom = 0;
  let somVorige = 0;
  for (let i = monthIndex(van); i <= monthIndex(tot); i++) {
    const flow = history.flows.get(i);
    const before = history.stands.get(i - 1);
    if (!flow || before === undefined) {
      missing.push(monthFromIndex(i));
      continue;
    }
    instroom += flow.instroom;
    uitstroom += flow.uitstroom;
    somVorige += before;
  }
  if (missing.length) return { soort: 'geen-gegevens', maanden: missing };
  const maanden = monthIndex(tot) - monthIndex(van) + 1;
  return {
    key: history.key,
    van,
    tot,
    maanden,
    totaalInstroom: instroom,
    totaalUitstroom: uitstroom,
    somVorigeStanden: somVorige,
    instroom: D(instroom).div(maanden),
    uitstroomKans: somVorige === 0 ? ZERO : D(uitstroom).div(somVorige),
  };
}

export interface MonthFigures {
  maand: Month;
  volume: Decimal;
  /** All entries: I[m] + R[m]. */
  instroom: Decimal;
  /** All exits: u * V[m-1] + X[m]. */
  uitstroom: Decimal;
}

export interface ProjectionParams {
  /** I per month before extras (the base mean times the scenario factor). */
  instroom: Decimal;
  /** u (the base rate times the scenario factor). */
  uitstroomKans: Decimal;
  /** Per month index: extra instroom (shocks; may be negative for prevention). */
  extraInstroom?: ReadonlyMap<number, Decimal>;
  /** Per month index: X, extra exits. */
  extraUitstroom?: ReadonlyMap<number, Decimal>;
  /** Per month index: R, herinstroom. */
  herinstroom?: ReadonlyMap<number, Decimal>;
}

/**
 * Project from the stand at `start` through `tot` (both month-end; `start` itself not repeated).
 * Absent extras add nothing: I[m] = I + extra + R and u * V[m-1] + X skip the terms a month does
 * not have, which gives the same exact values as adding zero (no value here is a negative zero).
 */
export function projectSeries(start: { maand: Month; volume: Decimal }, tot: Month, p: ProjectionParams): MonthFigures[] {
  const out: MonthFigures[] = [];
  // sum() starts from zero: I itself, but never a negative zero.
  const base = ZERO.plus(p.instroom);
  let previous = start.volume;
  for (let i = monthIndex(start.maand) + 1; i <= monthIndex(tot); i++) {
    const extra = p.extraInstroom?.get(i);
    const back = p.herinstroom?.get(i);
    let instroom = extra ? base.plus(extra) : base;
    if (back) instroom = instroom.plus(back);
    const leaving = previous.times(p.uitstroomKans);
    const x = p.extraUitstroom?.get(i);
    const uitstroom = x ? leaving.plus(x) : leaving.isZero() ? ZERO : leaving;
    const volume = previous.plus(instroom).minus(uitstroom);
    out.push({ maand: monthFromIndex(i), volume, instroom, uitstroom });
    previous = volume;
  }
  return out;
}
