// The yearly steps: which years to report, each year's lasten (realised, or volume x prijs
// minus baten) and budget (published, the scenario's, or grown), and the vangnet over them all.

import type { DataSet } from '../data.js';
import type { Fase } from '../terms.js';
import { computeVangnet, type JaarCijfers } from '../vangnet/compute.js';
import { ruleFor, type VangnetRule } from '../vangnet/rules.js';
import { sum, type Decimal } from '../../money.js';
import { addMonths, yearOf, type Month } from '../../period.js';
import type { Budget } from './budget.js';
import type { ForecastWarning, RegelingJaar, YearResult } from './types.js';

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

/** One year without its vangnet: gemiddeld volume, lasten, budget (with what acties add), saldo, tekort and budgetvolume. */
export function yearResult(
  jaar: number,
  soort: YearResult['soort'],
  regelingen: RegelingJaar[],
  lasten: { baten: Decimal; actieLasten: Decimal; lasten: Decimal },
  b: Budget,
  budgetActies: Decimal,
): YearResult {
  const budget = b.budget.plus(budgetActies);
  const saldo = budget.minus(lasten.lasten);
  const gemiddeldVolume = sum(regelingen.map((r) => r.gemiddeldVolume));
  return {
    jaar,
    soort,
    gemiddeldVolume,
    regelingen,
    ...lasten,
    budget,
    budgetFase: b.budgetFase,
    budgetBron: b.budgetBron,
    ...(b.gepubliceerd ? { budgetGepubliceerd: b.gepubliceerd } : {}),
    ...(b.bijstellingPct ? { bijstellingPct: b.bijstellingPct } : {}),
    ...(b.macrobudget ? { macrobudget: b.macrobudget } : {}),
    ...(b.aandeelPct ? { aandeelPct: b.aandeelPct } : {}),
    budgetActies,
    ...(lasten.lasten.gt(0) ? { budgetvolume: budget.times(gemiddeldVolume).div(lasten.lasten) } : {}),
    saldo,
    tekortFractie: lasten.lasten.minus(budget).div(budget),
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
