// The forecast's vocabulary: what goes in (data, scenario, rules, effects) and what comes out
// (months, years, the assumptions per series, warnings, or the problems that stop a run).

import type { DataSet } from '../data.js';
import type { Fase, Regeling } from '../terms.js';
import type { VangnetResult } from '../vangnet/compute.js';
import type { VangnetRule } from '../vangnet/rules.js';
import type { Decimal } from '../../money.js';
import type { Month } from '../../period.js';
import type { Scenario } from './scenario.js';
import type { BaseEstimate, ProjectionParams, SeriesKey } from './stockflow.js';

export type BudgetFase = Fase | 'raming';

export interface MonthRow {
  maand: Month;
  key: SeriesKey;
  soort: 'realisatie' | 'prognose';
  volume: Decimal;
  /** Undefined for a realised month without flows in stromen.csv. */
  instroom?: Decimal;
  uitstroom?: Decimal;
}

export interface RegelingJaar {
  regeling: Regeling;
  gemiddeldVolume: Decimal;
  /** Yearly lasten (before baten) per gemiddeld benefit; undefined when it cannot be known. */
  prijs?: Decimal;
  /** gemiddeld volume x prijs for a prognose year; the realised bruto for a realisatie year. */
  bruto: Decimal;
}

export interface YearResult {
  jaar: number;
  soort: 'realisatie' | 'prognose';
  gemiddeldVolume: Decimal;
  regelingen: RegelingJaar[];
  baten: Decimal;
  /** Lasten of aanvalsplan acties outside volume x prijs (included in lasten). */
  actieLasten: Decimal;
  lasten: Decimal;
  /** The budget the year is computed with: published, its expected definitief, or a raming. */
  budget: Decimal;
  budgetFase: BudgetFase;
  /**
   * Where it came from: budget.csv as published; bijstelling (a published voorlopig or nader
   * voorlopig carried to its expected definitief); scenario; macrobudget (x aandeel); groei.
   */
  budgetBron: 'budget.csv' | 'bijstelling' | 'scenario' | 'macrobudget' | 'groei';
  /** The latest published amount, when there is one. */
  budgetGepubliceerd?: Decimal;
  bijstellingPct?: Decimal;
  macrobudget?: Decimal;
  aandeelPct?: Decimal;
  /** The budget effect of the acties (the LKS deelbudget following their LKS lasten), included in budget. */
  budgetActies: Decimal;
  /** The number of benefits the budget pays for: budget / (lasten / gemiddeld volume); undefined without lasten. */
  budgetvolume?: Decimal;
  saldo: Decimal;
  tekortFractie: Decimal;
  /** Null when no vangnet rules cover the year (a warning says so). */
  vangnet: VangnetResult | null;
  resultaat: Decimal;
}

export interface SeriesAssumption {
  key: SeriesKey;
  base: BaseEstimate;
  /** After the scenario's factors. */
  instroom: Decimal;
  uitstroomKans: Decimal;
  startMaand: Month;
  startVolume: number;
}

export type ForecastWarning =
  | { soort: 'schok-niet-toegepast'; maand: Month; reeks: string; reden: 'geen-reeks' | 'voor-start' }
  | { soort: 'schok-verdeeld'; maand: Month; regeling: Regeling; delen: { reeks: string; aandeel: Decimal }[] }
  | { soort: 'geen-prijs'; regeling: Regeling }
  | { soort: 'geen-regels'; jaar: number }
  | { soort: 'onvolledig-jaar'; jaar: number; maanden: number }
  | { soort: 'budget-bijgesteld'; jaar: number; fase: Fase; gepubliceerd: Decimal; bijstellingPct: Decimal; budget: Decimal }
  | { soort: 'budget-niet-bijgesteld'; jaar: number; fase: Fase; prijsindexPct: Decimal }
  /** A scenario value for a year the data decides (a published budget, realised baten): the data's figure is used. */
  | { soort: 'scenario-niet-gebruikt'; sleutel: NietGebruikt; jaar: number; scenario: Decimal; bron: 'budget.csv' | 'lasten.csv'; fase: Fase | null; gegevens: Decimal };

