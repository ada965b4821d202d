// `buig simulate`: a scenario prepared as for forecast, its deterministic run (with its acties),
// then the Monte Carlo paths on a seeded pure-rand generator: xoroshiro128+ from the seed, and
// run r on the generator jumped r + 1 times (2^64 draws apart), so run r's draws depend only on
// the seed and r, whatever the order or the split of the runs.

import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import type { Onzekerheid } from '../domain/forecast/scenario.js';
import { STANDAARD_ONZEKERHEID } from '../domain/simulate/settings.js';
import { simulate, type Simulatie } from '../domain/simulate/simulate.js';
import type { Uniform } from '../domain/simulate/random.js';
import { forecastRun, type ForecastRun } from './forecast.js';
import type { Env, Outcome } from './outcome.js';
import { prepareRun, type Prepared } from './prepare.js';
import { loadRules } from './rules.js';
import type { ScenarioSource } from './scenario.js';

export const STANDAARD_RUNS = 10_000;
export const STANDAARD_SEED = 1;

export interface SimulateRequest {
  source: ScenarioSource;
  rulesFile?: string;
  runs: number;
  seed: number;
  perMaand?: boolean;
  /** Replaces the scenario's onzekerheid (tests: every source off). */
  onzekerheid?: Onzekerheid;
  voortgang?: (klaar: number, totaal: number) => void;
}

export interface SimulateRun {
  run: ForecastRun;
  simulatie: Simulatie;
  runs: number;
  seed: number;
  onzekerheid: Onzekerheid;
  /** Whether the scenario named its onzekerheid (else every source at its default). */
  gezet: boolean;
}

/** A uniform source per run: run r's generator is the seed's generator jumped r + 1 times. */
export function generators(seed: number): (run: number) => Uniform {
  const base = xoroshiro128plus(seed);
  let last = { run: -1, gen: base };
  return (run: number) => {
    let { run: at, gen } = run > last.run ? last : { run: -1, gen: base };
    gen = gen.clone() as JumpableRandomGenerator;
    for (; at < run; at++) gen.jump();
    last = { run, gen };
    const g = gen.clone();
    // 32 random bits, centred in their interval: never 0, never 1.
    return () => ((g.next() >>> 0) + 0.5) / 4294967296;
  };
}

/** Simulate a prepared scenario. */
export function simulatePrepared(prepared: Prepared, request: Omit<SimulateRequest, 'source' | 'rulesFile'>, forecast?: ForecastRun): SimulateRun {
  const run = forecast ?? forecastRun(prepared);
  const acties = prepared.acties.map((a) => a.actie);
  const onzekerheid = request.onzekerheid ?? prepared.scenario.onzekerheid ?? STANDAARD_ONZEKERHEID;
  const simulatie = simulate({
    forecast: run.forecast,
    data: prepared.data,
    schokken: prepared.scenario.schokken,
    acties,
    actieEffecten: acties.map((a) => prepared.runner.effectOf(a)),
    onzekerheid,
    runs: request.runs,
    rngFor: generators(request.seed),
    ...(request.perMaand ? { perMaand: true } : {}),
    ...(request.voortgang ? { voortgang: request.voortgang } : {}),
  });
  return { run, simulatie, runs: request.runs, seed: request.seed, onzekerheid, gezet: prepared.scenario.onzekerheid !== undefined };
}

export function runSimulate(env: Env, request: SimulateRequest): Outcome<SimulateRun> {
  const rules = loadRules(env, request.rulesFile, 'buig simulate --rules');
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const { value: prepared, diagnostics } = prepareRun(env, request.source, rules.value);
  if (!prepared) return { diagnostics: [...rules.diagnostics, ...diagnostics] };
  return { value: simulatePrepared(prepared, request), diagnostics: [...rules.diagnostics, ...diagnostics] };
}
