// Plan pricing is linear in the number of acties: each actie's effects are computed once (they
// are linear in the model, docs/model.md section 5) and summed per run; the plan without an
// actie is the plan's effects minus that actie's. Counted, not timed.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/app/plan.js';
import type { Actie } from '../../src/domain/plan/actie.js';
import { actieEffect, sumEffects, withoutEffect, type PlanEffects } from '../../src/domain/plan/effects.js';
import { planRunner, pricePlanWith } from '../../src/domain/plan/price.js';
import { D, ZERO } from '../../src/money.js';
import { asMonth } from '../../src/period.js';
import { readDataFolder } from '../../src/read/dataFolder.js';
import { readScenarioFile } from '../../src/read/scenarioFile.js';

const env = { cwd: process.cwd(), lang: 'nl' as const };

function deventerRunner() {
  const read = readScenarioFile('s', readFileSync('scenarios/deventer-basis.json'), 'nl');
  const runner = planRunner({ data: readDataFolder('data/deventer', ['forecast']).data, scenario: read.scenario! });
  if ('problems' in runner) throw new Error('no base run');
  return runner;
}

/** `n` acties over every lever, starting in 2023 and 2024, some on IOAW. */
function synthetic(n: number): Actie[] {
  const levers = ['instroom', 'uitstroom', 'lks', 'verlaging'] as const;
  return Array.from({ length: n }, (_, i) => ({
    code: `A${i}`,
    naam: `actie ${i}`,
    hefboom: levers[i % 4]!,
    aantal: 1 + ((i * 7) % 30),
    start: asMonth(`${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}`),
    ingroei_maanden: 1 + ((i * 5) % 24),
    // All on PW, the largest regeling: a plan whose acties drive a stand below zero is refused.
    regeling: 'PW',
    herinstroom_pct: levers[i % 4] === 'uitstroom' ? D(15) : ZERO,
    herinstroom_na_maanden: 6 + (i % 12),
    kosten: D(1000 * (i % 50)),
    ...(levers[i % 4] === 'lks' ? { lks_prijs: D(9000) } : {}),
    ...(levers[i % 4] === 'verlaging' ? { verlaging_pct: D(20) } : {}),
  }));
}

describe('plan pricing is linear in the acties', () => {
  it('computes the effects of each of the 27 Deventer acties once in a buig plan run', () => {
    const { value: run } = runPlan(env, { source: {} });
    const n = run!.prepared.acties.length;
    expect(n).toBe(27);
    expect(run!.prepared.runner.telling.effecten).toBe(n);
    expect(run!.pricing.acties).toHaveLength(n);
  });

  it.each([1, 2, 10, 60])('computes the effects of %i synthetic acties once each, and runs the forecast 2n+1 times', (n) => {
    const runner = deventerRunner();
    const pricing = pricePlanWith(runner, synthetic(n));
    expect(runner.telling.effecten).toBe(n);
    // The plan, each actie alone and, with more than one actie, the plan without each; one actie
    // alone is the plan itself, the run kept.
    expect(runner.telling.runs).toBe(n === 1 ? 1 : 2 * n + 1);
    expect('acties' in pricing && pricing.acties.map((a) => a.actie.code)).toEqual(synthetic(n).map((a) => a.code));
  });

  it('gives the same effects for the plan without an actie as summing the others', () => {
    const runner = deventerRunner();
    const acties = synthetic(12);
    const own = acties.map((a) => actieEffect(a, runner.ctx));
    const total = sumEffects(own);
    const close = (a: PlanEffects, b: PlanEffects) => {
      const flat = (e: PlanEffects) =>
        new Map([
          ...[...e.series].flatMap(([id, s]) => (['extraInstroom', 'extraUitstroom', 'herinstroom'] as const).flatMap((k) => [...s[k]].map(([m, v]) => [`${id} ${k} ${m}`, v] as const))),
          ...[...e.extraLasten].map(([j, v]) => [`lasten ${j}`, v] as const),
        ]);
      const fa = flat(a);
      const fb = flat(b);
      for (const key of new Set([...fa.keys(), ...fb.keys()]))
        expect(
          (fa.get(key) ?? ZERO)
            .minus(fb.get(key) ?? ZERO)
            .abs()
            .lt('1e-30'),
          key,
        ).toBe(true);
    };
    for (const k of acties.keys()) close(withoutEffect(total, own[k]!), sumEffects(own.filter((_, i) => i !== k)));
  });
});
