// Renderers of the simulate report: a table (a row per year and figure: P10, P50, P90 and the
// forecast), Markdown ready for a raadsmededeling ("kans op een vangnet in 2024: 35%"), and
// tidy CSV (one row per year and grootheid.percentiel).

import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { D, formatEuro, formatNumber, roundHalfUp, type Decimal, type Lang } from '../money.js';
import { simulateWordsFor } from '../messages/simulate.js';
import type { Band, SimJaarJson, SimulateJson } from '../report/simulate.js';
import type { Aantal, Bedrag, Procent } from '../report/values.js';
import { tidyCsv, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable, mdText } from './markdown.js';
import { scenarioLabel, tr } from './words.js';

/** A probability in whole percents; never 0% or 100% for what happened in some runs but not all. */
export function kansText(p: number, lang: Lang): string {
  if (p > 0 && p < 0.01) return tr(lang, 'minder dan 1%', 'less than 1%');
  if (p < 1 && p > 0.99) return tr(lang, 'meer dan 99%', 'more than 99%');
  return `${formatNumber(D(Math.round(p * 100)), 0, lang)}%`;
}

type Row = { label: string; band: Band<{ shown(): Decimal }> | null; prognose: { shown(): Decimal } | null; show: (d: Decimal) => string };

export function rows(j: SimJaarJson, lang: Lang, unit: number): Row[] {
  const money = (d: Decimal) => (unit === 1 ? formatEuro(roundHalfUp(d, 0), 0, lang) : formatNumber(roundHalfUp(d.div(unit), 0), 0, lang));
  return [
    { label: tr(lang, 'gem. volume', 'avg. volume'), band: j.gemiddeld_volume, prognose: j.prognose.gemiddeld_volume, show: (d) => formatNumber(d, 0, lang) },
    { label: 'lasten', band: j.lasten, prognose: j.prognose.lasten, show: money },
    { label: 'budget', band: j.budget, prognose: j.prognose.budget, show: money },
    { label: 'tekort%', band: j.tekort_pct, prognose: j.prognose.tekort_pct, show: (d) => `${formatNumber(d, 2, lang)}%` },
    { label: 'vangnet', band: j.vangnet, prognose: j.prognose.vangnet, show: money },
    { label: 'resultaat', band: j.resultaat, prognose: j.prognose.resultaat, show: money },
  ];
}

export function kansen(j: SimJaarJson, lang: Lang): string[] {
  const w = simulateWordsFor(lang);
  const out: string[] = [];
  if (j.kans_tekort_boven_drempel !== null) {
    const drempels = [...new Set(j.routes.map((r) => `${formatNumber(r.drempel_pct.shown(), r.drempel_pct.shown().decimalPlaces(), lang)}%`))];
    out.push(w.kansTekort(j.jaar, kansText(j.kans_tekort_boven_drempel, lang), drempels.join(tr(lang, ' of ', ' or '))));
  }
  if (j.kans_vangnet !== null) {
    const perRoute = j.routes.length > 1 ? ` (${j.routes.map((r) => w.route(r.route, kansText(r.kans_vangnet, lang))).join('; ')})` : '';
    out.push(w.kansVangnet(j.jaar, kansText(j.kans_vangnet, lang)).replace(/\.$/, `${perRoute}.`));
  }
  out.push(w.kansNegatief(j.jaar, kansText(j.kans_negatief_resultaat, lang)));
  return out;
}

