// Many gemeenten in one run (`buig forecast --data A B C`, or a folder of data folders): each
// data folder on the default assumptions, one after the other in one process. A folder whose
// data has errors is reported (its diagnostics name its files) and left out; the others run.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { forecastRun, type ForecastRun } from './forecast.js';
import { stops, type Env, type Outcome } from './outcome.js';
import { prepareRun } from './prepare.js';
import { loadRules } from './rules.js';

/** The files that make a folder a data folder. */
const DATA_FILES = ['budget.csv', 'lasten.csv', 'volume.csv', 'stromen.csv'];

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The data folders the user named. A folder that holds none of the data files but has folders
 * in it is a folder of data folders: each of its folders (by name, hidden ones left out) is one.
 */
export function dataFolders(env: Env, dirs: readonly string[]): { folders: string[] /** More than one folder named, or a folder of them. */; many: boolean } {
  let nested = false;
  const folders = dirs.flatMap((dir) => {
    const path = resolve(env.cwd, dir);
    if (!isFolder(path)) return [dir];
    const entries = readdirSync(path, { withFileTypes: true });
    if (entries.some((e) => DATA_FILES.includes(e.name.toLowerCase()))) return [dir];
    const folder = (e: (typeof entries)[number]) => e.isDirectory() || (e.isSymbolicLink() && isFolder(join(path, e.name)));
    const inner = entries
      .filter((e) => !e.name.startsWith('.') && folder(e))
      .map((e) => e.name)
      .sort();
    if (inner.length) nested = true;
    return inner.length ? inner.map((n) => join(dir, n)) : [dir];
  });
  return { folders, many: nested || dirs.length > 1 };
}

export interface GemeenteRun {
  /** The data folder as the user sees it. */
  map: string;
  run: ForecastRun;
}

/**
 * Run the forecast of every data folder, one after the other; of each that ran, `keep` says what
 * to keep (so that a batch of hundreds holds their results, not their runs). The value holds
 * those, in the order named; the diagnostics hold every folder's problems, so a run with any
 * error exits 65 (66 for a file that cannot be opened) after the good results are written. No
 * folder ran: no value.
 */
export function runGemeenten<T>(env: Env, folders: readonly string[], rulesFile: string | undefined, keep: (run: GemeenteRun) => T): Outcome<T[]> {
  const rules = loadRules(env, rulesFile, 'buig forecast --rules');
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const diagnostics: Diagnostic[] = [...rules.diagnostics];
  const kept: T[] = [];
  for (const map of folders) {
    const prepared = prepareRun(env, { data: map }, rules.value);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.value && !stops(prepared.diagnostics)) kept.push(keep({ map, run: forecastRun(prepared.value) }));
  }
  return kept.length ? { value: kept, diagnostics } : { diagnostics };
}
