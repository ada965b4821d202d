// The stock-flow model against analytic answers.

import { describe, expect, it } from 'vitest';
import { forecast, type Forecast } from '../../src/domain/forecast/forecast.js';
import { defaultAannames, type Scenario } from '../../src/domain/forecast/scenario.js';
import type { DataSet } from '../../src/domain/data.js';
import { D, type Decimal } from '../../src/money.js';
import { addMonths, asMonth } from '../../src/period.js';

/** A data set with one PW series: stands from `start` for `months` months with constant flows. */
function steadyData(opts: { stand0: number; instroom: number; uitstroomPct: number; months?: number; prijs?: number }): DataSet {
  const months = opts.months ?? 24;
  const first = asMonth('2021-01');
  const volume: DataSet['volume'] = [{ maand: addMonths(first, -1), regeling: 'PW', aantal: opts.stand0 }];
  const stromen: DataSet['stromen'] = [];
  let stand = opts.stand0;
  for (let i = 0; i < months; i++) {
    const uit = (stand * opts.uitstroomPct) / 100;
    if (!Number.isInteger(uit)) throw new Error('choose numbers that keep the history whole');
    stand = stand + opts.instroom - uit;
    volume.push({ maand: addMonths(first, i), regeling: 'PW', aantal: stand });
    stromen.push({ maand: addMonths(first, i), regeling: 'PW', instroom: opts.instroom, uitstroom: uit });
  }
  const prijs = D(opts.prijs ?? 12000);
  return {
    budget: [2021, 2022].map((jaar) => ({ jaar, fase: 'definitief' as const, bedrag: D(12_000_000) })),
    lasten: [2021, 2022].map((jaar) => ({ jaar, regeling: 'PW' as const, lasten: prijs.times(stand) })),
    volume,
    stromen,
    prijzen: [],
  };
}

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    naam: 'test',
    horizon: asMonth('2024-12'),
    aannames: defaultAannames(),
    schokken: [],
    gezet: new Set(),
    ...extra,
  };
}

function run(data: DataSet, s: Scenario = scenario()): Forecast {
  const r = forecast({ data, scenario: s });
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r.forecast;
}

const projected = (f: Forecast) => f.maanden.filter((m) => m.soort === 'prognose');
const yearVolume = (f: Forecast, jaar: number) => f.jaren.find((j) => j.jaar === jaar)!.gemiddeldVolume;

