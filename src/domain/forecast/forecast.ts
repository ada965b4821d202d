// The forecast: from the history in a data set and the assumptions of a scenario to months and
// years: volume, gemiddeld volume, prijs, lasten, budget, saldo, tekort%, vangnet, resultaat.
// Pure: the data, the scenario and the rules are passed in. Each step is a named function of
// its own file; this one only runs them in order.
//
// A forecast is prepared once (history, window, base estimates, shocks, budgets: nothing an
// aanvalsplan changes) and then run: without effects, or with the effects of a set of acties.
// A run with effects projects again only the series those effects touch and reuses the rest of
// the prepared base, so a plan of many counterfactual runs costs little per run.

import type { Regeling } from '../terms.js';
import { yearFigures } from '../vangnet/fromData.js';
import { sum, ZERO, type Decimal } from '../../money.js';
import { monthIndex, yearOf } from '../../period.js';
import { estimateSeries, histories, projectionWindow, type Window } from './base.js';
import { budgetProblems, lastenProblems, rateProblems, standProblems } from './invariants.js';
import { directVolumes, layoutVolumes, projectOne, realisedMonths, shocksPerSeries, volumeLayout, type VolumeLayout } from './months.js';
import { basePrices, brutoOf, lastenPerRegeling, missingPrices, priceTable } from './prijs.js';
import { seriesId, type SeriesHistory } from './stockflow.js';
import type { Effects, Forecast, ForecastInput, ForecastProblem, ForecastWarning, MonthRow, RegelingJaar, SeriesAssumption, YearResult } from './types.js';
import { yearBudgets, type Budget } from './budget.js';
import { applyVangnet, reportYears, yearResult } from './years.js';

export type * from './types.js';
export { targetsOf } from './base.js';

export function forecast(input: ForecastInput): { forecast: Forecast } | { problems: ForecastProblem[] } {
  const prepared = prepareForecast(input);
  if ('problems' in prepared) return prepared;
  const outcome = prepared.run(input.effects, { lasten: input.extraLasten, budget: input.extraBudget });
  return 'problems' in outcome ? outcome : { forecast: outcome };
}

export interface PreparedForecast {
  /** The run without effects, computed once. */
  base: Forecast;
  /**
   * A run with effects on some series (and lasten and budget outside volume x prijs); the base
   * when there are none. The problems of a run the acties drive out of bounds (a stand below
   * zero, more benefits reduced than there are, negative lasten).
   */
  run: (effects?: Effects, extra?: Extra) => Forecast | { problems: ForecastProblem[] };
}

