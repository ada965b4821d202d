// Issue 11: the fuzz suite. fast-check writes hostile CSV cells, scenario values, rules values
// and flag values, and each case runs through the whole CLI (in a worker thread of this
// process, on the build in dist/, like bin/buig.js). Whatever the input: never exit 70, never a
// thrown error, never a hang (a case has a time limit; the worker is stopped when it passes),
// and a successful JSON report holds no NaN and no Infinity.
//
// A fixed seed and a bounded number of cases in `npm test`; `npm run fuzz` runs more cases from
// a random seed it prints (settings.ts). The figures of a run are printed at the end.

import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { smallData } from '../diagnostics/reproducers.js';
import { budgetMs, runs, SEED } from './settings.js';

/** The longest a single case may take before it counts as a hang. */
const LIMIT_MS = Number(process.env.BUIG_FUZZ_LIMIT_MS ?? 30_000);
/** The exit codes of the contract for a run without output files: 70 (internal error) is not among them. */
const ALLOWED = [0, 1, 64, 65, 66];

type Result = { code: number; stdout: string; stderr: string } | { thrown: string } | { hang: true };

/** One worker running the CLI, replaced when a case hangs. */
class CliWorker {
  private worker: Worker | undefined;
  private id = 0;

  private start(): Worker {
    this.worker ??= new Worker(new URL('./fuzz-worker.mjs', import.meta.url));
    return this.worker;
  }

  run(argv: string[], cwd: string): Promise<Result> {
    const worker = this.start();
    const id = ++this.id;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = undefined;
        resolve({ hang: true });
      }, LIMIT_MS);
      const onMessage = (m: { id: number } & Result) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        const { id: _, ...result } = m;
        resolve(result as Result);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, argv, cwd });
    });
  }

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}

const worker = new CliWorker();
/** Per suite: how many cases ran and how each ended, printed at the end. */
const figures = new Map<string, Map<string, number>>();

afterAll(async () => {
  await worker.close();
  const lines = [...figures].map(([suite, ends]) => {
    const total = [...ends.values()].reduce((a, b) => a + b, 0);
    return `  ${suite}: ${total} cases (${[...ends]
      .sort((a, b) => b[1] - a[1])
      .map(([end, n]) => `${end}: ${n}`)
      .join(', ')})`;
  });
  console.log(`fuzz: seed ${SEED}\n${lines.join('\n')}`);
});

/** Run one case in a fresh folder; fail with everything needed to replay it. */
async function runCase(suite: string, files: Record<string, string>, argv: string[]): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'buig-fuzz-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const result = await worker.run(argv, root);
  rmSync(root, { recursive: true, force: true });
  // An exit 65 by the first code it reports, to see which checks the cases reach.
  const code = 'code' in result && result.code === 65 ? / (BUIG-E\d{3}):/.exec(result.stderr)?.[1] : undefined;
  const end = 'hang' in result ? 'hang' : 'thrown' in result ? 'thrown' : `exit ${result.code}${code ? ` ${code}` : ''}`;
  const ends = figures.get(suite) ?? figures.set(suite, new Map()).get(suite)!;
  ends.set(end, (ends.get(end) ?? 0) + 1);
  const replay = `buig ${argv.join(' ')}\nfiles: ${JSON.stringify(files, null, 1)}`;
  expect('hang' in result, `hang (over ${LIMIT_MS} ms): ${replay}`).toBe(false);
  if ('thrown' in result) expect.fail(`thrown: ${result.thrown}\n${replay}`);
  if ('hang' in result) return;
  expect(ALLOWED, `exit ${result.code}: ${result.stderr}\n${replay}`).toContain(result.code);
  expect(result.stderr, replay).not.toMatch(/interne fout|internal error/);
  if (result.code === 0 && argv.includes('json')) expect(result.stdout, replay).not.toMatch(/NaN|Infinity/);
}

// --- what a hostile user types ------------------------------------------------------------------
// Each value is mostly plausible (so that a case reaches the model) and now and then hostile.

const hostileNumber = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
  fc.double().map(String),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => `${Math.floor(n / 100)},${n % 100}`),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '1E-400',
    '-0',
    '0',
    '00',
    '1.234,56',
    '1,234.56',
    '€ 12',
    '12%',
    '0x10',
    '1_000',
    '١٢٣',
    '１２',
    '.5',
    '5.',
    '--5',
    '+5',
    ' 7 ',
    '2.551',
    '36.896',
    '1.000.000,00',
    '999999999999999999999',
    '',
  ),
);
/** A plausible number between lo and hi, in hundredths, as text ("12.34") or as a whole number. */
const plausible = (lo: number, hi: number) =>
  fc.oneof(
    fc.integer({ min: lo, max: hi }).map(String),
    fc.integer({ min: lo * 100, max: hi * 100 }).map((n) => (n / 100).toFixed(2)),
  );
