// Issue 11: random but legal data folders, scenario values, shocks, acties and vangnet rules,
// driven through the whole model (forecast, the plan's counterfactual runs, the vangnet), and
// the invariants asserted on every output: no NaN and no Infinity anywhere, no negative stand or
// lasten, a budget above zero, vangnet <= tekort, saldo = budget - lasten, resultaat = saldo +
// vangnet; and either a result or problems that become diagnostics, never an exception.
//
// A fixed seed and a bounded number of cases in `npm test`; `npm run fuzz` runs more (settings.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemDiagnostic } from '../../src/app/scenario.js';
import type { DataSet } from '../../src/domain/data.js';
import { forecast, type Forecast, type ForecastProblem } from '../../src/domain/forecast/forecast.js';
import { defaultAannames, type Aannames, type Scenario, type Schok } from '../../src/domain/forecast/scenario.js';
import type { Actie } from '../../src/domain/plan/actie.js';
import { pricePlan, type PlanPricing } from '../../src/domain/plan/price.js';
import { MIN_BEDRAG } from '../../src/domain/bounds.js';
import type { Regeling } from '../../src/domain/terms.js';
import type { VangnetRule } from '../../src/domain/vangnet/rules.js';
import { D, Decimal, roundHalfUp, ZERO } from '../../src/money.js';
import { addMonths, asMonth, monthIndex, yearOf, type Month } from '../../src/period.js';
import { budgetMs, runs, SEED } from './settings.js';

const REGELINGEN: Regeling[] = ['PW', 'IOAW', 'BBZ'];
/** An exact decimal from whole hundredths: `cents(250)` is 2.5. */
const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => D(n).div(100));

// --- a legal data folder --------------------------------------------------------------------

interface Case {
  data: DataSet;
  scenario: Scenario;
  acties: Actie[];
  rules: VangnetRule[];
  last: Month;
}

/** One series: a start stand, then per month instroom and the uitstroom as permille of the stand before (so stands reconcile and stay >= 0). */
const seriesArb = (months: number) =>
  fc.record({
    start: fc.integer({ min: 0, max: 3000 }),
    flows: fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 300 })), { minLength: months - 1, maxLength: months - 1 }),
  });

const dataArb = fc
  .record({
    regelingen: fc.subarray(REGELINGEN, { minLength: 1 }),
    first: fc.integer({ min: 0, max: 24 }),
    months: fc.integer({ min: 13, max: 36 }),
  })
  .chain(({ regelingen, first, months }) =>
    fc.record({
      regelingen: fc.constant(regelingen),
      first: fc.constant(addMonths(asMonth('2020-01'), first)),
      months: fc.constant(months),
      series: fc.tuple(...regelingen.map(() => seriesArb(months))),
      perRegeling: fc.boolean(),
      lasten: fc.array(fc.tuple(fc.integer({ min: 0, max: 200_000_000 }), fc.integer({ min: 0, max: 5_000_000 })), { minLength: 4, maxLength: 4 }),
      skipFirst: fc.boolean(),
      budgets: fc.array(fc.integer({ min: 1_000_000, max: 300_000_000 }), { minLength: 4, maxLength: 4 }),
      voorlopig: fc.option(fc.record({ macro: fc.integer({ min: 1_000_000_000, max: 10_000_000_000 }), aandeelBp: fc.integer({ min: 1, max: 500 }) })),
      prijzen: fc.array(fc.record({ r: fc.integer({ min: 0, max: 2 }), jaar: fc.integer({ min: 0, max: 8 }), prijs: fc.integer({ min: 1000, max: 60_000 }) }), { maxLength: 2 }),
      futureLasten: fc.boolean(),
    }),
  )
  .map((g): { data: DataSet; last: Month } => {
    const volume: DataSet['volume'] = [];
    const stromen: DataSet['stromen'] = [];
    g.regelingen.forEach((regeling, s) => {
      const { start, flows } = g.series[s]!;
      let stand = start;
      volume.push({ maand: g.first, regeling, aantal: stand });
      flows.forEach(([instroom, permille], i) => {
        const uitstroom = Math.floor((stand * permille) / 1000);
        stand = stand + instroom - uitstroom;
        const maand = addMonths(g.first, i + 1);
        volume.push({ maand, regeling, aantal: stand });
        stromen.push({ maand, regeling, instroom, uitstroom });
      });
    });
    const last = addMonths(g.first, g.months - 1);
    const years = Array.from({ length: yearOf(last) - yearOf(g.first) + 1 }, (_, i) => yearOf(g.first) + i).slice(g.skipFirst ? 1 : 0, 4);
    const lasten: DataSet['lasten'] = years.flatMap((jaar, i) => {
      const [total, baten] = g.lasten[i]!;
      if (!g.perRegeling) return [{ jaar, lasten: D(total), baten: D(baten) }];
      return g.regelingen.map((regeling, r) => ({ jaar, regeling, lasten: D(Math.floor(total / (r + 1))), baten: D(Math.floor(baten / (r + 1))) }));
    });
    // A begroting figure for a year after the data: the model must leave it out.
    if (g.futureLasten) lasten.push({ jaar: yearOf(last) + 2, lasten: D(50_000_000) });
    const budget: DataSet['budget'] = years.map((jaar, i) => ({ jaar, fase: 'definitief', bedrag: D(g.budgets[i]!) }));
    if (g.voorlopig) {
      const bedrag = D(g.voorlopig.macro).times(g.voorlopig.aandeelBp).div(10_000);
      budget.push({ jaar: yearOf(last) + 1, fase: 'voorlopig', bedrag, macrobudget: D(g.voorlopig.macro), aandeel_pct: D(g.voorlopig.aandeelBp).div(100) });
    }
    const seen = new Set<string>();
    const prijzen = g.prijzen
      .map((p) => ({ jaar: yearOf(g.first) + p.jaar, regeling: g.regelingen[p.r % g.regelingen.length]!, prijs: D(p.prijs) }))
      .filter((p) => !seen.has(`${p.jaar}${p.regeling}`) && seen.add(`${p.jaar}${p.regeling}`));
    return { data: { budget, lasten, volume, stromen, prijzen }, last };
  });

