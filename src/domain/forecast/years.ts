// The yearly steps: which years to report, each year's lasten (realised, or volume x prijs
// minus baten) and budget (published, the scenario's, or grown), and the vangnet over them all.

import type { DataSet } from '../data.js';
import type { Fase } from '../terms.js';
import { computeVangnet, type JaarCijfers } from '../vangnet/compute.js';
import { ruleFor, type VangnetRule } from '../vangnet/rules.js';
import { D, sum, type Decimal } from '../../money.js';
import { addMonths, yearOf, type Month } from '../../period.js';
import type { Aannames } from './scenario.js';
import type { BudgetFase, ForecastProblem, ForecastWarning, RegelingJaar, YearResult } from './types.js';

/** The realised years (from lasten.csv) and the projected ones up to the last whole year of the horizon. */
export function reportYears(data: Pick<DataSet, 'lasten'>, laatsteMaand: Month, horizon: Month): { realised: number[]; years: number[]; waarschuwingen: ForecastWarning[] } {
  const realised = [...new Set(data.lasten.map((l) => l.jaar))].sort((x, y) => x - y);
  const lastRealised = realised[realised.length - 1];
  const firstPrognose = Math.max(yearOf(addMonths(laatsteMaand, 1)), (lastRealised ?? 0) + 1);
  const waarschuwingen: ForecastWarning[] = [];
  let lastYear = yearOf(horizon);
  if (!horizon.endsWith('-12')) {
    waarschuwingen.push({ soort: 'onvolledig-jaar', jaar: lastYear, maanden: Number(horizon.slice(5)) });
    lastYear--;
  }
  const years = [...realised];
  for (let y = firstPrognose; y <= lastYear; y++) years.push(y);
  return { realised, years, waarschuwingen };
}

export interface Published {
  budget?: Decimal;
  budgetFase?: Fase;
  lasten?: Decimal;
}

export type Budget = Pick<YearResult, 'budget' | 'budgetFase' | 'budgetBron'>;

/** A year's budget: the latest published phase, else the scenario's amount, else grown from the year before (prognose only). */
export function budgetFor(jaar: number, soort: YearResult['soort'], published: Published | undefined, a: Pick<Aannames, 'budget' | 'budget_groei_pct'>, previous: { jaar: number; budget: Decimal } | undefined): Budget | ForecastProblem {
  if (published?.budget) return { budget: published.budget, budgetFase: published.budgetFase!, budgetBron: 'budget.csv' };
  const raming = a.budget.get(jaar);
  if (raming) return { budget: raming, budgetFase: 'raming' satisfies BudgetFase, budgetBron: 'scenario' };
  if (previous && soort === 'prognose') {
    let budget = previous.budget;
    for (let y = previous.jaar + 1; y <= jaar; y++) budget = budget.times(D(1).plus(a.budget_groei_pct.div(100)));
    return { budget, budgetFase: 'raming', budgetBron: 'groei' };
  }
  return { soort: 'geen-budget', jaar };
}

/** Every year's budget, in order (a grown budget grows from the year before); the first year without one is a problem. */
export function yearBudgets(periods: { realised: readonly number[]; years: readonly number[] }, published: ReadonlyMap<number, Published>, a: Pick<Aannames, 'budget' | 'budget_groei_pct'>): Map<number, Budget> | ForecastProblem {
  const budgets = new Map<number, Budget>();
  let previous: { jaar: number; budget: Decimal } | undefined;
  for (const jaar of periods.years) {
    const budget = budgetFor(jaar, periods.realised.includes(jaar) ? 'realisatie' : 'prognose', published.get(jaar), a, previous);
    if ('soort' in budget) return budget;
    budgets.set(jaar, budget);
    previous = { jaar, budget: budget.budget };
  }
  return budgets;
}

/** One year without its vangnet: gemiddeld volume, lasten, budget, saldo and tekort. */
export function yearResult(jaar: number, soort: YearResult['soort'], regelingen: RegelingJaar[], lasten: { baten: Decimal; actieLasten: Decimal; lasten: Decimal }, budget: Budget): YearResult {
  const saldo = budget.budget.minus(lasten.lasten);
  return {
    jaar,
    soort,
    gemiddeldVolume: sum(regelingen.map((r) => r.gemiddeldVolume)),
    regelingen,
    ...lasten,
    ...budget,
    saldo,
    tekortFractie: lasten.lasten.minus(budget.budget).div(budget.budget),
    vangnet: null,
    resultaat: saldo,
  };
}

/** Whether a rule's multi-year tests look at earlier years only (the rules file allows nothing else). */
const looksBack = (rule: VangnetRule) => rule.routes.every((r) => !r.meerjarig || (r.meerjarig.van <= 0 && (r.meerjarig.soort === 'cumulatief' || r.meerjarig.tot <= 0)));

/**
 * The vangnet of every year, with multi-year windows over realised and projected years alike;
 * sets vangnet and resultaat. Given the years of a base run, a year before the first whose
 * lasten differ from the base keeps the base's vangnet: nothing it looks at has changed.
 */
export function applyVangnet(jaren: YearResult[], published: ReadonlyMap<number, Published>, rules: readonly VangnetRule[] | undefined, base?: readonly YearResult[]): ForecastWarning[] {
  const cijfers: JaarCijfers[] = jaren.map((j) => ({ jaar: j.jaar, budget: j.budget, lasten: j.lasten, saldo: j.saldo, budgetFase: j.budgetFase }));
  for (const [jaar, f] of published) {
    if (!cijfers.some((c) => c.jaar === jaar) && f.budget && f.lasten) cijfers.push({ jaar, budget: f.budget, lasten: f.lasten, saldo: f.budget.minus(f.lasten), budgetFase: f.budgetFase! });
  }
  const unchanged = base ? jaren.findIndex((j, i) => base[i]?.jaar !== j.jaar || !base[i]!.lasten.eq(j.lasten) || !base[i]!.budget.eq(j.budget)) : 0;
  const waarschuwingen: ForecastWarning[] = [];
  jaren.forEach((j, i) => {
    const rule = ruleFor(j.jaar, rules);
    if (!rule) {
      waarschuwingen.push({ soort: 'geen-regels', jaar: j.jaar });
      return;
    }
    const same = base && (unchanged === -1 || i < unchanged) && looksBack(rule) ? base[i]!.vangnet : null;
    j.vangnet = same ?? computeVangnet({ jaar: j.jaar, budget: j.budget, lasten: j.lasten, budgetFase: j.budgetFase, andereJaren: cijfers.filter((c) => c.jaar !== j.jaar), rule });
    j.resultaat = j.saldo.plus(j.vangnet.gekozen.vangnet);
  });
  return waarschuwingen;
}