const numberIn = (lo: number, hi: number) => fc.oneof({ weight: 4, arbitrary: plausible(lo, hi) }, { weight: 1, arbitrary: hostileNumber });
const monthText = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom('2022-13', '9999-12', '0000-01', '1989-12', '2101-01', '2100-12', '2022-1', '22-01', 'okt-24', '1-10-2024', '2022/03', '2023-00', '2052-12', '2053-01'),
      fc.tuple(fc.integer({ min: 1980, max: 2200 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    ),
  },
);
const wordText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'PW',
    'pw',
    'WWB',
    'Bbz',
    'LKS',
    'IOAW',
    'definitief',
    'voorlopig',
    'nader voorlopig',
    '=1+1',
    '"',
    '""',
    ';',
    ',',
    '\t',
    '# x',
    '\u00a0',
    '\u0000',
    'uitstroom',
    'instroom',
    'lks',
    'verlaging',
  ),
);
/** A cell for a column: mostly of the column's own kind, now and then anything. */
function cellFor(column: string): fc.Arbitrary<string> {
  const own =
    column === 'maand'
      ? monthText.map((m) => m.replace(/^202[3-7]/, '2022'))
      : column === 'jaar'
        ? fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 2019, max: 2027 }).map(String) }, { weight: 1, arbitrary: hostileNumber })
        : column === 'regeling'
          ? fc.constantFrom('PW', 'IOAW', 'BBZ', 'pw', 'Bbz', 'PX')
          : column === 'fase'
            ? fc.constantFrom('definitief', 'voorlopig', 'nader voorlopig', 'definitef')
            : ['aantal', 'instroom', 'uitstroom'].includes(column)
              ? numberIn(0, 200)
              : numberIn(0, 50_000_000);
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: fc.oneof(hostileNumber, monthText, wordText) });
}
/** A JSON value where a number belongs: mostly a plausible one (as a number or as text), now and then anything JSON has. */
const jsonIn = (lo: number, hi: number, hostile = 2): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: plausible(lo, hi) },
    { weight: 8, arbitrary: plausible(lo, hi).map(Number) },
    { weight: hostile, arbitrary: fc.oneof(hostileNumber, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(null, true, {}, [], '')) },
  );
const yearKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2023', '2024', '2025', '2026') },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('1999', '2100', '23', 'abc'), fc.integer({ min: 1900, max: 2200 }).map(String)) },
);
const perYear = (lo: number, hi: number) => fc.dictionary(yearKey, jsonIn(lo, hi), { minKeys: 1, maxKeys: 3 });

// --- CSV cells -------------------------------------------------------------------------------

const DATA: Record<string, string> = { ...smallData(), 'prijzen.csv': 'jaar,regeling,prijs\n2022,PW,110000\n' };
const FILES = Object.keys(DATA);

/** A cell of a file (line, column) and its new text, chosen for that column. */
const cellMutation = fc.record({ file: fc.constantFrom(...FILES), line: fc.nat(), column: fc.nat() }).chain(({ file, line, column }) => {
  const header = DATA[file]!.split('\n')[0]!.split(',');
  return cellFor(header[column % header.length]!).map((text) => ({ soort: 'cel' as const, file, line, column, text }));
});
const mutation = fc.oneof(
  { weight: 8, arbitrary: cellMutation },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('regel' as const), file: fc.constantFrom(...FILES), cells: fc.array(fc.oneof(hostileNumber, monthText, wordText), { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('weg' as const), file: fc.constantFrom(...FILES), line: fc.nat() }) },
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(files: Record<string, string>, m: Mutation): void {
  const lines = files[m.file]!.replace(/\n$/, '').split('\n');
  if (m.soort === 'regel') lines.push(m.cells.join(','));
  else if (m.soort === 'weg') lines.splice(1 + (m.line % Math.max(1, lines.length - 1)), 1);
  else {
    // Mostly data cells; the header now and then.
    const at = m.line % 10 === 0 ? 0 : 1 + (m.line % Math.max(1, lines.length - 1));
    const cells = (lines[at] ?? '').split(',');
    cells[m.column % cells.length] = m.text;
    lines[at] = cells.join(',');
  }
  files[m.file] = `${lines.join('\n')}\n`;
}

const CELL_COMMANDS = [
  ['validate', '--data', 'd', '--format', 'json'],
  ['forecast', '--data', 'd', '--format', 'json'],
  ['vangnet', '--year', '2022', '--data', 'd', '--format', 'json'],
  ['plan', '--data', 'd', '--doel', '2024:saldo', '--format', 'json'],
];

