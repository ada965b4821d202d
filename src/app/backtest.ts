// `buig backtest`: the data folder of a scenario (or --data), its stands (and flows), and the
// rolling-origin backtest of the forecast methods on them. With --stand-alleen only volume.csv
// is needed and only the methods without flows run.

import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { backtest, HORIZONNEN, METHODEN, origins, totals, type Backtest } from '../domain/backtest/backtest.js';
import { BASIS_MAANDEN, histories, MIN_BASIS_MAANDEN } from '../domain/forecast/base.js';
import { readDataFolder } from '../read/dataFolder.js';
import { monthIndex, monthFromIndex } from '../period.js';
import { stops, UsageError, type Env, type Outcome } from './outcome.js';
import { loadScenario, type ScenarioSource } from './scenario.js';
import { generators } from './simulate.js';

export const STANDAARD_BACKTEST_RUNS = 1000;

export interface BacktestRequest {
  source: ScenarioSource;
  standAlleen: boolean;
  /** Months of the base window; default the scenario's base period, else 24. */
  basis?: number;
  runs: number;
  seed: number;
}

export interface BacktestRun {
  backtest: Backtest;
  basis: number;
  standAlleen: boolean;
  runs: number;
  seed: number;
  scenario: { naam: string; bestand: string | null; data: string };
}

export function runBacktest(env: Env, request: BacktestRequest): Outcome<BacktestRun> {
  const { loaded, diagnostics } = loadScenario(env, request.source);
  const read = loaded?.scenario.scenario;
  if (!loaded?.dataDir || !read || stops(diagnostics)) return { diagnostics };
  const folder = readDataFolder(loaded.dataDir, []);
  const named = folder.diagnostics
    // Missing files: budget.csv and lasten.csv play no part here; volume.csv and stromen.csv get an error below when needed.
    .filter((d) => d.code !== 'BUIG-W030')
    .map((d) => ({ ...d, file: d.file.startsWith(loaded.dataDir!) ? loaded.dataLabel + d.file.slice(loaded.dataDir!.length) : d.file }));
  diagnostics.push(...named, ...missing(loaded.dataLabel, folder.data.volume.length > 0, folder.data.stromen.length > 0 || request.standAlleen));
  if (stops(diagnostics)) return { diagnostics };

  const scenarioBasis = read.basisperiode ? monthIndex(read.basisperiode.tot) - monthIndex(read.basisperiode.van) + 1 : BASIS_MAANDEN;
  const basis = request.basis ?? scenarioBasis;
  if (basis < MIN_BASIS_MAANDEN) throw new UsageError(env.lang === 'nl' ? `--basis: minimaal ${MIN_BASIS_MAANDEN} maanden` : `--basis: at least ${MIN_BASIS_MAANDEN} months`);
  const data = request.standAlleen ? { volume: folder.data.volume, stromen: [] } : folder.data;
  const series = histories(data);
  const total = totals(series);
  if (origins(series, total, basis, !request.standAlleen).length === 0) {
    const keys = [...total.keys()];
    const params = {
      months: keys.length,
      first: keys.length ? monthFromIndex(Math.min(...keys)) : '-',
      last: keys.length ? monthFromIndex(Math.max(...keys)) : '-',
      needed: basis + 1 + HORIZONNEN[0],
      base: basis,
    };
    diagnostics.push(diagnostic('BUIG-E091', { file: join(loaded.dataLabel, 'volume.csv') }, params));
    return { diagnostics };
  }
  const methoden = request.standAlleen ? METHODEN.filter((m) => m !== 'stockflow') : METHODEN;
  const result = backtest({ series, basis, methoden, runs: request.runs, rngFor: generators(request.seed) });
  const naam = loaded.label === undefined ? (folder.data.gemeente?.naam ?? read.naam) : read.naam;
  return {
    value: { backtest: result, basis, standAlleen: request.standAlleen, runs: request.runs, seed: request.seed, scenario: { naam, bestand: loaded.label ?? null, data: loaded.dataLabel } },
    diagnostics,
  };
}

/** volume.csv is always needed; stromen.csv unless --stand-alleen. */
function missing(dataLabel: string, volume: boolean, stromen: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!volume) out.push(diagnostic('BUIG-E001', { file: join(dataLabel, 'volume.csv') }, { reason: 'ENOENT', name: 'volume.csv', purpose: 'buig backtest' }));
  if (!stromen) out.push(diagnostic('BUIG-E001', { file: join(dataLabel, 'stromen.csv') }, { reason: 'ENOENT', name: 'stromen.csv', purpose: 'buig backtest' }));
  return out;
}
