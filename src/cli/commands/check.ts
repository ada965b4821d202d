// buig check: compare figures of scenario forecasts with expected values, like a balance
// assertion. Silent with exit 0 when every expectation holds; otherwise expected, actual and the
// difference per deviation, and exit 1. A malformed file: diagnostics and exit 65.

import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { diagnostic, exitCodeFor, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../domain/terms.js';
import { D, formatNumber, parseAmount, type Decimal } from '../../money.js';
import { readCsv } from '../../read/csvTable.js';
import { expectationsFile, type Expectation } from '../../read/expectationsFile.js';
import { readRows, type Sourced } from '../../read/rows.js';
import type { JaarJson } from '../../report/forecast.js';
import { renderDiagnosticsText } from '../../render/diagnostics.js';
import { t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { failWith } from '../output.js';
import { buildForecast } from './forecast.js';

/** The value at a dotted key of a forecast year; arrays are entered by their regeling or route. */
export function lookup(year: JaarJson, key: string): { found: true; value: unknown } | { found: false } {
  let node: unknown = year;
  for (const part of key.split('.')) {
    if (Array.isArray(node)) {
      node = node.find((x: Record<string, unknown>) => x.regeling === part || x.route === part || x.naam === part) ?? node[Number(part)];
    } else if (node !== null && typeof node === 'object' && part in node) {
      node = (node as Record<string, unknown>)[part];
    } else {
      return { found: false };
    }
    if (node === undefined) return { found: false };
  }
  return { found: true, value: node };
}

/** The dotted keys of a year with a plain value, for hints. */
function keysOf(year: JaarJson): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      if (!Array.isArray(node)) out.push(prefix);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(year, '');
  return out;
}

type Outcome = { holds: true } | { holds: false; actual: string; difference?: Decimal };

function compare(ctx: Context, e: Expectation, actual: unknown, decimalComma: boolean): Outcome {
  const expected = e.verwacht.trim();
  if (typeof actual === 'boolean') {
    const want = ['true', 'ja', 'waar'].includes(expected.toLowerCase()) ? true : ['false', 'nee', 'onwaar'].includes(expected.toLowerCase()) ? false : undefined;
    return want === actual ? { holds: true } : { holds: false, actual: actual ? t(ctx, 'ja', 'true') : t(ctx, 'nee', 'false') };
  }
  if (actual === null) return expected === '' || expected === 'null' ? { holds: true } : { holds: false, actual: 'null' };
  const shown = String(actual);
  const a = parseAmount(shown, { decimalComma: false });
  const x = parseAmount(expected, { decimalComma });
  if (a.ok && x.ok) {
    const difference = a.value.minus(x.value);
    return difference.abs().lte(e.tolerantie ?? D(0)) ? { holds: true } : { holds: false, actual: shown, difference };
  }
  return shown === expected ? { holds: true } : { holds: false, actual: shown };
}

export function registerCheck(program: Command, ctx: Context): void {
  program
    .command('check')
    .description(t(ctx, 'CI: vergelijk cijfers van prognoses met verwachte waarden; stil en exit 0 als alles klopt', 'CI: compare forecast figures with expected values; silent with exit 0 when all hold'))
    .argument('<verwachtingen>', t(ctx, 'CSV met scenario, jaar, grootheid, verwacht, tolerantie', 'CSV with scenario, jaar, grootheid, verwacht, tolerantie'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeeld:\n  buig check test/verwachtingen/deventer.csv\n\nBestand:\n  scenario,jaar,grootheid,verwacht,tolerantie\n  ../../scenarios/deventer-basis.json,2022,vangnet.vangnet,444700,0\n\nExitcodes: 0 alles klopt, 1 een verwachting klopt niet, 65 fout in het bestand, 66 bestand niet te openen.',
        '\nExample:\n  buig check test/verwachtingen/deventer.csv\n\nFile:\n  scenario,jaar,grootheid,verwacht,tolerantie\n  ../../scenarios/deventer-basis.json,2022,vangnet.vangnet,444700,0\n\nExit codes: 0 all hold, 1 an expectation does not hold, 65 error in the file, 66 cannot open the file.',
      ),
    )
    .action((file: string) => {
      const diagnostics: Diagnostic[] = [];
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(resolve(ctx.io.cwd, file));
      } catch (e) {
        diagnostics.push(diagnostic('BUIG-E001', { file }, { reason: (e as NodeJS.ErrnoException).code ?? 'error', name: file, purpose: 'buig check' }));
        return failWith(ctx, diagnostics, undefined);
      }
      const table = readCsv(file, bytes);
      const rows = readRows(table, expectationsFile);
      diagnostics.push(...rows.diagnostics);
      if (exitCodeFor(diagnostics) !== 0) return failWith(ctx, diagnostics, undefined);

      // Each scenario once; its path is relative to the expectations file.
      const base = dirname(resolve(ctx.io.cwd, file));
      const years = new Map<string, JaarJson[] | undefined>();
      for (const scenario of new Set(rows.rows.map((r) => r.scenario))) {
        const path = relative(ctx.io.cwd, resolve(base, scenario)) || '.';
        years.set(scenario, buildForecast(ctx, { scenario: path }, [], diagnostics)?.report.jaren);
      }
      const deviations: { e: Expectation & Sourced; outcome: Outcome & { holds: false } }[] = [];
      for (const e of rows.rows) {
        const forecastYears = years.get(e.scenario);
        if (!forecastYears) continue;
        const year = forecastYears.find((y) => y.jaar === e.jaar);
        if (!year) {
          diagnostics.push(diagnostic('BUIG-E061', rows.locate(e.line, 'jaar'), { value: e.jaar, years: forecastYears.map((y) => y.jaar).join(', ') }));
          continue;
        }
        const found = lookup(year, e.grootheid);
        if (!found.found) {
          const keys = keysOf(year);
          diagnostics.push(diagnostic('BUIG-E060', rows.locate(e.line, 'grootheid'), { value: e.grootheid, suggestion: closest(e.grootheid, keys) ?? '', keys: keys.slice(0, 12).join(', ') + ', ...' }));
          continue;
        }
        const outcome = compare(ctx, e, found.value, table.dialect.decimalComma);
        if (!outcome.holds) deviations.push({ e, outcome });
      }
      if (exitCodeFor(diagnostics) !== 0) return failWith(ctx, diagnostics, undefined);

      for (const { e, outcome } of deviations) {
        const lines = [
          `${file}:${e.line}: ${t(ctx, 'verwachting klopt niet', 'expectation does not hold')}: ${e.jaar} ${e.grootheid} (scenario ${e.scenario})`,
          `  ${t(ctx, 'verwacht ', 'expected ')}: ${e.verwacht}`,
          `  ${t(ctx, 'werkelijk', 'actual   ')}: ${outcome.actual}`,
        ];
        if (outcome.difference) {
          const d = outcome.difference;
          const amount = formatNumber(d.abs(), Math.max(2, d.decimalPlaces()), ctx.lang);
          const more = d.isPositive() ? t(ctx, 'te veel', 'too much') : t(ctx, 'te weinig', 'too little');
          lines.push(`  ${t(ctx, 'verschil ', 'difference')}: ${d.isPositive() ? '+' : '-'}${amount} (${amount} ${more}; ${t(ctx, 'tolerantie', 'tolerance')} ${e.tolerantie?.toString() ?? '0'})`);
        }
        ctx.io.stderr(lines.join('\n') + '\n');
      }
      // Warnings of the input (not deviations) are shown, but a passing check stays silent on stdout.
      if (diagnostics.length) ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));
      ctx.exitCode = deviations.length ? 1 : 0;
    });
}
