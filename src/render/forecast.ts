// Renderers of the forecast report: a table (years as rows) with the assumptions beneath it,
// Markdown, and tidy CSV (one row per year and quantity).

import { BoxTable as Table } from './table.js';
import { Chalk } from 'chalk';
import { formatEuro, formatNumber, roundHalfUp, roundToTotal, ZERO, type Decimal, type Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { Bedrag } from '../report/values.js';
import type { ForecastJson, JaarJson } from '../report/forecast.js';
import { tidyCsv, type Cell, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable, mdText } from './markdown.js';
import { scenarioLabel, tr } from './words.js';

/**
 * A year's amounts as shown, in whole units of `unit` euros (1 or 1,000): budget, lasten and
 * vangnet rounded, saldo and resultaat derived from them, so that the shown row adds up.
 */
export function shownYear(j: JaarJson, unit: number) {
  const round = (b: Bedrag | undefined) => roundHalfUp((b?.shown() ?? ZERO).div(unit), 0);
  const budget = round(j.budget);
  const lasten = round(j.lasten);
  const vangnet = round(j.vangnet?.vangnet);
  const saldo = budget.minus(lasten);
  return { budget, lasten, vangnet, saldo, resultaat: saldo.plus(vangnet) };
}

export function yearCells(j: JaarJson, lang: Lang): string[] {
  const v = j.vangnet;
  const { budget, lasten, saldo, resultaat } = shownYear(j, 1);
  const vangnet = v === null ? tr(lang, 'geen regels', 'no rules') : v.recht ? `${tr(lang, 'ja', 'yes')} ${formatEuro(v.vangnet.shown(), 0, lang)}` : tr(lang, 'nee', 'no');
  return [
    String(j.jaar),
    j.soort,
    formatNumber(j.gemiddeld_volume.shown(), 0, lang),
    formatEuro(lasten, 0, lang),
    formatEuro(budget, 0, lang),
    j.budget_fase,
    formatEuro(saldo, 0, lang),
    `${formatNumber(j.tekort_pct.shown(), 2, lang)}%`,
    vangnet,
    formatEuro(resultaat, 0, lang),
  ];
}

export const HEAD = (lang: Lang) => [
  tr(lang, 'jaar', 'year'),
  tr(lang, 'soort', 'kind'),
  tr(lang, 'gem. volume', 'avg. volume'),
  'lasten',
  'budget',
  tr(lang, 'fase', 'phase'),
  'saldo',
  'tekort%',
  'vangnet',
  'resultaat',
];

export function renderForecastTable(r: ForecastJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const out: string[] = [c.bold(`${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`), `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(r.scenario, lang)}, data ${r.scenario.data}`, ''];
  const table = new Table({
    head: HEAD(lang),
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
  });
  for (const j of r.jaren) table.push(yearCells(j, lang));
  out.push(table.toString());
  out.push(
    c.dim(
      tr(
        lang,
        'Bedragen in euro; saldo = budget - lasten (negatief: tekort); resultaat = saldo + vangnet.',
        'Amounts in euros; saldo = budget - lasten (negative: tekort); resultaat = saldo + vangnet.',
      ),
    ),
  );
  out.push('');
  const volumes = new Table({ head: BUDGETVOLUME_HEAD(lang), colAligns: ['left', 'right', 'right', 'right'], style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] } });
  for (const row of budgetvolumeRows(r, lang)) volumes.push(row);
  out.push(volumes.toString(), c.dim(BUDGETVOLUME_NOTE(lang)), '');
  out.push(c.bold(tr(lang, 'Aannames', 'Assumptions')));
  for (const a of r.aannames) {
    const w = wordsFor(lang).aanname(a);
    out.push(`  ${a.sleutel.padEnd(22)} ${w.waarde}  ${c.dim(`[${a.herkomst}] ${w.uitleg}`)}`);
  }
  if (r.waarschuwingen.length) {
    out.push('');
    out.push(c.yellow(tr(lang, 'Waarschuwingen:', 'Warnings:')));
    for (const w of r.waarschuwingen) out.push(c.yellow(`  - ${wordsFor(lang).forecastWaarschuwing(w)}`));
  }
  return out.join('\n') + '\n';
}

