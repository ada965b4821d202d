// The catalogue against what the CLI really does, as the TypeScript compiler checks its
// diagnosticMessages.json: every code is emitted by some run of the whole CLI (not merely named
// in a test), and under --lang en no Dutch prose gets into a message through its parameters.

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
    expect(
      catalogue.filter((code) => !emitted.has(code)),
      'codes no reproducer emits',
    ).toEqual([]);
    expect(
      [...emitted].filter((code) => !catalogue.includes(code)),
      'codes outside the catalogue',
    ).toEqual([]);
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

/**
 * Dutch words that have no place in English text. Dutch domain terms (regeling, tekort, vangnet,
 * instroom, budget, lasten, the fases), column and key names (jaar, maand) and file names do
 * belong there and are not listed; nor is 'van', a key of a rules file and of a basisperiode.
 */
const DUTCH_WORDS = [
  'de',
  'het',
  'een',
  'niet',
  'moet',
  'mag',
  'bij',
  'en',
  'op',
  'voor',
  'met',
  'zijn',
  'wordt',
  'geen',
  'heeft',
  'maar',
  'elke',
  'ligt',
  'liggen',
  'tussen',
  'staat',
  'dan',
  'kan',
  'naar',
  'als',
  'ook',
  'deze',
  'die',
  'dat',
  'hier',
  'combinatie',
  'onbekend',
  'onbekende',
  'ongeldig',
  'ongeldige',
  'bestand',
  'alle',
  'jaren',
  'totaal',
  'verwacht',
  'zoals',
  'keer',
  'voorkomen',
  'getal',
  'kolom',
  'bekend',
  'vorm',
  'waarde',
  'ontbreekt',
  'bedoelde',
  'kopregel',
  'scheidingsteken',
  'gegevens',
  'leeg',
  'eerder',
  'schrijf',
  'controleer',
  'voeg',
  'kies',
  'zie',
];
const DUTCH_PHRASES = ['alle jaren', 'totaal en per', 'tot en met'];

/**
 * The Dutch in a text: words standing on their own (a word inside a dotted path, a file name or
 * quotes is a key or a value, not prose), and phrases. The offending source line echoed under a
 * diagnostic (`  12 | ...`) and its underline are file content, not prose, and are skipped.
 */
function dutchIn(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*\d*\s\|/.test(line)) continue;
    const tokens = line.toLowerCase().split(/[\s(),;:!?]+/);
    for (const w of DUTCH_WORDS) if (tokens.includes(w)) found.push(`'${w}' in: ${line.trim()}`);
    for (const p of DUTCH_PHRASES) if (line.toLowerCase().includes(p)) found.push(`'${p}' in: ${line.trim()}`);
  }
  return found;
}

describe('--lang en', () => {
  it('finds the Dutch it looks for', () => {
    expect(dutchIn('a.csv:4:1: error BUIG-E018: 2022 (totaal en per regeling) appears twice\n  hint: each combinatie van jaar en fase may appear only once')).toHaveLength(5);
    expect(dutchIn("  4 | 2022,een,het\n  hint: 'het' and basisperiode.van, tot: regels.json: keys and values, jaar en fase")).toEqual([
      "'en' in: hint: 'het' and basisperiode.van, tot: regels.json: keys and values, jaar en fase",
    ]);
  });

  it.each(REPRODUCERS.map((r) => [r.name, r] as const))('%s: no Dutch prose on stderr', async (_, r) => {
    const run = await runReproducer(r, ['--lang', 'en']);
    expect(run.code).toBe(r.exit);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(dutchIn(run.stderr)).toEqual([]);
  });
});
