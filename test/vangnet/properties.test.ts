// The shape of the vangnet rule, for every regime: bounded, monotone, continuous, zero when a
// test fails, and independent of the order of the input rows.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVangnet, type JaarCijfers } from '../../src/domain/vangnet/compute.js';
import { jaarCijfers } from '../../src/domain/vangnet/fromData.js';
import { ruleFor } from '../../src/domain/vangnet/rules.js';
import type { BudgetRow, LastenRow } from '../../src/domain/data.js';
import { D, type Decimal } from '../../src/money.js';

const YEARS = [2016, 2017, 2018, 2019, 2022, 2024, 2025, 2026];

/** Amounts in cents, as Decimals: budgets of 1 to 100 million euros. */
const budgetArb = fc.integer({ min: 100_000_000, max: 10_000_000_000 }).map((c) => D(c).div(100));
/** A tekort as a share of the budget, from an overschot of 10% to a tekort of 30%, in basis points. */
const shareArb = fc.integer({ min: -1000, max: 3000 });
const earlierArb = fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 4, maxLength: 4 });

function earlier(jaar: number, budget: Decimal, shares: number[]): JaarCijfers[] {
  return shares.map((bp, i) => {
    const saldo = budget.times(bp).div(10_000).neg();
    return { jaar: jaar - 4 + i, budget, lasten: budget.minus(saldo), saldo };
  });
}

function run(jaar: number, budget: Decimal, lasten: Decimal, andereJaren: JaarCijfers[]) {
  return computeVangnet({ jaar, budget, lasten, andereJaren, rule: ruleFor(jaar)! });
}

const scenario = fc.record({ jaar: fc.constantFrom(...YEARS), budget: budgetArb, share: shareArb, earlier: earlierArb });

describe('vangnet properties', () => {
  it('0 <= vangnet <= tekort, and 0 without a tekort', () => {
    fc.assert(
      fc.property(scenario, ({ jaar, budget, share, earlier: e }) => {
        const lasten = budget.plus(budget.times(share).div(10_000));
        const r = run(jaar, budget, lasten, earlier(jaar, budget, e));
        for (const route of r.routes) {
          expect(route.vangnetExact.gte(0)).toBe(true);
          expect(route.vangnetExact.lte(r.tekort.gt(0) ? r.tekort : D(0))).toBe(true);
          expect(route.eigenRisico.plus(route.vangnet).eq(r.tekort.gt(0) ? r.tekort : D(0))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is 0 whenever a test fails', () => {
    fc.assert(
      fc.property(scenario, ({ jaar, budget, share, earlier: e }) => {
        const r = run(jaar, budget, budget.plus(budget.times(share).div(10_000)), earlier(jaar, budget, e));
        for (const route of r.routes) if (route.toetsen.some((t) => !t.voldaan)) expect(route.vangnetExact.isZero()).toBe(true);
        if (r.route === null) expect(r.gekozen.vangnet.isZero()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never decreases when lasten rise while the tests pass, and rises by at most the rise (no jumps at band edges)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 5_000_000 }), ({ jaar, budget, share, earlier: e }, riseCents) => {
        const years = earlier(jaar, budget, e);
        const lasten = budget.plus(budget.times(share).div(10_000));
        const rise = D(riseCents).div(100);
        const a = run(jaar, budget, lasten, years);
        const b = run(jaar, budget, lasten.plus(rise), years);
        if (a.route !== null && b.route !== null) {
          const delta = b.gekozen.vangnetExact.minus(a.gekozen.vangnetExact);
          expect(delta.gte(0)).toBe(true);
          expect(delta.lte(rise)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is continuous across the band edges: a cent around the own-risk and upper edge moves it by at most a cent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YEARS), budgetArb, fc.constantFrom('eigen', 'boven'), fc.integer({ min: -300, max: 300 }), (jaar, budget, edge, cents) => {
        const rule = ruleFor(jaar)!;
        for (const route of rule.routes) {
          const pct = edge === 'eigen' ? route.treden.eigen_risico_pct : route.treden.boven_pct;
          // A deep tekort in every earlier year so that only the bands matter.
          const years = earlier(jaar, budget, [2000, 2000, 2000, 2000]);
          const edgeTekort = budget.times(pct).div(100);
          const at = (offsetCents: number) => {
            const r = computeVangnet({ jaar, budget, lasten: budget.plus(edgeTekort).plus(D(offsetCents).div(100)), andereJaren: years, rule: { ...rule, routes: [route] } });
            return r.gekozen;
          };
          const here = at(cents);
          const next = at(cents + 1);
          if (here.recht && next.recht) {
            const step = next.vangnetExact.minus(here.vangnetExact);
            expect(step.gte(0) && step.lte(D('0.01'))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the input rows', () => {
    const rowsArb = fc.record({ jaar: fc.constantFrom(2019, 2022, 2025), budget: budgetArb, shares: fc.array(shareArb, { minLength: 4, maxLength: 4 }) });
    fc.assert(
      fc.property(rowsArb, fc.func(fc.integer()), ({ jaar, budget, shares }, key) => {
        const budgetRows: BudgetRow[] = [];
        const lastenRows: LastenRow[] = [];
        shares.forEach((bp, i) => {
          const y = jaar - 3 + i;
          budgetRows.push({ jaar: y, fase: 'voorlopig', bedrag: budget.plus(1000) }, { jaar: y, fase: 'definitief', bedrag: budget });
          // Lasten split over two regelingen, to be summed.
          const total = budget.plus(budget.times(bp).div(10_000));
          lastenRows.push({ jaar: y, regeling: 'PW', lasten: total.minus(5000) }, { jaar: y, regeling: 'BBZ', lasten: D(5000) });
        });
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: key(i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const compute = (b: BudgetRow[], l: LastenRow[]) => {
          const all = jaarCijfers({ budget: b, lasten: l });
          const self = all.find((c) => c.jaar === jaar)!;
          return computeVangnet({ jaar, budget: self.budget!, lasten: self.lasten!, andereJaren: shuffle(all.filter((c) => c.jaar !== jaar)), rule: ruleFor(jaar)! });
        };
        const a = compute(budgetRows, lastenRows);
        const b = compute(shuffle(budgetRows), shuffle(lastenRows));
        expect(b.gekozen.vangnetExact.toString()).toBe(a.gekozen.vangnetExact.toString());
        expect(b.route).toBe(a.route);
        expect(JSON.stringify(b.routes)).toBe(JSON.stringify(a.routes));
      }),
      { numRuns: 300 },
    );
  });
});
