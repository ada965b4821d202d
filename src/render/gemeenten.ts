// Renderers of the report of many gemeenten: one table with a row per gemeente and year (the
// columns of the forecast table behind the gemeente), Markdown x € 1.000, and tidy CSV with the
// gemeente and its data folder in front of the forecast's columns.

import { BoxTable as Table } from './table.js';
import { Chalk } from 'chalk';
import type { Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { GemeentenJson } from '../report/gemeenten.js';
import { tidyCsv, type CsvStyle } from './csv.js';
import { HEAD, MD_HEAD, MD_RIGHT, mdYearCells, yearCells, yearCsvCells } from './forecast.js';
import { mdTable } from './markdown.js';
import { tr } from './words.js';

const title = (r: GemeentenJson, lang: Lang) =>
  `${tr(lang, 'Prognose', 'Forecast')}: ${r.gemeenten.length} ${tr(lang, 'gemeenten', 'gemeenten')}, ${tr(lang, 'standaardaannames', 'default assumptions')}`;

/** Each gemeente's warnings, named by gemeente and folder. */
function warnings(r: GemeentenJson, lang: Lang): string[] {
  return r.gemeenten.flatMap((g) => g.waarschuwingen.map((w) => `${g.gemeente} (${g.map}): ${wordsFor(lang).forecastWaarschuwing(w)}`));
}

export function renderGemeentenTable(r: GemeentenJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const table = new Table({
    head: [tr(lang, 'gemeente', 'gemeente'), ...HEAD(lang)],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
  });
  for (const j of r.jaren) table.push([j.gemeente, ...yearCells(j, lang)]);
  const out = [c.bold(title(r, lang)), '', table.toString()];
  out.push(
    c.dim(
      tr(
        lang,
        'Bedragen in euro; saldo = budget - lasten (negatief: tekort); resultaat = saldo + vangnet. De aannames van een gemeente: buig forecast --data MAP.',
        'Amounts in euros; saldo = budget - lasten (negative: tekort); resultaat = saldo + vangnet. The assumptions of one gemeente: buig forecast --data FOLDER.',
      ),
    ),
  );
  const w = warnings(r, lang);
  if (w.length) out.push('', c.yellow(tr(lang, 'Waarschuwingen:', 'Warnings:')), ...w.map((x) => c.yellow(`  - ${x}`)));
  return out.join('\n') + '\n';
}

export function renderGemeentenMarkdown(r: GemeentenJson, lang: Lang): string {
  const out = [`## ${title(r, lang)}`, '', tr(lang, 'Bedragen x € 1.000; V = voordeel, N = nadeel.', 'Amounts x € 1,000; V = voordeel (surplus), N = nadeel (deficit).'), ''];
  const head = [tr(lang, 'gemeente', 'gemeente'), ...MD_HEAD(lang)];
  out.push(
    mdTable(
      head,
      r.jaren.map((j) => [j.gemeente, ...mdYearCells(j, lang)]),
      [false, ...MD_RIGHT],
    ),
  );
  const w = warnings(r, lang);
  if (w.length) out.push(`### ${tr(lang, 'Waarschuwingen', 'Warnings')}`, '', ...w.map((x) => `- ${x}`), '');
  return out.join('\n');
}

/** Tidy CSV: gemeente, map, jaar, soort, grootheid, waarde (--breed: a column per grootheid). */
export function renderGemeentenCsv(r: GemeentenJson, style: CsvStyle = {}): string {
  return tidyCsv(
    ['gemeente', 'map', 'jaar', 'soort'],
    r.jaren.flatMap((j) => yearCsvCells(j, [j.gemeente, j.map, j.jaar, j.soort])),
    style,
  );
}
