// The first steps of a forecast: the history per series, the projection window (last month,
// horizon, base period) and what the base period says about each series (I and u).

import { MAX_HORIZON_JAREN } from '../bounds.js';
import type { DataSet } from '../data.js';
import type { Regeling } from '../terms.js';
import { D, type Decimal } from '../../money.js';
import { monthFromIndex, monthIndex, yearOf, type Month } from '../../period.js';
import type { Aannames, Scenario } from './scenario.js';
import { estimateBase, seriesId, type SeriesHistory, type SeriesKey } from './stockflow.js';
import type { ForecastProblem, SeriesAssumption } from './types.js';

export const BASIS_MAANDEN = 24;
export const MIN_BASIS_MAANDEN = 12;

/** Stands and flows per series, by month index; series without stands are left out. */
export function histories(data: Pick<DataSet, 'volume' | 'stromen'>): SeriesHistory[] {
  const byId = new Map<string, { key: SeriesKey; stands: Map<number, number>; flows: Map<number, { instroom: number; uitstroom: number }> }>();
  const get = (key: SeriesKey) => {
    const id = seriesId(key);
    if (!byId.has(id)) byId.set(id, { key: { regeling: key.regeling, ...(key.segment ? { segment: key.segment } : {}) }, stands: new Map(), flows: new Map() });
    return byId.get(id)!;
  };
  for (const v of data.volume) get(v).stands.set(monthIndex(v.maand), v.aantal);
  for (const s of data.stromen) get(s).flows.set(monthIndex(s.maand), { instroom: s.instroom, uitstroom: s.uitstroom });
  return [...byId.values()].filter((h) => h.stands.size > 0);
}

export interface Window {
  eersteMaand: Month;
  laatsteMaand: Month;
  horizon: Month;
  basisperiode: { van: Month; tot: Month };
}

/** The months of a run: the data's first and last month, the horizon and the base period. */
export function projectionWindow(series: readonly SeriesHistory[], scenario: Pick<Scenario, 'horizon' | 'basisperiode'>): Window | ForecastProblem {
  const allMonths = series.flatMap((h) => [...h.stands.keys()]);
  const lastIndex = Math.max(...allMonths);
  const laatsteMaand = monthFromIndex(lastIndex);
  const eersteMaand = monthFromIndex(Math.min(...allMonths));
  const horizon = scenario.horizon ?? (`${yearOf(laatsteMaand) + 4}-12` as Month);
  if (monthIndex(horizon) <= lastIndex) return { soort: 'horizon', horizon, laatste: laatsteMaand };
  // One number must not buy unbounded work: at most MAX_HORIZON_JAREN years after the data.
  const max = `${yearOf(laatsteMaand) + MAX_HORIZON_JAREN}-12` as Month;
  if (monthIndex(horizon) > monthIndex(max)) return { soort: 'horizon-te-ver', horizon, laatste: laatsteMaand, max, jaren: MAX_HORIZON_JAREN };
  const basisperiode = scenario.basisperiode ?? defaultBasisperiode(series, lastIndex);
  if ('soort' in basisperiode) return basisperiode;
  return { eersteMaand, laatsteMaand, horizon, basisperiode };
}

/**
 * The default base period: the last 24 months that have a previous stand in every series, fewer
 * when the data is shorter (an export of exactly 24 months gives 23), and none below 12 months.
 */
export function defaultBasisperiode(series: readonly SeriesHistory[], lastIndex: number): { van: Month; tot: Month } | Extract<ForecastProblem, { soort: 'te-weinig-maanden' }> {
  const firstWithPrevious = Math.max(...series.map((h) => Math.min(...h.stands.keys()) + 1));
  const van = Math.max(firstWithPrevious, lastIndex - (BASIS_MAANDEN - 1));
  const maanden = lastIndex - van + 1;
  if (maanden < MIN_BASIS_MAANDEN) {
    const eerste = monthFromIndex(Math.min(...series.flatMap((h) => [...h.stands.keys()])));
    return { soort: 'te-weinig-maanden', maanden: Math.max(0, maanden), minimum: MIN_BASIS_MAANDEN, eerste, laatste: monthFromIndex(lastIndex) };
  }
  return { van: monthFromIndex(van), tot: monthFromIndex(lastIndex) };
}

/** I and u per series over the base period, times the scenario's factors; a series without data is a problem. */
export function estimateSeries(series: readonly SeriesHistory[], w: Window, a: Pick<Aannames, 'instroom_factor' | 'uitstroom_factor'>): SeriesAssumption[] | ForecastProblem[] {
  const problems: ForecastProblem[] = [];
  const reeksen: SeriesAssumption[] = [];
  for (const h of series) {
    const base = estimateBase(h, w.basisperiode.van, w.basisperiode.tot);
    if ('soort' in base) {
      problems.push({ soort: 'basisperiode', ...w.basisperiode, reeks: seriesId(h.key), maanden: base.maanden, eerste: w.eersteMaand, laatste: w.laatsteMaand });
      continue;
    }
    const startIndex = Math.max(...h.stands.keys());
    reeksen.push({
      key: h.key,
      base,
      instroom: base.instroom.times(a.instroom_factor),
      uitstroomKans: base.uitstroomKans.times(a.uitstroom_factor),
      startMaand: monthFromIndex(startIndex),
      startVolume: h.stands.get(startIndex)!,
    });
  }
  return problems.length ? problems : reeksen;
}

/**
 * The series a regeling-level effect goes to. A named segment, or a regeling without segments,
 * is one series. A regeling whose data has segments, named without one, is spread over its
 * segments in proportion to their stand at the start of the projection.
 */
export function targetsOf(reeksen: readonly SeriesAssumption[], regeling: Regeling, segment?: string): { id: string; reeks: SeriesAssumption; aandeel: Decimal }[] {
  const exact = reeksen.find((r) => seriesId(r.key) === seriesId({ regeling, ...(segment ? { segment } : {}) }));
  if (exact) return [{ id: seriesId(exact.key), reeks: exact, aandeel: D(1) }];
  if (segment) return [];
  const parts = reeksen.filter((r) => r.key.regeling === regeling);
  const total = parts.reduce((a, r) => a + r.startVolume, 0);
  return parts.map((r) => ({ id: seriesId(r.key), reeks: r, aandeel: total === 0 ? D(1).div(parts.length) : D(r.startVolume).div(total) }));
}
