// Renderers of the comparison: a row per year and quantity, a column per scenario and per difference.
// The terminal table is compact (labels, thousands, no identical realised years); md, csv and json keep
// every year and the full names.

import { BoxTable as Table } from './table.js';
import { formatEuro, formatNumber, roundHalfUp, type Decimal, type Lang } from '../money.js';
import type { CompareJson, Compared, Waarde } from '../report/compare.js';
import { toCsv, toWideCsv, type Cell, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable } from './markdown.js';
import { scenarioLabel as scenarioName, tr } from './words.js';

function shown(v: Waarde | null, g: Compared, lang: Lang, signed = false): string {
  if (v === null) return '-';
  const d = v.shown();
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

/** A, B, ..., Z, AA, AB, ...: the short label of the i-th scenario in the terminal table. */
export function scenarioLabel(i: number): string {
  let label = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

const LABELS: Record<Compared, [string, string]> = {
  gemiddeld_volume: ['gem. volume', 'avg. volume'],
  lasten: ['lasten', 'lasten'],
  budget: ['budget', 'budget'],
  saldo: ['saldo', 'saldo'],
  tekort_pct: ['tekort%', 'tekort%'],
  vangnet: ['vangnet', 'vangnet'],
  resultaat: ['resultaat', 'resultaat'],
};

/**
 * A year's figures of one scenario as the terminal shows them: a count whole, a percentage to 2
 * decimals, budget, lasten and vangnet in thousands, and saldo and resultaat derived from those,
 * so that every shown column adds up (as in the forecast's Markdown).
 */
function compactYear(grootheden: CompareJson['jaren'][number]['grootheden'], i: number): Map<Compared, Decimal | null> {
  const raw = (g: Compared) => grootheden.find((x) => x.grootheid === g)?.waarden[i] ?? null;
  const thousands = (g: Compared) => {
    const v = raw(g);
    return v === null ? null : roundHalfUp(v.shown().div(1000), 0);
  };
  const volume = raw('gemiddeld_volume');
  const pct = raw('tekort_pct');
  const budget = thousands('budget');
  const lasten = thousands('lasten');
  const vangnet = thousands('vangnet');
  const saldo = budget === null || lasten === null ? null : budget.minus(lasten);
  return new Map<Compared, Decimal | null>([
    ['gemiddeld_volume', volume === null ? null : roundHalfUp(volume.shown(), 0)],
    ['lasten', lasten],
    ['budget', budget],
    ['saldo', saldo],
    ['tekort_pct', pct === null ? null : roundHalfUp(pct.shown(), 2)],
    ['vangnet', vangnet],
    ['resultaat', saldo === null ? null : saldo.plus(vangnet ?? 0)],
  ]);
}

function compactText(d: Decimal | null, g: Compared, lang: Lang, signed = false): string {
  if (d === null) return '-';
  const sign = signed && d.gt(0) ? '+' : '';
  return `${sign}${formatNumber(d, g === 'tekort_pct' ? 2 : 0, lang)}${g === 'tekort_pct' ? '%' : ''}`;
}

/** Years as a range where they follow each other: 2019-2022, or 2019, 2021. */
function yearList(years: readonly number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length > 2 ? `${years[0]}-${years[years.length - 1]}` : years.join(', ');
}

/**
 * For the terminal, within 120 columns for a handful of scenarios: the scenarios as A, B, C with a
 * legend, amounts in thousands, saldo, resultaat and each difference computed from the shown
 * figures (so that shown B minus shown A is the shown difference), and without the years in
 * `weglaten` (realised years that are the same in every scenario).
 */
export function renderCompareTable(r: CompareJson, lang: Lang, colour: boolean, weglaten: readonly number[] = []): string {
  const labels = r.scenarios.map((_, i) => scenarioLabel(i));
  const head = [tr(lang, 'jaar', 'year'), tr(lang, 'grootheid', 'quantity'), ...labels, ...labels.slice(1).map((l) => `${l} - ${labels[0]}`)];
  const table = new Table({
    head,
    colAligns: ['left', 'left', ...Array(head.length - 2).fill('right')],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [], compact: true },
  });
  const shownYears = r.jaren.filter((y) => !weglaten.includes(y.jaar));
  for (const y of shownYears) {
    const years = r.scenarios.map((_, i) => compactYear(y.grootheden, i));
    for (const g of y.grootheden) {
      const values = years.map((f) => f.get(g.grootheid) ?? null);
      const first = values[0] ?? null;
      const differences = values.slice(1).map((v) => (v === null || first === null ? null : v.minus(first)));
      table.push([String(y.jaar), tr(lang, ...LABELS[g.grootheid]), ...values.map((v) => compactText(v, g.grootheid, lang)), ...differences.map((d) => compactText(d, g.grootheid, lang, true))]);
    }
  }
  const out = [`${tr(lang, "Scenario's naast elkaar; verschillen ten opzichte van", 'Scenarios side by side; differences against')} ${labels[0]}`];
  r.scenarios.forEach((s, i) => {
    out.push(`  ${labels[i]} = ${s.naam} (${scenarioName(s, lang)})`);
  });
  out.push(table.toString());
  out.push(
    tr(
      lang,
      'Bedragen x € 1.000; saldo, resultaat en de verschillen zijn berekend uit de getoonde bedragen.',
      'Amounts x € 1,000; saldo, resultaat and the differences are computed from the amounts shown.',
    ),
  );
  const left = r.jaren.filter((y) => weglaten.includes(y.jaar)).map((y) => y.jaar);
  if (left.length) {
    out.push(
      tr(
        lang,
        `Gerealiseerde jaren ${yearList(left)} zijn in elk scenario gelijk en weggelaten; --alle toont ze.`,
        `Realised years ${yearList(left)} are the same in every scenario and left out; --alle shows them.`,
      ),
    );
  }
  return out.join('\n') + '\n';
}

export function renderCompareMarkdown(r: CompareJson, lang: Lang): string {
  const cols = head(r, lang).length;
  return `## ${tr(lang, "Scenario's vergeleken", 'Scenarios compared')}\n\n${mdTable(head(r, lang), rows(r, lang), [false, false, ...Array(cols - 2).fill(true)])}`;
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
        for (const g of y.grootheden) cells.push({ id: [y.jaar, s.bestand ?? ''], grootheid: g.grootheid, waarde: g.waarden[i] ?? '' });
        for (const g of y.grootheden) cells.push({ id: [y.jaar, s.bestand ?? ''], grootheid: `verschil.${g.grootheid}`, waarde: g.verschil[i] ?? '' });
      });
    }
    return toWideCsv(['jaar', 'scenario'], cells, style);
  }
  const out: Cell[][] = [];
  for (const y of r.jaren) {
    for (const g of y.grootheden) {
      g.waarden.forEach((w, i) => {
        out.push([y.jaar, g.grootheid, r.scenarios[i]!.bestand ?? '', w ?? '', g.verschil[i] ?? '']);
      });
    }
  }
  return toCsv(['jaar', 'grootheid', 'scenario', 'waarde', 'verschil'], out, style);
}
