// The budget side against analytic answers: B = macrobudget x aandeel, a voorlopig budget carried
// to its expected definitief, the volume the budget pays for, the LKS deelbudget following the
// LKS lasten of acties, and when the vangnet is paid.

import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataSet } from '../src/domain/data.js';
import { forecast, type Forecast } from '../src/domain/forecast/forecast.js';
import { defaultAannames, type Aannames, type Scenario } from '../src/domain/forecast/scenario.js';
import type { Actie } from '../src/domain/plan/actie.js';
import { pricePlan } from '../src/domain/plan/price.js';
import { D, roundHalfUp, ZERO } from '../src/money.js';
import { addMonths, asMonth } from '../src/period.js';
import { CLEAN, cli, csv, folder } from './helpers.js';

/** Steady PW: stand 1,000, instroom 20, uitstroom 2%; prijs 12,000; 2022 definitief on a macrobudget. */
function steady(budget: Partial<DataSet['budget'][number]> = {}): DataSet {
  const first = asMonth('2021-01');
  const volume: DataSet['volume'] = [{ maand: addMonths(first, -1), regeling: 'PW', aantal: 1000 }];
  const stromen: DataSet['stromen'] = [];
  for (let i = 0; i < 24; i++) {
    volume.push({ maand: addMonths(first, i), regeling: 'PW', aantal: 1000 });
    stromen.push({ maand: addMonths(first, i), regeling: 'PW', instroom: 20, uitstroom: 20 });
  }
  return {
    budget: [{ jaar: 2022, fase: 'definitief', bedrag: D(12_600_000), macrobudget: D(6_300_000_000), ...budget }],
    lasten: [{ jaar: 2022, regeling: 'PW', lasten: D(12_000_000) }],
    volume,
    stromen,
    prijzen: [],
  };
}

const scenario = (aannames: Partial<Aannames> = {}, gezet: string[] = []): Scenario => ({
  naam: 'test',
  horizon: asMonth('2026-12'),
  aannames: { ...defaultAannames(), ...aannames },
  schokken: [],
  gezet: new Set(gezet),
});

function run(data: DataSet, s: Scenario): Forecast {
  const r = forecast({ data, scenario: s });
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r.forecast;
}
const perYear = (entries: [number, string][]) => new Map(entries.map(([y, v]) => [y, D(v)]));

describe('the macrobudget model', () => {
  it('keeps a steady caseload at a constant tekort% when one price index moves both sides (macro volume 0)', () => {
    const index = perYear([
      [2023, '3.1'],
      [2024, '10.15'],
      [2025, '0'],
      [2026, '2'],
    ]);
    const f = run(steady(), scenario({ prijsindex_pct: index }));
    const tekort = f.jaren.map((j) => roundHalfUp(j.tekortFractie, 20).toString());
    // 2022: lasten 12,000,000 on a budget of 12,600,000; every later year the same fraction.
    expect(new Set(tekort)).toEqual(new Set([roundHalfUp(D(12_000_000).minus(12_600_000).div(12_600_000), 20).toString()]));
    expect(f.jaren.find((j) => j.jaar === 2024)).toMatchObject({ budgetBron: 'macrobudget', budgetFase: 'raming' });
  });

  it('grows the macrobudget by its volume and price parts, times the last aandeel', () => {
    const f = run(steady(), scenario({ macro_volume_pct: perYear([[2023, '-1']]), macro_prijs_pct: perYear([[2023, '4']]) }));
    const y = f.jaren.find((j) => j.jaar === 2023)!;
    // 6.3 bln x 0.99 x 1.04 x (12.6 mln / 6.3 bln) = 12.6 mln x 0.99 x 1.04.
    expect(y.macrobudget!.toString()).toBe(D(6_300_000_000).times('0.99').times('1.04').toString());
    expect(y.budget.toString()).toBe(D(12_600_000).times('0.99').times('1.04').toString());
  });

  it('takes a scenario macrobudget and aandeel for a projected year: exactly their product', () => {
    const f = run(steady(), scenario({ macrobudget: perYear([[2024, '6543210987.65']]), aandeel_pct: perYear([[2024, '0.6123']]) }));
    const y = f.jaren.find((j) => j.jaar === 2024)!;
    expect(y.budget.eq(D('6543210987.65').times('0.6123').div(100))).toBe(true);
    expect(y.budgetBron).toBe('macrobudget');
  });

  it('keeps the old budget_groei_pct when a scenario asks for it', () => {
    const f = run(steady(), scenario({ budget_groei_pct: D(10), prijsindex_pct: perYear([[2023, '3']]) }, ['budget_groei_pct']));
    expect(f.jaren.find((j) => j.jaar === 2023)).toMatchObject({ budgetBron: 'groei', budget: D(13_860_000) });
  });
});

describe('a voorlopig budget', () => {
  const data = () => {
    const d = steady();
    d.budget.push({ jaar: 2023, fase: 'voorlopig', bedrag: D(12_700_000) });
    return d;
  };

  it('is carried to the expected definitief: published x (1 + bijstelling), and the vangnet uses it', () => {
    const f = run(data(), scenario({ bijstelling_pct: perYear([[2023, '4.5']]) }));
    const y = f.jaren.find((j) => j.jaar === 2023)!;
    expect(y.budget.eq(D(12_700_000).times('1.045'))).toBe(true);
    expect(y).toMatchObject({ budgetGepubliceerd: D(12_700_000), budgetFase: 'voorlopig', budgetBron: 'bijstelling' });
    expect(y.vangnet!.budget.eq(y.budget)).toBe(true);
    expect(f.waarschuwingen).toContainEqual(expect.objectContaining({ soort: 'budget-bijgesteld', jaar: 2023 }));
  });

  it('is taken as published without a bijstelling, with a warning when the lasten are indexed', () => {
    const f = run(data(), scenario({ prijsindex_pct: perYear([[2023, '2.5']]) }));
    expect(f.jaren.find((j) => j.jaar === 2023)).toMatchObject({ budget: D(12_700_000), budgetBron: 'budget.csv' });
    expect(f.waarschuwingen).toContainEqual({ soort: 'budget-niet-bijgesteld', jaar: 2023, fase: 'voorlopig', prijsindexPct: D('2.5') });
  });
});