// --- scenario values, shocks, acties, rules -------------------------------------------------

const perYear = (value: fc.Arbitrary<Decimal>) => fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), value), { maxLength: 3 });

const scenarioArb = fc.record({
  horizon: fc.option(fc.integer({ min: 1, max: 96 })),
  instroom_factor: fc.option(fc.oneof(hundredths(0, 200), hundredths(0, 1000))),
  uitstroom_factor: fc.option(fc.oneof(hundredths(0, 200), hundredths(0, 1000))),
  prijsindex_pct: perYear(hundredths(-9999, 10_000)),
  budget: perYear(hundredths(1, 30_000_000_000)),
  budget_groei_pct: fc.option(hundredths(-9999, 10_000)),
  baten: perYear(hundredths(0, 5_000_000_000)),
  macrobudget: perYear(hundredths(100_000_000_000, 1_000_000_000_000)),
  macro_volume_pct: perYear(hundredths(-9999, 10_000)),
  aandeel_pct: perYear(hundredths(1, 10_000)),
  bijstelling_pct: perYear(hundredths(-9999, 10_000)),
  schokken: fc.array(fc.record({ offset: fc.integer({ min: 1, max: 48 }), r: fc.integer({ min: 0, max: 2 }), instroom: hundredths(-30_000, 30_000) }), { maxLength: 3 }),
});

const actieArb = fc.record({
  hefboom: fc.constantFrom('instroom', 'uitstroom', 'lks', 'verlaging') as fc.Arbitrary<Actie['hefboom']>,
  aantal: fc.integer({ min: 0, max: 600 }),
  offset: fc.integer({ min: 1, max: 24 }),
  ingroei_maanden: fc.integer({ min: 1, max: 36 }),
  r: fc.integer({ min: 0, max: 2 }),
  herinstroom_pct: hundredths(0, 10_000),
  herinstroom_na_maanden: fc.integer({ min: 1, max: 24 }),
  kosten: hundredths(0, 100_000_000),
  lks_prijs: hundredths(0, 3_000_000),
  verlaging_pct: hundredths(0, 10_000),
});

const ruleArb = fc.record({
  offset: fc.integer({ min: 0, max: 6 }),
  drempel: hundredths(0, 3000),
  e: hundredths(0, 2000),
  extra: hundredths(0, 3000),
  m: hundredths(0, 10_000),
  meerjarig: fc.option(fc.record({ van: fc.integer({ min: -3, max: 0 }), grens: hundredths(0, 2000) })),
});

