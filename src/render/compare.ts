// Renderers of the comparison: a row per year and quantity, a column per scenario and per difference.

import Table from 'cli-table3';
import { D, formatEuro, formatNumber, type Lang } from '../money.js';
import type { CompareJson, Compared } from '../report/compare.js';
import { toCsv, toWideCsv, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable } from './markdown.js';

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

function shown(v: string | number | null, g: Compared, lang: Lang, signed = false): string {
  if (v === null) return '-';
  const d = D(String(v));
  const sign = signed && d.gt(0) ? '+' : '';
  if (g === 'gemiddeld_volume') return sign + formatNumber(d, 0, lang);
  if (g === 'tekort_pct') return `${sign}${formatNumber(d, 2, lang)}%`;
  return sign + formatEuro(d, 0, lang);
}

function head(r: CompareJson, lang: Lang): string[] {
  const names = r.scenarios.map((s) => s.naam);
  return [tr(lang, 'jaar', 'year'), tr(lang, 'grootheid', 'quantity'), ...names, ...names.slice(1).map((n) => `${n} - ${names[0]}`)];
}

function rows(r: CompareJson, lang: Lang): string[][] {
  return r.jaren.flatMap((y) =>
    y.grootheden.map((g) => [String(y.jaar), g.grootheid, ...g.waarden.map((w) => shown(w, g.grootheid, lang)), ...g.verschil.slice(1).map((v) => shown(v, g.grootheid, lang, true))]),
  );
}

export function renderCompareTable(r: CompareJson, lang: Lang, colour: boolean): string {
  const cols = head(r, lang).length;
  const table = new Table({ head: head(r, lang), colAligns: ['left', 'left', ...Array(cols - 2).fill('right')], style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] } });
  for (const row of rows(r, lang)) table.push(row);
  return `${tr(lang, 'Scenario\'s naast elkaar; verschillen ten opzichte van', 'Scenarios side by side; differences against')} ${r.scenarios[0]!.naam}\n${table.toString()}\n`;
}

export function renderCompareMarkdown(r: CompareJson, lang: Lang): string {
  const cols = head(r, lang).length;
  return `## ${tr(lang, 'Scenario\'s vergeleken', 'Scenarios compared')}\n\n${mdTable(head(r, lang), rows(r, lang), [false, false, ...Array(cols - 2).fill(true)])}`;
}

/**
 * Tidy CSV: a row per year, quantity and scenario, with its difference against the first.
 * --breed: a row per year and scenario, the quantities and then their differences as columns.
 */
export function renderCompareCsv(r: CompareJson, style: CsvStyle = {}): string {
  if (style.breed) {
    const cells: TidyCell[] = [];
    for (const y of r.jaren) {
      r.scenarios.forEach((s, i) => {
        for (const g of y.grootheden) cells.push({ id: [y.jaar, s.bestand], grootheid: g.grootheid, waarde: g.waarden[i] ?? '' });
        for (const g of y.grootheden) cells.push({ id: [y.jaar, s.bestand], grootheid: `verschil.${g.grootheid}`, waarde: g.verschil[i] ?? '' });
      });
    }
    return toWideCsv(['jaar', 'scenario'], cells, style);
  }
  const out: (string | number)[][] = [];
  for (const y of r.jaren) {
    for (const g of y.grootheden) {
      g.waarden.forEach((w, i) => out.push([y.jaar, g.grootheid, r.scenarios[i]!.bestand, w ?? '', g.verschil[i] ?? '']));
    }
  }
  return toCsv(['jaar', 'grootheid', 'scenario', 'waarde', 'verschil'], out, style);
}
