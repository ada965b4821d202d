// `buig report`: the scenario's forecast and, when it has an aanvalsplan, the plan priced on
// the same base run.

import { pricePlanWith, type PlanPricing } from '../domain/plan/price.js';
import { runForecast, type ForecastRun } from './forecast.js';
import type { Env, Outcome } from './outcome.js';
import { problemDiagnostic, type ScenarioSource } from './scenario.js';
import { simulatePrepared, STANDAARD_RUNS, STANDAARD_SEED, type SimulateRun } from './simulate.js';

export interface ReportRun {
  run: ForecastRun;
  pricing?: PlanPricing;
  /** The band and the probabilities, when the scenario names its onzekerheid. */
  simulatie?: SimulateRun;
}

export function runReport(env: Env, source: ScenarioSource, rulesFile?: string): Outcome<ReportRun> {
  const { value: run, diagnostics } = runForecast(env, source, rulesFile, 'buig report --rules');
  if (!run) return { diagnostics };
  const { acties, runner, scenario } = run.prepared;
  const pricing =
    acties.length === 0
      ? undefined
      : pricePlanWith(
          runner,
          acties.map((a) => a.actie),
        );
  if (pricing && 'problems' in pricing)
    return { diagnostics: [...diagnostics, ...pricing.problems.map((p) => problemDiagnostic(p, run.prepared.loaded.scenario, run.prepared.loaded.dataLabel, acties))] };
  const simulatie = scenario.onzekerheid ? { simulatie: simulatePrepared(run.prepared, { runs: STANDAARD_RUNS, seed: STANDAARD_SEED }, run) } : {};
  return { value: { run, ...(pricing ? { pricing } : {}), ...simulatie }, diagnostics };
}
