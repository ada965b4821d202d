// The forecast report: the contract's `{ scenario, aannames, jaren, maanden }`, plus the
// warnings. Every assumption the projection used is listed with where it came from.

import type { Forecast, ForecastWarning, NietGebruikt, YearResult } from '../domain/forecast/forecast.js';
import type { Scenario } from '../domain/forecast/scenario.js';
import { seriesId } from '../domain/forecast/stockflow.js';
import { roundHalfUp, ZERO, type Decimal } from '../money.js';
import { vangnetReport, type VangnetJson, type VangnetWaarschuwing } from './vangnet.js';
import { Aantal, Bedrag, Getal, Procent } from './values.js';
import { monthIndex } from '../period.js';
import type { ForecastRun } from '../app/forecast.js';
import { effectNotes, type EffectNote } from './plan.js';

/** How an assumption came about, with its numbers; the words are the renderer's. */
export type AannameUitleg =
  | { soort: 'horizon'; laatste_maand: string }
  | { soort: 'basisperiode'; maanden: number }
  | { soort: 'factor' }
  | { soort: 'instroom'; totaal: number; maanden: number; per_maand: Aantal; factor: Getal }
  | { soort: 'uitstroomkans'; uitstroom: number; som_vorige_standen: number; factor: Getal; startstand: number; startmaand: string }
  | { soort: 'prijs'; jaar: number; bron: 'prijzen.csv' | 'afgeleid' }
  | { soort: 'prijsindex' }
  | { soort: 'baten'; bron: 'scenario' | 'laatste-jaar'; basisjaar: number | null }
  | {
      soort: 'budget';
      fase: string;
      herkomst: BudgetHerkomst;
      gepubliceerd: Bedrag | null;
      bijstelling_pct: Procent | null;
      macrobudget: Bedrag | null;
      aandeel_pct: Procent | null;
      groei_pct: Procent;
      acties: Bedrag;
    }
  | { soort: 'schok'; omschrijving: string | null }
  | { soort: 'aanvalsplan' };

export interface AannameJson {
  sleutel: string;
  /** A value without words: a month, a number, an amount, or a list of yearly percentages. */
  waarde: string | number | Aantal | Procent | Bedrag | Getal | { jaar: number; pct: Procent }[];
  /** scenario: set in the scenario file; standaard: a default; gegevens: estimated from the data. */
  herkomst: 'scenario' | 'standaard' | 'gegevens';
  uitleg: AannameUitleg;
}

/** What the forecast warns about, as data. */
export type ForecastWaarschuwing =
  | Exclude<ForecastWarning, { soort: 'schok-verdeeld' | 'budget-bijgesteld' | 'budget-niet-bijgesteld' | 'scenario-niet-gebruikt' }>
  | { soort: 'budget-bijgesteld'; jaar: number; fase: string; gepubliceerd: Bedrag; bijstelling_pct: Procent; budget: Bedrag }
  /** A scenario value the data overrides: `scenario` (an amount, or for aandeel_pct and bijstelling_pct a percentage) is not used; `gegevens` is the published budget (of phase `fase`) or the realised baten that is. */
  | { soort: 'scenario-niet-gebruikt'; sleutel: NietGebruikt; jaar: number; scenario: Bedrag | Procent; bron: 'budget.csv' | 'lasten.csv'; fase: string | null; gegevens: Bedrag }
  | { soort: 'budget-niet-bijgesteld'; jaar: number; fase: string; prijsindex_pct: Procent }
  | { soort: 'schok-verdeeld'; maand: string; regeling: string; delen: { reeks: string; aandeel_pct: Procent }[] }
  | { soort: 'vangnet'; jaren: number[]; waarschuwing: VangnetWaarschuwing }
  | EffectNote;

export interface RegelingJaarJson {
  regeling: string;
  gemiddeld_volume: Aantal;
  prijs: Bedrag | null;
  bruto: Bedrag;
}

export interface JaarJson {
  jaar: number;
  soort: 'realisatie' | 'prognose';
  gemiddeld_volume: Aantal;
  lasten: Bedrag;
  /** The budget the year is computed with (the expected definitief where one applies). */
  budget: Bedrag;
  budget_fase: string;
  /** The latest published amount; absent when none is published. */
  budget_gepubliceerd?: Bedrag;
  budget_herkomst: BudgetHerkomst;
  /** What acties add to the budget (the LKS deelbudget following their LKS lasten); included in budget. */
  budget_acties: Bedrag;
  /** The number of benefits the budget pays for at the year's gemiddelde prijs (lasten / gemiddeld volume). */
  budgetvolume: Aantal | null;
  saldo: Bedrag;
  tekort_pct: Procent;
  vangnet: VangnetJson | null;
  resultaat: Bedrag;
  baten: Bedrag;
  /** Lasten of aanvalsplan acties outside volume x prijs (LKS placements, verlagingen). */
  acties_lasten: Bedrag;
  regelingen: RegelingJaarJson[];
}