describe('the stock-flow model', () => {
  it('stays flat in steady state: stand 1,000, instroom 20 a month, uitstroom 2% of the stand', () => {
    const f = run(steadyData({ stand0: 1000, instroom: 20, uitstroomPct: 2 }));
    expect(f.reeksen[0]!.instroom.toString()).toBe('20');
    expect(f.reeksen[0]!.uitstroomKans.toString()).toBe('0.02');
    for (const m of projected(f)) expect(m.volume.toString()).toBe('1000');
    expect(yearVolume(f, 2024).toString()).toBe('1000');
  });

  it('follows V_n = I/u - (I/u - V_0)(1-u)^n with constant I and u, to 1e-9', () => {
    // History: 2,000 stands, instroom 30, uitstroom 2.5% of the previous stand: u = 0.025 exactly;
    // the level drifts towards I/u = 1,200. The history is generated with those numbers.
    const data = steadyData({ stand0: 2000, instroom: 30, uitstroomPct: 2.5, months: 1 });
    // Extend the history so the base period (last 24 months) has flows: use a stand path that
    // keeps u exact: stands 2000 -> 1980 (30 in, 50 out = 2.5% of 2000).
    const f = run(data, scenario({ basisperiode: { van: asMonth('2021-01'), tot: asMonth('2021-01') } }));
    const I = D(30);
    const u = D('0.025');
    const V0 = D(1980);
    projected(f).forEach((m, k) => {
      const n = k + 1;
      const expected = I.div(u).minus(I.div(u).minus(V0).times(D(1).minus(u).pow(n)));
      expect(m.volume.minus(expected).abs().lt('1e-9')).toBe(true);
    });
    expect(projected(f)).toHaveLength(47);
  });

  it("raises a year's gemiddeld volume by exactly (N/12) * sum over the remaining months of (1-u)^k for a shock of +N", () => {
    const data = steadyData({ stand0: 1000, instroom: 20, uitstroomPct: 2 });
    const base = run(data);
    const shocked = run(data, scenario({ schokken: [{ maand: asMonth('2023-05'), regeling: 'PW', instroom: D(85) }] }));
    // The shock enters at the end of May (month 0) and decays by (1 - u) a month: May..December.
    const u = D('0.02');
    let expected: Decimal = D(0);
    for (let k = 0; k <= 7; k++) expected = expected.plus(D(85).times(D(1).minus(u).pow(k)));
    expected = expected.div(12);
    const delta = yearVolume(shocked, 2023).minus(yearVolume(base, 2023));
    expect(delta.minus(expected).abs().lt('1e-30')).toBe(true);
    // ... and lasten by that amount times the prijs (12,000, no index).
    const lastenDelta = shocked.jaren.find((j) => j.jaar === 2023)!.lasten.minus(base.jaren.find((j) => j.jaar === 2023)!.lasten);
    expect(lastenDelta.minus(expected.times(12000)).abs().lt('1e-25')).toBe(true);
    // The shock lives on, decaying, in 2024: (N/12) * sum_{k=8..19} (1-u)^k.
    let next: Decimal = D(0);
    for (let k = 8; k <= 19; k++) next = next.plus(D(85).times(D(1).minus(u).pow(k)));
    expect(yearVolume(shocked, 2024).minus(yearVolume(base, 2024)).minus(next.div(12)).abs().lt('1e-30')).toBe(true);
  });

  it('applies the scenario factors to I and u', () => {
    const f = run(
      steadyData({ stand0: 1000, instroom: 20, uitstroomPct: 2 }),
      scenario({
        aannames: { ...scenario().aannames, instroom_factor: D('1.1'), uitstroom_factor: D('0.5') },
      }),
    );
    expect(f.reeksen[0]!.instroom.toString()).toBe('22');
    expect(f.reeksen[0]!.uitstroomKans.toString()).toBe('0.01');
    expect(projected(f)[0]!.volume.toString()).toBe('1012'); // 1000 + 22 - 10
  });

  it('indexes the prijs per year and grows the budget from the last known one', () => {
    const f = run(
      steadyData({ stand0: 1000, instroom: 20, uitstroomPct: 2 }),
      scenario({
        aannames: {
          ...scenario().aannames,
          prijsindex_pct: new Map([
            [2023, D(10)],
            [2024, D(10)],
          ]),
          budget_groei_pct: D(2),
        },
      }),
    );
    const y2024 = f.jaren.find((j) => j.jaar === 2024)!;
    expect(y2024.regelingen[0]!.prijs!.toString()).toBe('14520'); // 12,000 x 1.1 x 1.1
    expect(y2024.lasten.toString()).toBe('14520000');
    expect(y2024.budget.toString()).toBe('12484800'); // 12,000,000 x 1.02^2
    expect(y2024.budgetFase).toBe('raming');
  });

  it('reports a horizon that is not after the data, and a base period without data', () => {
    const data = steadyData({ stand0: 1000, instroom: 20, uitstroomPct: 2 });
    expect(forecast({ data, scenario: scenario({ horizon: asMonth('2022-12') }) })).toEqual({ problems: [{ soort: 'horizon', horizon: '2022-12', laatste: '2022-12' }] });
    const r = forecast({ data, scenario: scenario({ basisperiode: { van: asMonth('2019-01'), tot: asMonth('2021-06') } }) });
    expect('problems' in r && r.problems[0]!.soort).toBe('basisperiode');
  });
});