const caseArb = fc.tuple(dataArb, scenarioArb, fc.array(actieArb, { maxLength: 3 }), fc.option(ruleArb)).map(([{ data, last }, s, acties, rule]): Case => {
  const first = yearOf(last) - 2;
  const years = (xs: [number, Decimal][]) => new Map(xs.map(([i, v]) => [first + i, v]));
  const regelingen = [...new Set(data.volume.map((v) => v.regeling))];
  const horizon = s.horizon === null ? undefined : addMonths(last, s.horizon);
  const end = horizon ?? (`${yearOf(last) + 4}-12` as Month);
  const aannames: Aannames = {
    ...defaultAannames(),
    ...(s.instroom_factor ? { instroom_factor: s.instroom_factor } : {}),
    ...(s.uitstroom_factor ? { uitstroom_factor: s.uitstroom_factor } : {}),
    prijsindex_pct: years(s.prijsindex_pct),
    budget: years(s.budget),
    ...(s.budget_groei_pct ? { budget_groei_pct: s.budget_groei_pct } : {}),
    baten: years(s.baten),
    macrobudget: years(s.macrobudget),
    macro_volume_pct: years(s.macro_volume_pct),
    aandeel_pct: years(s.aandeel_pct),
    bijstelling_pct: years(s.bijstelling_pct),
  };
  const gezet = new Set(
    Object.entries(s)
      .filter(([k, v]) => k !== 'horizon' && k !== 'schokken' && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k),
  );
  const schokken: Schok[] = s.schokken.map((k) => ({
    maand: addMonths(last, Math.min(k.offset, monthIndex(end) - monthIndex(last))),
    regeling: regelingen[k.r % regelingen.length]!,
    instroom: k.instroom,
  }));
  const scenario: Scenario = { naam: 'eigenschap', ...(horizon ? { horizon } : {}), aannames, schokken, gezet };
  const plan = acties.map(
    (a, i): Actie => ({
      code: `A${i}`,
      naam: `actie ${i}`,
      hefboom: a.hefboom,
      aantal: a.aantal,
      start: addMonths(last, Math.min(a.offset, monthIndex(end) - monthIndex(last))),
      ingroei_maanden: a.ingroei_maanden,
      regeling: regelingen[a.r % regelingen.length]!,
      herinstroom_pct: a.herinstroom_pct,
      herinstroom_na_maanden: a.herinstroom_na_maanden,
      kosten: a.kosten,
      ...(a.hefboom === 'lks' ? { lks_prijs: a.lks_prijs } : {}),
      ...(a.hefboom === 'verlaging' ? { verlaging_pct: a.verlaging_pct } : {}),
    }),
  );
  const rules: VangnetRule[] = rule
    ? [
        {
          id: 'eigen',
          van: yearOf(last) + rule.offset,
          tot: yearOf(last) + rule.offset,
          bron: 'eigenschap',
          routes: [
            {
              naam: 'regulier',
              drempel: { pct: rule.drempel, inclusief: false, status: 'aangenomen' },
              meerjarig: rule.meerjarig ? { soort: 'cumulatief', van: rule.meerjarig.van, grens_pct: rule.meerjarig.grens, inclusief: false, status: 'aangenomen' } : null,
              treden: { eigen_risico_pct: rule.e, boven_pct: rule.e.plus(rule.extra), midden_vergoeding_pct: rule.m, status: 'aangenomen' },
            },
          ],
        },
      ]
    : [];
  return { data, scenario, acties: plan, rules, last };
});

// --- the invariants ---------------------------------------------------------------------------

/** Every number and Decimal in an output: finite (no NaN, no Infinity). */
function finiteEverywhere(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value instanceof Decimal) return value.isFinite() ? [] : [`${path} = ${value.toString()}`];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return entries.flatMap(([k, v]) => finiteEverywhere(v, `${path}.${String(k)}`, seen));
}

