// Pricing a scenario's aanvalsplan on its prepared base run, and the --doel solver on top of it.

import { diagnostic } from '../diagnostics/diagnostic.js';
import { pricePlanWith, solveExitsWith, type Doel, type PlanPricing, type SolveResult } from '../domain/plan/price.js';
import { addMonths, type Month } from '../period.js';
import { DEFAULT_PLAN_SCENARIO } from './defaults.js';
import { UsageError, type Env, type Outcome } from './outcome.js';
import { prepareRun, type Prepared } from './prepare.js';
import { problemDiagnostic, type ScenarioSource } from './scenario.js';
import { loadRules } from './rules.js';

export interface PlanRequest {
  source: ScenarioSource;
  rulesFile?: string;
  doel?: { jaar: number; doel: Doel };
  vanaf?: Month;
}

export interface PlanRun {
  prepared: Prepared;
  pricing: PlanPricing;
  oplossing?: SolveResult;
}

export function runPlan(env: Env, request: PlanRequest): Outcome<PlanRun> {
  const rules = loadRules(env, request.rulesFile, 'buig plan --rules');
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const run = prepareRun(env, request.source, rules.value, DEFAULT_PLAN_SCENARIO);
  const prepared = run.value;
  const diagnostics = [...rules.diagnostics, ...run.diagnostics];
  if (!prepared) return { diagnostics };
  const read = prepared.loaded.scenario;
  // Nothing to price: an empty table with exit 0 would read as "the plan does nothing".
  if (prepared.acties.length === 0 && !request.doel) {
    diagnostics.push(diagnostic('BUIG-E055', read.aanvalsplan !== undefined ? read.locate(['aanvalsplan']) : read.locate([])));
    return { diagnostics };
  }
  const acties = prepared.acties.map((a) => a.actie);
  const pricing = pricePlanWith(prepared.runner, acties);
  if ('problems' in pricing) return { diagnostics: [...diagnostics, ...pricing.problems.map((p) => problemDiagnostic(p, read, prepared.loaded.dataLabel, prepared.acties))] };
  if (!request.doel) return { value: { prepared, pricing }, diagnostics };

  const { jaar, doel } = request.doel;
  const base = prepared.runner.base;
  const years = base.jaren.filter((j) => j.soort === 'prognose').map((j) => j.jaar);
  const nl = env.lang === 'nl';
  if (!years.includes(jaar)) throw new UsageError(nl ? `--doel: ${jaar} is geen jaar van de prognose (${years.join(', ')})` : `--doel: ${jaar} is not a projected year (${years.join(', ')})`);
  const first = addMonths(base.laatsteMaand, 1);
  const start = request.vanaf ?? first;
  if (start < first || start > base.horizon)
    throw new UsageError(nl ? `--vanaf: ${start} ligt buiten de prognose (${first} tot en met ${base.horizon})` : `--vanaf: ${start} is outside the projection (${first} to ${base.horizon})`);
  return { value: { prepared, pricing, oplossing: solveExitsWith(prepared.runner, acties, jaar, doel, start) }, diagnostics };
}