/** Everything of a forecast that no aanvalsplan changes, checked once. */
export function prepareForecast(input: Omit<ForecastInput, 'effects' | 'extraLasten' | 'extraBudget'>): PreparedForecast | { problems: ForecastProblem[] } {
  const { scenario } = input;
  const known = estimated(input);
  if (known.problems) return { problems: known.problems };
  const { series, window, data, estimated: reeksen } = known;
  const periods = reportYears(data, window.laatsteMaand, window.horizon);
  const published = yearFigures(data);
  const realised = realisedYears(data, periods.realised);

  const shocked = shocksPerSeries(reeksen, scenario.schokken);
  const byId = new Map(reeksen.map((r) => [seriesId(r.key), r]));
  const ids = series.map((h) => seriesId(h.key));
  const regelingen = [...new Set(series.map((h) => h.key.regeling))];
  const realisedRows = series.map((h) => realisedMonths(h));
  const project = (i: number, effects?: Effects) => projectOne(series[i]!.key, byId.get(ids[i]!)!, shocked.shocks.get(ids[i]!), effects?.get(ids[i]!), window.horizon);
  const baseRows = series.map((_, i) => project(i));
  // The model's bounds, checked in the order a forecast meets them: the stands, the prijzen, the budgets.
  const stands = (maanden: readonly MonthRow[], effects?: Effects) =>
    standProblems({ series, reeksen, maanden, shocks: shocked.shocks, scenario, ...(effects ? { effects } : {}), horizon: window.horizon });
  const baseMaanden = realisedRows.flatMap((r, i) => [...r, ...baseRows[i]!]);
  const baseStands = stands(baseMaanden);
  if (baseStands.length) return { problems: baseStands };
  const seriesOf = new Map(regelingen.map((g) => [g, series.flatMap((h, i) => (h.key.regeling === g ? [i] : []))]));
  const partsOf = (rows: readonly MonthRow[][], g: Regeling) => seriesOf.get(g)!.map((i) => [realisedRows[i]!, rows[i]!]);
  const baseVolumes = new Map(regelingen.map((g) => [g, directVolumes(partsOf(baseRows, g))]));
  // The layout of a regeling's months, made when a run first changes it.
  const layouts = new Map<Regeling, VolumeLayout>();
  const layoutOf = (g: Regeling) => layouts.get(g) ?? layouts.set(g, volumeLayout(partsOf(baseRows, g))).get(g)!;
  const volumesOf = (rows: readonly MonthRow[][], g: Regeling) => layoutVolumes(layoutOf(g), partsOf(rows, g), baseVolumes.get(g));
  const { pricesPerRun, pricesFor } = pricing(data, scenario, regelingen, periods.realised, window.laatsteMaand);
  const basePriced = pricesFor(baseVolumes);
  const projected = periods.years.filter((j) => !periods.realised.includes(j));
  const unpriced = missingPrices(projected, basePriced.prijzen, regelingen);
  if (unpriced.length) return { problems: unpriced };
  const budgeted = yearBudgets(periods, data.budget, scenario, (jaar) => realised.get(jaar)!.baten);
  if ('soort' in budgeted) return { problems: [budgeted] };
  const fixed = { data, scenario, rules: input.rules, window, estimated: reeksen, shocked, periods, published, budgets: budgeted.budgets, budgetNotes: budgeted.waarschuwingen, regelingen, realised };

  const base = yearsOf(fixed, baseMaanden, baseVolumes, basePriced, {});
  const baseNegative = negativeProblems(base);
  if (baseNegative.length) return { problems: baseNegative };
  const run = (effects?: Effects, extra: Extra = {}): Forecast | { problems: ForecastProblem[] } => {
    const touched = new Set(effects ? ids.filter((id) => hasEffect(effects.get(id))) : []);
    // Benefits reduced (a verlaging) change no stand, but may not exceed it.
    const reduced = effects !== undefined && [...effects.values()].some((e) => nonZero(e.verlaagd));
    if (!touched.size && !reduced && !nonZero(extra.lasten) && !nonZero(extra.budget)) return base;
    const rows = touched.size ? baseRows.map((r, i) => (touched.has(ids[i]!) ? project(i, effects) : r)) : baseRows;
    const volumes = touched.size ? new Map(regelingen.map((g) => [g, seriesOf.get(g)!.some((i) => touched.has(ids[i]!)) ? volumesOf(rows, g) : baseVolumes.get(g)!])) : baseVolumes;
    const priced = touched.size && pricesPerRun ? pricesFor(volumes) : basePriced;
    const maanden = touched.size ? realisedRows.flatMap((r, i) => [...r, ...rows[i]!]) : base.maanden;
    const outOfBounds = touched.size || reduced ? stands(maanden, effects) : [];
    if (outOfBounds.length) return { problems: outOfBounds };
    // A regeling whose volumes and prices are the base's has the base's figures.
    const unchanged = (g: Regeling) => volumes.get(g) === baseVolumes.get(g) && priced === basePriced;
    const forecast = yearsOf(fixed, maanden, volumes, priced, extra, { jaren: base.jaren, unchanged });
    const negative = negativeProblems(forecast);
    return negative.length ? { problems: negative } : forecast;
  };
  return { base, run };
}