function checkForecast(f: Forecast): void {
  expect(finiteEverywhere(f, 'forecast')).toEqual([]);
  for (const m of f.maanden) expect(m.volume.isNegative(), `stand ${m.maand} ${m.key.regeling}`).toBe(false);
  for (const j of f.jaren) {
    const at = `${j.jaar} (${j.soort})`;
    expect(j.budget.gte(MIN_BEDRAG), `budget ${at}`).toBe(true);
    expect(j.lasten.isNegative(), `lasten ${at} = ${j.lasten}`).toBe(false);
    expect(j.gemiddeldVolume.isNegative(), `volume ${at}`).toBe(false);
    expect(j.saldo.eq(j.budget.minus(j.lasten)), `saldo ${at}`).toBe(true);
    expect(j.tekortFractie.eq(j.lasten.minus(j.budget).div(j.budget)), `tekort% ${at}`).toBe(true);
    const vangnet = j.vangnet?.gekozen.vangnet ?? ZERO;
    expect(j.resultaat.eq(j.saldo.plus(vangnet)), `resultaat ${at}`).toBe(true);
    const tekort = Decimal.max(j.lasten.minus(j.budget), ZERO);
    for (const route of j.vangnet?.routes ?? []) {
      expect(route.vangnetExact.isNegative(), `vangnet ${at}`).toBe(false);
      expect(route.vangnetExact.lte(tekort), `vangnet ${at}: ${route.vangnetExact} > tekort ${tekort}`).toBe(true);
      // The vangnet is rounded half-up to euros: never above the tekort rounded the same way.
      expect(route.vangnet.lte(roundHalfUp(tekort)), `vangnet ${at}`).toBe(true);
    }
  }
  expect(f.jaren.map((j) => j.jaar)).toEqual(f.jaren.map((j) => j.jaar).sort((a, b) => a - b));
  // No year vanishes: from the first year to the last, every year is there.
  const jaren = f.jaren.map((j) => j.jaar);
  const realised = f.jaren.filter((j) => j.soort === 'realisatie').map((j) => j.jaar);
  const prognose = jaren.filter((j) => !realised.includes(j));
  for (let y = prognose[0]!; y <= prognose[prognose.length - 1]!; y++) expect(prognose).toContain(y);
  // No year after the data is realised.
  for (const y of realised) expect(y).toBeLessThanOrEqual(yearOf(f.laatsteMaand));
}

function checkPricing(p: PlanPricing): void {
  checkForecast(p.base);
  checkForecast(p.plan);
  expect(finiteEverywhere({ totaal: p.totaal, acties: p.acties.map((a) => [a.alleen, a.alsLaatste]), marginaal: p.marginaal }, 'plan')).toEqual([]);
}

/** Problems are data: each becomes a diagnostic at an input, in both languages, without throwing. */
function checkProblems(problems: ForecastProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  const read = { diagnostics: [], locate: () => ({ file: 's.json' }) };
  for (const p of problems) expect(problemDiagnostic(p, read, 'd').code).toMatch(/^BUIG-E\d{3}$/);
}

describe('the whole model on random legal inputs', () => {
  it(
    'gives a result that keeps every invariant, or problems that become diagnostics; never an exception',
    () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const rules = c.rules.length ? { rules: c.rules } : {};
          if (c.acties.length === 0) {
            const out = forecast({ data: c.data, scenario: c.scenario, ...rules });
            if ('problems' in out) checkProblems(out.problems);
            else checkForecast(out.forecast);
            return;
          }
          const out = pricePlan({ data: c.data, scenario: c.scenario, acties: c.acties, ...rules });
          if ('problems' in out) checkProblems(out.problems);
          else checkPricing(out.pricing);
        }),
        { seed: SEED, numRuns: runs(200), endOnFailure: true },
      );
    },
    budgetMs(200, 500),
  );

  it('finds the impossible states it guards against (the property can fail)', () => {
    const c = fc.sample(caseArb, { seed: SEED, numRuns: 50 }).find((x) => 'forecast' in forecast({ data: x.data, scenario: x.scenario }))!;
    const good = forecast({ data: c.data, scenario: c.scenario });
    if (!('forecast' in good)) throw new Error('no case with a forecast');
    expect(() => checkForecast(good.forecast)).not.toThrow();
    // A forecast with a negative stand, or a resultaat that is not saldo + vangnet, fails the checks.
    const first = good.forecast.maanden[0]!;
    expect(() => checkForecast({ ...good.forecast, maanden: [{ ...first, volume: D(-1) }] })).toThrow();
    const jaar = good.forecast.jaren[0]!;
    expect(() => checkForecast({ ...good.forecast, jaren: [{ ...jaar, resultaat: jaar.resultaat.plus(1) }] })).toThrow();
    // A shock that takes the stand below zero is a problem, not a forecast with a negative stand.
    const schok: Schok = { maand: addMonths(c.last, 1), regeling: first.key.regeling, instroom: D(-1_000_000) };
    expect('problems' in forecast({ data: c.data, scenario: { ...c.scenario, schokken: [schok] } })).toBe(true);
  });
});
