// The application pipeline, as one named sequence (beancount's loader): read the scenario, its
// acties and its data folder, check them against each other, and compute the base run once.
// Every command and test that runs a scenario starts here; nothing here knows of commander.

import { checkStarts, type LocatedActie } from '../read/acties.js';
import { readDataFolder } from '../read/dataFolder.js';
import type { DataSet } from '../domain/data.js';
import type { Scenario } from '../domain/forecast/scenario.js';
import { planRunner, type PlanRunner, type RunOutcome } from '../domain/plan/price.js';
import type { VangnetRule } from '../domain/vangnet/rules.js';
import { DEFAULT_SCENARIO, type Shipped } from './defaults.js';
import { stops, type Env, type Outcome } from './outcome.js';
import { loadActies, loadScenario, problemDiagnostic, type LoadedScenario, type ScenarioSource } from './scenario.js';

export interface Prepared {
  loaded: LoadedScenario & { dataDir: string };
  scenario: Scenario;
  acties: LocatedActie[];
  data: DataSet;
  /** The base run, computed once, and a way to run the scenario with any set of acties. */
  runner: PlanRunner;
  /** The run with all the scenario's acties (the base when it has none): checked like the base. */
  planRun: Exclude<RunOutcome, { problems: unknown }>;
  rules: readonly VangnetRule[];
}

/** Read, check and assemble a scenario, stage by stage; each stage's problems stop the next. */
export function prepareRun(env: Env, source: ScenarioSource, rules: readonly VangnetRule[], fallback: Shipped = DEFAULT_SCENARIO): Outcome<Prepared> {
  const { loaded, diagnostics } = loadScenario(env, source, fallback);
  const read = loaded?.scenario.scenario;
  if (!loaded?.dataDir || !read || stops(diagnostics)) return { diagnostics };
  const dataDir = loaded.dataDir;
  const acties = loadActies(env, loaded);
  diagnostics.push(...acties.diagnostics);
  if (stops(diagnostics)) return { diagnostics };

  const folder = readDataFolder(dataDir, ['forecast']);
  // Diagnostics name the data files as seen from where the user is.
  diagnostics.push(...folder.diagnostics.map((d) => ({ ...d, file: d.file.startsWith(dataDir) ? loaded.dataLabel + d.file.slice(dataDir.length) : d.file })));
  if (stops(diagnostics)) return { diagnostics };
  const scenario = loaded.label === undefined ? { ...read, naam: folder.data.gemeente?.naam ?? read.naam } : read;

  const runner = planRunner({ data: folder.data, scenario, rules });
  if ('problems' in runner) {
    diagnostics.push(...runner.problems!.map((p) => problemDiagnostic(p, loaded.scenario, loaded.dataLabel)));
    return { diagnostics };
  }
  diagnostics.push(...checkStarts(acties.acties, runner.ctx.eersteMaand, runner.base.horizon));
  if (stops(diagnostics)) return { diagnostics };
  // The acties may drive a stand out of bounds where the base does not: every command stops here.
  const planRun = runner.run(acties.acties.map((a) => a.actie));
  if ('problems' in planRun) {
    diagnostics.push(...planRun.problems.map((p) => problemDiagnostic(p, loaded.scenario, loaded.dataLabel, acties.acties)));
    return { diagnostics };
  }
  return { value: { loaded: { ...loaded, dataDir }, scenario, acties: acties.acties, data: folder.data, runner, planRun, rules }, diagnostics };
}
