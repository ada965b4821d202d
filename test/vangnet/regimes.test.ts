// Every rule regime: a qualifying case, a case failing the threshold, a case failing the
// multi-year test. Budgets of 10,000,000 so that every expected amount can be checked by hand.

import { describe, expect, it } from 'vitest';
import { computeVangnet, type JaarCijfers } from '../../src/domain/vangnet/compute.js';
import { ruleFor } from '../../src/domain/vangnet/rules.js';
import { D } from '../../src/money.js';

const B = 10_000_000;
/** Earlier years as saldi (budget - lasten) on a budget of B: negative is a tekort. */
const years = (saldi: Record<number, number>): JaarCijfers[] => Object.entries(saldi).map(([jaar, s]) => ({ jaar: Number(jaar), budget: D(B), lasten: D(B - s), saldo: D(s) }));

function vangnet(jaar: number, tekort: number, saldi: Record<number, number> = {}) {
  return computeVangnet({ jaar, budget: D(B), lasten: D(B + tekort), andereJaren: years(saldi), rule: ruleFor(jaar)! });
}
const amount = (r: ReturnType<typeof vangnet>) => (r.route ? r.gekozen.vangnetExact.toString() : '0');
const failed = (r: ReturnType<typeof vangnet>) => r.gekozen.toetsen.filter((t) => !t.voldaan).map((t) => t.soort);

describe('2016: threshold 5%, no multi-year test, bands 5-10% half, > 10% full (assumed)', () => {
  it('qualifies above 5%: 0.5 x (800,000 - 500,000) = 150,000', () => {
    const r = vangnet(2016, 800_000);
    expect(amount(r)).toBe('150000');
    expect(r.waarschuwingen.map((w) => w.soort)).toContain('aangenomen');
  });
  it('pays in full above 10%: 0.5 x 500,000 + 200,000 = 450,000', () => expect(amount(vangnet(2016, 1_200_000))).toBe('450000'));
  it('fails the threshold at exactly 5%', () => {
    const r = vangnet(2016, 500_000);
    expect(r.route).toBeNull();
    expect(failed(r)).toEqual(['drempel']);
  });
  it('has no multi-year test: an earlier overschot does not matter', () => expect(amount(vangnet(2016, 800_000, { 2015: 5_000_000 }))).toBe('150000'));
});

describe('2017: threshold 5%; 2016 + 2017 summed tekort > 5% of B_2017; bands 5-12.5% half', () => {
  it('qualifies: 800,000 - 200,000 = 6%, pays 150,000', () => expect(amount(vangnet(2017, 800_000, { 2016: 200_000 }))).toBe('150000'));
  it('pays the top band fully: 0.5 x 750,000 + 250,000 = 625,000', () => expect(amount(vangnet(2017, 1_500_000, { 2016: 0 }))).toBe('625000'));
  it('fails the threshold at 4.5% whatever the earlier years', () => expect(failed(vangnet(2017, 450_000, { 2016: -2_000_000 }))).toEqual(['drempel']));
  it('fails the multi-year test when 2016 had an overschot of 400,000 (4%)', () => {
    expect(failed(vangnet(2017, 800_000, { 2016: 400_000 }))).toEqual(['cumulatief']);
  });
  it('looks back one year only: 2015 does not count', () => expect(amount(vangnet(2017, 800_000, { 2015: 5_000_000, 2016: 0 }))).toBe('150000'));
});

describe('2018: threshold 5%; 2016-2018 summed tekort > 5% of B_2018', () => {
  it('qualifies: 800,000 + 100,000 - 300,000 = 6%', () => expect(amount(vangnet(2018, 800_000, { 2016: 300_000, 2017: -100_000 }))).toBe('150000'));
  it('fails the threshold at exactly 5%', () => expect(failed(vangnet(2018, 500_000, { 2016: -900_000, 2017: -900_000 }))).toEqual(['drempel']));
  it('fails the multi-year test at 4%', () => expect(failed(vangnet(2018, 800_000, { 2016: 300_000, 2017: 100_000 }))).toEqual(['cumulatief']));
});

describe.each([2019, 2022, 2024])('%i (2019-2024): threshold 7.5%; t-2..t summed > 7.5% of B_t; bands 7.5-12.5% half', (jaar) => {
  it('qualifies: 0.5 x (1,000,000 - 750,000) = 125,000', () => {
    const r = vangnet(jaar, 1_000_000, { [jaar - 2]: 100_000, [jaar - 1]: -50_000 });
    expect(amount(r)).toBe('125000');
    expect(r.route).toBe('regulier');
    expect(r.waarschuwingen).toEqual([]);
  });
  it('fails the threshold at 7%', () => expect(failed(vangnet(jaar, 700_000, { [jaar - 2]: -1_000_000, [jaar - 1]: -1_000_000 }))).toEqual(['drempel']));
  it('fails the multi-year test when the sum is exactly 7.5% (strict)', () => {
    expect(failed(vangnet(jaar, 1_000_000, { [jaar - 2]: 250_000, [jaar - 1]: 0 }))).toEqual(['cumulatief']);
  });
  it('divides by the budget of year t only, not by three budgets', () => {
    const bigEarlier: JaarCijfers[] = [
      { jaar: jaar - 2, budget: D(100_000_000), lasten: D(100_100_000), saldo: D(-100_000) },
      { jaar: jaar - 1, budget: D(100_000_000), lasten: D(99_900_000), saldo: D(100_000) },
    ];
    const r = computeVangnet({ jaar, budget: D(B), lasten: D(B + 800_000), andereJaren: bigEarlier, rule: ruleFor(jaar)! });
    expect(amount(r)).toBe('25000');
  });
});

