// The forecast: from the history in a data set and the assumptions of a scenario to months and
// years: volume, gemiddeld volume, prijs, lasten, budget, saldo, tekort%, vangnet, resultaat.
// Pure: the data, the scenario and the rules are passed in. Each step is a named function of
// its own file; this one only runs them in order.

import { yearFigures } from '../vangnet/fromData.js';
import { sum, ZERO } from '../../money.js';
import { estimateSeries, histories, projectionWindow } from './base.js';
import { projectMonths, shocksPerSeries, volumeIndex } from './months.js';
import { basePrices, brutoOf, lastenPerRegeling, prijsIn } from './prijs.js';
import type { Forecast, ForecastInput, ForecastProblem, ForecastWarning, RegelingJaar, YearResult } from './types.js';
import { budgetFor, budgetWarnings, latestPublished, unusedScenarioValues, type BudgetState } from './budget.js';
import { applyVangnet, reportYears, yearResult } from './years.js';

export type * from './types.js';
export { targetsOf } from './base.js';

export function forecast(input: ForecastInput): { forecast: Forecast } | { problems: ForecastProblem[] } {
  const { data, scenario } = input;
  const a = scenario.aannames;
  const series = histories(data);
  if (series.length === 0) return { problems: [{ soort: 'geen-volume' }] };
  const window = projectionWindow(series, scenario);
  if ('soort' in window) return { problems: [window] };
  const reeksen = estimateSeries(series, window, a);
  if (reeksen.some((r) => 'soort' in r)) return { problems: reeksen as ForecastProblem[] };
  const estimated = reeksen as Forecast['reeksen'];

  const shocked = shocksPerSeries(estimated, scenario.schokken);
  const maanden = projectMonths(series, estimated, shocked.shocks, input.effects, window.horizon);
  const volumeOf = volumeIndex(maanden);
  const { realised, years, waarschuwingen: yearWarnings } = reportYears(data, window.laatsteMaand, window.horizon);
  const regelingen = [...new Set(series.map((h) => h.key.regeling))];
  const priced = basePrices(data, regelingen, realised, volumeOf);

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
      const prijs = prijsIn(data, priced.prijzen, a, regeling, jaar);
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
  const vangnetWarnings = applyVangnet(jaren, published, input.rules);

  const { laatsteMaand, horizon, basisperiode } = window;
  const waarschuwingen = [...shocked.waarschuwingen, ...yearWarnings, ...priced.waarschuwingen, ...budgetNotes, ...vangnetWarnings];
  return { forecast: { laatsteMaand, horizon, basisperiode, reeksen: estimated, prijzen: priced.prijzen, batenBasis, maanden, jaren, waarschuwingen } };
}
