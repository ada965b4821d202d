// The simulation against analytic answers on synthetic data with known rates: the mean volume
// of the paths is the stock-flow expectation within sampling error; a case built to sit exactly
// at the vangnet threshold has a probability of a vangnet near one half; runs split over chunks
// in any order give the same paths; the samplers have their distributions' mean and variance.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generators, runSimulate } from '../../src/app/simulate.js';
import { emptyPaths, runPaths } from '../../src/domain/simulate/kernel.js';
import { binomial, overdispersed, poisson } from '../../src/domain/simulate/random.js';
import { STANDAARD_ONZEKERHEID } from '../../src/domain/simulate/settings.js';
import { csv, folder } from '../helpers.js';

/** One series PW at 1000 benefits, 50 in and 50 out every month of 2021-2022 (I = 50, u = 0.05); tekort 7.5% in both years. */
function syntheticFolder(scenario: object): { root: string } {
  const months = Array.from({ length: 24 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const { root, dir } = folder({
    'budget.csv': csv`
      jaar,fase,bedrag
      2021,definitief,10000000
      2022,definitief,10000000
      2023,voorlopig,10000000
    `,
    'lasten.csv': csv`
      jaar,lasten
      2021,10750000
      2022,10750000
    `,
    'volume.csv': ['maand,regeling,aantal', '2020-12,PW,1000', ...months.map((m) => `${m},PW,1000`)].join('\n') + '\n',
    'stromen.csv': ['maand,regeling,instroom,uitstroom', ...months.map((m) => `${m},PW,50,50`)].join('\n') + '\n',
  });
  writeFileSync(join(root, 'scenario.json'), JSON.stringify({ naam: 'synthetisch', data: dir, ...scenario }));
  return { root };
}

const meanAndError = (xs: Float64Array) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, se: Math.sqrt(variance / xs.length) };
};

describe('the simulated mean volume', () => {
  it('matches the stock-flow expectation E[V_m] = 1200 - 200 x 0.95^m within sampling error', () => {
    // instroom_factor 1.2: I = 60, u = 0.05, from 1000: the expectation rises towards 1200.
    const { root } = syntheticFolder({ horizon: { tot: '2024-12' }, aannames: { instroom_factor: '1.2' }, onzekerheid: { instroom: 'poisson', uitstroom: true, budget: false } });
    const runs = 4000;
    const { value } = runSimulate({ cwd: root, lang: 'nl' }, { source: { scenario: 'scenario.json' }, runs, seed: 11 });
    const paths = value!.simulatie.paden;
    expect(paths.jaren).toEqual([2023, 2024]);
    [0, 1].forEach((k) => {
      const analytic = Array.from({ length: 12 }, (_, i) => 1200 - 200 * 0.95 ** (12 * k + i + 1)).reduce((a, b) => a + b, 0) / 12;
      const { mean, se } = meanAndError(paths.volume.subarray(k * runs, (k + 1) * runs));
      expect(se).toBeGreaterThan(0.1);
      expect(Math.abs(mean - analytic), `year ${k}: ${mean} vs ${analytic} (se ${se})`).toBeLessThan(4 * se);
    });
  });
});

describe('a case at the threshold', () => {
  it('has a probability of a vangnet near 0.5 when only the budget revision is drawn', () => {
    // Volume stays at 1000 exactly, lasten 2023 = 1000 x 10,750 = 10,750,000 on a voorlopig budget of 10,000,000: tekort 7.5%, exactly the threshold.
    const off = { instroom: false, uitstroom: false, uitstroomkans: false, acties: false, schokken: false };
    const { root } = syntheticFolder({ horizon: { tot: '2023-12' }, onzekerheid: { ...off, budget: { sd_pct: 3 } } });
    const runs = 4000;
    const { value } = runSimulate({ cwd: root, lang: 'nl' }, { source: { scenario: 'scenario.json' }, runs, seed: 5 });
    const y = value!.simulatie.jaren[0]!;
    expect(y.jaar).toBe(2023);
    expect(value!.run.forecast.jaren.find((j) => j.jaar === 2023)!.tekortFractie.toString()).toBe('0.075');
    const se = Math.sqrt(0.25 / runs);
    expect(Math.abs(y.kans_vangnet! - 0.5)).toBeLessThan(4 * se);
    expect(Math.abs(y.kans_tekort_boven_drempel! - 0.5)).toBeLessThan(4 * se);
    expect(value!.simulatie.budget.bron).toBe('scenario');
    // The same case with the budget revision off is the forecast: exactly at the threshold, no right (the test is "more than").
    const { value: exact } = runSimulate(
      { cwd: root, lang: 'nl' },
      { source: { scenario: 'scenario.json' }, runs: 100, seed: 5, onzekerheid: { ...STANDAARD_ONZEKERHEID, instroom: 'uit', uitstroom: false, uitstroomkans: false, budget: { aan: false } } },
    );
    expect(exact!.simulatie.jaren[0]!.kans_vangnet).toBe(0);
  });
});

