// The vangnetuitkering over one year: a pure function from budgets, lasten and a rule to every
// intermediate figure. Exact decimals throughout; the one rounding is the final amount (half-up
// to whole euros), and the exact amount is kept beside it.

import type { Fase } from '../terms.js';
import { D, roundHalfUp, sum, ZERO, type Decimal } from '../../money.js';
import { assumedParts, type Meerjarig, type Route, type RouteNaam, type VangnetRule } from './rules.js';

/** The figures of one year. saldo = budget - lasten (positive: overschot; negative: tekort). */
export interface JaarCijfers {
  jaar: number;
  saldo: Decimal;
  budget?: Decimal;
  lasten?: Decimal;
  /** The phase of the budget used; anything but definitief makes the result provisional. */
  budgetFase?: Fase | 'raming';
}

export interface VangnetInput {
  jaar: number;
  budget: Decimal;
  lasten: Decimal;
  budgetFase?: Fase | 'raming';
  /** Other years, in any order; the multi-year tests take what they need. */
  andereJaren: readonly JaarCijfers[];
  rule: VangnetRule;
}

export interface Term {
  jaar: number;
  saldo: Decimal;
  ontbreekt: boolean;
}

export type Toets =
  | { soort: 'drempel'; voldaan: boolean; tekort: Decimal; budget: Decimal; fractie: Decimal; grens: Decimal; inclusief: boolean }
  | {
      soort: 'cumulatief';
      voldaan: boolean;
      termen: Term[];
      /** The summed tekort (minus the summed saldi). */
      tekort: Decimal;
      budget: Decimal;
      fractie: Decimal;
      grens: Decimal;
      inclusief: boolean;
    }
  | {
      soort: 'tekortjaren';
      voldaan: boolean;
      jaren: { jaar: number; fractie?: Decimal; telt: boolean }[];
      aantal: number;
      minimum: number;
      grens: Decimal;
      inclusief: boolean;
    };

export interface Trede {
  /** Band edges as percentages of the budget; `tot` null for the open top band. */
  van: Decimal;
  tot: Decimal | null;
  vergoedingPct: Decimal;
  /** The part of the tekort in this band, and what the vangnet pays of it. */
  deel: Decimal;
  vergoeding: Decimal;
}

export interface RouteResult {
  route: RouteNaam;
  recht: boolean;
  toetsen: Toets[];
  treden: Trede[];
  vangnetExact: Decimal;
  vangnet: Decimal;
  eigenRisico: Decimal;
}

export type Waarschuwing =
  | { soort: 'aangenomen'; route: RouteNaam; deel: 'drempel' | 'meerjarig' | 'treden'; regel: string }
  | { soort: 'jaar-ontbreekt'; jaar: number }
  | { soort: 'budget-ontbreekt'; jaar: number }
  | { soort: 'budget-niet-definitief'; jaar: number; fase: Fase | 'raming' };

export interface VangnetResult {
  jaar: number;
  budget: Decimal;
  lasten: Decimal;
  tekort: Decimal;
  tekortFractie: Decimal;
  budgetFase?: Fase | 'raming';
  rule: VangnetRule;
  /** The route that pays (the larger when both do); null when none does. */
  route: RouteNaam | null;
  gekozen: RouteResult;
  routes: RouteResult[];
  /** True when more than one route grants a right: the report says which was taken and why. */
  meerdereRoutes: boolean;
  waarschuwingen: Waarschuwing[];
}

const HUNDRED = D(100);

// The same divisions come back for every year and every run of a forecast: a rule's percentages
// as fractions, and a budget's share at a rule's percentage. Each is computed once (the values
// are the same; a Decimal never changes).
const FRACTIONS = new WeakMap<Decimal, Decimal>();
const fraction = (pct: Decimal): Decimal => FRACTIONS.get(pct) ?? FRACTIONS.set(pct, pct.div(HUNDRED)).get(pct)!;
const SHARES = new WeakMap<Decimal, Map<Decimal, Decimal>>();
function share(budget: Decimal, pct: Decimal): Decimal {
  const byPct = SHARES.get(budget) ?? SHARES.set(budget, new Map()).get(budget)!;
  return byPct.get(pct) ?? byPct.set(pct, budget.times(pct).div(HUNDRED)).get(pct)!;
}
const exceeds = (value: Decimal, limit: Decimal, inclusief: boolean) => (inclusief ? value.gte(limit) : value.gt(limit));
const max = (a: Decimal, b: Decimal) => (a.gt(b) ? a : b);
const min = (a: Decimal, b: Decimal) => (a.lt(b) ? a : b);
const clamp = (x: Decimal, lo: Decimal, hi: Decimal) => max(lo, min(x, hi));

/** The three steps over a tekort T on budget B: what is own risk, what is paid half, what fully. */
export function treden(tekort: Decimal, budget: Decimal, route: Route, recht: boolean): Trede[] {
  const { eigen_risico_pct: e, boven_pct: u, midden_vergoeding_pct: m } = route.treden;
  const eB = share(budget, e);
  const uB = share(budget, u);
  const positive = max(tekort, ZERO);
  const band = (lo: Decimal, hi: Decimal | null) => (hi === null ? max(positive.minus(lo), ZERO) : clamp(positive.minus(lo), ZERO, hi.minus(lo)));
  const paid = (deel: Decimal, rate: Decimal) => (recht ? deel.times(rate).div(HUNDRED) : ZERO);
  const own = band(ZERO, eB);
  const middle = band(eB, uB);
  const top = band(uB, null);
  return [
    { van: ZERO, tot: e, vergoedingPct: ZERO, deel: own, vergoeding: ZERO },
    { van: e, tot: u, vergoedingPct: m, deel: middle, vergoeding: paid(middle, m) },
    { van: u, tot: null, vergoedingPct: HUNDRED, deel: top, vergoeding: paid(top, HUNDRED) },
  ];
}

