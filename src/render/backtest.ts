// Renderers of the backtest report: a table per method, horizon and grootheid with the winner
// per horizon beneath it, Markdown (the README's table), and tidy CSV.

import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { formatNumber, type Lang } from '../money.js';
import { simulateWordsFor } from '../messages/simulate.js';
import type { BacktestJson, BacktestRij } from '../report/backtest.js';
import { tidyCsv, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable, mdText } from './markdown.js';
import { scenarioLabel, tr } from './words.js';

const head = (lang: Lang) => [tr(lang, 'methode', 'method'), 'horizon', tr(lang, 'grootheid', 'quantity'), 'n', 'MAE', 'MAPE', 'bias', tr(lang, 'dekking', 'coverage')];

function cells(r: BacktestRij, lang: Lang, winner: boolean): string[] {
  const n1 = (d: { shown(): import('../money.js').Decimal }) => formatNumber(d.shown(), 1, lang);
  return [
    r.methode + (winner ? ' *' : ''),
    `${r.horizon_maanden} ${tr(lang, 'mnd', 'mo')}`,
    r.grootheid === 'stand' ? 'stand' : tr(lang, 'gem. volume', 'avg. volume'),
    String(r.n),
    n1(r.mae),
    `${formatNumber(r.mape_pct.shown(), 2, lang)}%`,
    n1(r.bias),
    `${formatNumber(r.dekking_pct.shown(), 0, lang)}%`,
  ];
}

const isWinner = (b: BacktestJson, r: BacktestRij) => b.winnaars.some((w) => w.horizon_maanden === r.horizon_maanden && w.grootheid === r.grootheid && w.methode === r.methode);

/** Rows grouped by horizon and grootheid, so the methods stand under each other. */
const ordered = (b: BacktestJson) => [...b.resultaten].sort((x, y) => x.horizon_maanden - y.horizon_maanden || x.grootheid.localeCompare(y.grootheid) * -1);

export function renderBacktestTable(b: BacktestJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const w = simulateWordsFor(lang);
  const out = [
    c.bold(`Backtest: ${b.scenario.naam}`),
    `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(b.scenario, lang)}, data ${b.scenario.data}`,
    w.backtestKop(b.basis_maanden, b.oorsprongen),
    '',
  ];
  const table = new Table({
    head: head(lang),
    colAligns: ['left', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] },
  });
  for (const r of ordered(b)) table.push(cells(r, lang, isWinner(b, r)));
  out.push(table.toString(), c.dim(w.backtestUitleg), '', c.bold(w.winnaarsTitel));
  for (const x of b.winnaars) out.push(`  ${w.winnaar(x.horizon_maanden, x.grootheid, x.methode)}`);
  out.push('');
  for (const m of [...new Set(b.resultaten.map((r) => r.methode))]) out.push(c.dim(`  ${w.methode(m)}`));
  return out.join('\n') + '\n';
}

export function renderBacktestMarkdown(b: BacktestJson, lang: Lang): string {
  const w = simulateWordsFor(lang);
  const out = [`## Backtest: ${mdText(b.scenario.naam)}`, '', w.backtestKop(b.basis_maanden, b.oorsprongen), ''];
  out.push(
    mdTable(
      head(lang),
      ordered(b).map((r) => cells(r, lang, isWinner(b, r))),
      [false, true, false, true, true, true, true, true],
    ),
  );
  out.push(`${w.backtestUitleg} ${tr(lang, '* = de beste methode bij die horizon.', '* = the best method at that horizon.')}`, '');
  for (const m of [...new Set(b.resultaten.map((r) => r.methode))]) out.push(`- ${w.methode(m)}`);
  return out.join('\n') + '\n';
}

export function renderBacktestCsv(b: BacktestJson, style?: CsvStyle): string {
  const out: TidyCell[] = [];
  for (const r of b.resultaten) {
    const id = [r.methode, r.horizon_maanden, r.grootheid];
    for (const key of ['mae', 'mape_pct', 'bias', 'dekking_pct', 'n'] as const) out.push({ id, grootheid: key, waarde: r[key] });
  }
  return tidyCsv(['methode', 'horizon_maanden', 'meting'], out, style);
}
