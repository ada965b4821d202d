// Each source of uncertainty does what it says: the realisation of acties scales their effects
// (0% is the scenario without them, 100% the plan), a shock's size scales the shock (0% is no
// shock), a realisation range per actie in the acties file, and its mistakes (BUIG-E090).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runForecast } from '../../src/app/forecast.js';
import { runSimulate } from '../../src/app/simulate.js';
import { D } from '../../src/money.js';
import { GEEN_ONZEKERHEID } from '../../src/domain/simulate/settings.js';
import { cli, csv, folder } from '../helpers.js';

const env = { cwd: process.cwd(), lang: 'nl' as const };
const only = (part: object) => ({ ...GEEN_ONZEKERHEID, ...part });
const p50 = (scenario: string, onzekerheid: typeof GEEN_ONZEKERHEID) =>
  runSimulate(env, { source: { scenario }, runs: 20, seed: 1, onzekerheid }).value!.simulatie.jaren.map((j) => [j.jaar, j.lasten.p10, j.lasten.p90, j.resultaat.p50]);
const exact = (scenario: string) =>
  runForecast(env, { scenario })
    .value!.forecast.jaren.filter((j) => j.soort === 'prognose')
    .map((j) => {
      const cents = (d: typeof j.lasten) => d.times(100).toDecimalPlaces(0, 4).toNumber();
      const lasten = cents(j.lasten);
      return [j.jaar, lasten, lasten, cents(j.budget) - lasten + (j.vangnet?.gekozen.vangnet.toNumber() ?? 0) * 100];
    });

describe('the realisation of acties', () => {
  it('at 0% is the scenario without acties, at 100% the plan itself', () => {
    const bereik = (pct: number) => only({ acties: { aan: true, bereik: { min_pct: D(pct), max_pct: D(pct) } } });
    expect(p50('scenarios/deventer-aanvalsplan.json', bereik(0))).toEqual(exact('scenarios/deventer-basis.json'));
    expect(p50('scenarios/deventer-aanvalsplan.json', bereik(100))).toEqual(exact('scenarios/deventer-aanvalsplan.json'));
  });
});

describe('the size of shocks', () => {
  it('at 0% is no shock, at 100% the stated shock', () => {
    const bereik = (pct: number) => only({ schokken: { aan: true, bereik: { min_pct: D(pct), max_pct: D(pct) } } });
    expect(p50('scenarios/deventer-statushouders.json', bereik(0))).toEqual(exact('scenarios/deventer-basis.json'));
    expect(p50('scenarios/deventer-statushouders.json', bereik(100))).toEqual(exact('scenarios/deventer-statushouders.json'));
  });
});

describe('a realisation range per actie in the acties file', () => {
  const plan = (rows: string) => {
    const { root } = folder({
      'plan.csv': csv`
        code,naam,hefboom,aantal,start,realisatie_min_pct,realisatie_max_pct
        ${rows}
      `,
    });
    writeFileSync(join(root, 'scenario.json'), JSON.stringify({ ...JSON.parse(readFileSync('scenarios/deventer-basis.json', 'utf8')), data: resolve('data/deventer'), aanvalsplan: 'data/plan.csv' }));
    return root;
  };

  it('overrides the scenario range for that actie', async () => {
    const root = plan('A1,vast,uitstroom,120,2023-01,100,100');
    const { value } = runSimulate(
      { cwd: root, lang: 'nl' },
      { source: { scenario: 'scenario.json' }, runs: 30, seed: 2, onzekerheid: only({ acties: { aan: true, bereik: { min_pct: D(0), max_pct: D(0) } } }) },
    );
    expect(value!.simulatie.model.factoren).toEqual([{ soort: 'actie', naam: 'A1', lo: 1, hi: 1 }]);
    const r = await cli(['simulate', '--scenario', 'scenario.json', '--runs', '30', '--format', 'json'], { cwd: root });
    expect((JSON.parse(r.stdout) as { onzekerheid: { bron: string; eigen_bereik?: number }[] }).onzekerheid.find((b) => b.bron === 'acties')!.eigen_bereik).toBe(1);
  });

  it.each([
    ['the smaller first', 'A1,omgekeerd,uitstroom,120,2023-01,90,60', 'realisatie_max_pct'],
    ['both ends', 'A1,half,uitstroom,120,2023-01,60,', 'realisatie_max_pct'],
  ])('refuses a range without %s (BUIG-E090), at its cell', async (_, row, column) => {
    const root = plan(row);
    const r = await cli(['simulate', '--scenario', 'scenario.json', '--runs', '10'], { cwd: root });
    expect(r.code).toBe(65);
    const col = 'code,naam,hefboom,aantal,start,realisatie_min_pct,realisatie_max_pct'.split(',').indexOf(column);
    const at = row.split(',').slice(0, col).join(',').length + 2;
    expect(r.stderr).toContain(`data/plan.csv:2:${at}: error BUIG-E090:`);
  });
});
