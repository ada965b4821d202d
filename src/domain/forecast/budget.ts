// The budget side of a year: B = macrobudget x aandeel. A published budget is taken as it is, or
// (voorlopig, nader voorlopig) carried to its expected definitief by a stated revision; a year
// without one takes the scenario's amount, else the macrobudget grown by volume and price times
// the last aandeel, else the previous year grown by budget_groei_pct.

import type { BudgetRow } from '../data.js';
import { FASES } from '../terms.js';
import { D, ZERO, type Decimal } from '../../money.js';
import type { Aannames } from './scenario.js';
import type { BudgetFase, ForecastProblem, ForecastWarning, NietGebruikt, YearResult } from './types.js';

export interface Budget {
  budget: Decimal;
  budgetFase: BudgetFase;
  budgetBron: YearResult['budgetBron'];
  /** The latest published amount, when there is one. */
  gepubliceerd?: Decimal;
  bijstellingPct?: Decimal;
  macrobudget?: Decimal;
  aandeelPct?: Decimal;
}

/** What the years before left for the next: the budget, the macrobudget and the aandeel last used. */
export interface BudgetState {
  previous?: { jaar: number; budget: Decimal };
  macro?: { jaar: number; bedrag: Decimal };
  aandeelPct?: Decimal;
}

const MACRO_KEYS = ['macrobudget', 'macro_volume_pct', 'macro_prijs_pct', 'aandeel_pct'];
const grow = (x: Decimal, pct: Decimal) => x.times(D(1).plus(pct.div(100)));

/** Per year, the budget row of the latest published phase (definitief wins). */
export function latestPublished(rows: readonly BudgetRow[]): Map<number, BudgetRow> {
  const out = new Map<number, BudgetRow>();
  for (const r of rows) {
    const seen = out.get(r.jaar);
    if (!seen || FASES.indexOf(r.fase) > FASES.indexOf(seen.fase)) out.set(r.jaar, r);
  }
  return out;
}

type BudgetAannames = Pick<Aannames, 'budget' | 'budget_groei_pct' | 'macrobudget' | 'macro_volume_pct' | 'macro_prijs_pct' | 'prijsindex_pct' | 'aandeel_pct' | 'bijstelling_pct'>;

/** The budget of one year, and the state it leaves for the next year. */
export function budgetFor(jaar: number, soort: YearResult['soort'], published: BudgetRow | undefined, a: BudgetAannames, gezet: ReadonlySet<string>, state: BudgetState): Budget | ForecastProblem {
  const result = choose(jaar, soort, published, a, gezet, state);
  if ('soort' in result) return result;
  state.previous = { jaar, budget: result.budget };
  if (result.macrobudget) state.macro = { jaar, bedrag: result.macrobudget };
  if (result.aandeelPct) state.aandeelPct = result.aandeelPct;
  return result;
}

function choose(jaar: number, soort: YearResult['soort'], published: BudgetRow | undefined, a: BudgetAannames, gezet: ReadonlySet<string>, state: BudgetState): Budget | ForecastProblem {
  if (published) return fromPublished(published, a.bijstelling_pct.get(jaar));
  const raming = a.budget.get(jaar);
  if (raming) return { budget: raming, budgetFase: 'raming', budgetBron: 'scenario' };
  const growthChosen = gezet.has('budget_groei_pct') && !MACRO_KEYS.some((k) => gezet.has(k));
  const macro = growthChosen || soort !== 'prognose' ? undefined : macroFor(jaar, a, state);
  if (macro) return { budget: macro.bedrag.times(macro.aandeelPct).div(100), budgetFase: 'raming', budgetBron: 'macrobudget', macrobudget: macro.bedrag, aandeelPct: macro.aandeelPct };
  if (state.previous && soort === 'prognose') {
    let budget = state.previous.budget;
    for (let y = state.previous.jaar + 1; y <= jaar; y++) budget = grow(budget, a.budget_groei_pct);
    return { budget, budgetFase: 'raming', budgetBron: 'groei' };
  }
  return { soort: 'geen-budget', jaar };
}

/** A published budget, with its macrobudget and aandeel when given; not definitief: times (1 + bijstelling). */
function fromPublished(row: BudgetRow, bijstelling: Decimal | undefined): Budget {
  const revised = row.fase !== 'definitief' && bijstelling !== undefined;
  const factor = revised ? D(1).plus(bijstelling.div(100)) : D(1);
  const aandeelPct = row.macrobudget ? row.bedrag.div(row.macrobudget).times(100) : row.aandeel_pct;
  return {
    budget: row.bedrag.times(factor),
    budgetFase: row.fase,
    budgetBron: revised ? 'bijstelling' : 'budget.csv',
    gepubliceerd: row.bedrag,
    ...(revised ? { bijstellingPct: bijstelling } : {}),
    ...(row.macrobudget ? { macrobudget: row.macrobudget.times(factor) } : {}),
    ...(aandeelPct ? { aandeelPct } : {}),
  };
}