describe('same seed, same paths, whatever the split', () => {
  it('gives run r the same draws in one go, in two chunks in reverse order, or asked for alone', () => {
    const { value } = runSimulate({ cwd: process.cwd(), lang: 'nl' }, { source: { scenario: 'scenarios/deventer-aanvalsplan.json' }, runs: 10, seed: 9 });
    const model = value!.simulatie.model;
    const o = value!.onzekerheid;
    const whole = emptyPaths(model, 60, true);
    runPaths(model, o, generators(9), 0, 60, whole);
    const split = emptyPaths(model, 60, true);
    runPaths(model, o, generators(9), 30, 60, split);
    runPaths(model, o, generators(9), 0, 30, split);
    expect(Array.from(split.lasten)).toEqual(Array.from(whole.lasten));
    expect(Array.from(split.budget)).toEqual(Array.from(whole.budget));
    expect(Array.from(split.maandVolume!)).toEqual(Array.from(whole.maandVolume!));
    const direct = generators(9)(41);
    const sequential = generators(9);
    for (let r = 0; r < 41; r++) sequential(r);
    const again = sequential(41);
    expect([direct(), direct(), direct()]).toEqual([again(), again(), again()]);
    expect(generators(10)(41)()).not.toBe(generators(9)(41)());
  });
});

describe('the samplers', () => {
  const u = generators(123)(0);
  const moments = (draw: () => number, n = 40000) => {
    const xs = Float64Array.from({ length: n }, draw);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    return { mean, variance: xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1) };
  };
  it.each([
    ['Poisson(3)', () => poisson(u, 3), 3, 3],
    ['Poisson(56.5)', () => poisson(u, 56.5), 56.5, 56.5],
    ['binomial(100, 0.02)', () => binomial(u, 100, 0.02), 2, 1.96],
    ['binomial(2600, 0.027)', () => binomial(u, 2600, 0.027), 70.2, 68.3046],
    ['binomial(40, 0.7)', () => binomial(u, 40, 0.7), 28, 8.4],
    ['negative binomial(50, dispersion 3)', () => overdispersed(u, 50, 3), 50, 150],
  ] as const)('%s has its mean and variance', (_, draw, mean, variance) => {
    const m = moments(draw);
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / 40000));
    expect(m.variance / variance).toBeGreaterThan(0.93);
    expect(m.variance / variance).toBeLessThan(1.07);
  });
});

describe('with every source off, on data that ends mid-year and has segments', () => {
  it('reproduces the exact forecast: realised months of the first projected year and segments summed per regeling', async () => {
    const months = Array.from({ length: 30 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const stand = (seg: string, i: number) => (seg === 'jong' ? 300 + i : 700 - 2 * i);
    const { root, dir } = folder({
      'budget.csv': csv`
        jaar,fase,bedrag
        2020,definitief,9000000
        2021,definitief,9100000
        2022,voorlopig,9200000
      `,
      'lasten.csv': csv`
        jaar,lasten
        2020,9500000
        2021,9600000
      `,
      'volume.csv': ['maand,regeling,segment,aantal', ...['jong', 'oud'].flatMap((seg) => ['2019-12', ...months].map((m, i) => `${m},PW,${seg},${stand(seg, i)}`))].join('\n') + '\n',
      'stromen.csv':
        [
          'maand,regeling,segment,instroom,uitstroom',
          ...['jong', 'oud'].flatMap((seg) => months.map((m, i) => (seg === 'jong' ? `${m},PW,${seg},${31 + (i % 3)},${30 + (i % 3)}` : `${m},PW,${seg},${20 + (i % 2)},${22 + (i % 2)}`))),
        ].join('\n') + '\n',
    });
    writeFileSync(join(root, 'scenario.json'), JSON.stringify({ naam: 'halfjaar', data: dir, horizon: { tot: '2024-12' }, schokken: [{ maand: '2022-09', regeling: 'PW', instroom: 40 }] }));
    const off = {
      ...STANDAARD_ONZEKERHEID,
      instroom: 'uit' as const,
      uitstroom: false,
      uitstroomkans: false,
      budget: { aan: false },
      acties: { ...STANDAARD_ONZEKERHEID.acties, aan: false },
      schokken: { ...STANDAARD_ONZEKERHEID.schokken, aan: false },
    };
    const { value } = runSimulate({ cwd: root, lang: 'nl' }, { source: { scenario: 'scenario.json' }, runs: 5, seed: 1, onzekerheid: off });
    const prognose = value!.run.forecast.jaren.filter((j) => j.soort === 'prognose');
    expect(prognose.map((j) => j.jaar)).toEqual([2022, 2023, 2024]);
    value!.simulatie.jaren.forEach((y, k) => {
      const j = prognose[k]!;
      expect(y.gemiddeld_volume.p50).toBeCloseTo(j.gemiddeldVolume.toNumber(), 8);
      expect(y.gemiddeld_volume.p10).toBe(y.gemiddeld_volume.p90);
      expect(y.lasten.p50).toBe(j.lasten.times(100).toDecimalPlaces(0, 4).toNumber());
      expect(y.budget.p50).toBe(j.budget.times(100).toDecimalPlaces(0, 4).toNumber());
    });
  });
});
