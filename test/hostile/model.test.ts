// Issue 11, "never a silent wrong figure", the model's part: values that cannot be true are
// refused where they enter (each bound in src/domain/bounds.ts), a run in which a stand would go
// negative, a rate leave [0, 1], a stand explode or the lasten turn negative is refused at the
// input responsible, and legal inputs (a prijs or a lasten row for a future year) are read as
// the user means them. Each test was seen failing on the code before the change.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../src/app/simulate.js';
import { cli, type CliResult } from '../helpers.js';
import { smallData } from '../diagnostics/reproducers.js';

/** Run the CLI in a fresh folder holding `files`. */
async function runIn(files: Record<string, string>, argv: string[]): Promise<CliResult> {
  const root = mkdtempSync(join(tmpdir(), 'buig-hostile-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return cli(argv, { cwd: root });
}

const under = (dir: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${dir}/${k}`, v]));

/** `buig forecast` on s.json (keys `extra`) over the small data folder (with `data` changes). */
function forecast(extra: object, data: Record<string, string> = {}, argv: string[] = []): Promise<CliResult> {
  const s = JSON.stringify({ naam: 't', data: 'd', ...extra }, null, 2);
  return runIn({ 's.json': s, ...under('d', smallData(data)) }, ['forecast', '--scenario', 's.json', ...argv]);
}

/** The JSON years of a forecast. */
type Year = { jaar: number; soort: string; lasten: string; budget: string; tekort_pct: string; regelingen: { regeling: string; prijs: string | null }[] };
const years = (r: CliResult) => (JSON.parse(r.stdout) as { jaren: Year[] }).jaren;

/** The diagnostic lines (FILE:LINE:COL: error CODE) of a run. */
const located = (r: CliResult) => [...r.stderr.matchAll(/^(\S+): (error|warning) (BUIG-[EW]\d{3}):/gm)].map((m) => `${m[1]} ${m[3]}`);

describe('budgets are greater than zero', () => {
  it('refuses a scenario budget of zero or below at its key, instead of printing Infinity%', async () => {
    const r = await forecast({ aannames: { budget: { 2023: '0', 2024: -5 } } });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:6:7 BUIG-E140', 's.json:7:7 BUIG-E140']);
    expect(r.stderr).not.toMatch(/Infinity|NaN/);
  });
  it('refuses a macrobudget of zero', async () => {
    const r = await forecast({ aannames: { macrobudget: { 2024: 0 }, aandeel_pct: { 2024: '0.5' } } });
    expect(r.code).toBe(65);
    expect(located(r)[0]).toMatch(/^s\.json:\d+:\d+ BUIG-E140$/);
  });
  it('refuses a --saldo budget of zero or below: no NaN%, no tekort year granting a vangnet (exit 64)', async () => {
    for (const budget of ['0', '-10000000']) {
      const r = await runIn({}, ['vangnet', '--year', '2025', '--budget', '10000000', '--lasten', '10700000', '--saldo', `2022=-600000/${budget}`, '--saldo', '2023=-500000/10000000']);
      expect(r.code, r.stdout).toBe(64);
      expect(r.stderr).toMatch(/--saldo/);
      expect(r.stdout).toBe('');
    }
  });
});

describe('shares, percentages and factors in their ranges', () => {
  it.each([
    ['aandeel_pct 0', { aandeel_pct: { 2024: 0 } }],
    ['aandeel_pct above 100', { aandeel_pct: { 2024: 150 } }],
    ['bijstelling_pct of -100', { bijstelling_pct: { 2023: -100 } }],
    ['prijsindex_pct of -100', { prijsindex_pct: { 2023: '-100' } }],
    ['prijsindex_pct of -250', { prijsindex_pct: { 2023: '-250' } }],
    ['budget_groei_pct of -100', { budget_groei_pct: -100 }],
    ['a negative instroom_factor', { instroom_factor: '-1' }],
    ['an uitstroom_factor of 1000', { uitstroom_factor: 1000 }],
    ['negative baten', { baten: { 2024: -5 } }],
  ])('refuses %s at its key', async (_, aannames) => {
    const r = await forecast({ aannames });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toHaveLength(1);
    expect(located(r)[0]).toMatch(/^s\.json:\d+:\d+ BUIG-E140$/);
  });
});

describe('a rules file: percentages in [0, 100], no two rules for one year, bounded windows', () => {
  const rule = (change: object = {}) => ({
    id: 'r2027',
    van: 2027,
    tot: 2027,
    bron: 'test',
    routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 5, boven_pct: 10 } }],
    ...change,
  });
  const vangnet = (rules: object[]) =>
    runIn({ 'r.json': JSON.stringify(rules, null, 2) }, ['vangnet', '--year', '2027', '--budget', '10000000', '--lasten', '12000000', '--rules', 'r.json', '--format', 'json']);

  it('refuses a negative percentage', async () => {
    const r = await vangnet([rule({ routes: [{ naam: 'regulier', drempel: { pct: -5 }, treden: { eigen_risico_pct: 5, boven_pct: 10 } }] })]);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['r.json:11:11 BUIG-E140']);
  });
  it('refuses a compensation above 100% (a vangnet larger than the tekort)', async () => {
    const r = await vangnet([rule({ routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 5, boven_pct: 10, midden_vergoeding_pct: 300 } }] })]);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)[0]).toMatch(/^r\.json:\d+:\d+ BUIG-E140$/);
  });
  it('refuses two rules that cover the same year, at the second', async () => {
    const r = await vangnet([rule({ van: 2026, tot: 2027 }), rule({ id: 'r2027b', van: 2027, tot: 2028 })]);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['r.json:22:5 BUIG-E141']);
  });
  it('refuses a multi-year window reaching 1000 years back, instead of working through it', async () => {
    const r = await vangnet([
      rule({ routes: [{ naam: 'regulier', drempel: { pct: 5 }, meerjarig: { soort: 'cumulatief', van: -1000, grens_pct: 5 }, treden: { eigen_risico_pct: 5, boven_pct: 10 } }] }),
    ]);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)[0]).toMatch(/^r\.json:\d+:\d+ BUIG-E140$/);
  });
  it('refuses a tekortjaren minimum that the window can never reach', async () => {
    const meerjarig = { soort: 'tekortjaren', van: -3, tot: -1, minimum: 4, grens_pct: 5 };
    const r = await vangnet([rule({ routes: [{ naam: 'regulier', drempel: { pct: 5 }, meerjarig, treden: { eigen_risico_pct: 5, boven_pct: 10 } }] })]);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)[0]).toMatch(/^r\.json:\d+:\d+ BUIG-E032$/);
  });
});

describe('bounded work from one number', () => {
  it('refuses a horizon more than 30 years after the data', async () => {
    const r = await forecast({ horizon: { tot: '2053-01' } });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:5:5 BUIG-E142']);
    // 30 years is allowed.
    expect((await forecast({ horizon: { tot: '2052-12' } }, {}, ['--format', 'json'])).code).toBe(0);
  });
  it('refuses an ingroei of a million months at its cell', async () => {
    const plan = 'code,naam,hefboom,aantal,start,ingroei_maanden\nA1,x,uitstroom,10,2023-01,1000000\n';
    const r = await runIn({ 's.json': JSON.stringify({ naam: 't', data: 'd', aanvalsplan: 'p.csv' }), 'p.csv': plan, ...under('d', smallData()) }, ['plan', '--scenario', 's.json']);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['p.csv:2:27 BUIG-E140']);
  });
  it('refuses a count of hundreds of digits as a count that does not fit, not with exit 70', async () => {
    // Before: validate said the stand was Infinity (a warning, exit 0) and forecast ended in exit 70.
    const volume = smallData()['volume.csv']!.replace('2022-12,PW,100', `2022-12,PW,${'9'.repeat(400)}`);
    for (const command of ['validate', 'forecast']) {
      const r = await runIn(under('d', smallData({ 'volume.csv': volume })), [command, '--data', 'd']);
      expect(r.code, r.stderr).toBe(65);
      // A count above the bound is BUIG-E133 (the count reader's own code; E140 covers the other bounds).
      expect(located(r)).toContain('d/volume.csv:25:12 BUIG-E133');
      expect(r.stderr).not.toMatch(/Infinity/);
    }
  });
  it('refuses a budget amount beyond the bound of amounts', async () => {
    const r = await runIn(under('d', smallData({ 'budget.csv': `jaar,fase,bedrag\n2021,definitief,1${'0'.repeat(30)}\n2022,definitief,10000000\n` })), ['validate', '--data', 'd']);
    expect(r.code).toBe(65);
    expect(located(r)).toContain('d/budget.csv:2:17 BUIG-E140');
  });
});

describe('the model refuses impossible states at the input responsible', () => {
  it('refuses an uitstroom rate above 1 (uitstroom_factor x u) at uitstroom_factor', async () => {
    // u = 5 / 100 a month; a factor of 10 gives 0.5, which is allowed; with 25 exits a month
    // u = 0.25 and the factor 10 gives 2.5.
    const stromen = smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,25,25');
    const r = await forecast({ aannames: { uitstroom_factor: 10 } }, { 'stromen.csv': stromen });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:5:5 BUIG-E143']);
  });
  it('refuses a negative shock that drives the stand below zero, at the shock', async () => {
    const r = await forecast({
      schokken: [
        { maand: '2023-03', regeling: 'PW', instroom: 10 },
        { maand: '2023-05', regeling: 'PW', instroom: -150 },
      ],
    });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:13:7 BUIG-E144']);
    expect(r.stderr).toMatch(/2023-05/);
  });
  it('refuses acties that drive the stand below zero, at the aantal of the actie that tips it', async () => {
    const plan = 'code,naam,hefboom,aantal,start,ingroei_maanden\nA1,x,uitstroom,60,2023-01,6\nA2,y,instroom,200,2023-01,12\n';
    const files = { 's.json': JSON.stringify({ naam: 't', data: 'd', aanvalsplan: 'p.csv' }), 'p.csv': plan, ...under('d', smallData()) };
    for (const command of ['plan', 'forecast', 'simulate']) {
      const r = await runIn(files, [command, '--scenario', 's.json', ...(command === 'simulate' ? ['--runs', '10'] : [])]);
      expect(r.code, `${command}: ${r.stdout}`).toBe(65);
      expect(located(r)).toEqual(['p.csv:3:15 BUIG-E144']);
    }
  });
  it('refuses a shock that makes a stand explode, with the bound', async () => {
    const r = await forecast({ schokken: [{ maand: '2023-05', regeling: 'PW', instroom: 1000000 }] });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:8:7 BUIG-E145']);
  });
  it('refuses baten larger than the bruto lasten (negative lasten), at the baten of the year', async () => {
    const r = await forecast({ aannames: { baten: { 2024: 50000000 } } });
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['s.json:6:7 BUIG-E146']);
  });
  it('refuses a verlaging of more benefits than there are', async () => {
    const plan = 'code,naam,hefboom,aantal,start,ingroei_maanden,verlaging_pct\nV1,x,verlaging,5000,2023-01,1,50\n';
    const r = await runIn({ 's.json': JSON.stringify({ naam: 't', data: 'd', aanvalsplan: 'p.csv' }), 'p.csv': plan, ...under('d', smallData()) }, ['plan', '--scenario', 's.json']);
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['p.csv:2:16 BUIG-E148']);
  });
  it('keeps the --doel solver inside the model: never more exits than leave the stand at zero', async () => {
    const s = JSON.stringify({ naam: 't', data: 'd', aannames: { budget: { 2024: 1000 } } });
    const r = await runIn({ 's.json': s, ...under('d', smallData()) }, ['plan', '--scenario', 's.json', '--doel', '2024:saldo', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { oplossing: { per_maand: number | null } }).oplossing.per_maand).toBeNull();
  });
});

describe('the simulation keeps its paths within the model', () => {
  it('never lets a drawn shock (up to 150% of its size) take a path below zero benefits', () => {
    // The forecast itself ends at 0 after the shock (100 + 5 - 5 - 100); a path draws the shock
    // at 50-150% of its size, and at more than 100% used to go below zero.
    const root = mkdtempSync(join(tmpdir(), 'buig-hostile-'));
    mkdirSync(join(root, 'd'));
    for (const [name, content] of Object.entries(smallData())) writeFileSync(join(root, 'd', name), content);
    writeFileSync(join(root, 's.json'), JSON.stringify({ naam: 't', data: 'd', schokken: [{ maand: '2023-01', regeling: 'PW', instroom: -100 }] }));
    const { value, diagnostics } = runSimulate({ cwd: root, lang: 'nl' }, { source: { scenario: 's.json' }, runs: 300, seed: 3, perMaand: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const paden = value!.simulatie.paden;
    expect(Math.min(...paden.maandVolume!)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...paden.volume)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...paden.lasten)).toBeGreaterThanOrEqual(0);
  });
});

describe('legal inputs read as the user means them', () => {
  it('prices the years before a prijzen.csv year with the derived prijs, never at 0', async () => {
    const r = await forecast({}, { 'prijzen.csv': 'jaar,regeling,prijs\n2025,PW,150000\n' }, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const y = years(r);
    // 100 benefits at the derived prijs of 2022 (11,000,000 / 100 = 110,000): 11 mln.
    expect(Number(y.find((j) => j.jaar === 2023)!.lasten)).toBe(11_000_000);
    expect(Number(y.find((j) => j.jaar === 2024)!.lasten)).toBe(11_000_000);
    // From 2025 the listed prijs.
    expect(Number(y.find((j) => j.jaar === 2025)!.lasten)).toBe(15_000_000);
    expect(Number(y.find((j) => j.jaar === 2026)!.lasten)).toBe(15_000_000);
  });
  it('refuses a year before the only prijs when nothing gives a prijs for it', async () => {
    // lasten only for 2021 and no volume that year to derive a prijs from: prijzen.csv (2025) is the only prijs.
    const r = await forecast(
      {},
      { 'lasten.csv': 'jaar,lasten\n2020,9000000\n', 'budget.csv': 'jaar,fase,bedrag\n2020,definitief,10000000\n2022,definitief,10000000\n', 'prijzen.csv': 'jaar,regeling,prijs\n2025,PW,150000\n' },
    );
    expect(r.code, r.stdout).toBe(65);
    expect(located(r)).toEqual(['d/prijzen.csv BUIG-E147']);
  });
  it('ignores a lasten row for a year after the data with a warning: no year vanishes, none turns realisatie', async () => {
    const lasten = 'jaar,lasten\n2021,9000000\n2022,11000000\n2025,12000000\n';
    const budget = 'jaar,fase,bedrag\n2021,definitief,10000000\n2022,definitief,10000000\n2025,voorlopig,10500000\n';
    const r = await forecast({}, { 'lasten.csv': lasten, 'budget.csv': budget }, ['--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(years(r).map((j) => `${j.jaar} ${j.soort}`)).toEqual(['2021 realisatie', '2022 realisatie', '2023 prognose', '2024 prognose', '2025 prognose', '2026 prognose']);
    expect(located(r)).toEqual(['d/lasten.csv:4:1 BUIG-W140']);
  });
});

describe('found by the fuzz suite', () => {
  it('reports a rules file whose boven_pct is not a number, instead of exit 70 from the eigen_risico check', async () => {
    const rules = [{ id: 'x', van: 2027, tot: 2027, bron: 'b', routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: '' } }] }];
    const r = await runIn({ 'r.json': JSON.stringify(rules) }, ['vangnet', '--year', '2027', '--budget', '100', '--lasten', '120', '--rules', 'r.json']);
    expect(r.code, r.stderr).toBe(65);
    expect(located(r)).toEqual(['r.json:1:125 BUIG-E032']);
  });
});

describe('found by the fuzz suite (2)', () => {
  it('reports an inline actie whose kosten is an object, instead of exit 70', async () => {
    const s = JSON.stringify({ naam: 't', data: 'd', aanvalsplan: [{ code: 'A1', naam: 'x', hefboom: 'uitstroom', aantal: 5, start: '2023-01', kosten: {} }] }, null, 2);
    const r = await runIn({ 's.json': s, ...under('d', smallData()) }, ['plan', '--scenario', 's.json']);
    expect(r.code, r.stderr).toBe(65);
    expect(located(r)).toEqual(['s.json:11:7 BUIG-E010']);
  });
});

describe('found by the fuzz suite (3): a budget above zero but below one euro', () => {
  it('refuses a scenario budget of 7e-323 (Infinity% in the simulation) at its key', async () => {
    const s = JSON.stringify({ naam: 't', data: 'd', aannames: { budget: { 2026: 7e-323 } } }, null, 2);
    const r = await runIn({ 's.json': s, ...under('d', smallData()) }, ['simulate', '--scenario', 's.json', '--runs', '20', '--format', 'json']);
    expect(r.code, r.stdout.slice(0, 200)).toBe(65);
    expect(located(r)).toEqual(['s.json:6:7 BUIG-E140']);
  });
  it.each([
    ['a budget growth of -99% a year', { budget_groei_pct: -99 }, 's.json:5:5'],
    ['a bijstelling of -99.99% on a voorlopig budget', { bijstelling_pct: { 2023: '-99.99' } }, 's.json:6:7'],
    ['an aandeel of 1e-10 percent', { macrobudget: { 2023: 1000000000 }, aandeel_pct: { 2023: '0.0000000001' } }, 's.json:9:7'],
  ])('refuses %s that takes a budget below one euro (BUIG-E149), at the key', async (_, aannames, at) => {
    const budget = 'jaar,fase,bedrag\n2021,definitief,10000000\n2022,definitief,10000000\n2023,voorlopig,5000\n';
    const data: Record<string, string> = 'bijstelling_pct' in aannames ? { 'budget.csv': budget } : {};
    const r = await forecast({ aannames }, data, ['--format', 'json']);
    expect(r.code, r.stdout.slice(0, 200)).toBe(65);
    expect(located(r)).toEqual([`${at} BUIG-E149`]);
  });
});
