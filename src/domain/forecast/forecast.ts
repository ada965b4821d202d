// The forecast: from the history in a data set and the assumptions of a scenario to months and
// years: volume, gemiddeld volume, prijs, lasten, budget, saldo, tekort%, vangnet, resultaat.
// Pure: the data, the scenario and the rules are passed in. Each step is a named function of
// its own file; this one only runs them in order.

import type { Regeling } from '../terms.js';
import { yearFigures } from '../vangnet/fromData.js';
import { sum, ZERO, type Decimal } from '../../money.js';
import { yearOf } from '../../period.js';
import { estimateSeries, histories, projectionWindow } from './base.js';
import { budgetProblems, lastenProblems, rateProblems, standProblems } from './invariants.js';
import { projectMonths, shocksPerSeries, volumeIndex } from './months.js';
import { basePrices, brutoOf, lastenPerRegeling, missingPrices, prijsIn } from './prijs.js';
import type { Forecast, ForecastInput, ForecastProblem, ForecastWarning, RegelingJaar, YearResult } from './types.js';
import { budgetFor, budgetWarnings, latestPublished, unusedScenarioValues, type BudgetState } from './budget.js';
import { applyVangnet, reportYears, yearResult } from './years.js';

export type * from './types.js';
export { targetsOf } from './base.js';

export function forecast(input: ForecastInput): { forecast: Forecast } | { problems: ForecastProblem[] } {
  const { scenario } = input;
  const a = scenario.aannames;
  const series = histories(input.data);
  if (series.length === 0) return { problems: [{ soort: 'geen-volume' }] };
  const window = projectionWindow(series, scenario);
  if ('soort' in window) return { problems: [window] };
  // A lasten row for a year after the data is no realisation (a begroting figure): the reader
  // warns about it (BUIG-W140), and the model leaves it out, so no year vanishes or turns realised.
  const data = { ...input.data, lasten: input.data.lasten.filter((l) => l.jaar <= yearOf(window.laatsteMaand)) };
  const reeksen = estimateSeries(series, window, a);
  if (reeksen.some((r) => 'soort' in r)) return { problems: reeksen as ForecastProblem[] };
  const estimated = reeksen as Forecast['reeksen'];
  const rates = rateProblems(estimated);
  if (rates.length) return { problems: rates };

  const shocked = shocksPerSeries(estimated, scenario.schokken);
  const maanden = projectMonths(series, estimated, shocked.shocks, input.effects, window.horizon);
  const stands = standProblems({ series, reeksen: estimated, maanden, shocks: shocked.shocks, scenario, ...(input.effects ? { effects: input.effects } : {}), horizon: window.horizon });
  if (stands.length) return { problems: stands };
  const volumeOf = volumeIndex(maanden);
  const { realised, years, waarschuwingen: yearWarnings } = reportYears(data, window.laatsteMaand, window.horizon);
  const regelingen = [...new Set(series.map((h) => h.key.regeling))];
  const priced = basePrices(data, regelingen, realised, volumeOf);
  const unpriced = missingPrices(years.filter((j) => !realised.includes(j)), priced.prijzen, regelingen);
  if (unpriced.length) return { problems: unpriced };

  const computed = yearsOf({ ...input, data }, years, realised, regelingen, priced.prijzen, volumeOf);
  if ('problems' in computed) return computed;
  const { jaren, budgetNotes, batenBasis } = computed;
  const negative = [...budgetProblems(jaren), ...lastenProblems(jaren)];
  if (negative.length) return { problems: negative };
  const vangnetWarnings = applyVangnet(jaren, yearFigures(data), input.rules);

  const { laatsteMaand, horizon, basisperiode } = window;
  const waarschuwingen = [...shocked.waarschuwingen, ...yearWarnings, ...priced.waarschuwingen, ...budgetNotes, ...vangnetWarnings];
  return { forecast: { laatsteMaand, horizon, basisperiode, reeksen: estimated, prijzen: priced.prijzen, batenBasis, maanden, jaren, waarschuwingen } };
}

/** Every year's figures before the vangnet: volume and prijs per regeling, lasten, budget, saldo. */
function yearsOf(
  input: ForecastInput,
  years: readonly number[],
  realised: readonly number[],
  regelingen: readonly Regeling[],
  prijzen: Forecast['prijzen'],
  volumeOf: (jaar: number, regeling: Regeling) => Decimal | undefined,
): { jaren: YearResult[]; budgetNotes: ForecastWarning[]; batenBasis: Forecast['batenBasis'] } | { problems: ForecastProblem[] } {
  const { data, scenario } = input;
  const a = scenario.aannames;
  const batenOf = (jaar: number) => sum(data.lasten.filter((l) => l.jaar === jaar).map((l) => l.baten ?? ZERO));
  const lastRealised = realised[realised.length - 1];
  const batenBasis = lastRealised !== undefined ? { jaar: lastRealised, baten: batenOf(lastRealised) } : null;
  const perRegeling = lastenPerRegeling(data);
  const published = yearFigures(data);
  const rows = latestPublished(data.budget);
  const state: BudgetState = {};
  const budgetNotes: ForecastWarning[] = [];
  const jaren: YearResult[] = [];
  for (const jaar of years) {
    const soort = realised.includes(jaar) ? 'realisatie' : 'prognose';
    const perReg: RegelingJaar[] = regelingen.map((regeling) => {
      const gemiddeldVolume = volumeOf(jaar, regeling) ?? ZERO;
      const prijs = prijsIn(data, prijzen, a, regeling, jaar);
      const bruto = soort === 'realisatie' ? (perRegeling ? brutoOf(data, jaar, regeling) : ZERO) : gemiddeldVolume.times(prijs ?? ZERO);
      return { regeling, gemiddeldVolume, ...(prijs ? { prijs } : {}), bruto };
    });
    const baten = soort === 'realisatie' ? batenOf(jaar) : (a.baten.get(jaar) ?? batenBasis?.baten ?? ZERO);
    const actieLasten = soort === 'realisatie' ? ZERO : (input.extraLasten?.get(jaar) ?? ZERO);
    const lasten = soort === 'realisatie' ? published.get(jaar)!.lasten! : sum(perReg.map((r) => r.bruto)).minus(baten).plus(actieLasten);
    const budget = budgetFor(jaar, soort, rows.get(jaar), a, scenario.gezet, state);
    if ('soort' in budget) return { problems: [budget] };
    if (soort === 'prognose') budgetNotes.push(...budgetWarnings(jaar, budget, a));
    budgetNotes.push(...unusedScenarioValues(jaar, soort, rows.get(jaar), a, baten));
    const budgetActies = soort === 'realisatie' ? ZERO : (input.extraBudget?.get(jaar) ?? ZERO);
    jaren.push(yearResult(jaar, soort, perReg, { baten, actieLasten, lasten }, budget, budgetActies));
  }
  return { jaren, budgetNotes, batenBasis };
}