export interface MaandJson {
  maand: string;
  regeling: string;
  segment?: string;
  soort: 'realisatie' | 'prognose';
  volume: Aantal;
  instroom: Aantal | null;
  uitstroom: Aantal | null;
}

export interface ForecastJson {
  /** bestand: the scenario file; null for a data folder run on the default assumptions. */
  scenario: { naam: string; bestand: string | null; data: string };
  aannames: AannameJson[];
  jaren: JaarJson[];
  maanden: MaandJson[];
  waarschuwingen: ForecastWaarschuwing[];
}

const COUNT_DECIMALS = 6;

function assumptions(f: Forecast, s: Scenario): AannameJson[] {
  const out: AannameJson[] = [];
  const from = (key: string): AannameJson['herkomst'] => (s.gezet.has(key) ? 'scenario' : 'standaard');
  const a = s.aannames;
  out.push({ sleutel: 'horizon', waarde: f.horizon, herkomst: from('horizon'), uitleg: { soort: 'horizon', laatste_maand: f.laatsteMaand } });
  const maanden = monthIndex(f.basisperiode.tot) - monthIndex(f.basisperiode.van) + 1;
  out.push({ sleutel: 'basisperiode', waarde: `${f.basisperiode.van} - ${f.basisperiode.tot}`, herkomst: from('basisperiode'), uitleg: { soort: 'basisperiode', maanden } });
  for (const key of ['instroom_factor', 'uitstroom_factor'] as const) out.push({ sleutel: key, waarde: new Getal(a[key]), herkomst: from(key), uitleg: { soort: 'factor' } });
  for (const r of f.reeksen) {
    const id = seriesId(r.key);
    const b = r.base;
    out.push({
      sleutel: `instroom.${id}`,
      waarde: new Aantal(r.instroom),
      herkomst: 'gegevens',
      uitleg: { soort: 'instroom', totaal: b.totaalInstroom, maanden: b.maanden, per_maand: new Aantal(b.instroom), factor: new Getal(a.instroom_factor) },
    });
    out.push({
      sleutel: `uitstroomkans.${id}`,
      waarde: Procent.ofFraction(r.uitstroomKans),
      herkomst: 'gegevens',
      uitleg: {
        soort: 'uitstroomkans',
        uitstroom: b.totaalUitstroom,
        som_vorige_standen: b.somVorigeStanden,
        factor: new Getal(a.uitstroom_factor),
        startstand: r.startVolume,
        startmaand: r.startMaand,
      },
    });
  }
  for (const p of f.prijzen) out.push({ sleutel: `prijs.${p.regeling}`, waarde: new Bedrag(p.prijs), herkomst: 'gegevens', uitleg: { soort: 'prijs', jaar: p.jaar, bron: p.bron } });
  const prognose = f.jaren.filter((j) => j.soort === 'prognose');
  out.push({
    sleutel: 'prijsindex_pct',
    waarde: prognose.map((j) => ({ jaar: j.jaar, pct: new Procent(a.prijsindex_pct.get(j.jaar) ?? ZERO) })),
    herkomst: from('prijsindex_pct'),
    uitleg: { soort: 'prijsindex' },
  });
  for (const j of prognose) {
    const eigen = a.baten.has(j.jaar);
    out.push({
      sleutel: `baten.${j.jaar}`,
      waarde: new Bedrag(j.baten),
      herkomst: eigen ? 'scenario' : 'standaard',
      uitleg: { soort: 'baten', bron: eigen ? 'scenario' : 'laatste-jaar', basisjaar: f.batenBasis?.jaar ?? null },
    });
    out.push({
      sleutel: `budget.${j.jaar}`,
      waarde: new Bedrag(j.budget),
      herkomst: budgetOrigin(j, s),
      uitleg: {
        soort: 'budget',
        fase: j.budgetFase,
        herkomst: HERKOMST[j.budgetBron],
        gepubliceerd: j.budgetGepubliceerd ? new Bedrag(j.budgetGepubliceerd) : null,
        bijstelling_pct: j.bijstellingPct ? new Procent(j.bijstellingPct) : null,
        macrobudget: j.macrobudget ? new Bedrag(j.macrobudget) : null,
        aandeel_pct: j.aandeelPct ? new Procent(j.aandeelPct) : null,
        groei_pct: new Procent(a.budget_groei_pct),
        acties: new Bedrag(j.budgetActies),
      },
    });
  }
  s.schokken.forEach((k, i) => {
    out.push({
      sleutel: `schokken.${i}`,
      waarde: `${k.maand} ${seriesId(k)} ${k.instroom.isNegative() ? '' : '+'}${k.instroom.toString()}`,
      herkomst: 'scenario',
      uitleg: { soort: 'schok', omschrijving: k.omschrijving ?? null },
    });
  });
  return out;
}

