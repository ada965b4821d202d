// The monthly steps: shocks spread over their series, every series projected to the horizon
// beside its history, and the months indexed once for the yearly figures.

import type { Regeling } from '../terms.js';
import { count, D, sum, ZERO, type Decimal } from '../../money.js';
import { monthFromIndex, monthIndex, yearOf, type Month } from '../../period.js';
import { targetsOf } from './base.js';
import type { Schok } from './scenario.js';
import { projectSeries, seriesId, type ProjectionParams, type SeriesHistory } from './stockflow.js';
import type { ForecastWarning, MonthRow, SeriesAssumption } from './types.js';

/** Extra instroom per series and month index from the scenario's shocks, and what could not be applied. */
export function shocksPerSeries(reeksen: readonly SeriesAssumption[], schokken: readonly Schok[]): { shocks: Map<string, Map<number, Decimal>>; waarschuwingen: ForecastWarning[] } {
  const shocks = new Map<string, Map<number, Decimal>>();
  const waarschuwingen: ForecastWarning[] = [];
  for (const s of schokken) {
    const targets = targetsOf(reeksen, s.regeling, s.segment);
    if (targets.length === 0) {
      waarschuwingen.push({ soort: 'schok-niet-toegepast', maand: s.maand, reeks: seriesId(s), reden: 'geen-reeks' });
      continue;
    }
    if (targets.length > 1) waarschuwingen.push({ soort: 'schok-verdeeld', maand: s.maand, regeling: s.regeling, delen: targets.map((t) => ({ reeks: t.id, aandeel: t.aandeel })) });
    for (const { id, reeks, aandeel } of targets) {
      if (monthIndex(s.maand) <= monthIndex(reeks.startMaand)) {
        waarschuwingen.push({ soort: 'schok-niet-toegepast', maand: s.maand, reeks: id, reden: 'voor-start' });
        continue;
      }
      const m = shocks.get(id) ?? new Map<number, Decimal>();
      m.set(monthIndex(s.maand), (m.get(monthIndex(s.maand)) ?? ZERO).plus(s.instroom.times(aandeel)));
      shocks.set(id, m);
    }
  }
  return { shocks, waarschuwingen };
}

/**
 * A year's gemiddeld volume of a regeling: the mean of its month-end stands, summed over
 * segments. The months are indexed once, so a lookup costs nothing per year.
 */
export function volumeIndex(maanden: readonly MonthRow[]): (jaar: number, regeling: Regeling) => Decimal | undefined {
  const index = new Map<string, Map<string, Decimal>>();
  for (const r of maanden) {
    const key = `${r.key.regeling}|${yearOf(r.maand)}`;
    const byMonth = index.get(key) ?? index.set(key, new Map()).get(key)!;
    byMonth.set(r.maand, (byMonth.get(r.maand) ?? ZERO).plus(r.volume));
  }
  const means = new Map([...index].map(([key, byMonth]) => [key, sum([...byMonth.values()]).div(byMonth.size)]));
  return (jaar, regeling) => means.get(`${regeling}|${jaar}`);
}

function mergeMaps(a?: ReadonlyMap<number, Decimal>, b?: ReadonlyMap<number, Decimal>): Map<number, Decimal> | undefined {
  if (!a && !b) return undefined;
  const out = new Map(a ?? []);
  for (const [k, v] of b ?? []) out.set(k, (out.get(k) ?? ZERO).plus(v));
  return out;
}

/** A series' realised months, as rows of the forecast. */
export function realisedMonths(h: SeriesHistory): MonthRow[] {
  const rows: MonthRow[] = [];
  for (const [i, stand] of [...h.stands].sort((x, y) => x[0] - y[0])) {
    const flow = h.flows.get(i);
    rows.push({ maand: monthFromIndex(i), key: h.key, soort: 'realisatie', volume: count(stand), ...(flow ? { instroom: count(flow.instroom), uitstroom: count(flow.uitstroom) } : {}) });
  }
  return rows;
}

