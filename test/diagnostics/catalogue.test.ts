// The catalogue against what the CLI really does, as the TypeScript compiler checks its
// diagnosticMessages.json: every code is emitted by some run of the whole CLI, not merely named
// in a test.

import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import { diagnostics as en } from '../../src/messages/en/diagnostics.js';
import { diagnostics as nl } from '../../src/messages/nl/diagnostics.js';
import { REPRODUCERS, runReproducer, type Run } from './reproducers.js';

const runs = new Map<string, Run>();

beforeAll(async () => {
  for (const r of REPRODUCERS) {
    // validate can say it in JSON; every other command says it on stderr.
    runs.set(r.name, await runReproducer(r, r.argv[0] === 'validate' ? ['--format', 'json'] : []));
  }
}, 120_000);

describe('the reproducers', () => {
  it('have names of their own', () => {
    expect(new Set(REPRODUCERS.map((r) => r.name)).size).toBe(REPRODUCERS.length);
  });

  it.each(REPRODUCERS.map((r) => [r.name, r] as const))('%s', (name, r) => {
    const run = runs.get(name)!;
    expect(run.code, run.stderr).toBe(r.exit);
    expect([...run.emitted], run.stderr + run.stdout).toEqual(expect.arrayContaining([...r.codes]));
  });
});

describe('the catalogue', () => {
  it('has every code emitted by a run of the CLI, and no code emitted that it lacks', () => {
    const emitted = new Set([...runs.values()].flatMap((run) => [...run.emitted]));
    const catalogue = Object.keys(CATALOGUE);
    expect(catalogue.filter((code) => !emitted.has(code)), 'codes no reproducer emits').toEqual([]);
    expect([...emitted].filter((code) => !catalogue.includes(code)), 'codes outside the catalogue').toEqual([]);
  });

  it('has a message and a hint in Dutch and in English for every code, and nothing else', () => {
    for (const messages of [nl, en]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(CATALOGUE).sort());
      for (const { message, hint } of Object.values(messages)) {
        for (const text of [message, hint]) expect(typeof text === 'function' || text.length > 5).toBe(true);
      }
    }
  });

  it('uses severities that match the codes (E = error, W = warning)', () => {
    for (const [code, entry] of Object.entries(CATALOGUE)) {
      expect(entry.severity, code).toBe(code.startsWith('BUIG-E') ? 'error' : 'warning');
    }
  });
});