/** The scenario keys a year's data can override. Amounts, except aandeel_pct and bijstelling_pct (percentages). */
export type NietGebruikt = 'budget' | 'macrobudget' | 'aandeel_pct' | 'bijstelling_pct' | 'baten';

export interface Forecast {
  laatsteMaand: Month;
  horizon: Month;
  basisperiode: { van: Month; tot: Month };
  reeksen: SeriesAssumption[];
  /** Per regeling, the last known prijs and its year, indexed from there. */
  prijzen: { regeling: Regeling; jaar: number; prijs: Decimal; bron: 'prijzen.csv' | 'afgeleid' }[];
  batenBasis: { jaar: number; baten: Decimal } | null;
  maanden: MonthRow[];
  jaren: YearResult[];
  waarschuwingen: ForecastWarning[];
}

/**
 * What drives a stand out of its bounds: a shock of the scenario (its index in `schokken`), the
 * instroom_factor, a long horizon, the acties of a run (their codes, filled in by the plan
 * runner: the actie at which the plan, taken in order, first fails), or the data themselves.
 */
export type Oorzaak = { soort: 'schok'; index: number } | { soort: 'instroom_factor' } | { soort: 'horizon' } | { soort: 'acties'; codes: string[] } | { soort: 'gegevens' };

export type ForecastProblem =
  | { soort: 'geen-volume' }
  | { soort: 'horizon'; horizon: Month; laatste: Month }
  | { soort: 'horizon-te-ver'; horizon: Month; laatste: Month; max: Month; jaren: number }
  | { soort: 'basisperiode'; van: Month; tot: Month; reeks: string; maanden: Month[]; eerste: Month; laatste: Month }
  | { soort: 'te-weinig-maanden'; maanden: number; minimum: number; eerste: Month; laatste: Month }
  | { soort: 'geen-budget'; jaar: number }
  /** u x uitstroom_factor above 1: more would leave in a month than there are. */
  | { soort: 'uitstroomkans'; reeks: string; kans: Decimal; basis: Decimal; factor: Decimal }
  | { soort: 'stand-negatief'; reeks: string; maand: Month; volume: Decimal; oorzaak: Oorzaak }
  /** Above STAND_FACTOR x the largest stand in the data (src/domain/bounds.ts). */
  | { soort: 'stand-te-groot'; reeks: string; maand: Month; volume: Decimal; grens: Decimal; grootste: number; oorzaak: Oorzaak }
  /** Benefits reduced by verlaging acties beyond the stand of their series. */
  | { soort: 'verlaging-te-groot'; reeks: string; maand: Month; verlaagd: Decimal; volume: Decimal; oorzaak: Extract<Oorzaak, { soort: 'acties' }> }
  | { soort: 'lasten-negatief'; jaar: number; lasten: Decimal; oorzaak: { soort: 'baten' } | Extract<Oorzaak, { soort: 'acties' }> }
  /** A budget below MIN_BEDRAG (src/domain/bounds.ts) after a revision, the macrobudget x aandeel, or years of growth. */
  | { soort: 'budget-te-klein'; jaar: number; budget: Decimal; bron: YearResult['budgetBron'] }
  /** A projected year before the first prijs of a regeling that has one (prijzen.csv only later). */
  | { soort: 'geen-prijs-jaar'; regeling: Regeling; jaar: number; eerste: number };

/** Extra monthly effects on a series (an aanvalsplan), by series id; `verlaagd`: the benefits a verlaging reduces, per month. */
export type Effects = ReadonlyMap<string, Pick<ProjectionParams, 'extraInstroom' | 'extraUitstroom' | 'herinstroom'> & { verlaagd?: ReadonlyMap<number, Decimal> }>;

export interface ForecastInput {
  data: DataSet;
  scenario: Scenario;
  rules?: readonly VangnetRule[];
  effects?: Effects;
  /** Lasten per year outside volume x prijs (aanvalsplan: LKS placements, verlagingen). */
  extraLasten?: ReadonlyMap<number, Decimal>;
  /** Budget per year that acties bring (the LKS deelbudget following their LKS lasten). */
  extraBudget?: ReadonlyMap<number, Decimal>;
}