/** One series projected from its start to the horizon, with its shocks and an aanvalsplan's effect on it. */
export function projectOne(
  key: SeriesAssumption['key'],
  reeks: SeriesAssumption,
  shocks: ReadonlyMap<number, Decimal> | undefined,
  effect: Pick<ProjectionParams, 'extraInstroom' | 'extraUitstroom' | 'herinstroom'> | undefined,
  horizon: Month,
): MonthRow[] {
  const extraInstroom = mergeMaps(shocks, effect?.extraInstroom);
  const projected = projectSeries({ maand: reeks.startMaand, volume: D(reeks.startVolume) }, horizon, {
    instroom: reeks.instroom,
    uitstroomKans: reeks.uitstroomKans,
    ...(extraInstroom ? { extraInstroom } : {}),
    ...(effect?.extraUitstroom ? { extraUitstroom: effect.extraUitstroom } : {}),
    ...(effect?.herinstroom ? { herinstroom: effect.herinstroom } : {}),
  });
  return projected.map((p) => ({ maand: p.maand, volume: p.volume, instroom: p.instroom, uitstroom: p.uitstroom, key, soort: 'prognose' }));
}

/** Where the stands of a regeling's months come from: per year, per month, the rows (series, part, row) summed into it, in order. */
export type VolumeLayout = { jaar: number; months: [number, number, number][][]; projected: boolean }[];

/**
 * The layout of one regeling's months, from its series (per series: realised rows, projected
 * rows), in the order volumeIndex meets them: the months of a year in first-seen order.
 */
export function volumeLayout(parts: readonly (readonly (readonly MonthRow[])[])[]): VolumeLayout {
  const byYear = new Map<number, Map<string, [number, number, number][]>>();
  for (const [s, rowsOfSeries] of parts.entries()) {
    for (const [part, rows] of rowsOfSeries.entries()) {
      for (const [k, r] of rows.entries()) {
        const jaar = yearOf(r.maand);
        const byMonth = byYear.get(jaar) ?? byYear.set(jaar, new Map()).get(jaar)!;
        (byMonth.get(r.maand) ?? byMonth.set(r.maand, []).get(r.maand)!).push([s, part, k]);
      }
    }
  }
  return [...byYear].map(([jaar, byMonth]) => ({ jaar, months: [...byMonth.values()], projected: [...byMonth.values()].some((c) => c.some(([, part]) => part === 1)) }));
}

/**
 * The gemiddeld volume per year of one regeling: per month the stands summed over segments, then
 * the mean over the year's months; the same sums, in the same order, as volumeIndex (a stand is
 * never a negative zero, so starting from the first term is starting from zero). Years without
 * projected months are taken from `realised` when given.
 */
export function layoutVolumes(layout: VolumeLayout, parts: readonly (readonly (readonly MonthRow[])[])[], realised?: ReadonlyMap<number, Decimal>): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  for (const { jaar, months, projected } of layout) {
    const known = projected ? undefined : realised?.get(jaar);
    if (known) {
      out.set(jaar, known);
      continue;
    }
    let total: Decimal | undefined;
    for (const contributions of months) {
      let month: Decimal | undefined;
      for (const [s, part, k] of contributions) {
        const v = parts[s]![part]![k]!.volume;
        month = month ? month.plus(v) : v;
      }
      total = total ? total.plus(month!) : month!;
    }
    out.set(jaar, total!.div(months.length));
  }
  return out;
}

/** The same figures as layoutVolumes over volumeLayout, in one pass (for a single run, which needs no layout). */
export function directVolumes(parts: readonly (readonly (readonly MonthRow[])[])[]): Map<number, Decimal> {
  const byYear = new Map<number, Map<string, Decimal>>();
  for (const rowsOfSeries of parts) {
    for (const rows of rowsOfSeries) {
      for (const r of rows) {
        const jaar = yearOf(r.maand);
        const byMonth = byYear.get(jaar) ?? byYear.set(jaar, new Map()).get(jaar)!;
        const before = byMonth.get(r.maand);
        byMonth.set(r.maand, before ? before.plus(r.volume) : r.volume);
      }
    }
  }
  const out = new Map<number, Decimal>();
  for (const [jaar, byMonth] of byYear) {
    let total: Decimal | undefined;
    for (const month of byMonth.values()) total = total ? total.plus(month) : month;
    out.set(jaar, total!.div(byMonth.size));
  }
  return out;
}