const BUDGETVOLUME_HEAD = (lang: Lang) => [tr(lang, 'jaar', 'year'), tr(lang, 'gem. volume', 'avg. volume'), tr(lang, 'budget dekt', 'budget pays for'), tr(lang, 'verschil', 'difference')];
const BUDGETVOLUME_NOTE = (lang: Lang) =>
  tr(
    lang,
    'Het budget gedeeld door de gemiddelde prijs van het jaar (lasten / gemiddeld volume): zoveel uitkeringen betaalt het budget. Een positief verschil: meer uitkeringen dan het budget dekt.',
    "The budget divided by the year's average price (lasten / gemiddeld volume): the number of benefits the budget pays for. A positive difference: more benefits than the budget pays for.",
  );

/** Per year: the gemiddeld volume, the volume the budget pays for, and the difference, whole and as shown. */
function budgetvolumeRows(r: ForecastJson, lang: Lang): string[][] {
  return r.jaren
    .filter((j) => j.budgetvolume !== null)
    .map((j) => {
      const volume = roundHalfUp(j.gemiddeld_volume.shown(), 0);
      const gedekt = roundHalfUp(j.budgetvolume!.shown(), 0);
      const verschil = volume.minus(gedekt);
      return [String(j.jaar), formatNumber(volume, 0, lang), formatNumber(gedekt, 0, lang), `${verschil.gt(0) ? '+' : ''}${formatNumber(verschil, 0, lang)}`];
    });
}

/** A saldo in thousands with V (voordeel) or N (nadeel). */
export function vn(thousands: Decimal, lang: Lang): string {
  if (thousands.isZero()) return '0';
  return `${formatNumber(thousands.abs(), 0, lang)} ${thousands.isNegative() ? 'N' : 'V'}`;
}

/**
 * Lasten per regeling per year in thousands: per year the regelingen (in `regelingen` order), the
 * acties' own lasten, minus baten, and the rest, rounded by largest remainder so that each
 * column adds up to the shown lasten.
 */
export function lastenColumns(r: ForecastJson): { regelingen: string[]; columns: Decimal[][] } {
  const regelingen = [...new Set(r.jaren.flatMap((j) => j.regelingen.map((g) => g.regeling)))];
  const columns = r.jaren.map((j) => {
    const parts = [...regelingen.map((reg) => j.regelingen.find((g) => g.regeling === reg)?.bruto.shown() ?? ZERO), j.acties_lasten.shown(), j.baten.shown().neg()];
    // A realised year's lasten may hold more than bruto - baten (fout_onzeker, totals only).
    const rest = j.lasten.shown().minus(parts.reduce((a, b) => a.plus(b), ZERO));
    return roundToTotal(
      [...parts, rest].map((x) => x.div(1000)),
      j.lasten.shown().div(1000),
    );
  });
  return { regelingen, columns };
}

/**
 * For a raadsmededeling: amounts x € 1.000, V/N for saldo and resultaat. Saldo and resultaat are
 * derived from the shown budget, lasten and vangnet, and the lasten per regeling are rounded by
 * largest remainder, so every row and column adds up to what is shown.
 */
/** The columns of a year in Markdown, x € 1.000 with V/N; the table of many gemeenten puts the gemeente in front. */
export const MD_HEAD = (lang: Lang) => [tr(lang, 'jaar', 'year'), tr(lang, 'soort', 'kind'), tr(lang, 'gem. volume', 'avg. volume'), 'budget', 'lasten', 'saldo', 'tekort%', 'vangnet', 'resultaat'];
export const MD_RIGHT = [false, false, true, true, true, true, true, true, true];

export function mdYearCells(j: JaarJson, lang: Lang): string[] {
  const { budget, lasten, saldo, vangnet, resultaat } = shownYear(j, 1000);
  return [
    String(j.jaar),
    j.soort,
    formatNumber(j.gemiddeld_volume.shown(), 0, lang),
    formatNumber(budget, 0, lang),
    formatNumber(lasten, 0, lang),
    vn(saldo, lang),
    `${formatNumber(j.tekort_pct.shown(), 2, lang)}%`,
    j.vangnet === null ? '-' : formatNumber(vangnet, 0, lang),
    vn(resultaat, lang),
  ];
}

