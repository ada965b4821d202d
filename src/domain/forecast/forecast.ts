// The forecast: from the history in a data set and the assumptions of a scenario to months and
// years: volume, gemiddeld volume, prijs, lasten, budget, saldo, tekort%, vangnet, resultaat.
// Pure: the data, the scenario and the rules are passed in.

import type { DataSet } from '../data.js';
import type { Fase, Regeling } from '../terms.js';
import { computeVangnet, type JaarCijfers, type VangnetResult } from '../vangnet/compute.js';
import { yearFigures } from '../vangnet/fromData.js';
import { ruleFor, type VangnetRule } from '../vangnet/rules.js';
import { D, sum, ZERO, type Decimal } from '../../money.js';
import { addMonths, monthFromIndex, monthIndex, yearOf, type Month } from '../../period.js';
import type { Scenario } from './scenario.js';
import { estimateBase, projectSeries, seriesId, type BaseEstimate, type ProjectionParams, type SeriesHistory, type SeriesKey } from './stockflow.js';

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
  budget: Decimal;
  budgetFase: BudgetFase;
  /** Where a raming came from: the scenario's amount, or growth from an earlier year. */
  budgetBron: 'budget.csv' | 'scenario' | 'groei';
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
  | { soort: 'onvolledig-jaar'; jaar: number; maanden: number };

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

export type ForecastProblem =
  | { soort: 'geen-volume' }
  | { soort: 'horizon'; horizon: Month; laatste: Month }
  | { soort: 'basisperiode'; van: Month; tot: Month; reeks: string; maanden: Month[]; eerste: Month; laatste: Month }
  | { soort: 'te-weinig-maanden'; maanden: number; minimum: number; eerste: Month; laatste: Month }
  | { soort: 'geen-budget'; jaar: number };

/** Extra monthly effects on a series (an aanvalsplan), by series id. */
export type Effects = ReadonlyMap<string, Pick<ProjectionParams, 'extraInstroom' | 'extraUitstroom' | 'herinstroom'>>;

export interface ForecastInput {
  data: DataSet;
  scenario: Scenario;
  rules?: readonly VangnetRule[];
  effects?: Effects;
  /** Lasten per year outside volume x prijs (aanvalsplan: LKS placements, verlagingen). */
  extraLasten?: ReadonlyMap<number, Decimal>;
}