describe('the boundary: a tekort of exactly the threshold gives no right; one euro more does', () => {
  it('at 7.5% exactly: no right', () => expect(vangnet(2022, 750_000).route).toBeNull());
  it('one euro more: a right, exact 0.50, rounded half-up to 1', () => {
    const r = vangnet(2022, 750_001);
    expect(r.route).toBe('regulier');
    expect(r.gekozen.vangnetExact.toString()).toBe('0.5');
    expect(r.gekozen.vangnet.toString()).toBe('1');
  });
});

describe('2025 regulier: 2023-2025 summed > 7.5% of B_2025 (bands assumed unchanged)', () => {
  it('qualifies when the uitgebreid route does not, and warns that the bands are assumed', () => {
    const r = vangnet(2025, 1_000_000, { 2022: 0, 2023: 0, 2024: -100_000 });
    expect(r.route).toBe('regulier');
    expect(amount(r)).toBe('125000');
    expect(r.waarschuwingen).toContainEqual({ soort: 'aangenomen', route: 'regulier', deel: 'treden', regel: '2025' });
  });
  it('fails the threshold at 7% though the sum passes (and the uitgebreid route has one tekortjaar)', () => {
    const r = vangnet(2025, 700_000, { 2022: 0, 2023: 0, 2024: -1_000_000 });
    expect(r.route).toBeNull();
    expect(r.routes.map((x) => x.toetsen.filter((t) => !t.voldaan).map((t) => t.soort))).toEqual([['drempel'], ['tekortjaren']]);
  });
  it('fails the multi-year test when 2023 and 2024 had overschotten (6%)', () => {
    const r = vangnet(2025, 1_000_000, { 2022: 0, 2023: 200_000, 2024: 200_000 });
    expect(r.route).toBeNull();
    expect(failed(r)).toEqual(['cumulatief']);
  });
});

describe('2025 uitgebreid (Stb. 2025, 222): > 5%, and >= 5% in at least 2 of 2022-2024; own risk 5%', () => {
  it('qualifies at 7%, below the regular threshold: 0.5 x (700,000 - 500,000) = 100,000', () => {
    const r = vangnet(2025, 700_000, { 2022: -600_000, 2023: -500_000, 2024: 0 });
    expect(r.route).toBe('uitgebreid');
    expect(amount(r)).toBe('100000');
    expect(r.waarschuwingen).toContainEqual({ soort: 'aangenomen', route: 'uitgebreid', deel: 'treden', regel: '2025' });
  });
  it('counts a tekort of exactly 5% as a tekortjaar ("at least")', () => {
    const r = vangnet(2025, 700_000, { 2022: -500_000, 2023: -500_000, 2024: 0 });
    const t = r.routes[1]!.toetsen[1]!;
    expect(t.soort === 'tekortjaren' && t.aantal).toBe(2);
  });
  it('fails the threshold at exactly 5%', () => {
    const r = vangnet(2025, 500_000, { 2022: -600_000, 2023: -600_000, 2024: -600_000 });
    expect(r.route).toBeNull();
    expect(r.routes[1]!.toetsen.filter((t) => !t.voldaan).map((t) => t.soort)).toEqual(['drempel']);
  });
  it('fails the multi-year test with only one tekortjaar', () => {
    const r = vangnet(2025, 700_000, { 2022: -600_000, 2023: -499_999, 2024: 0 });
    expect(r.route).toBeNull();
    expect(r.routes[1]!.toetsen.filter((t) => !t.voldaan).map((t) => t.soort)).toEqual(['tekortjaren']);
  });
  it('takes the larger amount when both routes pay, and says so', () => {
    const r = vangnet(2025, 1_000_000, { 2022: -600_000, 2023: -100_000, 2024: -500_000 });
    expect(r.routes.map((x) => [x.route, x.recht, x.vangnetExact.toString()])).toEqual([
      ['regulier', true, '125000'],
      ['uitgebreid', true, '250000'],
    ]);
    expect(r.route).toBe('uitgebreid');
    expect(r.meerdereRoutes).toBe(true);
  });
});

describe('missing and provisional figures', () => {
  it('counts a missing earlier year as 0, with a warning per year', () => {
    const r = vangnet(2022, 1_000_000, { 2021: 0 });
    expect(amount(r)).toBe('125000');
    expect(r.waarschuwingen).toEqual([{ soort: 'jaar-ontbreekt', jaar: 2020 }]);
  });
  it('labels a result on a voorlopig budget', () => {
    const r = computeVangnet({ jaar: 2022, budget: D(B), lasten: D(B + 1_000_000), budgetFase: 'voorlopig', andereJaren: [], rule: ruleFor(2022)! });
    expect(r.waarschuwingen).toContainEqual({ soort: 'budget-niet-definitief', jaar: 2022, fase: 'voorlopig' });
  });
  it('has rules for 2015-2026 and none outside', () => {
    for (let j = 2015; j <= 2026; j++) expect(ruleFor(j), String(j)).toBeDefined();
    expect(ruleFor(2014)).toBeUndefined();
    expect(ruleFor(2027)).toBeUndefined();
  });
});

describe('provisional earlier years', () => {
  it('warns about a voorlopig budget of a year inside the window, not of one outside it', () => {
    const other = (jaar: number): JaarCijfers => ({ jaar, budget: D(B), lasten: D(B), saldo: D(0), budgetFase: 'voorlopig' });
    const r = computeVangnet({ jaar: 2022, budget: D(B), lasten: D(B + 1_000_000), andereJaren: [other(2018), other(2021)], rule: ruleFor(2022)! });
    expect(r.waarschuwingen).toContainEqual({ soort: 'budget-niet-definitief', jaar: 2021, fase: 'voorlopig' });
    expect(r.waarschuwingen).not.toContainEqual({ soort: 'budget-niet-definitief', jaar: 2018, fase: 'voorlopig' });
  });
});
