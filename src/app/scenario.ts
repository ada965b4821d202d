// From what the user named (a scenario file, or a data folder with the default assumptions) to
// a scenario read and checked, with its data folder found and its acties read.

import { basename, dirname, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ForecastProblem } from '../domain/forecast/forecast.js';
import { readActiesCsv, readActiesInline, type LocatedActie } from '../read/acties.js';
import { folderAt, readRegularFile } from '../read/paths.js';
import { defaultScenario, readScenarioFile, type ScenarioRead } from '../read/scenarioFile.js';
import { DEFAULT_SCENARIO, type Shipped } from './defaults.js';
import { readInput } from './files.js';
import type { Env } from './outcome.js';

/** What a run starts from: a scenario file, or a data folder with the default assumptions. */
export interface ScenarioSource {
  scenario?: string;
  data?: string;
}

export interface LoadedScenario {
  scenario: ScenarioRead;
  /** How reports name the scenario file; undefined for a data folder run on the defaults. */
  label?: string;
  dataDir?: string;
  /** The data folder as the user sees it (relative to the cwd), for diagnostics and reports. */
  dataLabel: string;
  /** The folder of the scenario file, for paths inside it. */
  scenarioDir?: string;
  /** A shipped scenario: its aanvalsplan is named from the package, not from the cwd. */
  shipped?: boolean;
}

/** Read a scenario file (or the default one) and check that its data folder exists. */
export function loadScenario(env: Env, source: ScenarioSource, fallback: Shipped = DEFAULT_SCENARIO): { loaded?: LoadedScenario; diagnostics: Diagnostic[] } {
  if (source.data !== undefined) return loadDataFolder(env, source.data);
  const file = source.scenario;
  const path = file === undefined ? fallback.path : resolve(env.cwd, file);
  const label = file ?? fallback.label;
  const read = readInput(env.cwd, path, 'buig forecast --scenario', label);
  if ('problem' in read) return { diagnostics: [read.problem] };
  const scenario = readScenarioFile(label, read.bytes, env.lang);
  const diagnostics = [...scenario.diagnostics];
  if (!scenario.scenario || scenario.data === undefined) return { loaded: { scenario, label, dataLabel: '' }, diagnostics };
  const dataDir = resolve(dirname(path), scenario.data);
  const dataLabel = file === undefined ? 'data/deventer' : relative(env.cwd, dataDir) || '.';
  const common = { scenario, label, dataLabel, ...(file === undefined ? { shipped: true } : {}) };
  const notFolder = folderAt(dataDir);
  if (notFolder) {
    diagnostics.push(
      notFolder.found === 'missing'
        ? diagnostic('BUIG-E042', scenario.locate(['data']), { value: scenario.data, resolved: dataLabel })
        : diagnostic('BUIG-E131', scenario.locate(['data']), { key: 'data', value: scenario.data, resolved: dataLabel, expected: 'folder', found: notFolder.found, ...(notFolder.code ? { code: notFolder.code } : {}) }),
    );
    return { loaded: common, diagnostics };
  }
  return { loaded: { ...common, dataDir, scenarioDir: dirname(path) }, diagnostics };
}

/** `--data DIR`: the default scenario on a data folder, named after the gemeente once it is read. */
function loadDataFolder(env: Env, dir: string): { loaded?: LoadedScenario; diagnostics: Diagnostic[] } {
  const dataDir = resolve(env.cwd, dir);
  const notFolder = folderAt(dataDir);
  if (notFolder?.found === 'missing') return { diagnostics: [diagnostic('BUIG-E029', { file: dir }, { dir })] };
  if (notFolder) return { diagnostics: [diagnostic('BUIG-E130', { file: dir }, { name: dir, expected: 'folder', found: notFolder.found, ...(notFolder.code ? { code: notFolder.code } : {}) })] };
  const naam = basename(dataDir);
  // A folder without a name (the root) is named by the schema's check, as a scenario file would be.
  const read: ScenarioRead = naam ? { scenario: defaultScenario(naam), data: '.', diagnostics: [], locate: () => ({ file: dir }) } : readScenarioFile(dir, new TextEncoder().encode(JSON.stringify({ naam, data: '.' })), env.lang);
  // Problems of the default scenario belong to the data, not to a file the user never wrote.
  return { loaded: { scenario: { ...read, locate: () => ({ file: dir }) }, dataDir, dataLabel: dir }, diagnostics: [] };
}

/** The acties of a scenario: a CSV beside it (E054 when missing, E131 when not a readable file), or inline. */
export function loadActies(env: Env, loaded: LoadedScenario): { acties: LocatedActie[]; diagnostics: Diagnostic[] } {
  const plan = loaded.scenario.aanvalsplan;
  if (typeof plan === 'string') {
    const path = resolve(loaded.scenarioDir!, plan);
    const label = loaded.shipped ? `scenarios/${plan}` : relative(env.cwd, path);
    const read = readRegularFile(path);
    if ('bytes' in read) return readActiesCsv(label, read.bytes);
    const at = loaded.scenario.locate(['aanvalsplan']);
    const problem =
      read.found === 'missing'
        ? diagnostic('BUIG-E054', at, { value: plan, resolved: label })
        : diagnostic('BUIG-E131', at, { key: 'aanvalsplan', value: plan, resolved: label, expected: 'file', found: read.found, ...(read.code ? { code: read.code } : {}) });
    return { acties: [], diagnostics: [problem] };
  }
  if (Array.isArray(plan)) return readActiesInline(plan, loaded.scenario.locate, env.lang);
  return { acties: [], diagnostics: [] };
}

/** A problem of the forecast model, placed at the scenario key or data file responsible for it. */
export function problemDiagnostic(p: ForecastProblem, scenario: ScenarioRead, dataLabel: string): Diagnostic {
  switch (p.soort) {
    case 'horizon':
      return diagnostic('BUIG-E043', scenario.locate(['horizon', 'tot']), { value: p.horizon, last: p.laatste });
    case 'basisperiode':
      return diagnostic('BUIG-E044', scenario.locate(['basisperiode']), {
        van: p.van,
        tot: p.tot,
        series: p.reeks,
        months: p.maanden.length > 3 ? `${p.maanden[0]} .. ${p.maanden[p.maanden.length - 1]} (${p.maanden.length})` : p.maanden.join(', '),
        first: p.eerste,
        last: p.laatste,
      });
    case 'te-weinig-maanden':
      return diagnostic('BUIG-E045', { file: `${dataLabel}/volume.csv` }, { months: p.maanden, first: p.eerste, last: p.laatste, minimum: p.minimum });
    case 'geen-budget':
      return diagnostic('BUIG-E034', { file: `${dataLabel}/budget.csv` }, { what: 'budget', jaar: p.jaar, name: 'budget.csv' });
    case 'geen-volume':
      return diagnostic('BUIG-E034', { file: `${dataLabel}/volume.csv` }, { what: 'volume', name: 'volume.csv' });
  }
}