/** A budget or lasten below its bound in some year. */
const negativeProblems = (f: Forecast): ForecastProblem[] => [...budgetProblems(f.jaren), ...lastenProblems(f.jaren)];

/** The series, the window, the data as the model reads it, and the estimates of every series; or what stops them. */
function estimated(
  input: Omit<ForecastInput, 'effects' | 'extraLasten' | 'extraBudget'>,
):
  | { problems: ForecastProblem[]; series?: never; window?: never; data?: never; estimated?: never }
  | { problems?: never; series: SeriesHistory[]; window: Window; data: ForecastInput['data']; estimated: SeriesAssumption[] } {
  const { scenario } = input;
  const series = histories(input.data);
  if (series.length === 0) return { problems: [{ soort: 'geen-volume' }] as ForecastProblem[] };
  const window = projectionWindow(series, scenario);
  if ('soort' in window) return { problems: [window] as ForecastProblem[] };
  // A lasten row for a year after the data is no realisation (a begroting figure): the reader
  // warns about it (BUIG-W140), and the model leaves it out, so no year vanishes or turns realised.
  const data = { ...input.data, lasten: input.data.lasten.filter((l) => l.jaar <= yearOf(window.laatsteMaand)) };
  const reeksen = estimateSeries(series, window, scenario.aannames);
  if (reeksen.some((r) => 'soort' in r)) return { problems: reeksen as ForecastProblem[] };
  const rates = rateProblems(reeksen as SeriesAssumption[]);
  if (rates.length) return { problems: rates };
  return { series, window, data, estimated: reeksen as SeriesAssumption[] };
}

/**
 * The prijzen of a run from its volumes. A realised year may hold projected months (lasten.csv
 * ahead of volume.csv): then the derived prijs depends on the run, and is derived per run.
 */
function pricing(data: ForecastInput['data'], scenario: ForecastInput['scenario'], regelingen: readonly Regeling[], realised: readonly number[], laatsteMaand: Forecast['laatsteMaand']) {
  const firstProjected = monthIndex(laatsteMaand) + 1;
  const pricesPerRun = realised.some((j) => j * 12 + 11 >= firstProjected);
  const pricesFor = (volumes: ReadonlyMap<Regeling, ReadonlyMap<number, Decimal>>) => {
    const volumeOf = (jaar: number, g: Regeling) => volumes.get(g)?.get(jaar);
    const priced = basePrices(data, regelingen, realised, volumeOf);
    return { ...priced, prijsIn: priceTable(data, priced.prijzen, scenario.aannames) };
  };
  return { pricesPerRun, pricesFor };
}

/** Whether a map holds anything but zeros (adding zero changes no exact value: no term is a negative zero). */
const nonZero = (m: ReadonlyMap<number, Decimal> | undefined) => m !== undefined && [...m.values()].some((v) => !v.isZero());

/** An effect that changes something: one of nothing but zeros (an actie of 0 cases) projects as none. */
const hasEffect = (e: Effects extends ReadonlyMap<string, infer E> ? E | undefined : never) => e !== undefined && (nonZero(e.extraInstroom) || nonZero(e.extraUitstroom) || nonZero(e.herinstroom));

/** Per realised year: its baten and, per regeling, its bruto lasten. */
function realisedYears(data: ForecastInput['data'], years: readonly number[]): Map<number, { baten: Decimal; bruto: (g: Regeling) => Decimal }> {
  const perRegeling = lastenPerRegeling(data);
  return new Map(
    years.map((jaar) => {
      const rows = data.lasten.filter((l) => l.jaar === jaar);
      const bruto = new Map<Regeling, Decimal>();
      const brutoIn = (g: Regeling) => bruto.get(g) ?? bruto.set(g, perRegeling ? brutoOf({ lasten: rows }, jaar, g) : ZERO).get(g)!;
      return [jaar, { baten: sum(rows.map((l) => l.baten ?? ZERO)), bruto: brutoIn }];
    }),
  );
}

