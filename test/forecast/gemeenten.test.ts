// Many gemeenten in one run: `buig forecast --data A B C` and a folder of data folders. One
// table with a row per gemeente and year in every format; a broken folder is reported with its
// file and line and left out, the others are written, and the run exits 65.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

/** A folder `regio` with Deventer three times: a (as shipped), b (named Bathmen), c (a misspelt fase on line 12). */
function regio(): string {
  const root = mkdtempSync(join(tmpdir(), 'buig-regio-'));
  for (const g of ['a', 'b', 'c']) cpSync('data/deventer', join(root, 'regio', g), { recursive: true });
  writeFileSync(join(root, 'regio', 'b', 'gemeente.json'), '{ "naam": "Bathmen" }\n');
  const budget = join(root, 'regio', 'c', 'budget.csv');
  const lines = readFileSync(budget, 'utf8').split('\n');
  expect(lines[11]).toMatch(/^2022,definitief,/);
  lines[11] = lines[11]!.replace('definitief', 'definitef');
  writeFileSync(budget, lines.join('\n'));
  return root;
}

const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

describe('buig forecast --data A B C', () => {
  it('writes the good gemeenten, reports the broken one with its file and line, and exits 65', async () => {
    const root = regio();
    const r = await cli(['forecast', '--data', 'regio/a', 'regio/b', 'regio/c', '--format', 'csv'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`${join('regio', 'c', 'budget.csv')}:12:6: error BUIG-E015: onbekende fase 'definitef'`);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['gemeente', 'map', 'jaar', 'soort', 'grootheid', 'waarde']);
    const keys = new Set(rows.slice(1).map((c) => `${c[0]} ${c[1]} ${c[2]}`));
    expect([...keys]).toEqual([...years.map((y) => `Deventer regio/a ${y}`), ...years.map((y) => `Bathmen regio/b ${y}`)]);
  });

  it('reads a folder of data folders in the order of their names, and skips hidden ones', async () => {
    const root = regio();
    cpSync('data/deventer', join(root, 'regio', '.oud'), { recursive: true });
    const r = await cli(['forecast', '--data', 'regio', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(65);
    const json = JSON.parse(r.stdout) as { gemeenten: { gemeente: string; map: string }[]; jaren: { gemeente: string; map: string; jaar: number }[] };
    expect(json.gemeenten.map((g) => [g.gemeente, g.map])).toEqual([
      ['Deventer', join('regio', 'a')],
      ['Bathmen', join('regio', 'b')],
    ]);
    expect(json.jaren.map((j) => `${j.gemeente} ${j.jaar}`)).toEqual([...years.map((y) => `Deventer ${y}`), ...years.map((y) => `Bathmen ${y}`)]);
    expect(r.stderr).toContain(join('regio', 'c', 'budget.csv'));
  });

  it('gives each gemeente the figures of its own run', async () => {
    const root = regio();
    const many = JSON.parse((await cli(['forecast', '--data', 'regio/a', 'regio/b', '--format', 'json'], { cwd: root })).stdout) as { jaren: Record<string, unknown>[] };
    const one = JSON.parse((await cli(['forecast', '--data', 'regio/b', '--format', 'json'], { cwd: root })).stdout) as { jaren: Record<string, unknown>[] };
    const bathmen = many.jaren.filter((j) => j.gemeente === 'Bathmen').map(({ gemeente, map, ...j }) => j);
    expect(bathmen).toEqual(one.jaren);
  });

  it.each([
    ['table', 'Bathmen'],
    ['md', '| Bathmen | 2026 | prognose |'],
    ['csv-nl', 'Bathmen;regio/b;2026;prognose;lasten;'],
  ])('gives a row per gemeente and year as %s', async (format, bathmen2026) => {
    const root = regio();
    const r = await cli(['forecast', '--data', 'regio/a', 'regio/b', '--format', format], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(bathmen2026);
    const lines = r.stdout.split('\n');
    if (format !== 'csv-nl') expect(lines.filter((l) => /^[│|] (Deventer|Bathmen) +[│|] 20\d\d /.test(l))).toHaveLength(16);
  });

  it('writes --out with the good gemeenten when one folder is broken', async () => {
    const root = regio();
    const r = await cli(['forecast', '--data', 'regio', '--format', 'csv', '--out', 'regio.csv'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('buig: geschreven: regio.csv');
    expect(readFileSync(join(root, 'regio.csv'), 'utf8')).toContain('Bathmen,');
  });

  it('refuses --chart and --maanden with more than one gemeente', async () => {
    const root = regio();
    expect((await cli(['forecast', '--data', 'regio/a', 'regio/b', '--maanden'], { cwd: root })).code).toBe(64);
    expect((await cli(['forecast', '--data', 'regio/a', 'regio/b', '--chart', 'x.svg'], { cwd: root })).code).toBe(64);
  });
});

describe('a data folder on the default assumptions', () => {
  it('gets the scenario the schema reads from { "naam": folder, "data": "." }, without reading one', async () => {
    const { defaultScenario, readScenarioFile } = await import('../../src/read/scenarioFile.js');
    const read = readScenarioFile('x', new TextEncoder().encode('{ "naam": "Zutphen", "data": "." }'), 'nl');
    expect(defaultScenario('Zutphen')).toEqual(read.scenario);
  });
});
