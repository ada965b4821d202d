// A scenario's forecast: the base run, or with an aanvalsplan the run with its acties' effects.

import type { Forecast } from '../domain/forecast/forecast.js';
import type { PlanEffects } from '../domain/plan/effects.js';
import { stops, type Env, type Outcome } from './outcome.js';
import { loadRules } from './rules.js';
import { prepareRun, type Prepared } from './prepare.js';
import type { ScenarioSource } from './scenario.js';

export interface ForecastRun {
  prepared: Prepared;
  forecast: Forecast;
  /** The effects of the acties, when the scenario has any. */
  effects?: PlanEffects;
}

export function forecastRun(prepared: Prepared): ForecastRun {
  const { acties, runner, planRun } = prepared;
  if (acties.length === 0) return { prepared, forecast: runner.base };
  return { prepared, forecast: planRun.forecast, effects: planRun.effects };
}

/** Prepare a scenario (with the rules of --rules, when given) and run its forecast. */
export function runForecast(env: Env, source: ScenarioSource, rulesFile?: string, purpose = 'buig forecast --rules'): Outcome<ForecastRun> {
  const rules = loadRules(env, rulesFile, purpose);
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const { value, diagnostics } = prepareRun(env, source, rules.value);
  return { ...(value ? { value: forecastRun(value) } : {}), diagnostics: [...rules.diagnostics, ...diagnostics] };
}

/** Several scenarios with the same rules (buig compare): every scenario's problems at once. */
export function runForecasts(env: Env, files: readonly string[], rulesFile?: string): Outcome<ForecastRun[]> {
  const rules = loadRules(env, rulesFile, 'buig compare --rules');
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const diagnostics = [...rules.diagnostics];
  const runs: ForecastRun[] = [];
  for (const file of files) {
    const prepared = prepareRun(env, { scenario: file }, rules.value);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.value) runs.push(forecastRun(prepared.value));
  }
  return runs.length === files.length && !stops(diagnostics) ? { value: runs, diagnostics } : { diagnostics };
}
