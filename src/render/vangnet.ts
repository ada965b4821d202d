// Renderers of the vangnet report: a table for the terminal, Markdown for council documents,
// tidy CSV for spreadsheets. They read only the report structure.

import { BoxTable as Table, PLAIN_CHARS } from './table.js';
import { Chalk } from 'chalk';
import { formatEuro, formatNumber, roundToTotal, ZERO, type Decimal, type Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { Bedrag, Exact } from '../report/values.js';
import type { RouteJson, TredeJson, VangnetJson } from '../report/vangnet.js';
import { tidyCsv, type Cell, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable, mdText } from './markdown.js';

import { tr } from './words.js';

const pctText = (d: Decimal, lang: Lang, decimals?: number) => `${formatNumber(d, decimals ?? Math.min(d.decimalPlaces(), 2), lang)}%`;

function bandLabel(t: TredeJson, lang: Lang): string {
  const van = pctText(t.van_pct.value, lang);
  return t.tot_pct === null ? `> ${van}` : `${van} – ${pctText(t.tot_pct.value, lang)}`;
}

/** Band rows rounded to whole euros so that they add up to the shown totals. */
function bandRows(route: RouteJson, lang: Lang) {
  const delen = roundToTotal(route.treden.map((t) => t.deel.shown()));
  const vergoedingen = roundToTotal(
    route.treden.map((t) => t.vergoeding.shown()),
    route.vangnet.shown(),
  );
  const rows = route.treden.map((t, i) => [bandLabel(t, lang), pctText(t.vergoeding_pct.value, lang, 0), formatEuro(delen[i]!, 0, lang), formatEuro(vergoedingen[i]!, 0, lang)]);
  const totalDeel = delen.reduce((a, b) => a.plus(b), ZERO);
  const totalVergoeding = vergoedingen.reduce((a, b) => a.plus(b), ZERO);
  return { rows, totalDeel, totalVergoeding };
}

function exactNote(r: { vangnet: Bedrag; vangnet_exact: Exact }, lang: Lang): string {
  const exact = r.vangnet_exact.value;
  if (exact.eq(r.vangnet.shown())) return '';
  return ` (exact ${formatEuro(exact, Math.max(2, exact.decimalPlaces()), lang)})`;
}

export function renderVangnetTable(report: VangnetJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const out: string[] = [];
  const fase = report.budget_fase ? ` (${report.budget_fase})` : '';
  out.push(c.bold(`${tr(lang, 'Vangnetuitkering', 'Vangnetuitkering')} ${report.jaar}${report.voorlopig ? tr(lang, ' (voorlopig)', ' (provisional)') : ''}`));
  const status = lang === 'nl' ? report.regel.status : report.regel.status === 'bevestigd' ? 'confirmed' : 'assumed';
  out.push(`${tr(lang, 'Regel', 'Rule')} ${report.regel.id} (${status}): ${report.regel.bron}`);
  out.push('');
  const figures = new Table({ style: { head: [], border: [] }, chars: PLAIN_CHARS });
  const tekort = report.tekort.shown();
  const share = `${pctText(report.tekort_pct.shown().abs(), lang, 2)} ${tr(lang, 'van het budget', 'of the budget')}`;
  figures.push(
    [`Budget ${report.jaar}${fase}`, { hAlign: 'right', content: formatEuro(report.budget.shown(), 0, lang) }, ''],
    [`${tr(lang, 'Lasten', 'Lasten')} ${report.jaar}`, { hAlign: 'right', content: formatEuro(report.lasten.shown(), 0, lang) }, ''],
    [tekort.isNegative() ? 'Overschot' : 'Tekort', { hAlign: 'right', content: formatEuro(tekort.abs(), 0, lang) }, share],
  );
  out.push(figures.toString());

  for (const route of report.routes) {
    out.push('');
    const chosen = report.route === route.route;
    const label = report.routes.length > 1 ? ` — route ${route.route}${chosen ? tr(lang, ' (gekozen)', ' (chosen)') : ''}` : '';
    out.push(c.bold(`${tr(lang, 'Toetsen', 'Tests')}${label}`));
    for (const t of route.toetsen) {
      const mark = t.voldaan ? c.green('✓') : c.red('✗');
      out.push(`  ${mark} ${t.naam.padEnd(11)} ${wordsFor(lang).toets(t, report.jaar)}`);
    }
    if (route.toetsen.some((t) => t.naam === 'meerjarig')) {
      out.push(
        c.dim(
          tr(
            lang,
            `                de saldi opgeteld en gedeeld door het budget van ${report.jaar} alleen: geen gemiddelde over drie jaar`,
            `                the saldi added up and divided by the budget of ${report.jaar} only: not an average over three years`,
          ),
        ),
      );
    }
    if (route.recht || report.routes.length === 1) {
      const { rows, totalDeel, totalVergoeding } = bandRows(route, lang);
      const table = new Table({
        head: [tr(lang, 'trede', 'band'), tr(lang, 'vergoeding', 'rate'), tr(lang, 'deel van het tekort', 'part of the tekort'), 'vangnet'],
        colAligns: ['left', 'right', 'right', 'right'],
        style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
      });
      for (const r of rows) table.push(r);
      table.push([tr(lang, 'totaal', 'total'), '', formatEuro(totalDeel, 0, lang), formatEuro(totalVergoeding, 0, lang)]);
      out.push(table.toString());
      out.push(`  ${tr(lang, 'Eigen risico', 'Eigen risico')}  ${formatEuro(route.eigen_risico.shown(), 0, lang)}`);
      out.push(`  Vangnet       ${c.bold(formatEuro(route.vangnet.shown(), 0, lang))}${exactNote(route, lang)}`);
    }
  }
  out.push('');
  const recht = report.recht
    ? tr(
        lang,
        `Recht op vangnet: ja (route ${report.route}), ${formatEuro(report.vangnet.shown(), 0, lang)}, uit te betalen in ${report.uitbetaling_jaar}`,
        `Right to a vangnet: yes (route ${report.route}), ${formatEuro(report.vangnet.shown(), 0, lang)}, to be paid in ${report.uitbetaling_jaar}`,
      )
    : tr(lang, 'Recht op vangnet: nee', 'Right to a vangnet: no');
  out.push(c.bold(recht));
  for (const o of report.opmerkingen) out.push(`  ${wordsFor(lang).vangnetOpmerking(o)}`);
  if (report.waarschuwingen.length) {
    out.push('');
    out.push(c.yellow(tr(lang, 'Waarschuwingen:', 'Warnings:')));
    for (const w of report.waarschuwingen) out.push(c.yellow(`  - ${wordsFor(lang).vangnetWaarschuwing(w)}`));
  }
  return out.join('\n') + '\n';
}

export function renderVangnetMarkdown(report: VangnetJson, lang: Lang): string {
  const out: string[] = [];
  out.push(`## ${tr(lang, 'Vangnetuitkering', 'Vangnetuitkering')} ${report.jaar}${report.voorlopig ? tr(lang, ' (voorlopig)', ' (provisional)') : ''}`);
  out.push('');
  out.push(mdText(`${tr(lang, 'Regel', 'Rule')} ${report.regel.id} (${report.regel.status}): ${report.regel.bron}.`));
  out.push('');
  const tekort = report.tekort.shown();
  out.push(
    mdTable(
      ['', tr(lang, 'bedrag', 'amount')],
      [
        [`Budget ${report.jaar}${report.budget_fase ? ` (${report.budget_fase})` : ''}`, formatEuro(report.budget.shown(), 0, lang)],
        [`${tr(lang, 'Lasten', 'Lasten')} ${report.jaar}`, formatEuro(report.lasten.shown(), 0, lang)],
        [`${tekort.isNegative() ? 'Overschot' : 'Tekort'} (${pctText(report.tekort_pct.shown().abs(), lang, 2)})`, formatEuro(tekort.abs(), 0, lang)],
      ],
      [false, true],
    ),
  );
  for (const route of report.routes) {
    out.push(`### ${tr(lang, 'Toetsen', 'Tests')}${report.routes.length > 1 ? `, route ${route.route}` : ''}`);
    out.push('');
    for (const t of route.toetsen) out.push(`- ${t.voldaan ? '✓' : '✗'} **${t.naam}**: ${wordsFor(lang).toets(t, report.jaar)}`);
    out.push('');
    if (route.recht || report.routes.length === 1) {
      const { rows, totalDeel, totalVergoeding } = bandRows(route, lang);
      out.push(
        mdTable(
          [tr(lang, 'trede', 'band'), tr(lang, 'vergoeding', 'rate'), tr(lang, 'deel van het tekort', 'part of the tekort'), 'vangnet'],
          [...rows, [`**${tr(lang, 'totaal', 'total')}**`, '', `**${formatEuro(totalDeel, 0, lang)}**`, `**${formatEuro(totalVergoeding, 0, lang)}**`]],
          [false, true, true, true],
        ),
      );
      out.push(`${tr(lang, 'Eigen risico', 'Eigen risico')}: ${formatEuro(route.eigen_risico.shown(), 0, lang)}. Vangnet: **${formatEuro(route.vangnet.shown(), 0, lang)}**${exactNote(route, lang)}.`);
      out.push('');
    }
  }
  out.push(
    report.recht
      ? tr(
          lang,
          `**Recht op vangnet: ja** (route ${report.route}); uit te betalen in ${report.uitbetaling_jaar}.`,
          `**Right to a vangnet: yes** (route ${report.route}); to be paid in ${report.uitbetaling_jaar}.`,
        )
      : tr(lang, '**Recht op vangnet: nee.**', '**Right to a vangnet: no.**'),
  );
  for (const o of report.opmerkingen) out.push(`\n${mdText(wordsFor(lang).vangnetOpmerking(o))}.`);
  if (report.waarschuwingen.length) {
    out.push('');
    out.push(`${tr(lang, 'Let op', 'Note')}:`);
    out.push('');
    for (const w of report.waarschuwingen) out.push(`- ${mdText(wordsFor(lang).vangnetWaarschuwing(w))}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Tidy CSV: one row per quantity, '.' decimals, amounts unrounded as in the JSON. --breed: one
 * row, a column per quantity, a route's own quantities named after it (`regulier.recht`).
 */
export function renderVangnetCsv(report: VangnetJson, style: CsvStyle = {}): string {
  const cells: TidyCell[] = [];
  const add = (route: string, grootheid: string, waarde: Cell | null) =>
    cells.push(style.breed ? { id: [report.jaar], grootheid: route ? `${route}.${grootheid}` : grootheid, waarde: waarde ?? '' } : { id: [report.jaar, route], grootheid, waarde: waarde ?? '' });
  add('', 'budget', report.budget);
  add('', 'budget_fase', report.budget_fase);
  add('', 'lasten', report.lasten);
  add('', 'tekort', report.tekort);
  add('', 'tekort_pct', report.tekort_pct);
  add('', 'regel', report.regel.id);
  add('', 'regel_status', report.regel.status);
  add('', 'recht', report.recht);
  add('', 'route', report.route);
  add('', 'eigen_risico', report.eigen_risico);
  add('', 'vangnet', report.vangnet);
  add('', 'vangnet_exact', report.vangnet_exact);
  for (const r of report.routes) {
    add(r.route, 'recht', r.recht);
    for (const t of r.toetsen) {
      add(r.route, `toets.${t.naam}.voldaan`, t.voldaan);
      if (t.waarde_pct !== null) add(r.route, `toets.${t.naam}.waarde_pct`, t.waarde_pct);
      add(r.route, `toets.${t.naam}.grens_pct`, t.grens_pct);
    }
    r.treden.forEach((t, i) => {
      add(r.route, `trede.${i + 1}.deel`, t.deel);
      add(r.route, `trede.${i + 1}.vergoeding`, t.vergoeding);
    });
    add(r.route, 'vangnet', r.vangnet);
  }
  return tidyCsv(style.breed ? ['jaar'] : ['jaar', 'route'], cells, style);
}