export function renderSimulateTable(r: SimulateJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const w = simulateWordsFor(lang);
  const out = [c.bold(`${w.titel}: ${r.scenario.naam}`), `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(r.scenario, lang)}, data ${r.scenario.data}`, ''];
  const table = new Table({
    head: [tr(lang, 'jaar', 'year'), tr(lang, 'grootheid', 'quantity'), 'P10', 'P50', 'P90', tr(lang, 'prognose', 'forecast')],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
  });
  for (const j of r.jaren) {
    for (const row of rows(j, lang, 1)) {
      const cell = (v: { shown(): Decimal } | undefined | null) => (v ? row.show(v.shown()) : '-');
      table.push([String(j.jaar), row.label, cell(row.band?.p10), cell(row.band?.p50), cell(row.band?.p90), cell(row.prognose)]);
    }
  }
  out.push(table.toString(), '');
  for (const j of r.jaren) for (const k of kansen(j, lang)) out.push(`  ${k}`);
  out.push('', c.dim(w.schatting(r.runs, r.seed)), '', c.bold(w.bronnenTitel));
  for (const b of r.onzekerheid) out.push(`  - ${w.bron(b)}`);
  return out.join('\n') + '\n';
}

export function renderSimulateMarkdown(r: SimulateJson, lang: Lang): string {
  const w = simulateWordsFor(lang);
  const out = [`## ${w.titel}: ${mdText(r.scenario.naam)}`, ''];
  for (const j of r.jaren) out.push(`- ${kansen(j, lang).join(' ')}`);
  out.push('', tr(lang, 'Bedragen x € 1.000; P10 tot P90 is de band waarin 8 van de 10 runs vallen.', 'Amounts x € 1,000; P10 to P90 is the band that holds 8 of every 10 runs.'), '');
  const head = [tr(lang, 'jaar', 'year'), tr(lang, 'grootheid', 'quantity'), 'P10', 'P50', 'P90', tr(lang, 'prognose', 'forecast')];
  const body = r.jaren.flatMap((j) =>
    rows(j, lang, 1000).map((row) => {
      const cell = (v: { shown(): Decimal } | undefined | null) => (v ? row.show(v.shown()) : '-');
      return [String(j.jaar), row.label, cell(row.band?.p10), cell(row.band?.p50), cell(row.band?.p90), cell(row.prognose)];
    }),
  );
  out.push(mdTable(head, body, [false, false, true, true, true, true]));
  out.push(`_${w.schatting(r.runs, r.seed)}_`, '', `**${w.bronnenTitel}**`, '');
  for (const b of r.onzekerheid) out.push(`- ${mdText(w.bron(b))}`);
  return out.join('\n') + '\n';
}

export function renderSimulateCsv(r: SimulateJson, style?: CsvStyle): string {
  const cells: TidyCell[] = [];
  for (const j of r.jaren) {
    const id = [j.jaar];
    const bands: [string, Band<Aantal | Bedrag | Procent> | null, Aantal | Bedrag | Procent | null][] = [
      ['gemiddeld_volume', j.gemiddeld_volume, j.prognose.gemiddeld_volume],
      ['lasten', j.lasten, j.prognose.lasten],
      ['budget', j.budget, j.prognose.budget],
      ['tekort_pct', j.tekort_pct, j.prognose.tekort_pct],
      ['vangnet', j.vangnet, j.prognose.vangnet],
      ['resultaat', j.resultaat, j.prognose.resultaat],
    ];
    for (const [name, band, prognose] of bands) {
      if (band) for (const p of ['p10', 'p50', 'p90'] as const) cells.push({ id, grootheid: `${name}.${p}`, waarde: band[p] });
      if (prognose) cells.push({ id, grootheid: `${name}.prognose`, waarde: prognose });
    }
    if (j.kans_tekort_boven_drempel !== null) cells.push({ id, grootheid: 'kans_tekort_boven_drempel', waarde: j.kans_tekort_boven_drempel });
    if (j.kans_vangnet !== null) cells.push({ id, grootheid: 'kans_vangnet', waarde: j.kans_vangnet });
    cells.push({ id, grootheid: 'kans_negatief_resultaat', waarde: j.kans_negatief_resultaat });
    for (const route of j.routes) cells.push({ id, grootheid: `kans_vangnet.${route.route}`, waarde: route.kans_vangnet });
  }
  return tidyCsv(['jaar'], cells, style);
}