interface Fixed {
  data: ForecastInput['data'];
  scenario: ForecastInput['scenario'];
  rules: ForecastInput['rules'];
  window: { laatsteMaand: Forecast['laatsteMaand']; horizon: Forecast['horizon']; basisperiode: Forecast['basisperiode'] };
  estimated: SeriesAssumption[];
  shocked: ReturnType<typeof shocksPerSeries>;
  periods: ReturnType<typeof reportYears>;
  published: ReturnType<typeof yearFigures>;
  budgets: ReadonlyMap<number, Budget>;
  budgetNotes: readonly ForecastWarning[];
  regelingen: Regeling[];
  realised: ReturnType<typeof realisedYears>;
}

/** What a run adds outside volume x prijs: lasten (LKS placements, verlagingen) and budget (the LKS deelbudget). */
export interface Extra {
  lasten?: ReadonlyMap<number, Decimal> | undefined;
  budget?: ReadonlyMap<number, Decimal> | undefined;
}

/** The years of one run: lasten from volume x prijs (or as realised), the budget, and the vangnet over them all. */
function yearsOf(
  f: Fixed,
  maanden: MonthRow[],
  volumes: ReadonlyMap<Regeling, ReadonlyMap<number, Decimal>>,
  priced: { prijzen: Forecast['prijzen']; waarschuwingen: Forecast['waarschuwingen']; prijsIn: (g: Regeling, jaar: number) => Decimal | undefined },
  extra: Extra,
  base?: { jaren: readonly YearResult[]; unchanged: (g: Regeling) => boolean },
): Forecast {
  const a = f.scenario.aannames;
  const lastRealised = f.periods.realised[f.periods.realised.length - 1];
  const batenBasis = lastRealised !== undefined ? { jaar: lastRealised, baten: f.realised.get(lastRealised)!.baten } : null;
  const jaren: YearResult[] = [];
  for (const [i, jaar] of f.periods.years.entries()) {
    const realised = f.realised.get(jaar);
    const soort = realised ? 'realisatie' : 'prognose';
    const perReg: RegelingJaar[] = f.regelingen.map((regeling, k) => {
      if (base?.unchanged(regeling)) return base.jaren[i]!.regelingen[k]!;
      const gemiddeldVolume = volumes.get(regeling)!.get(jaar) ?? ZERO;
      const prijs = priced.prijsIn(regeling, jaar);
      const bruto = realised ? realised.bruto(regeling) : gemiddeldVolume.times(prijs ?? ZERO);
      return { regeling, gemiddeldVolume, ...(prijs ? { prijs } : {}), bruto };
    });
    const baten = realised ? realised.baten : (a.baten.get(jaar) ?? batenBasis?.baten ?? ZERO);
    const actieLasten = realised ? ZERO : (extra.lasten?.get(jaar) ?? ZERO);
    const lasten = realised
      ? f.published.get(jaar)!.lasten!
      : sum(perReg.map((r) => r.bruto))
          .minus(baten)
          .plus(actieLasten);
    const budgetActies = realised ? ZERO : (extra.budget?.get(jaar) ?? ZERO);
    jaren.push(yearResult(jaar, soort, perReg, { baten, actieLasten, lasten }, f.budgets.get(jaar)!, budgetActies));
  }
  const vangnetWarnings = applyVangnet(jaren, f.published, f.rules, base?.jaren);
  const { laatsteMaand, horizon, basisperiode } = f.window;
  const waarschuwingen = [...f.shocked.waarschuwingen, ...f.periods.waarschuwingen, ...priced.waarschuwingen, ...f.budgetNotes, ...vangnetWarnings];
  return { laatsteMaand, horizon, basisperiode, reeksen: f.estimated, prijzen: priced.prijzen, batenBasis, maanden, jaren, waarschuwingen };
}