/** How a year's budget came about, in the JSON's words. */
export type BudgetHerkomst = 'gepubliceerd' | 'verwacht_definitief' | 'scenario' | 'macrobudget' | 'groei';
const HERKOMST: Record<YearResult['budgetBron'], BudgetHerkomst> = {
  'budget.csv': 'gepubliceerd',
  bijstelling: 'verwacht_definitief',
  scenario: 'scenario',
  macrobudget: 'macrobudget',
  groei: 'groei',
};

/** Whose figure a budget is: the data's, the scenario's, or a default's. */
function budgetOrigin(j: YearResult, s: Scenario): AannameJson['herkomst'] {
  const set = (key: string) => s.gezet.has(key);
  if (j.budgetBron === 'budget.csv') return 'gegevens';
  if (j.budgetBron === 'scenario' || j.budgetBron === 'bijstelling') return 'scenario';
  if (j.budgetBron === 'macrobudget') return ['macrobudget', 'macro_volume_pct', 'macro_prijs_pct', 'aandeel_pct'].some(set) ? 'scenario' : 'standaard';
  return set('budget_groei_pct') ? 'scenario' : 'standaard';
}

function warning(w: ForecastWarning): ForecastWaarschuwing {
  switch (w.soort) {
    case 'schok-verdeeld':
      return { ...w, delen: w.delen.map((d) => ({ reeks: d.reeks, aandeel_pct: Procent.ofFraction(d.aandeel) })) };
    case 'budget-bijgesteld':
      return { soort: w.soort, jaar: w.jaar, fase: w.fase, gepubliceerd: new Bedrag(w.gepubliceerd), bijstelling_pct: new Procent(w.bijstellingPct), budget: new Bedrag(w.budget) };
    case 'budget-niet-bijgesteld':
      return { soort: w.soort, jaar: w.jaar, fase: w.fase, prijsindex_pct: new Procent(w.prijsindexPct) };
    case 'scenario-niet-gebruikt': {
      const pct = w.sleutel === 'aandeel_pct' || w.sleutel === 'bijstelling_pct';
      return { soort: w.soort, sleutel: w.sleutel, jaar: w.jaar, scenario: pct ? new Procent(w.scenario) : new Bedrag(w.scenario), bron: w.bron, fase: w.fase, gegevens: new Bedrag(w.gegevens) };
    }
    default:
      return w;
  }
}

/**
 * A year as shown. Budget and lasten are rounded to cents; saldo and resultaat are derived from
 * the rounded figures, so that saldo = budget - lasten and resultaat = saldo + vangnet hold on
 * what is shown (a projected lasten has fractions of a cent).
 */
function yearJson(j: YearResult): JaarJson {
  const budget = roundHalfUp(j.budget, 2);
  const lasten = roundHalfUp(j.lasten, 2);
  const saldo = budget.minus(lasten);
  const vangnet = j.vangnet ? vangnetReport(j.vangnet) : null;
  return {
    jaar: j.jaar,
    soort: j.soort,
    gemiddeld_volume: new Aantal(j.gemiddeldVolume),
    lasten: new Bedrag(lasten),
    budget: new Bedrag(budget),
    budget_fase: j.budgetFase,
    ...(j.budgetGepubliceerd ? { budget_gepubliceerd: new Bedrag(j.budgetGepubliceerd) } : {}),
    budget_herkomst: HERKOMST[j.budgetBron],
    budget_acties: new Bedrag(j.budgetActies),
    budgetvolume: j.budgetvolume ? new Aantal(j.budgetvolume) : null,
    saldo: new Bedrag(saldo),
    tekort_pct: Procent.ofFraction(j.tekortFractie),
    vangnet,
    resultaat: new Bedrag(saldo.plus(vangnet ? roundHalfUp(vangnet.vangnet.value, 2) : ZERO)),
    baten: new Bedrag(j.baten),
    acties_lasten: new Bedrag(j.actieLasten),
    regelingen: j.regelingen.map((r) => ({ regeling: r.regeling, gemiddeld_volume: new Aantal(r.gemiddeldVolume), prijs: r.prijs ? new Bedrag(r.prijs) : null, bruto: new Bedrag(r.bruto) })),
  };
}

