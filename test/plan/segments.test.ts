// Data with segments: a shock or an actie on the regeling is spread over its segments in
// proportion to their stand. With the same u in every segment, the total effect is exactly that
// of one unsegmented series.

import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/domain/data.js';
import { forecast } from '../../src/domain/forecast/forecast.js';
import { defaultAannames, type Scenario } from '../../src/domain/forecast/scenario.js';
import { pricePlan } from '../../src/domain/plan/price.js';
import { D, ZERO, type Decimal } from '../../src/money.js';
import { addMonths, asMonth } from '../../src/period.js';

/** PW in two segments, 600 and 400, both in steady state at u = 0.02. */
function segmented(): DataSet {
  const first = asMonth('2021-01');
  const volume: DataSet['volume'] = [];
  const stromen: DataSet['stromen'] = [];
  for (const [segment, stand] of [
    ['Groeien', 600],
    ['Zorg', 400],
  ] as const) {
    volume.push({ maand: addMonths(first, -1), regeling: 'PW', segment, aantal: stand });
    for (let i = 0; i < 24; i++) {
      volume.push({ maand: addMonths(first, i), regeling: 'PW', segment, aantal: stand });
      stromen.push({ maand: addMonths(first, i), regeling: 'PW', segment, instroom: stand / 50, uitstroom: stand / 50 });
    }
  }
  return {
    budget: [2021, 2022].map((jaar) => ({ jaar, fase: 'definitief' as const, bedrag: D(12_000_000) })),
    lasten: [2021, 2022].map((jaar) => ({ jaar, regeling: 'PW' as const, lasten: D(12_000_000) })),
    volume,
    stromen,
    prijzen: [],
  };
}

const scenario = (extra: Partial<Scenario> = {}): Scenario => ({
  naam: 'seg',
  horizon: asMonth('2023-12'),
  aannames: defaultAannames(),
  schokken: [],
  gezet: new Set(),
  ...extra,
});

/** (N/12) * sum_{k=from..to} 0.98^k */
function decayed(n: number, from: number, to: number): Decimal {
  let s = ZERO;
  for (let k = from; k <= to; k++) s = s.plus(D('0.98').pow(k));
  return s.times(n).div(12);
}

describe('segments', () => {
  it('spreads a shock on PW over its segments by stand (60% / 40%) and says so', () => {
    const run = (s: Scenario) => {
      const r = forecast({ data: segmented(), scenario: s });
      if ('problems' in r) throw new Error('problems');
      return r.forecast;
    };
    const base = run(scenario());
    const shocked = run(scenario({ schokken: [{ maand: asMonth('2023-05'), regeling: 'PW', instroom: D(100) }] }));
    const delta = shocked.jaren.find((j) => j.jaar === 2023)!.gemiddeldVolume.minus(base.jaren.find((j) => j.jaar === 2023)!.gemiddeldVolume);
    expect(
      delta
        .minus(decayed(100, 0, 7))
        .abs()
        .lt('1e-30'),
    ).toBe(true);
    expect(shocked.waarschuwingen).toContainEqual({
      soort: 'schok-verdeeld',
      maand: '2023-05',
      regeling: 'PW',
      delen: [
        { reeks: 'PW/Groeien', aandeel: D('0.6') },
        { reeks: 'PW/Zorg', aandeel: D('0.4') },
      ],
    });
  });

  it('spreads an actie the same way, with the analytic total effect', () => {
    const r = pricePlan({
      data: segmented(),
      scenario: scenario(),
      acties: [
        { code: 'A', naam: 'a', hefboom: 'uitstroom', aantal: 12, start: asMonth('2023-01'), ingroei_maanden: 12, regeling: 'PW', herinstroom_pct: ZERO, herinstroom_na_maanden: 12, kosten: ZERO },
      ],
    });
    if ('problems' in r) throw new Error('problems');
    let sum = ZERO;
    for (let k = 1; k <= 12; k++) sum = sum.plus(D(1).minus(D('0.98').pow(k)).div('0.02'));
    const delta = r.pricing.totaal.find((y) => y.jaar === 2023)!.deltaVolume;
    expect(delta.minus(sum.div(12).neg()).abs().lt('1e-20')).toBe(true);
    expect(r.pricing.verdeeld).toEqual([
      {
        code: 'A',
        delen: [
          { reeks: 'PW/Groeien', aandeel: D('0.6') },
          { reeks: 'PW/Zorg', aandeel: D('0.4') },
        ],
      },
    ]);
  });
});
