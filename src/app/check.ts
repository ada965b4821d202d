// `buig check`: the expectations file read and checked, and the forecast of each scenario it
// names, run once per scenario (paths are relative to the expectations file).

import { dirname, relative, resolve } from 'node:path';
import type { Located } from '../diagnostics/diagnostic.js';
import { readCsv } from '../read/csvTable.js';
import { expectationsFile, type Expectation } from '../read/expectationsFile.js';
import { readRows, type Sourced } from '../read/rows.js';
import { readInput } from './files.js';
import { runForecast, type ForecastRun } from './forecast.js';
import { stops, type Env, type Outcome } from './outcome.js';

export interface CheckRun {
  expectations: (Expectation & Sourced)[];
  /** Where a cell of the expectations file is, for problems found against the forecasts. */
  locate: (line: number, column?: string) => Located;
  decimalComma: boolean;
  /** Per scenario as written in the file: its forecast, or undefined when it could not run. */
  runs: Map<string, ForecastRun | undefined>;
}

export function runCheck(env: Env, file: string): Outcome<CheckRun> {
  const read = readInput(env.cwd, file, 'buig check');
  if ('problem' in read) return { diagnostics: [read.problem] };
  const table = readCsv(file, read.bytes);
  const rows = readRows(table, expectationsFile);
  const diagnostics = [...rows.diagnostics];
  if (stops(diagnostics)) return { diagnostics };
  const base = dirname(resolve(env.cwd, file));
  const runs = new Map<string, ForecastRun | undefined>();
  for (const scenario of new Set(rows.rows.map((r) => r.scenario))) {
    const path = relative(env.cwd, resolve(base, scenario)) || '.';
    const run = runForecast(env, { scenario: path });
    diagnostics.push(...run.diagnostics);
    runs.set(scenario, run.value);
  }
  return { value: { expectations: rows.rows, locate: rows.locate, decimalComma: table.dialect.decimalComma, runs }, diagnostics };
}