function multiYearTest(meerjarig: Meerjarig, input: VangnetInput, tekort: Decimal, warn: (w: Waarschuwing) => void): Toets {
  const known = new Map(input.andereJaren.map((j) => [j.jaar, j]));
  // A year the test uses whose budget is not definitief makes the outcome provisional too.
  const byYear = {
    get(jaar: number) {
      const j = known.get(jaar);
      if (j?.budgetFase && j.budgetFase !== 'definitief') warn({ soort: 'budget-niet-definitief', jaar, fase: j.budgetFase });
      return j;
    },
  };
  if (meerjarig.soort === 'cumulatief') {
    const termen: Term[] = [];
    for (let jaar = input.jaar + meerjarig.van; jaar < input.jaar; jaar++) {
      const known = byYear.get(jaar);
      if (!known) warn({ soort: 'jaar-ontbreekt', jaar });
      termen.push({ jaar, saldo: known?.saldo ?? ZERO, ontbreekt: !known });
    }
    termen.push({ jaar: input.jaar, saldo: tekort.neg(), ontbreekt: false });
    const summedTekort = sum(termen.map((t) => t.saldo)).neg();
    const grens = fraction(meerjarig.grens_pct);
    return {
      soort: 'cumulatief',
      // Compared by multiplication: exact at the boundary, no division involved.
      voldaan: exceeds(summedTekort, input.budget.times(grens), meerjarig.inclusief),
      termen,
      tekort: summedTekort,
      budget: input.budget,
      fractie: summedTekort.div(input.budget),
      grens,
      inclusief: meerjarig.inclusief,
    };
  }
  const grens = fraction(meerjarig.grens_pct);
  const jaren: { jaar: number; fractie?: Decimal; telt: boolean }[] = [];
  for (let jaar = input.jaar + meerjarig.van; jaar <= input.jaar + meerjarig.tot; jaar++) {
    const known = byYear.get(jaar);
    if (!known) {
      warn({ soort: 'jaar-ontbreekt', jaar });
      jaren.push({ jaar, telt: false });
    } else if (!known.budget) {
      warn({ soort: 'budget-ontbreekt', jaar });
      jaren.push({ jaar, telt: false });
    } else {
      const t = known.saldo.neg();
      jaren.push({ jaar, fractie: t.div(known.budget), telt: exceeds(t, known.budget.times(grens), meerjarig.inclusief) });
    }
  }
  const aantal = jaren.filter((j) => j.telt).length;
  return { soort: 'tekortjaren', voldaan: aantal >= meerjarig.minimum, jaren, aantal, minimum: meerjarig.minimum, grens, inclusief: meerjarig.inclusief };
}

function evaluateRoute(route: Route, input: VangnetInput, warn: (w: Waarschuwing) => void): RouteResult {
  const tekort = input.lasten.minus(input.budget);
  const grens = fraction(route.drempel.pct);
  const toetsen: Toets[] = [
    {
      soort: 'drempel',
      voldaan: exceeds(tekort, input.budget.times(grens), route.drempel.inclusief),
      tekort,
      budget: input.budget,
      fractie: tekort.div(input.budget),
      grens,
      inclusief: route.drempel.inclusief,
    },
  ];
  if (route.meerjarig) toetsen.push(multiYearTest(route.meerjarig, input, tekort, warn));
  const recht = toetsen.every((t) => t.voldaan);
  const steps = treden(tekort, input.budget, route, recht);
  const vangnetExact = sum(steps.map((s) => s.vergoeding));
  const vangnet = roundHalfUp(vangnetExact);
  return { route: route.naam, recht, toetsen, treden: steps, vangnetExact, vangnet, eigenRisico: max(tekort, ZERO).minus(vangnet) };
}

export function computeVangnet(input: VangnetInput): VangnetResult {
  const waarschuwingen: Waarschuwing[] = [];
  const seen = new Set<string>();
  const warn = (w: Waarschuwing) => {
    const key = JSON.stringify(w);
    if (!seen.has(key)) {
      seen.add(key);
      waarschuwingen.push(w);
    }
  };

  if (input.budgetFase && input.budgetFase !== 'definitief') warn({ soort: 'budget-niet-definitief', jaar: input.jaar, fase: input.budgetFase });

  const routes = input.rule.routes.map((r) => evaluateRoute(r, input, warn));
  input.rule.routes.forEach((route, i) => {
    for (const deel of assumedParts(route)) {
      // Assumed bands only matter when the route pays.
      if (deel === 'treden' && !routes[i]!.recht) continue;
      warn({ soort: 'aangenomen', route: route.naam, deel, regel: input.rule.id });
    }
  });

  const paying = routes.filter((r) => r.recht);
  // The larger amount wins; on a tie the first route (regulier).
  const gekozen = paying.reduce<RouteResult | undefined>((best, r) => (!best || r.vangnetExact.gt(best.vangnetExact) ? r : best), undefined);
  const tekort = input.lasten.minus(input.budget);
  return {
    jaar: input.jaar,
    budget: input.budget,
    lasten: input.lasten,
    tekort,
    tekortFractie: tekort.div(input.budget),
    ...(input.budgetFase ? { budgetFase: input.budgetFase } : {}),
    rule: input.rule,
    route: gekozen?.route ?? null,
    gekozen: gekozen ?? routes[0]!,
    routes,
    meerdereRoutes: paying.length > 1,
    waarschuwingen,
  };
}