/** The macrobudget of a year (the scenario's, else grown from the last one) and the aandeel to apply, when both are known. */
function macroFor(jaar: number, a: BudgetAannames, state: BudgetState): { bedrag: Decimal; aandeelPct: Decimal } | undefined {
  const aandeelPct = a.aandeel_pct.get(jaar) ?? state.aandeelPct;
  if (!aandeelPct) return undefined;
  const given = a.macrobudget.get(jaar);
  if (given) return { bedrag: given, aandeelPct };
  if (!state.macro) return undefined;
  let bedrag = state.macro.bedrag;
  for (let y = state.macro.jaar + 1; y <= jaar; y++) {
    bedrag = grow(grow(bedrag, a.macro_volume_pct.get(y) ?? ZERO), a.macro_prijs_pct.get(y) ?? a.prijsindex_pct.get(y) ?? ZERO);
  }
  return { bedrag, aandeelPct };
}

/** What a projected year's budget needs saying: a revision applied, or a price rise the published budget may lack. */
export function budgetWarnings(jaar: number, b: Budget, a: Pick<Aannames, 'prijsindex_pct'>): ForecastWarning[] {
  if (b.budgetFase === 'raming' || b.budgetFase === 'definitief' || !b.gepubliceerd) return [];
  if (b.bijstellingPct) return [{ soort: 'budget-bijgesteld', jaar, fase: b.budgetFase, gepubliceerd: b.gepubliceerd, bijstellingPct: b.bijstellingPct, budget: b.budget }];
  const prijsindexPct = a.prijsindex_pct.get(jaar);
  return prijsindexPct && !prijsindexPct.isZero() ? [{ soort: 'budget-niet-bijgesteld', jaar, fase: b.budgetFase, prijsindexPct }] : [];
}

/**
 * The scenario's values for a year the data decides, which are therefore not used: a budget,
 * macrobudget or aandeel for a year budget.csv publishes (the published budget wins), a
 * bijstelling for a year already definitief, baten for a realised year (lasten.csv has them).
 */
export function unusedScenarioValues(jaar: number, soort: YearResult['soort'], published: BudgetRow | undefined, a: Pick<Aannames, NietGebruikt>, realisedBaten: Decimal): ForecastWarning[] {
  const out: ForecastWarning[] = [];
  if (published) {
    const keys: NietGebruikt[] = (['budget', 'macrobudget', 'aandeel_pct'] as const).filter((k) => a[k].has(jaar));
    if (published.fase === 'definitief' && a.bijstelling_pct.has(jaar)) keys.push('bijstelling_pct');
    for (const sleutel of keys) out.push({ soort: 'scenario-niet-gebruikt', sleutel, jaar, scenario: a[sleutel].get(jaar)!, bron: 'budget.csv', fase: published.fase, gegevens: published.bedrag });
  }
  const baten = a.baten.get(jaar);
  if (soort === 'realisatie' && baten) out.push({ soort: 'scenario-niet-gebruikt', sleutel: 'baten', jaar, scenario: baten, bron: 'lasten.csv', fase: null, gegevens: realisedBaten });
  return out;
}

/**
 * Every year's budget, in order (a raming may grow from the year before), and what the budget
 * side says of them; the first year without a budget is a problem. Nothing here depends on an
 * aanvalsplan, so a prepared forecast does it once.
 */
export function yearBudgets(
  years: { realised: readonly number[]; years: readonly number[] },
  budgetRows: readonly BudgetRow[],
  scenario: { aannames: BudgetAannames & Pick<Aannames, NietGebruikt>; gezet: ReadonlySet<string> },
  realisedBaten: (jaar: number) => Decimal,
): { budgets: Map<number, Budget>; waarschuwingen: ForecastWarning[] } | ForecastProblem {
  const a = scenario.aannames;
  const rows = latestPublished(budgetRows);
  const state: BudgetState = {};
  const budgets = new Map<number, Budget>();
  const waarschuwingen: ForecastWarning[] = [];
  for (const jaar of years.years) {
    const soort = years.realised.includes(jaar) ? 'realisatie' : 'prognose';
    const budget = budgetFor(jaar, soort, rows.get(jaar), a, scenario.gezet, state);
    if ('soort' in budget) return budget;
    budgets.set(jaar, budget);
    if (soort === 'prognose') waarschuwingen.push(...budgetWarnings(jaar, budget, a));
    waarschuwingen.push(...unusedScenarioValues(jaar, soort, rows.get(jaar), a, soort === 'realisatie' ? realisedBaten(jaar) : ZERO));
  }
  return { budgets, waarschuwingen };
}