describe('the volume the budget pays for', () => {
  it('is budget / (lasten / gemiddeld volume): times that prijs it gives the budget back', () => {
    const f = run(steady(), scenario({ prijsindex_pct: perYear([[2023, '3']]) }));
    for (const y of f.jaren) {
      const prijs = y.lasten.div(y.gemiddeldVolume);
      expect(y.budgetvolume!.times(prijs).toSignificantDigits(30).eq(y.budget.toSignificantDigits(30)), String(y.jaar)).toBe(true);
    }
    // 2022: 12.6 mln / 12,000 = 1,050 benefits paid for, against 1,000.
    expect(f.jaren.find((j) => j.jaar === 2022)!.budgetvolume!.toString()).toBe('1050');
  });
});

describe('the LKS deelbudget', () => {
  const lks: Actie = {
    code: 'L',
    naam: 'lks',
    hefboom: 'lks',
    aantal: 12,
    start: asMonth('2023-01'),
    ingroei_maanden: 1,
    regeling: 'PW',
    herinstroom_pct: ZERO,
    herinstroom_na_maanden: 12,
    kosten: ZERO,
    lks_prijs: D(7500),
  };

  it('brings an LKS actie its LKS lasten back as budget a year later: netto as computed by hand', () => {
    const data = steady({ lks_deelbudget: D(500_000) });
    const s = scenario({ lks_budget: { vertraging_jaren: 1, vergoeding_pct: D(100) } });
    const r = pricePlan({ data, scenario: s, acties: [lks] });
    if ('problems' in r) throw new Error('problems');
    // 12 placements in January 2023; the PW stand is lower by 12 x 0.98^k in month k from then on.
    const placed = (k: number) => D(12).times(D('0.98').pow(k));
    let first = ZERO;
    let second = ZERO;
    for (let k = 0; k < 12; k++) first = first.plus(placed(k).div(12));
    for (let k = 12; k < 24; k++) second = second.plus(placed(k).div(12));
    const y2024 = r.pricing.totaal.find((y) => y.jaar === 2024)!;
    // 2024: the benefit-years saved at 12,000 minus their LKS cost at 7,500, plus the 2023 LKS lasten back as budget.
    const expected = second.times(12_000 - 7500).plus(first.times(7500));
    expect(y2024.netto.minus(expected).abs().lte('1e-20'), `${y2024.netto} vs ${expected}`).toBe(true);
    expect(
      r.pricing.plan.jaren
        .find((j) => j.jaar === 2024)!
        .budgetActies.minus(first.times(7500))
        .abs()
        .lte('1e-20'),
    ).toBe(true);
  });

  it('does nothing where the data names no LKS deelbudget', () => {
    const r = pricePlan({ data: steady(), scenario: scenario({ lks_budget: { vertraging_jaren: 1, vergoeding_pct: D(100) } }), acties: [lks] });
    if ('problems' in r) throw new Error('problems');
    expect(r.pricing.plan.jaren.every((j) => j.budgetActies.isZero())).toBe(true);
  });
});

describe('the budget in the JSON of a forecast', () => {
  async function json(scenarioText: string) {
    const { root } = folder({}, 'scenarios');
    cpSync(join(process.cwd(), 'data', 'deventer'), join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'scenarios', 's.json'), scenarioText);
    const r = await cli(['forecast', '--scenario', 'scenarios/s.json', '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { jaren: Record<string, unknown>[] };
  }

  it('names the budget, its published amount, fase and origin, the budgetvolume and when the vangnet is paid', async () => {
    const f = await json('{ "naam": "t", "data": "../data", "aannames": { "bijstelling_pct": { "2023": "3" }, "macrobudget": { "2025": 6500000000 }, "aandeel_pct": { "2025": "0.63" } } }');
    const y = (jaar: number) => f.jaren.find((j) => j.jaar === jaar)!;
    expect(y(2022)).toMatchObject({ budget: '36896210.00', budget_gepubliceerd: '36896210.00', budget_fase: 'definitief', budget_herkomst: 'gepubliceerd' });
    expect((y(2022).vangnet as { uitbetaling_jaar: number }).uitbetaling_jaar).toBe(2024);
    expect(y(2023)).toMatchObject({ budget: '39110075.41', budget_gepubliceerd: '37970947.00', budget_fase: 'voorlopig', budget_herkomst: 'verwacht_definitief' });
    expect(y(2025)).toMatchObject({ budget: '40950000.00', budget_fase: 'raming', budget_herkomst: 'macrobudget' });
    expect('budget_gepubliceerd' in y(2025)).toBe(false);
    expect(typeof y(2025).budgetvolume).toBe('number');
  });

  it('reads the LKS deelbudget column of budget.csv', async () => {
    const { root } = folder({
      ...CLEAN,
      'budget.csv': csv`
      jaar,fase,bedrag,lks_deelbudget
      2022,definitief,36896210,1200000
    `,
    });
    const r = await cli(['validate', '--data', 'data', '--format', 'json'], { cwd: root });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
