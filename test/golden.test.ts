// Golden output: what every command prints on the shipped scenarios, in every format and both
// languages, byte for byte, as the code printed it before a change. A change of output that is
// meant fails here until the golden files are made again with one command, `npm run golden` (it
// runs this file with BUIG_GOLDEN=write); then read the diff of test/golden/ and commit it with
// the change that explains it.
//
// To stay readable, a core set is kept as files (test/golden/NAME.EXT, reviewed by hand; stderr
// as NAME.stderr.txt when there is any, written files as NAME.FILE); every other case is kept as
// the SHA-256 of its bytes in test/golden/index.json, beside each case's command line and exit
// code. Both are compared byte for byte.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const DIR = 'test/golden';
const INDEX = join(DIR, 'index.json');
const WRITE = process.env.BUIG_GOLDEN === 'write';

interface Case {
  name: string;
  argv: string[];
  /** Files the command writes into a temporary folder (named by `{tmp}` in argv), kept beside stdout. */
  files?: string[];
  /** Kept as files to read (the core set); the others as hashes. */
  full?: boolean;
}

const SCENARIOS = { basis: 'scenarios/deventer-basis.json', statushouders: 'scenarios/deventer-statushouders.json', aanvalsplan: 'scenarios/deventer-aanvalsplan.json' };
const EXT: Record<string, string> = { table: 'txt', csv: 'csv', 'csv-nl': 'csv', json: 'json', md: 'md' };

/** Every format; both languages where the words differ (table, md; csv and json are language-free, tests check). */
function everyFormat(name: string, argv: string[], full: readonly string[] = []): Case[] {
  const cases = [
    ...['table', 'md'].flatMap((f) => (['nl', 'en'] as const).map((lang) => ({ name: `${name}.${f}.${lang}`, argv: [...argv, '--format', f, '--lang', lang] }))),
    ...['csv', 'csv-nl', 'json'].map((f) => ({ name: `${name}.${f}`, argv: [...argv, '--format', f] })),
  ];
  return cases.map((c) => ({ ...c, full: full.includes(c.name.slice(name.length + 1)) }));
}

const COMMANDS = ['validate', 'vangnet', 'forecast', 'plan', 'compare', 'report', 'check', 'init', 'schema'];

const CASES: Case[] = [
  ...everyFormat('forecast-basis', ['forecast', '--scenario', SCENARIOS.basis], ['table.nl', 'table.en', 'md.nl', 'csv', 'json']),
  ...everyFormat('forecast-statushouders', ['forecast', '--scenario', SCENARIOS.statushouders], ['csv']),
  ...everyFormat('forecast-aanvalsplan', ['forecast', '--scenario', SCENARIOS.aanvalsplan], ['table.nl']),
  { name: 'forecast-default', argv: ['forecast'] },
  { name: 'forecast-data', argv: ['forecast', '--data', 'data/deventer'], full: true },
  { name: 'forecast-basis-breed.csv', argv: ['forecast', '--format', 'csv', '--breed'], full: true },
  { name: 'forecast-basis-maanden.md', argv: ['forecast', '--maanden', '--format', 'md'] },
  { name: 'forecast-aanvalsplan-maanden.csv-nl', argv: ['forecast', '--scenario', SCENARIOS.aanvalsplan, '--maanden', '--format', 'csv-nl'] },
  { name: 'forecast-aanvalsplan-maanden.json', argv: ['forecast', '--scenario', SCENARIOS.aanvalsplan, '--maanden', '--format', 'json'] },
  { name: 'report-statushouders-out', argv: ['report', '--scenario', SCENARIOS.statushouders, '--out', '{tmp}/r.md'], files: ['r.md', 'r.svg'] },
  ...everyFormat('plan', ['plan'], ['table.nl', 'md.nl', 'csv']),
  { name: 'plan-breed.csv', argv: ['plan', '--format', 'csv', '--breed'] },
  { name: 'plan-doel', argv: ['plan', '--doel', '2024:saldo', '--vanaf', '2023-07', '--format', 'md'], full: true },
  { name: 'plan-doel.json', argv: ['plan', '--doel', '2024:saldo', '--vanaf', '2023-07', '--format', 'json'] },
  { name: 'plan-data-doel', argv: ['plan', '--data', 'data/deventer', '--doel', '2025:tekort_pct<=7,5'], full: true },
  ...everyFormat('compare', ['compare', SCENARIOS.basis, SCENARIOS.statushouders, SCENARIOS.aanvalsplan], ['table.nl', 'md.nl', 'csv']),
  { name: 'compare-alle', argv: ['compare', SCENARIOS.basis, SCENARIOS.aanvalsplan, '--alle'] },
  { name: 'compare-breed.csv', argv: ['compare', SCENARIOS.basis, SCENARIOS.aanvalsplan, '--format', 'csv', '--breed'] },
  ...everyFormat('vangnet-2022', ['vangnet', '--year', '2022', '--data', 'data/deventer'], ['table.nl', 'table.en', 'md.nl', 'md.en', 'csv', 'csv-nl', 'json']),
  { name: 'vangnet-2022-breed.csv', argv: ['vangnet', '--year', '2022', '--data', 'data/deventer', '--format', 'csv', '--breed'], full: true },
  {
    name: 'vangnet-2025-direct',
    argv: ['vangnet', '--year', '2025', '--budget', '10000000', '--lasten', '10700000', '--saldo', '2022=-600000/10000000', '--saldo', '2023=-500000/10000000', '--saldo', '2024=0/10000000'],
    full: true,
  },
  ...Object.entries(SCENARIOS).map(([s, file]) => ({ name: `report-${s}.nl`, argv: ['report', '--scenario', file], full: s === 'aanvalsplan' })),
  { name: 'report-aanvalsplan.en', argv: ['report', '--scenario', SCENARIOS.aanvalsplan, '--lang', 'en'] },
  { name: 'validate', argv: ['validate', '--data', 'data/deventer'], full: true },
  { name: 'validate.json', argv: ['validate', '--data', 'data/deventer', '--format', 'json'], full: true },
  { name: 'validate-scenario', argv: ['validate', '--scenario', SCENARIOS.aanvalsplan], full: true },
  { name: 'check', argv: ['check', 'test/verwachtingen/deventer.csv'], full: true },
  { name: 'schema', argv: ['schema'], full: true },
  { name: 'help.nl', argv: ['--help'], full: true },
  { name: 'help.en', argv: ['--help', '--lang', 'en'], full: true },
  { name: 'no-arguments', argv: [] },
  ...COMMANDS.map((c) => ({ name: `help-${c}.nl`, argv: [c, '--help'], full: true })),
  ...COMMANDS.map((c) => ({ name: `help-${c}.en`, argv: [c, '--help', '--lang', 'en'] })),
  { name: 'usage-unknown-command', argv: ['forcast'], full: true },
];

