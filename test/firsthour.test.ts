// A new user's first hour: init, own data, forecast --data, scenario files as people write them.
// Each test here reproduces a wall that a new user hit, and fails without its fix.

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { readScenarioFile } from '../src/read/scenarioFile.js';
import { cli, folder } from './helpers.js';

const DEVENTER = join(process.cwd(), 'data', 'deventer');

/** The reason of a scenario diagnostic (BUIG-E041). */
const reasonOf = (d: Diagnostic | undefined) => (d?.code === 'BUIG-E041' ? d.params.reason : undefined);

/** The data lines of a Deventer file whose month lies in [from, to]; comments and header kept. */
function monthsOf(file: string, from: string, to: string): string {
  return readFileSync(join(DEVENTER, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\d{4}-\d{2},/.test(line) || (line.slice(0, 7) >= from && line.slice(0, 7) <= to))
    .join('\n');
}

/** An init'ed folder whose example rows are replaced by Deventer's months from..to. */
async function ownExport(from: string, to: string) {
  const { root } = folder({}, 'werk');
  const init = await cli(['init', 'mijn-gemeente', '--gemeente', 'Proefstad'], { cwd: root });
  expect(init.code).toBe(0);
  const dir = join(root, 'mijn-gemeente');
  for (const f of ['budget.csv', 'lasten.csv']) cpSync(join(DEVENTER, f), join(dir, f));
  writeFileSync(join(dir, 'volume.csv'), monthsOf('volume.csv', from, to));
  writeFileSync(join(dir, 'stromen.csv'), monthsOf('stromen.csv', from, to));
  return root;
}

interface Aanname {
  sleutel: string;
  waarde: string;
  herkomst: string;
  uitleg: { soort: string; maanden?: number };
}

describe('buig init', () => {
  it('writes a starter folder that validates clean and a scenario that parses', async () => {
    const { root } = folder({}, 'werk');
    const r = await cli(['init', 'mijn-gemeente', '--gemeente', 'Zutphen'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('buig forecast --data mijn-gemeente');
    const dir = join(root, 'mijn-gemeente');
    for (const f of ['budget.csv', 'lasten.csv', 'volume.csv', 'stromen.csv', 'gemeente.json', 'scenario.json']) expect(existsSync(join(dir, f))).toBe(true);
    // Every CSV starts with a comment line saying what its columns mean.
    expect(readFileSync(join(dir, 'volume.csv'), 'utf8')).toMatch(/^# Aantal uitkeringen aan het eind van elke maand/);
    const validate = await cli(['validate', '--data', 'mijn-gemeente', '--format', 'json'], { cwd: root });
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toEqual([]);
    const scenario = readScenarioFile('scenario.json', readFileSync(join(dir, 'scenario.json')), 'nl');
    expect(scenario.diagnostics).toEqual([]);
    expect(scenario.scenario?.naam).toBe('Zutphen basis');
  });

  it('writes Dutch Excel files with --excel that read the same', async () => {
    const { root } = folder({}, 'werk');
    expect((await cli(['init', 'nl', '--excel'], { cwd: root })).code).toBe(0);
    const budget = readFileSync(join(root, 'nl', 'budget.csv'), 'utf8');
    expect(budget.startsWith('\uFEFF#')).toBe(true);
    expect(budget).toContain('jaar;fase;bedrag;macrobudget;aandeel_pct\r\n2024;definitief;10000000,00;;\r\n');
    expect((await cli(['validate', '--data', 'nl', '--strict'], { cwd: root })).code).toBe(0);
  });

  it('never overwrites: a second init exits 73 and leaves the files as they were', async () => {
    const { root } = folder({}, 'werk');
    await cli(['init', 'g'], { cwd: root });
    writeFileSync(join(root, 'g', 'budget.csv'), 'mine');
    const again = await cli(['init', 'g'], { cwd: root });
    expect(again.code).toBe(73);
    expect(again.stderr).toContain('overschrijft niets');
    expect(readFileSync(join(root, 'g', 'budget.csv'), 'utf8')).toBe('mine');
  });
});

describe('buig forecast --data on a folder of ones own', () => {
  it('runs an export of exactly 24 months, with the 23-month base period in the aannames', async () => {
    const root = await ownExport('2021-01', '2022-12');
    const r = await cli(['forecast', '--data', 'mijn-gemeente', '--format', 'json'], { cwd: root });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout) as { scenario: { naam: string }; aannames: Aanname[]; jaren: { jaar: number; soort: string }[] };
    expect(f.scenario.naam).toBe('Proefstad');
    const basis = f.aannames.find((a) => a.sleutel === 'basisperiode')!;
    expect(basis).toMatchObject({ waarde: '2021-02 - 2022-12', herkomst: 'standaard' });
    expect(basis.uitleg).toEqual({ soort: 'basisperiode', maanden: 23 });
    expect(f.jaren.some((j) => j.soort === 'prognose')).toBe(true);
  });

  it('refuses a 12-month export with the month count', async () => {
    const root = await ownExport('2022-01', '2022-12');
    const r = await cli(['forecast', '--data', 'mijn-gemeente'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('mijn-gemeente/volume.csv: error BUIG-E045');
    expect(r.stderr).toContain('van 2022-01 tot en met 2022-12, dat zijn 11 maand(en) met een vorige stand; nodig zijn er minstens 12');
  });

  it('accepts 13 months: 12 base months', async () => {
    const root = await ownExport('2021-12', '2022-12');
    expect((await cli(['forecast', '--data', 'mijn-gemeente'], { cwd: root })).code).toBe(0);
  });

  it('keeps the default Deventer base period of 24 months', async () => {
    const r = await cli(['forecast', '--format', 'json']);
    const basis = (JSON.parse(r.stdout) as { aannames: Aanname[] }).aannames.find((a) => a.sleutel === 'basisperiode')!;
    expect(basis.waarde).toBe('2021-01 - 2022-12');
  });

  it('gives the same figures as a scenario file that sets nothing', async () => {
    const root = await ownExport('2019-01', '2022-12');
    writeFileSync(join(root, 'leeg.json'), '{ "naam": "Proefstad", "data": "mijn-gemeente" }');
    const viaData = JSON.parse((await cli(['forecast', '--data', 'mijn-gemeente', '--format', 'json'], { cwd: root })).stdout);
    const viaFile = JSON.parse((await cli(['forecast', '--scenario', 'leeg.json', '--format', 'json'], { cwd: root })).stdout);
    expect(viaData.jaren).toEqual(viaFile.jaren);
  });

  it('runs report and plan --doel on a data folder; --scenario with --data is a usage error', async () => {
    const root = await ownExport('2019-01', '2022-12');
    expect((await cli(['report', '--data', 'mijn-gemeente'], { cwd: root })).code).toBe(0);
    const solved = await cli(['plan', '--data', 'mijn-gemeente', '--doel', '2024:tekort_pct<=7,5', '--format', 'json'], { cwd: root });
    expect(solved.code).toBe(0);
    expect(JSON.parse(solved.stdout).oplossing.doel).toBe('tekort_pct<=7.5');
    expect((await cli(['forecast', '--data', 'mijn-gemeente', '--scenario', 'x.json'], { cwd: root })).code).toBe(64);
    const missing = await cli(['forecast', '--data', 'nergens'], { cwd: root });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('nergens');
  });
});

describe('scenario files as people write them', () => {
  it('reads the README example, // comments and all', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /\n((?: {4}.*\n)+)/g;
    const example = [...readme.matchAll(block)].map((m) => m[1]!.replace(/^ {4}/gm, '')).find((b) => b.includes('"naam": "Deventer statushouders"'));
    expect(example).toBeDefined();
    const read = readScenarioFile('README.md', new TextEncoder().encode(example!), 'nl');
    expect(read.diagnostics).toEqual([]);
    expect(read.scenario?.schokken[0]?.instroom.toString()).toBe('85');
  });

  it('reads a decimal comma in a string as a Dutch writer means it', () => {
    const read = readScenarioFile('s.json', new TextEncoder().encode('{ "naam": "t", "data": ".", "aannames": { "prijsindex_pct": { "2023": "3,1" }, "instroom_factor": "1,05" } }'), 'nl');
    expect(read.diagnostics).toEqual([]);
    expect(read.scenario?.aannames.prijsindex_pct.get(2023)?.toString()).toBe('3.1');
    expect(read.scenario?.aannames.instroom_factor.toString()).toBe('1.05');
  });

  it('says what a bad number is in words, not as a regular expression', () => {
    const read = readScenarioFile('s.json', new TextEncoder().encode('{ "naam": "t", "data": ".", "aannames": { "budget_groei_pct": "3%" } }'), 'nl');
    expect(reasonOf(read.diagnostics[0])).toBe(`'3%' is geen getal; schrijf bijvoorbeeld 2.5 of "2,5"`);
    const en = readScenarioFile('s.json', new TextEncoder().encode('{ "naam": "t", "data": ".", "aannames": { "budget_groei_pct": "3%" } }'), 'en');
    expect(reasonOf(en.diagnostics[0])).toBe(`'3%' is not a number; write e.g. 2.5 or "2.5"`);
  });

  it('refuses a month as Excel writes it, naming the month to write', () => {
    for (const [written, meant] of [
      ['okt-24', '2024-10'],
      ['1-10-2024', '2024-10'],
      ['mei 2023', '2023-05'],
    ]) {
      const read = readScenarioFile('s.json', new TextEncoder().encode(`{ "naam": "t", "data": ".", "schokken": [{ "maand": "${written}", "regeling": "PW", "instroom": 85 }] }`), 'nl');
      expect(read.diagnostics).toHaveLength(1);
      expect(read.diagnostics[0]).toMatchObject({ code: 'BUIG-E041', params: { path: 'schokken.0.maand', reason: `'${written}' is geen maand in de vorm JJJJ-MM; schrijf "${meant}"` } });
    }
  });

  it('accepts regeling aliases in a shock, as the CSV readers do', async () => {
    for (const regeling of ['Participatiewet', 'pw', 'WWB']) {
      const read = readScenarioFile('s.json', new TextEncoder().encode(`{ "naam": "t", "data": ".", "schokken": [{ "maand": "2023-05", "regeling": "${regeling}", "instroom": 85 }] }`), 'nl');
      expect(read.diagnostics).toEqual([]);
      expect(read.scenario?.schokken[0]?.regeling).toBe('PW');
    }
    const bbz = readScenarioFile('s.json', new TextEncoder().encode('{ "naam": "t", "data": ".", "schokken": [{ "maand": "2023-05", "regeling": "Bbz", "instroom": 1 }] }'), 'nl');
    expect(bbz.scenario?.schokken[0]?.regeling).toBe('BBZ');
    const wrong = readScenarioFile('s.json', new TextEncoder().encode('{ "naam": "t", "data": ".", "schokken": [{ "maand": "2023-05", "regeling": "PWW", "instroom": 1 }] }'), 'nl');
    expect(wrong.diagnostics[0]).toMatchObject({ code: 'BUIG-E041', line: 1, column: 64 });
    expect(reasonOf(wrong.diagnostics[0])).toContain('bedoelde u PW?');
  });

  it('accepts a regeling alias in an inline actie, with the same effect', async () => {
    const { root } = folder({}, 'scenarios');
    cpSync(DEVENTER, join(root, 'data', 'deventer'), { recursive: true });
    const actie = (regeling: string) =>
      `{ "naam": "t", "data": "../data/deventer", "aanvalsplan": [{ "code": "A", "naam": "a", "hefboom": "uitstroom", "aantal": 50, "start": "2023-03", "regeling": "${regeling}" }] }`;
    writeFileSync(join(root, 'scenarios', 'alias.json'), actie('Participatiewet'));
    writeFileSync(join(root, 'scenarios', 'code.json'), actie('PW'));
    const a = await cli(['plan', '--scenario', 'scenarios/alias.json', '--format', 'json'], { cwd: root });
    const b = await cli(['plan', '--scenario', 'scenarios/code.json', '--format', 'json'], { cwd: root });
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).totaal).toEqual(JSON.parse(b.stdout).totaal);
  });
});

describe('buig plan without an aanvalsplan', () => {
  it('is an error at the scenario, not an empty table', async () => {
    const r = await cli(['plan', '--scenario', 'scenarios/deventer-basis.json']);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('scenarios/deventer-basis.json:1:1: error BUIG-E055: het scenario heeft geen aanvalsplan');
    expect(r.stdout).toBe('');
  });

  it('points at the aanvalsplan key when the plan has no acties', async () => {
    const { root } = folder({}, 'scenarios');
    cpSync(DEVENTER, join(root, 'data', 'deventer'), { recursive: true });
    writeFileSync(join(root, 'scenarios', 's.json'), '{ "naam": "t",\n  "data": "../data/deventer",\n  "aanvalsplan": [] }');
    const r = await cli(['plan', '--scenario', 'scenarios/s.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('scenarios/s.json:3:3: error BUIG-E055');
  });
});

describe('--doel as a Dutch user types it', () => {
  it('reads 7,5 as 7.5', async () => {
    const comma = await cli(['plan', '--doel', '2024:tekort_pct<=7,5', '--format', 'json']);
    const point = await cli(['plan', '--doel', '2024:tekort_pct<=7.5', '--format', 'json']);
    expect(comma.code).toBe(0);
    expect(JSON.parse(comma.stdout)).toEqual(JSON.parse(point.stdout));
  });
});
