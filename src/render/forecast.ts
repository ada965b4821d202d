// Renderers of the forecast report: a table (years as rows) with the assumptions beneath it,
// Markdown, and tidy CSV (one row per year and quantity).

import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { D, formatEuro, formatNumber, roundHalfUp, type Lang } from '../money.js';
import type { ForecastJson, JaarJson } from '../report/forecast.js';
import { toCsv } from './csv.js';
import { mdTable } from './markdown.js';

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** Whole euros; saldo and resultaat derived from the shown figures so that the row adds up. */
function yearCells(j: JaarJson, lang: Lang): string[] {
  const v = j.vangnet;
  const budget = roundHalfUp(D(j.budget), 0);
  const lasten = roundHalfUp(D(j.lasten), 0);
  const saldo = budget.minus(lasten);
  const vangnet = v === null ? tr(lang, 'geen regels', 'no rules') : v.recht ? `${tr(lang, 'ja', 'yes')} ${formatEuro(D(v.vangnet), 0, lang)}` : tr(lang, 'nee', 'no');
  return [
    String(j.jaar),
    j.soort,
    formatNumber(D(String(j.gemiddeld_volume)), 0, lang),
    formatEuro(lasten, 0, lang),
    formatEuro(budget, 0, lang),
    j.budget_fase,
    formatEuro(saldo, 0, lang),
    `${formatNumber(D(j.tekort_pct), 2, lang)}%`,
    vangnet,
    formatEuro(saldo.plus(v ? D(v.vangnet) : 0), 0, lang),
  ];
}

const HEAD = (lang: Lang) => [
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
  const out: string[] = [c.bold(`${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`), `${tr(lang, 'scenario', 'scenario')} ${r.scenario.bestand}, data ${r.scenario.data}`, ''];
  const table = new Table({
    head: HEAD(lang),
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
  });
  for (const j of r.jaren) table.push(yearCells(j, lang));
  out.push(table.toString());
  out.push(c.dim(tr(lang, 'Bedragen in euro; saldo = budget - lasten (negatief: tekort); resultaat = saldo + vangnet.', 'Amounts in euros; saldo = budget - lasten (negative: tekort); resultaat = saldo + vangnet.')));
  out.push('');
  out.push(c.bold(tr(lang, 'Aannames', 'Assumptions')));
  for (const a of r.aannames) out.push(`  ${a.sleutel.padEnd(22)} ${a.waarde}  ${c.dim(`[${a.herkomst}] ${a.uitleg}`)}`);
  if (r.waarschuwingen.length) {
    out.push('');
    out.push(c.yellow(tr(lang, 'Waarschuwingen:', 'Warnings:')));
    for (const w of r.waarschuwingen) out.push(c.yellow(`  - ${w}`));
  }
  return out.join('\n') + '\n';
}

export function renderForecastMarkdown(r: ForecastJson, lang: Lang): string {
  const out = [`## ${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`, ''];
  out.push(mdTable(HEAD(lang), r.jaren.map((j) => yearCells(j, lang)), [false, false, true, true, true, false, true, true, true, true]));
  out.push(tr(lang, 'Bedragen in euro; saldo = budget - lasten (negatief: tekort); resultaat = saldo + vangnet.', 'Amounts in euros; saldo = budget - lasten (negative: tekort); resultaat = saldo + vangnet.'));
  out.push('');
  out.push(`### ${tr(lang, 'Aannames', 'Assumptions')}`, '');
  out.push(mdTable([tr(lang, 'aanname', 'assumption'), tr(lang, 'waarde', 'value'), tr(lang, 'herkomst', 'source'), tr(lang, 'toelichting', 'explanation')], r.aannames.map((a) => [a.sleutel, a.waarde, a.herkomst, a.uitleg])));
  if (r.waarschuwingen.length) {
    out.push(`### ${tr(lang, 'Waarschuwingen', 'Warnings')}`, '');
    for (const w of r.waarschuwingen) out.push(`- ${w}`);
    out.push('');
  }
  return out.join('\n');
}

/** Tidy CSV, one row per year and quantity; amounts with '.' decimals as in the JSON. */
export function renderForecastCsv(r: ForecastJson): string {
  const rows: (string | number | boolean)[][] = [];
  for (const j of r.jaren) {
    const add = (grootheid: string, waarde: string | number | boolean | null) => rows.push([j.jaar, j.soort, grootheid, waarde ?? '']);
    add('gemiddeld_volume', j.gemiddeld_volume);
    add('lasten', j.lasten);
    add('baten', j.baten);
    add('budget', j.budget);
    add('budget_fase', j.budget_fase);
    add('saldo', j.saldo);
    add('tekort_pct', j.tekort_pct);
    add('vangnet.recht', j.vangnet?.recht ?? null);
    add('vangnet.vangnet', j.vangnet?.vangnet ?? null);
    add('resultaat', j.resultaat);
    for (const g of j.regelingen) {
      add(`${g.regeling}.gemiddeld_volume`, g.gemiddeld_volume);
      add(`${g.regeling}.prijs`, g.prijs);
    }
  }
  return toCsv(['jaar', 'soort', 'grootheid', 'waarde'], rows);
}