/**
 * Months: volume and instroom rounded to 6 decimals, and uitstroom derived from the rounded
 * figures, so that stand = previous stand + instroom - uitstroom holds exactly on what is shown.
 */
function monthsJson(f: Forecast): MaandJson[] {
  const out: MaandJson[] = [];
  const previous = new Map<string, Decimal>();
  for (const m of f.maanden) {
    const id = seriesId(m.key);
    const volume = roundHalfUp(m.volume, COUNT_DECIMALS);
    const before = previous.get(id);
    let instroom: Decimal | undefined;
    let uitstroom: Decimal | undefined;
    if (m.soort === 'prognose' && before && m.instroom) {
      instroom = roundHalfUp(m.instroom, COUNT_DECIMALS);
      uitstroom = before.plus(instroom).minus(volume);
    } else if (m.instroom && m.uitstroom) {
      instroom = m.instroom;
      uitstroom = m.uitstroom;
    }
    out.push({
      maand: m.maand,
      regeling: m.key.regeling,
      ...(m.key.segment ? { segment: m.key.segment } : {}),
      soort: m.soort,
      volume: new Aantal(volume),
      instroom: instroom ? new Aantal(instroom) : null,
      uitstroom: uitstroom ? new Aantal(uitstroom) : null,
    });
    previous.set(id, volume);
  }
  return out;
}

export function forecastReport(f: Forecast, s: Scenario, source: { bestand: string | null; data: string }): ForecastJson {
  const { jaren, waarschuwingen } = forecastYears(f);
  let maanden: MaandJson[] | undefined;
  // The months are made when a renderer asks for them (json, --maanden, the chart), not for a table.
  return {
    scenario: { naam: s.naam, ...source },
    aannames: assumptions(f, s),
    jaren,
    get maanden() {
      return (maanden ??= monthsJson(f));
    },
    waarschuwingen,
  };
}

/** The years of a forecast as shown, and its warnings (the vangnet's once each, with the years they concern). */
export function forecastYears(f: Forecast): Pick<ForecastJson, 'jaren' | 'waarschuwingen'> {
  const jaren = f.jaren.map(yearJson);
  // The vangnet's own warnings, once each, with the years whose vangnet they concern.
  const byWarning = new Map<string, { jaren: number[]; waarschuwing: VangnetWaarschuwing }>();
  for (const j of jaren) {
    for (const w of j.vangnet?.waarschuwingen ?? []) {
      const key = JSON.stringify(w);
      const seen = byWarning.get(key) ?? byWarning.set(key, { jaren: [], waarschuwing: w }).get(key)!;
      seen.jaren.push(j.jaar);
    }
  }
  const waarschuwingen: ForecastWaarschuwing[] = [...f.waarschuwingen.map(warning), ...[...byWarning.values()].map((v) => ({ soort: 'vangnet' as const, ...v }))];
  return { jaren, waarschuwingen };
}

/** The report of a scenario's run: with an aanvalsplan, what its acties did and that they are in. */
export function forecastRunReport(run: ForecastRun): ForecastJson {
  const { prepared } = run;
  const report = forecastReport(run.forecast, prepared.scenario, { bestand: prepared.loaded.label ?? null, data: prepared.loaded.dataLabel });
  if (run.effects) report.waarschuwingen.unshift(...effectNotes(run.effects));
  if (prepared.acties.length) report.aannames.push({ sleutel: 'aanvalsplan', waarde: prepared.acties.length, herkomst: 'scenario', uitleg: { soort: 'aanvalsplan' } });
  return report;
}

/** With an aanvalsplan: the report of the base run, the forecast without the plan (for the chart). */
export function basisRunReport(run: ForecastRun): ForecastJson | undefined {
  const { prepared } = run;
  if (!run.effects) return undefined;
  return forecastReport(prepared.runner.base, prepared.scenario, { bestand: prepared.loaded.label ?? null, data: prepared.loaded.dataLabel });
}
