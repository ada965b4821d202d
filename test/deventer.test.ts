// The embedded Deventer data: clean, and holding the published figures (docs/sources.md)
// (see data/deventer/README.md for which figures are published and which reconstructed).

import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../src/app/defaults.js';
import { readDataFolder } from '../src/read/dataFolder.js';
import { D, sum } from '../src/money.js';
import { cli } from './helpers.js';

const { data, diagnostics } = readDataFolder(DEFAULT_DATA_DIR, ['vangnet', 'forecast']);
const budget = (jaar: number, fase: string) => data.budget.find((b) => b.jaar === jaar && b.fase === fase)?.bedrag;
const lasten = (jaar: number) => sum(data.lasten.filter((l) => l.jaar === jaar).map((l) => l.lasten));
const stand = (maand: string, regeling: string) => data.volume.find((v) => v.maand === maand && v.regeling === regeling)?.aantal;
const flows = (jaar: number, regeling: string) =>
  data.stromen
    .filter((s) => s.maand.startsWith(String(jaar)) && s.regeling === regeling)
    .reduce((a, s) => ({ instroom: a.instroom + s.instroom, uitstroom: a.uitstroom + s.uitstroom }), { instroom: 0, uitstroom: 0 });

describe('data/deventer', () => {
  it('validates without errors or warnings, through the CLI too', async () => {
    expect(diagnostics).toEqual([]);
    const r = await cli(['validate', '--data', 'data/deventer']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('holds the published budgets ([Deventer 2022-847], [Deventer Uitvoeringsplan 2021])', () => {
    expect(budget(2022, 'definitief')?.toString()).toBe('36896210');
    expect(budget(2023, 'voorlopig')?.toString()).toBe('37970947');
    expect(budget(2021, 'voorlopig')?.toString()).toBe('41673000');
    // "bijna 1,5 miljoen lager dan het voorlopige budget 2022"
    const drop = budget(2022, 'voorlopig')!.minus(budget(2022, 'definitief')!);
    expect(drop.gt(1_400_000) && drop.lt(1_500_000)).toBe(true);
  });

  it('gives the published 2022 tekort of 9.9% ([Deventer Vangnet 2022])', () => {
    const tekort = lasten(2022).minus(budget(2022, 'definitief')!);
    expect(tekort.toString()).toBe('3656616');
    expect(tekort.div(budget(2022, 'definitief')!).times(100).toDecimalPlaces(1).toString()).toBe('9.9');
  });

  it('has a tekort below 7.5% in 2020 and an overschot in 2021 ([Deventer Vangnet 2022])', () => {
    const tau2020 = lasten(2020).minus(budget(2020, 'definitief')!).div(budget(2020, 'definitief')!);
    expect(tau2020.gt(0) && tau2020.lt(D('0.075'))).toBe(true);
    expect(lasten(2021).lt(budget(2021, 'definitief')!)).toBe(true);
  });

  it('has 2,551 PW and 120 IOAW/IOAZ/BBZ benefits in autumn 2022 ([Deventer 2022-847])', () => {
    expect(stand('2022-09', 'PW')).toBe(2551);
    expect(stand('2022-09', 'IOAW')! + stand('2022-09', 'IOAZ')! + stand('2022-09', 'BBZ')!).toBe(120);
  });

  it('has PW instroom of roughly 650-700 and more uitstroom than instroom in 2021 and 2022', () => {
    for (const jaar of [2021, 2022]) {
      const f = flows(jaar, 'PW');
      expect(f.instroom).toBeGreaterThanOrEqual(650);
      expect(f.instroom).toBeLessThanOrEqual(700);
      expect(f.uitstroom).toBeGreaterThan(f.instroom);
    }
  });
});
