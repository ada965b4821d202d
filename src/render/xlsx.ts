// The reports as Excel workbooks (--format xlsx): forecast, plan and compare, a sheet per table,
// the assumptions on their own sheet. The cells are the JSON's figures as numbers (workbook.ts);
// the words (headers, sheet names, explanations) are in the language of the run.

import type { Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { CompareJson, Compared } from '../report/compare.js';
import type { AannameJson, ForecastJson } from '../report/forecast.js';
import type { PlanJson, YearDeltaJson } from '../report/plan.js';
import { Aantal, Bedrag, Getal, Procent } from '../report/values.js';
import { footer as planFooter, NOTE as planNote } from './plan.js';
import { renderWorkbook, type SheetTable, type SheetValue } from './workbook.js';
import { scenarioLabel, tr } from './words.js';

export interface WorkbookOptions {
  version: string;
  /** forecast --maanden: the workbook opens on the months. */
  maanden?: boolean;
}

/** An assumption's value as a number where it is one, else in words. */
function aannameWaarde(a: AannameJson, lang: Lang): SheetValue {
  const w = a.waarde;
  if (w instanceof Bedrag || w instanceof Procent || w instanceof Aantal || w instanceof Getal || typeof w === 'number') return w;
  return wordsFor(lang).aanname(a).waarde;
}

const AANNAME_HEAD = (lang: Lang) => [tr(lang, 'aanname', 'assumption'), tr(lang, 'waarde', 'value'), tr(lang, 'herkomst', 'source'), tr(lang, 'toelichting', 'explanation')];

function aannameRows(aannames: readonly AannameJson[], lang: Lang): SheetValue[][] {
  return aannames.map((a) => [a.sleutel, aannameWaarde(a, lang), a.herkomst, wordsFor(lang).aanname(a).uitleg]);
}

function aannamesSheet(r: ForecastJson, lang: Lang): SheetTable {
  return { name: tr(lang, 'Aannames', 'Assumptions'), head: AANNAME_HEAD(lang), rows: aannameRows(r.aannames, lang) };
}

/** A sheet of sentences (warnings, notes), or none when there are none. */
function textSheet(name: string, head: string, lines: readonly string[]): SheetTable[] {
  return lines.length ? [{ name, head: [head], rows: lines.map((l) => [l]) }] : [];
}

function forecastSheets(r: ForecastJson, lang: Lang): SheetTable[] {
  const years: SheetTable = {
    name: tr(lang, 'Prognose', 'Forecast'),
    head: [
      tr(lang, 'jaar', 'year'),
      tr(lang, 'soort', 'kind'),
      tr(lang, 'gemiddeld volume', 'average volume'),
      'lasten',
      'budget',
      tr(lang, 'budgetfase', 'budget phase'),
      'saldo',
      tr(lang, 'tekort (% van budget)', 'tekort (% of budget)'),
      'vangnet',
      'resultaat',
      'baten',
    ],
    rows: r.jaren.map((j) => [j.jaar, j.soort, j.gemiddeld_volume, j.lasten, j.budget, j.budget_fase, j.saldo, j.tekort_pct, j.vangnet?.vangnet ?? null, j.resultaat, j.baten]),
  };
  const regelingen: SheetTable = {
    name: tr(lang, 'Regelingen', 'Regelingen'),
    head: [tr(lang, 'jaar', 'year'), 'regeling', tr(lang, 'gemiddeld volume', 'average volume'), 'prijs', tr(lang, 'bruto lasten', 'gross lasten')],
    rows: r.jaren.flatMap((j) => j.regelingen.map((g) => [j.jaar, g.regeling, g.gemiddeld_volume, g.prijs, g.bruto])),
  };
  const vangnet: SheetTable = {
    name: 'Vangnet',
    head: [
      tr(lang, 'jaar', 'year'),
      tr(lang, 'regel', 'rule'),
      'status',
      'route',
      tr(lang, 'recht', 'entitled'),
      'budget',
      'lasten',
      'tekort',
      tr(lang, 'tekort (% van budget)', 'tekort (% of budget)'),
      tr(lang, 'eigen risico', 'eigen risico'),
      'vangnet',
      tr(lang, 'voorlopig', 'provisional'),
    ],
    rows: r.jaren.flatMap((j) => {
      const v = j.vangnet;
      return v ? [[v.jaar, v.regel.id, v.regel.status, v.route, v.recht, v.budget, v.lasten, v.tekort, v.tekort_pct, v.eigen_risico, v.vangnet, v.voorlopig]] : [];
    }),
  };
  const maanden: SheetTable = {
    name: tr(lang, 'Maanden', 'Months'),
    head: [tr(lang, 'maand', 'month'), 'regeling', 'segment', tr(lang, 'soort', 'kind'), 'volume', 'instroom', 'uitstroom'],
    rows: r.maanden.map((m) => [m.maand, m.regeling, m.segment ?? null, m.soort, m.volume, m.instroom, m.uitstroom]),
  };
  const warnings = r.waarschuwingen.map((w) => wordsFor(lang).forecastWaarschuwing(w));
  return [years, regelingen, vangnet, maanden, aannamesSheet(r, lang), ...textSheet(tr(lang, 'Waarschuwingen', 'Warnings'), tr(lang, 'waarschuwing', 'warning'), warnings)];
}

/** Where the figures come from, and how the workbook relates to the JSON. */
function aboutSheet(lang: Lang, rows: SheetValue[][]): SheetTable {
  return {
    name: tr(lang, 'Over', 'About'),
    head: [tr(lang, 'wat', 'what'), tr(lang, 'waarde', 'value')],
    rows: [
      ...rows,
      [tr(lang, 'bedragen', 'amounts'), tr(lang, 'in euro, op de cent zoals in de JSON-uitvoer (buig --format json)', 'in euros, to the cent as in the JSON output (buig --format json)')],
      [
        tr(lang, 'percentages', 'percentages'),
        tr(lang, 'als percentage opgemaakt; de cel bevat de fractie (9,91% is 0,0991)', 'formatted as a percentage; the cell holds the fraction (9.91% is 0.0991)'),
      ],
    ],
  };
}

const scenarioRows = (s: { naam: string; bestand: string | null }, lang: Lang, data?: string): SheetValue[][] => [
  ['scenario', s.naam],
  [tr(lang, 'bestand', 'file'), scenarioLabel(s, lang)],
  ...(data !== undefined ? [['data', data] as SheetValue[]] : []),
];

export function renderForecastWorkbook(r: ForecastJson, lang: Lang, options: WorkbookOptions): Promise<Uint8Array> {
  const sheets = [...forecastSheets(r, lang), aboutSheet(lang, scenarioRows(r.scenario, lang, r.scenario.data))];
  const active = options.maanden ? sheets.findIndex((s) => s.name === tr(lang, 'Maanden', 'Months')) : 0;
  return renderWorkbook(sheets, { title: `${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`, lang, version: options.version, active });
}

const DELTA_HEAD = (lang: Lang) => [
  tr(lang, 'verschil volume', 'difference volume'),
  tr(lang, 'verschil lasten', 'difference lasten'),
  tr(lang, 'verschil vangnet', 'difference vangnet'),
  tr(lang, 'verschil resultaat', 'difference resultaat'),
  tr(lang, 'kosten', 'costs'),
  'netto',
];
const deltaCells = (y: YearDeltaJson): SheetValue[] => [y.delta_volume, y.delta_lasten, y.delta_vangnet, y.delta_resultaat, y.kosten, y.netto];

function planSheets(r: PlanJson, lang: Lang): SheetTable[] {
  const years = r.totaal.jaren.map((y) => y.jaar);
  const acties: SheetTable = {
    name: 'Acties',
    head: [
      tr(lang, 'rang', 'rank'),
      'code',
      tr(lang, 'naam', 'name'),
      tr(lang, 'hefboom', 'lever'),
      tr(lang, 'aantal', 'number'),
      'start',
      tr(lang, 'ingroei (maanden)', 'ramp-up (months)'),
      tr(lang, 'actielijn', 'actielijn'),
      ...years.map((y) => `netto ${y}`),
      tr(lang, 'netto totaal', 'net total'),
      tr(lang, 'kosten per vermeden uitkeringsjaar', 'costs per benefit-year avoided'),
    ],
    rows: r.acties.map((a, i) => [
      i + 1,
      a.code,
      a.naam,
      a.hefboom,
      a.aantal,
      a.start,
      a.ingroei_maanden,
      a.actielijn,
      ...years.map((y) => a.jaren.find((x) => x.jaar === y)?.netto ?? null),
      a.netto_totaal,
      a.kosten_per_uitkeringsjaar,
    ]),
  };
  const perJaar: SheetTable = {
    name: tr(lang, 'Acties per jaar', 'Acties per year'),
    head: ['code', tr(lang, 'naam', 'name'), tr(lang, 'jaar', 'year'), ...DELTA_HEAD(lang)],
    rows: r.acties.flatMap((a) => a.jaren.map((y) => [a.code, a.naam, y.jaar, ...deltaCells(y)])),
  };
  const totaal: SheetTable = {
    name: tr(lang, 'Plan totaal', 'Plan total'),
    head: [tr(lang, 'jaar', 'year'), ...DELTA_HEAD(lang), tr(lang, 'waarde van € 1 minder lasten', 'value of € 1 less lasten'), tr(lang, 'vangnet verloren (klif)', 'vangnet lost (cliff)')],
    rows: r.totaal.jaren.map((y) => {
      const m = r.marginaal.find((x) => x.jaar === y.jaar);
      return [y.jaar, ...deltaCells(y), m && !m.cliff ? m.waarde : null, m?.cliff?.verlies ?? null];
    }),
  };
  const notes = [planNote(lang), ...planFooter(r, lang), ...r.waarschuwingen.map((w) => wordsFor(lang).planWaarschuwing(w))];
  return [acties, perJaar, totaal, ...textSheet(tr(lang, 'Toelichting', 'Notes'), tr(lang, 'toelichting', 'note'), notes)];
}

/** The plan, with the assumptions of the forecast it is priced on. */
export function renderPlanWorkbook(r: PlanJson, base: ForecastJson, lang: Lang, options: WorkbookOptions): Promise<Uint8Array> {
  const sheets = [...planSheets(r, lang), aannamesSheet(base, lang), aboutSheet(lang, scenarioRows(r.scenario, lang, base.scenario.data))];
  return renderWorkbook(sheets, { title: `${tr(lang, 'Aanvalsplan', 'Aanvalsplan')}: ${r.scenario.naam}`, lang, version: options.version });
}

const COMPARED_LABEL: Record<Compared, [string, string]> = {
  gemiddeld_volume: ['gemiddeld volume', 'average volume'],
  lasten: ['lasten', 'lasten'],
  budget: ['budget', 'budget'],
  saldo: ['saldo', 'saldo'],
  tekort_pct: ['tekort (% van budget)', 'tekort (% of budget)'],
  vangnet: ['vangnet', 'vangnet'],
  resultaat: ['resultaat', 'resultaat'],
};

/** Scenarios side by side, the assumptions of each, and which scenario is which. */
export function renderCompareWorkbook(r: CompareJson, reports: readonly ForecastJson[], lang: Lang, options: WorkbookOptions): Promise<Uint8Array> {
  const names = r.scenarios.map((s) => s.naam);
  const compared: SheetTable = {
    name: tr(lang, 'Vergelijking', 'Comparison'),
    head: [tr(lang, 'jaar', 'year'), tr(lang, 'grootheid', 'quantity'), ...names, ...names.slice(1).map((n) => `${n} - ${names[0]}`)],
    rows: r.jaren.flatMap((y) => y.grootheden.map((g) => [y.jaar, tr(lang, ...COMPARED_LABEL[g.grootheid]), ...g.waarden, ...g.verschil.slice(1)])),
  };
  const scenarios: SheetTable = {
    name: tr(lang, "Scenario's", 'Scenarios'),
    head: ['scenario', tr(lang, 'bestand', 'file'), 'data'],
    rows: reports.map((x) => [x.scenario.naam, scenarioLabel(x.scenario, lang), x.scenario.data]),
  };
  const aannames: SheetTable = {
    name: tr(lang, 'Aannames', 'Assumptions'),
    head: ['scenario', ...AANNAME_HEAD(lang)],
    rows: reports.flatMap((x) => aannameRows(x.aannames, lang).map((row) => [x.scenario.naam, ...row])),
  };
  return renderWorkbook([compared, scenarios, aannames, aboutSheet(lang, [])], { title: tr(lang, "Scenario's vergeleken", 'Scenarios compared'), lang, version: options.version });
}