// --- scenario values -----------------------------------------------------------------------------

const actieArb = fc.record(
  {
    code: fc.oneof(fc.constantFrom('A1', 'A2', 'A3', '=1+1'), fc.string({ maxLength: 4 })),
    naam: wordText,
    hefboom: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('instroom', 'uitstroom', 'lks', 'verlaging') }, { weight: 1, arbitrary: wordText }),
    aantal: jsonIn(0, 400),
    start: monthText,
    ingroei_maanden: jsonIn(1, 36),
    herinstroom_pct: jsonIn(0, 100),
    herinstroom_na_maanden: jsonIn(1, 24),
    kosten: jsonIn(0, 1_000_000),
    lks_prijs: jsonIn(0, 20_000),
    verlaging_pct: jsonIn(0, 100),
    regeling: fc.constantFrom('PW', 'BBZ', 'pw'),
  },
  { requiredKeys: ['code', 'naam', 'hefboom', 'aantal', 'start'] },
);

/** Each key of a scenario with its plausible range; a case sets one to three of them. */
const SCENARIO_KEYS: Record<string, fc.Arbitrary<[string[], unknown]>> = {
  horizon: monthText.map((tot) => [['horizon', 'tot'], tot]),
  basisperiode: fc.tuple(monthText, monthText).map(([van, tot]) => [['basisperiode'], { van: van.replace(/^202[3-7]/, '2021'), tot: tot.replace(/^202[3-7]/, '2022') }]),
  instroom_factor: jsonIn(0, 3).map((v) => [['aannames', 'instroom_factor'], v]),
  uitstroom_factor: jsonIn(0, 3).map((v) => [['aannames', 'uitstroom_factor'], v]),
  budget_groei_pct: jsonIn(-20, 30).map((v) => [['aannames', 'budget_groei_pct'], v]),
  prijsindex_pct: perYear(-20, 30).map((v) => [['aannames', 'prijsindex_pct'], v]),
  budget: perYear(1_000_000, 30_000_000).map((v) => [['aannames', 'budget'], v]),
  baten: perYear(0, 5_000_000).map((v) => [['aannames', 'baten'], v]),
  macrobudget: perYear(1_000_000_000, 9_000_000_000).map((v) => [['aannames', 'macrobudget'], v]),
  macro_volume_pct: perYear(-20, 30).map((v) => [['aannames', 'macro_volume_pct'], v]),
  aandeel_pct: perYear(0, 2).map((v) => [['aannames', 'aandeel_pct'], v]),
  bijstelling_pct: perYear(-20, 30).map((v) => [['aannames', 'bijstelling_pct'], v]),
  lks_budget: fc.record({ vertraging_jaren: fc.integer({ min: -2, max: 12 }), vergoeding_pct: jsonIn(0, 100) }).map((v) => [['aannames', 'lks_budget'], v]),
  schokken: fc
    .array(fc.record({ maand: monthText, regeling: fc.oneof({ weight: 5, arbitrary: fc.constant('PW') }, { weight: 1, arbitrary: wordText }), instroom: jsonIn(-150, 150) }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((v) => [['schokken'], v]),
  taakstelling: fc.record({ aantal: jsonIn(1, 100), maand: monthText }).map((v) => [['taakstelling'], v]),
  aanvalsplan: fc.array(actieArb, { minLength: 1, maxLength: 3 }).map((v) => [['aanvalsplan'], v]),
};

/** A scenario setting one to three keys. */
const scenarioArb = fc.uniqueArray(fc.constantFrom(...Object.keys(SCENARIO_KEYS)), { minLength: 1, maxLength: 3 }).chain((keys) =>
  fc.tuple(...keys.map((k) => SCENARIO_KEYS[k]!)).map((entries) => {
    const scenario: Record<string, unknown> = {};
    for (const [path, value] of entries) {
      let at = scenario;
      for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[path[path.length - 1]!] = value;
    }
    return scenario;
  }),
);

const SCENARIO_COMMANDS = [
  ['forecast', '--scenario', 's.json', '--format', 'json'],
  ['plan', '--scenario', 's.json', '--doel', '2025:saldo', '--format', 'json'],
  ['simulate', '--scenario', 's.json', '--runs', '20', '--format', 'json'],
  ['compare', 's.json', 's.json', '--format', 'json'],
];

// --- rules values ------------------------------------------------------------------------------

const routeArb = fc.record(
  {
    naam: fc.constantFrom('regulier', 'uitgebreid'),
    drempel: fc.record({ pct: jsonIn(0, 15, 1) }),
    meerjarig: fc.oneof(
      fc.constant(null),
      fc.record({
        soort: fc.constant('cumulatief'),
        van: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -3, max: 0 }) }, { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5 }) }),
        grens_pct: jsonIn(0, 15, 1),
      }),
      fc
        .record({
          soort: fc.constant('tekortjaren'),
          a: fc.integer({ min: -4, max: 0 }),
          b: fc.integer({ min: -4, max: 0 }),
          minimum: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 2 }) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 6 }) }),
          grens_pct: jsonIn(0, 15, 1),
        })
        .map(({ a, b, ...m }) => ({ ...m, van: Math.min(a, b), tot: Math.max(a, b) })),
    ),
    treden: fc.record({ eigen_risico_pct: jsonIn(0, 10, 1), boven_pct: jsonIn(10, 20, 1), midden_vergoeding_pct: jsonIn(0, 100, 1) }, { requiredKeys: ['eigen_risico_pct', 'boven_pct'] }),
  },
  { requiredKeys: ['naam', 'drempel', 'treden'] },
);
/** One to three rules over the years 2022-2028 (so they overlap now and then). */
const rulesArb = fc
  .array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      van: fc.integer({ min: 2022, max: 2028 }),
      lengte: fc.integer({ min: 0, max: 2 }),
      routes: fc.uniqueArray(routeArb, { minLength: 1, maxLength: 2, selector: (r) => r.naam }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((rules) => rules.map(({ lengte, ...r }) => ({ ...r, tot: r.van + lengte, bron: 'fuzz' })));

// --- the suites ----------------------------------------------------------------------------------

describe('fuzz: nothing a user types ends in exit 70, a thrown error or a hang', () => {
  it(
    'CSV cells',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...CELL_COMMANDS), async (mutations, argv) => {
          const files = { ...DATA };
          for (const m of mutations) mutate(files, m);
          await runCase('CSV cells', Object.fromEntries(Object.entries(files).map(([k, v]) => [`d/${k}`, v])), argv);
        }),
        { seed: SEED, numRuns: runs(40), endOnFailure: true },
      );
    },
    budgetMs(40, 3000),
  );

  it(
    'scenario values',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, fc.constantFrom(...SCENARIO_COMMANDS), async (extra, argv) => {
          const files = { 's.json': JSON.stringify({ naam: 'fuzz', data: 'd', ...extra }, null, 2), ...Object.fromEntries(Object.entries(DATA).map(([k, v]) => [`d/${k}`, v])) };
          await runCase('scenario values', files, argv);
        }),
        { seed: SEED, numRuns: runs(40), endOnFailure: true },
      );
    },
    budgetMs(40, 3000),
  );

  it(
    'rules values',
    async () => {
      const direct = fc
        .tuple(fc.integer({ min: 2022, max: 2030 }), numberIn(1_000_000, 20_000_000), numberIn(1_000_000, 25_000_000))
        .map(([year, budget, lasten]) => ['vangnet', '--year', String(year), '--budget', budget, '--lasten', lasten, '--rules', 'r.json', '--format', 'json']);
      const withData = fc.constant(['forecast', '--data', 'd', '--rules', 'r.json', '--format', 'json'] as string[]);
      await fc.assert(
        fc.asyncProperty(rulesArb, fc.oneof(direct, withData), async (rules, argv) => {
          const files = { 'r.json': JSON.stringify(rules, null, 2), ...Object.fromEntries(Object.entries(DATA).map(([k, v]) => [`d/${k}`, v])) };
          await runCase('rules values', files, argv);
        }),
        { seed: SEED, numRuns: runs(40), endOnFailure: true },
      );
    },
    budgetMs(40, 3000),
  );

  it(
    'flag values',
    async () => {
      const year = fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 2015, max: 2030 }).map(String) },
        { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1900, max: 2200 }).map(String), wordText, hostileNumber) },
      );
      const saldo = fc.tuple(year, numberIn(-5_000_000, 5_000_000), fc.option(numberIn(1_000_000, 20_000_000))).map(([y, s, b]) => `${y}=${s}${b === null ? '' : `/${b}`}`);
      const argvArb = fc
        .tuple(year, numberIn(1_000_000, 20_000_000), numberIn(1_000_000, 25_000_000), fc.array(saldo, { maxLength: 3 }))
        .map(([y, budget, lasten, saldi]) => ['vangnet', '--year', y, '--budget', budget, '--lasten', lasten, ...saldi.flatMap((s) => ['--saldo', s]), '--format', 'json']);
      await fc.assert(
        fc.asyncProperty(argvArb, async (argv) => runCase('flag values', {}, argv)),
        { seed: SEED, numRuns: runs(40), endOnFailure: true },
      );
    },
    budgetMs(40, 3000),
  );
});