function histories(data: DataSet): SeriesHistory[] {
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

const mean = (xs: Decimal[]) => sum(xs).div(xs.length);

export const BASIS_MAANDEN = 24;
export const MIN_BASIS_MAANDEN = 12;

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

export function forecast(input: ForecastInput): { forecast: Forecast } | { problems: ForecastProblem[] } {
  const { data, scenario } = input;
  const series = histories(data);
  if (series.length === 0) return { problems: [{ soort: 'geen-volume' }] };
  const a = scenario.aannames;
  const waarschuwingen: ForecastWarning[] = [];

  const allMonths = series.flatMap((h) => [...h.stands.keys()]);
  const lastIndex = Math.max(...allMonths);
  const laatsteMaand = monthFromIndex(lastIndex);
  const eersteMaand = monthFromIndex(Math.min(...allMonths));
  const horizon = scenario.horizon ?? (`${yearOf(laatsteMaand) + 4}-12` as Month);
  if (monthIndex(horizon) <= lastIndex) return { problems: [{ soort: 'horizon', horizon, laatste: laatsteMaand }] };
  const basisperiode = scenario.basisperiode ?? defaultBasisperiode(series, lastIndex);
  if ('soort' in basisperiode) return { problems: [basisperiode] };

  // --- the model, per series ---------------------------------------------------------------
  const problems: ForecastProblem[] = [];
  const reeksen: SeriesAssumption[] = [];
  for (const h of series) {
    const base = estimateBase(h, basisperiode.van, basisperiode.tot);
    if ('soort' in base) {
      problems.push({ soort: 'basisperiode', ...basisperiode, reeks: seriesId(h.key), maanden: base.maanden, eerste: eersteMaand, laatste: laatsteMaand });
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
  if (problems.length) return { problems };

  const shocks = new Map<string, Map<number, Decimal>>();
  for (const s of scenario.schokken) {
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

  const maanden: MonthRow[] = [];
  for (const h of series) {
    const reeks = reeksen.find((r) => seriesId(r.key) === seriesId(h.key))!;
    for (const [i, stand] of [...h.stands].sort((x, y) => x[0] - y[0])) {
      const flow = h.flows.get(i);
      maanden.push({
        maand: monthFromIndex(i),
        key: h.key,
        soort: 'realisatie',
        volume: D(stand),
        ...(flow ? { instroom: D(flow.instroom), uitstroom: D(flow.uitstroom) } : {}),
      });
    }
    const effects = input.effects?.get(seriesId(h.key));
    const extraInstroom = mergeMaps(shocks.get(seriesId(h.key)), effects?.extraInstroom);
    const projected = projectSeries({ maand: reeks.startMaand, volume: D(reeks.startVolume) }, horizon, {
      instroom: reeks.instroom,
      uitstroomKans: reeks.uitstroomKans,
      ...(extraInstroom ? { extraInstroom } : {}),
      ...(effects?.extraUitstroom ? { extraUitstroom: effects.extraUitstroom } : {}),
      ...(effects?.herinstroom ? { herinstroom: effects.herinstroom } : {}),
    });
    for (const p of projected) maanden.push({ ...p, key: h.key, soort: 'prognose' });
  }

  // --- years --------------------------------------------------------------------------------
  const figures = yearFigures(data);
  const realisedYears = [...new Set(data.lasten.map((l) => l.jaar))].sort((x, y) => x - y);
  const lastRealised = realisedYears[realisedYears.length - 1];
  const firstPrognose = Math.max(yearOf(addMonths(laatsteMaand, 1)), (lastRealised ?? 0) + 1);
  let lastYear = yearOf(horizon);
  if (!horizon.endsWith('-12')) {
    waarschuwingen.push({ soort: 'onvolledig-jaar', jaar: lastYear, maanden: Number(horizon.slice(5)) });
    lastYear--;
  }
  const years = [...realisedYears, ...range(firstPrognose, lastYear)];

  const volumeOf = (jaar: number, regeling: Regeling): Decimal | undefined => {
    const rows = maanden.filter((m) => m.key.regeling === regeling && yearOf(m.maand) === jaar);
    if (rows.length === 0) return undefined;
    // A year's gemiddeld volume: the mean of its month-end stands, summed over segments.
    const byMonth = new Map<string, Decimal>();
    for (const r of rows) byMonth.set(r.maand, (byMonth.get(r.maand) ?? ZERO).plus(r.volume));
    return mean([...byMonth.values()]);
  };
  const regelingen = [...new Set(series.map((h) => h.key.regeling))];

  // The prijs per regeling: from prijzen.csv, else derived as bruto / gemiddeld volume of a
  // realised year; the latest one is indexed forward. Bruto = lasten + baten + fout_onzeker
  // when the bruto column is absent, so baten are never subtracted twice.
  const brutoOf = (jaar: number, regeling?: Regeling) =>
    sum(
      data.lasten
        .filter((l) => l.jaar === jaar && (regeling === undefined || l.regeling === regeling))
        .map((l) => l.bruto ?? l.lasten.plus(l.baten ?? ZERO).plus(l.fout_onzeker ?? ZERO)),
    );
  const perRegeling = data.lasten.some((l) => l.regeling !== undefined);
  const prijzen: Forecast['prijzen'] = [];
  for (const regeling of regelingen) {
    const listed = data.prijzen.filter((p) => p.regeling === regeling).sort((x, y) => y.jaar - x.jaar)[0];
    let derived: { jaar: number; prijs: Decimal } | undefined;
    for (const jaar of [...realisedYears].reverse()) {
      const volume = perRegeling ? volumeOf(jaar, regeling) : sumDefined(regelingen.map((r) => volumeOf(jaar, r)));
      const hasLasten = data.lasten.some((l) => l.jaar === jaar && (!perRegeling || l.regeling === regeling));
      if (volume && !volume.isZero() && hasLasten) {
        derived = { jaar, prijs: brutoOf(jaar, perRegeling ? regeling : undefined).div(volume) };
        break;
      }
    }
    if (listed && (!derived || listed.jaar >= derived.jaar)) prijzen.push({ regeling, jaar: listed.jaar, prijs: listed.prijs, bron: 'prijzen.csv' });
    else if (derived) prijzen.push({ regeling, ...derived, bron: 'afgeleid' });
    else waarschuwingen.push({ soort: 'geen-prijs', regeling });
  }
  const prijsIn = (regeling: Regeling, jaar: number): Decimal | undefined => {
    const listed = data.prijzen.find((p) => p.regeling === regeling && p.jaar === jaar);
    if (listed) return listed.prijs;
    const base = prijzen.find((p) => p.regeling === regeling);
    if (!base || jaar < base.jaar) return undefined;
    let prijs = base.prijs;
    for (let y = base.jaar + 1; y <= jaar; y++) prijs = prijs.times(D(1).plus((a.prijsindex_pct.get(y) ?? ZERO).div(100)));
    return prijs;
  };
  const batenOf = (jaar: number) => sum(data.lasten.filter((l) => l.jaar === jaar).map((l) => l.baten ?? ZERO));
  const batenBasis = lastRealised !== undefined ? { jaar: lastRealised, baten: batenOf(lastRealised) } : null;

  const jaren: YearResult[] = [];
  let previousBudget: { jaar: number; budget: Decimal } | undefined;
  for (const jaar of years) {
    const soort = realisedYears.includes(jaar) ? 'realisatie' : 'prognose';
    const perReg: RegelingJaar[] = regelingen.map((regeling) => {
      const gemiddeldVolume = volumeOf(jaar, regeling) ?? ZERO;
      const prijs = prijsIn(regeling, jaar);
      const bruto = soort === 'realisatie' ? (perRegeling ? brutoOf(jaar, regeling) : ZERO) : gemiddeldVolume.times(prijs ?? ZERO);
      return { regeling, gemiddeldVolume, ...(prijs ? { prijs } : {}), bruto };
    });
    const baten = soort === 'realisatie' ? batenOf(jaar) : (a.baten.get(jaar) ?? batenBasis?.baten ?? ZERO);
    const actieLasten = soort === 'realisatie' ? ZERO : (input.extraLasten?.get(jaar) ?? ZERO);
    const lasten = soort === 'realisatie' ? figures.get(jaar)!.lasten! : sum(perReg.map((r) => r.bruto)).minus(baten).plus(actieLasten);

    const published = figures.get(jaar);
    let budget: Decimal;
    let budgetFase: BudgetFase;
    let budgetBron: YearResult['budgetBron'];
    if (published?.budget) {
      budget = published.budget;
      budgetFase = published.budgetFase!;
      budgetBron = 'budget.csv';
    } else if (a.budget.has(jaar)) {
      budget = a.budget.get(jaar)!;
      budgetFase = 'raming';
      budgetBron = 'scenario';
    } else if (previousBudget && soort === 'prognose') {
      budget = previousBudget.budget;
      for (let y = previousBudget.jaar + 1; y <= jaar; y++) budget = budget.times(D(1).plus(a.budget_groei_pct.div(100)));
      budgetFase = 'raming';
      budgetBron = 'groei';
    } else {
      return { problems: [{ soort: 'geen-budget', jaar }] };
    }
    previousBudget = { jaar, budget };
    const saldo = budget.minus(lasten);
    jaren.push({
      jaar,
      soort,
      gemiddeldVolume: sum(perReg.map((r) => r.gemiddeldVolume)),
      regelingen: perReg,
      baten,
      actieLasten,
      lasten,
      budget,
      budgetFase,
      budgetBron,
      saldo,
      tekortFractie: lasten.minus(budget).div(budget),
      vangnet: null,
      resultaat: saldo,
    });
  }

  // The vangnet per year, with multi-year windows over realised and projected years alike.
  const cijfers: JaarCijfers[] = jaren.map((j) => ({ jaar: j.jaar, budget: j.budget, lasten: j.lasten, saldo: j.saldo, budgetFase: j.budgetFase }));
  for (const [jaar, f] of figures) {
    if (!cijfers.some((c) => c.jaar === jaar) && f.budget && f.lasten) cijfers.push({ jaar, budget: f.budget, lasten: f.lasten, saldo: f.budget.minus(f.lasten), budgetFase: f.budgetFase! });
  }
  for (const j of jaren) {
    const rule = ruleFor(j.jaar, input.rules);
    if (!rule) {
      waarschuwingen.push({ soort: 'geen-regels', jaar: j.jaar });
      continue;
    }
    j.vangnet = computeVangnet({
      jaar: j.jaar,
      budget: j.budget,
      lasten: j.lasten,
      budgetFase: j.budgetFase,
      andereJaren: cijfers.filter((c) => c.jaar !== j.jaar),
      rule,
    });
    j.resultaat = j.saldo.plus(j.vangnet.gekozen.vangnet);
  }

  return { forecast: { laatsteMaand, horizon, basisperiode, reeksen, prijzen, batenBasis, maanden, jaren, waarschuwingen } };
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

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function sumDefined(xs: (Decimal | undefined)[]): Decimal | undefined {
  const defined = xs.filter((x): x is Decimal => x !== undefined);
  return defined.length ? sum(defined) : undefined;
}

function mergeMaps(a?: ReadonlyMap<number, Decimal>, b?: ReadonlyMap<number, Decimal>): Map<number, Decimal> | undefined {
  if (!a && !b) return undefined;
  const out = new Map(a ?? []);
  for (const [k, v] of b ?? []) out.set(k, (out.get(k) ?? ZERO).plus(v));
  return out;
}