/** The file of stdout: the case's name with the extension of its format (`.txt` for text). */
function stdoutFile(c: Case): string {
  const format = c.argv.includes('--help')
    ? 'table'
    : c.argv.includes('--format')
      ? c.argv[c.argv.indexOf('--format') + 1]!
      : c.argv[0] === 'report'
        ? 'md'
        : c.argv[0] === 'schema'
          ? 'json'
          : 'table';
  const ext = EXT[format] ?? 'txt';
  // `plan.table.nl` -> `plan.nl.txt`, `plan.csv-nl` -> `plan.nl.csv`, `plan.json` -> `plan.json`.
  const name = c.name.replace(/\.(table|md|csv|csv-nl|json)(?=\.(nl|en)$|$)/, (_, f: string) => (f === 'csv-nl' ? '.nl' : ''));
  return `${name}.${ext}`;
}

async function runCase(c: Case): Promise<{ code: number; outputs: Map<string, string> }> {
  const tmp = c.files ? mkdtempSync(join(tmpdir(), 'buig-golden-')) : '';
  try {
    const r = await cli(c.argv.map((a) => a.replace('{tmp}', tmp)));
    const outputs = new Map<string, string>([[stdoutFile(c), r.stdout]]);
    // The temporary folder differs per run: name it as the case does.
    const stderr = tmp ? r.stderr.split(tmp).join('{tmp}') : r.stderr;
    if (stderr) outputs.set(`${c.name}.stderr.txt`, stderr);
    // The temporary folder's name is in a file too (report's line to make it again): named as in argv.
    for (const f of c.files ?? []) outputs.set(`${c.name}.${f}`, readFileSync(join(tmp, f), 'utf8').split(tmp).join('{tmp}'));
    return { code: r.code, outputs };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

interface Entry {
  argv: string[];
  exit: number;
  /** Per output: `file` (kept in test/golden/) or its SHA-256. */
  outputs: Record<string, string>;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** One line per case, so that a diff of the index shows which cases changed. */
function indexText(index: Record<string, Entry>): string {
  return `{\n${Object.entries(index)
    .map(([name, e]) => `  ${JSON.stringify(name)}: ${JSON.stringify(e)}`)
    .join(',\n')}\n}\n`;
}

describe('golden output of the shipped scenarios', () => {
  if (WRITE) {
    it('writes test/golden/ (BUIG_GOLDEN=write)', async () => {
      for (const f of readdirSync(DIR)) rmSync(join(DIR, f));
      const index: Record<string, Entry> = {};
      for (const c of CASES) {
        const { code, outputs } = await runCase(c);
        const kept: Record<string, string> = {};
        for (const [file, text] of outputs) {
          if (c.full) writeFileSync(join(DIR, file), text);
          kept[file] = c.full ? 'file' : sha256(text);
        }
        index[c.name] = { argv: c.argv, exit: code, outputs: kept };
      }
      writeFileSync(INDEX, indexText(index));
    }, 600_000);
    return;
  }

  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as Record<string, Entry>;

  it('has a golden set for exactly these cases (npm run golden makes it)', () => {
    expect(Object.keys(index)).toEqual(CASES.map((c) => c.name));
    for (const c of CASES) expect(index[c.name]!.argv, c.name).toEqual(c.argv);
    const listed = new Set(['index.json', ...Object.values(index).flatMap((e) => Object.keys(e.outputs).filter((f) => e.outputs[f] === 'file'))]);
    expect(readdirSync(DIR).filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'buig %s',
    async (_, c) => {
      const { code, outputs } = await runCase(c);
      const expected = index[c.name]!;
      expect([...outputs.keys()], 'the outputs of the case').toEqual(Object.keys(expected.outputs));
      for (const [file, text] of outputs) {
        const why = `${file} differs from the golden output; if that is meant, run npm run golden and review the diff`;
        // toBe on the text, not toEqual on parsed values: the bytes are the contract.
        if (expected.outputs[file] === 'file') expect(text, why).toBe(readFileSync(join(DIR, file), 'utf8'));
        else expect(sha256(text), why).toBe(expected.outputs[file]);
      }
      expect(code, 'exit code').toBe(expected.exit);
    },
    60_000,
  );
});