export function renderForecastMarkdown(r: ForecastJson, lang: Lang): string {
  const out = [
    `## ${tr(lang, 'Prognose', 'Forecast')}: ${mdText(r.scenario.naam)}`,
    '',
    tr(lang, 'Bedragen x € 1.000; V = voordeel, N = nadeel.', 'Amounts x € 1,000; V = voordeel (surplus), N = nadeel (deficit).'),
    '',
  ];
  out.push(
    mdTable(
      MD_HEAD(lang),
      r.jaren.map((j) => mdYearCells(j, lang)),
      MD_RIGHT,
    ),
  );

  out.push(`### ${tr(lang, 'Het volume dat het budget dekt', 'The volume the budget pays for')}`, '');
  out.push(mdTable(BUDGETVOLUME_HEAD(lang), budgetvolumeRows(r, lang), [false, true, true, true]));
  out.push(BUDGETVOLUME_NOTE(lang), '');

  // Lasten per regeling, per year: the rows add up to the lasten shown above.
  out.push(`### ${tr(lang, 'Lasten per regeling', 'Lasten per regeling')} (x € 1.000)`, '');
  const { regelingen, columns } = lastenColumns(r);
  const labels = [
    ...regelingen,
    tr(lang, 'acties (lks, verlaging)', 'acties (lks, verlaging)'),
    tr(lang, 'af: baten', 'less: baten'),
    tr(lang, 'af: fout/onzeker, overig', 'less: fout/onzeker, other'),
  ];
  const breakdown = labels.map((label, i) => [label, ...columns.map((c) => formatNumber(c[i]!, 0, lang))]);
  const keep = breakdown.filter((_row, i) => columns.some((c) => !c[i]!.isZero()) || i < regelingen.length);
  keep.push([`**${tr(lang, 'totaal lasten', 'total lasten')}**`, ...r.jaren.map((j) => `**${formatNumber(shownYear(j, 1000).lasten, 0, lang)}**`)]);
  out.push(mdTable(['', ...r.jaren.map((j) => String(j.jaar))], keep, [false, ...r.jaren.map(() => true)]));
  out.push(
    tr(
      lang,
      'Afronding: bedragen zijn afgerond op € 1.000; saldo en resultaat zijn berekend uit de getoonde bedragen en de regels van de tweede tabel tellen op tot het getoonde totaal, zodat een bedrag door afronding 1 kan afwijken van de exacte uitkomst.',
      'Rounding: amounts are rounded to € 1,000; saldo and resultaat are computed from the amounts shown and the rows of the second table add up to the total shown, so an amount may differ by 1 from the exact outcome.',
    ),
    '',
  );

  out.push(`### ${tr(lang, 'Aannames', 'Assumptions')}`, '');
  out.push(
    mdTable(
      [tr(lang, 'aanname', 'assumption'), tr(lang, 'waarde', 'value'), tr(lang, 'herkomst', 'source'), tr(lang, 'toelichting', 'explanation')],
      r.aannames.map((a) => {
        const w = wordsFor(lang).aanname(a);
        return [a.sleutel, w.waarde, a.herkomst, w.uitleg];
      }),
    ),
  );
  if (r.waarschuwingen.length) {
    out.push(`### ${tr(lang, 'Waarschuwingen', 'Warnings')}`, '');
    for (const w of r.waarschuwingen) out.push(`- ${mdText(wordsFor(lang).forecastWaarschuwing(w))}`);
    out.push('');
  }
  return out.join('\n');
}

/** Tidy CSV, one row per year and quantity (--breed: per year); amounts with '.' decimals as in the JSON. */
export function renderForecastCsv(r: ForecastJson, style: CsvStyle = {}): string {
  return tidyCsv(
    ['jaar', 'soort'],
    r.jaren.flatMap((j) => yearCsvCells(j, [j.jaar, j.soort])),
    style,
  );
}

/** A year's quantities as tidy cells of the row `id`. */
export function yearCsvCells(j: JaarJson, id: readonly Cell[]): TidyCell[] {
  const cells: TidyCell[] = [];
  const add = (grootheid: string, waarde: Cell | null) => cells.push({ id, grootheid, waarde: waarde ?? '' });
  add('gemiddeld_volume', j.gemiddeld_volume);
  add('lasten', j.lasten);
  add('baten', j.baten);
  add('budget', j.budget);
  add('budget_fase', j.budget_fase);
  add('budget_gepubliceerd', j.budget_gepubliceerd ?? null);
  add('budget_herkomst', j.budget_herkomst);
  add('budgetvolume', j.budgetvolume);
  add('saldo', j.saldo);
  add('tekort_pct', j.tekort_pct);
  add('vangnet.recht', j.vangnet?.recht ?? null);
  add('vangnet.vangnet', j.vangnet?.vangnet ?? null);
  add('resultaat', j.resultaat);
  for (const g of j.regelingen) {
    add(`${g.regeling}.gemiddeld_volume`, g.gemiddeld_volume);
    add(`${g.regeling}.prijs`, g.prijs);
  }
  return cells;
}
