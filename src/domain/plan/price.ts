// Pricing an aanvalsplan by counterfactual runs of the whole forecast: the plan against the base,
// each actie alone against the base, and each actie as the last one added (the plan against the
// plan without it). Through lasten, the vangnet and the resultaat, then net of the acties' kosten.
// The vangnet makes this non-linear, so nothing is added up from parts: every figure is a run.

import type { DataSet } from '../data.js';
import { prepareForecast, targetsOf, type Forecast, type ForecastProblem, type YearResult } from '../forecast/forecast.js';
import type { Regeling } from '../terms.js';
import type { Scenario } from '../forecast/scenario.js';
import { seriesId } from '../forecast/stockflow.js';
import { computeVangnet } from '../vangnet/compute.js';
import type { VangnetRule } from '../vangnet/rules.js';
import { D, sum, ZERO, type Decimal } from '../../money.js';
import { addMonths, monthIndex, type Month } from '../../period.js';
import type { Actie } from './actie.js';
import { actieEffect, sumEffects, withoutEffect, type ActieEffect, type EffectContext, type PlanEffects } from './effects.js';

export interface PlanInput {
  data: DataSet;
  scenario: Scenario;
  rules?: readonly VangnetRule[];
  acties: readonly Actie[];
}

/** Plan minus base for one year: fewer benefits give negative deltas of volume and lasten. */
export interface YearDelta {
  jaar: number;
  deltaVolume: Decimal;
  deltaLasten: Decimal;
  deltaVangnet: Decimal;
  deltaResultaat: Decimal;
  kosten: Decimal;
  /** deltaResultaat - kosten. */
  netto: Decimal;
}

export interface ActiePrice {
  actie: Actie;
  alleen: YearDelta[];
  alsLaatste: YearDelta[];
}

/**
 * What one euro less lasten is worth to the gemeente in a year of the plan: 1 below the
 * threshold, 0.5 in the middle band, 0 above the upper band; and a cliff where the plan loses a
 * vangnet the base run had.
 */
export interface Marginal {
  jaar: number;
  waarde: Decimal;
  cliff?: { verlies: Decimal };
}

export interface PlanPricing {
  base: Forecast;
  plan: Forecast;
  totaal: YearDelta[];
  acties: ActiePrice[];
  marginaal: Marginal[];
  /** Acties on a regeling without a series in the data (not modelled). */
  zonderReeks: string[];
  /** Acties spread over the segments of their regeling. */
  verdeeld: PlanEffects['verdeeld'];
}

export type PlanOutcome = { pricing: PlanPricing } | { problems: ForecastProblem[] };

type Run = { forecast: Forecast; effects: PlanEffects };
/** A run, or the problems that stop it (a stand driven below zero by the acties, ...). */
export type RunOutcome = Run | { problems: ForecastProblem[] };

/**
 * A runner bound to one data set and scenario: the base run, and a run with any set of acties.
 * Each actie's effects are computed once (they are linear) and summed per run; every run is a
 * full run of the forecast on top of the base prepared once.
 */
export function planRunner(input: Omit<PlanInput, 'acties'>) {
  const prepared = prepareForecast({ data: input.data, scenario: input.scenario, ...(input.rules ? { rules: input.rules } : {}) });
  if ('problems' in prepared) return { problems: prepared.problems };
  const base = prepared.base;
  const prijzen = new Map(base.jaren.map((j) => [j.jaar, new Map(j.regelingen.map((r) => [r.regeling, r.prijs]))]));
  const targets = new Map<Regeling, ReturnType<EffectContext['reeksen']>>();
  const ctx: EffectContext = {
    eersteMaand: addMonths(base.laatsteMaand, 1),
    horizon: base.horizon,
    reeksen: (regeling) =>
      targets.get(regeling) ??
      targets
        .set(
          regeling,
          targetsOf(base.reeksen, regeling).map((t) => ({ id: t.id, uitstroomKans: t.reeks.uitstroomKans, aandeel: t.aandeel })),
        )
        .get(regeling)!,
    prijs: (regeling, jaar) => prijzen.get(jaar)?.get(regeling),
    computing: () => void telling.effecten++,
  };
  // What this runner computed: the base once, one forecast per run with acties, the effects of each actie.
  const telling = { basis: 1, runs: 0, effecten: 0 };
  const computed = new Map<Actie, ActieEffect>();
  const effectOf = (actie: Actie): ActieEffect => {
    const known = computed.get(actie);
    if (known) return known;
    const effect = actieEffect(actie, ctx);
    computed.set(actie, effect);
    return effect;
  };
  const runEffects = (effects: PlanEffects): RunOutcome => {
    telling.runs++;
    const outcome = prepared.run(effects.series, { lasten: effects.extraLasten, budget: lksBudget(effects.lksLasten, input) });
    return 'problems' in outcome ? outcome : { forecast: outcome, effects };
  };
  // No acties: the base itself, not a second computation of it.
  const once = (acties: readonly Actie[]): RunOutcome => (acties.length === 0 ? { forecast: base, effects: sumEffects([]) } : runEffects(sumEffects(acties.map(effectOf))));
  // The last run is kept: the plan run that checks a scenario is the one its commands use.
  let last: { acties: readonly Actie[]; outcome: RunOutcome } | undefined;
  const run = (acties: readonly Actie[]): RunOutcome => {
    if (last && last.acties.length === acties.length && last.acties.every((a, i) => a === acties[i])) return last.outcome;
    const outcome = once(acties);
    last = { acties: [...acties], outcome: 'problems' in outcome ? { problems: blame(outcome.problems, acties, once) } : outcome };
    return last.outcome;
  };
  // The solver probes without naming acties: a probe that fails is merely too many exits.
  return { base, ctx, run, probe: once, runEffects, effectOf, telling };
}

/**
 * The acties of a failed run named in its problems: the actie at which the plan, taken in its
 * order, first fails. The base run succeeded, so a problem the acties cause has such an actie.
 */
function blame(problems: ForecastProblem[], acties: readonly Actie[], once: (acties: readonly Actie[]) => RunOutcome): ForecastProblem[] {
  for (let n = 1; n <= acties.length; n++) {
    const prefix = n === acties.length ? { problems } : once(acties.slice(0, n));
    if (!('problems' in prefix)) continue;
    // The base run, on the same scenario, passed: whatever stops a run with acties, they cause.
    const oorzaak = { soort: 'acties' as const, codes: [acties[n - 1]!.code] };
    return prefix.problems.map((p) => ('oorzaak' in p ? { ...p, oorzaak } : p));
  }
  return problems;
}

export type PlanRunner = Exclude<ReturnType<typeof planRunner>, { problems: unknown }>;

/**
 * The LKS deelbudget follows realised LKS lasten (from 2022, Stb. 2021, 442): an actie's LKS
 * lasten of year t come back as budget in year t + vertraging_jaren, at vergoeding_pct. Only
 * where the data names an LKS deelbudget (budget.csv, lks_deelbudget); lag and share are the
 * scenario's, by default assumed (2 years, 100%).
 */
export function lksBudget(lksLasten: ReadonlyMap<number, Decimal>, input: Pick<PlanInput, 'data' | 'scenario'>): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  if (!input.data.budget.some((b) => b.lks_deelbudget !== undefined)) return out;
  const { vertraging_jaren, vergoeding_pct } = input.scenario.aannames.lks_budget;
  for (const [jaar, lasten] of lksLasten) out.set(jaar + vertraging_jaren, (out.get(jaar + vertraging_jaren) ?? ZERO).plus(lasten.times(vergoeding_pct).div(100)));
  return out;
}

const vangnetOf = (y: YearResult) => y.vangnet?.gekozen.vangnet ?? ZERO;

export function deltas(base: Forecast, plan: Forecast, kosten: ReadonlyMap<number, Decimal>): YearDelta[] {
  return plan.jaren
    .filter((y) => y.soort === 'prognose')
    .map((p) => {
      const b = base.jaren.find((y) => y.jaar === p.jaar)!;
      const deltaResultaat = p.resultaat.minus(b.resultaat);
      const k = kosten.get(p.jaar) ?? ZERO;
      return {
        jaar: p.jaar,
        deltaVolume: p.gemiddeldVolume.minus(b.gemiddeldVolume),
        deltaLasten: p.lasten.minus(b.lasten),
        deltaVangnet: vangnetOf(p).minus(vangnetOf(b)),
        deltaResultaat,
        kosten: k,
        netto: deltaResultaat.minus(k),
      };
    });
}

function marginal(base: Forecast, plan: Forecast): Marginal[] {
  return plan.jaren
    .filter((y) => y.soort === 'prognose' && y.vangnet)
    .map((y) => {
      const v = y.vangnet!;
      const others = plan.jaren.filter((o) => o.jaar !== y.jaar).map((o) => ({ jaar: o.jaar, budget: o.budget, lasten: o.lasten, saldo: o.saldo }));
      const lower = computeVangnet({ jaar: y.jaar, budget: y.budget, lasten: y.lasten.minus(1), andereJaren: others, rule: v.rule });
      const waarde = D(1).minus(v.gekozen.vangnetExact.minus(lower.gekozen.vangnetExact));
      const b = base.jaren.find((o) => o.jaar === y.jaar)!;
      const lost = b.vangnet !== null && b.vangnet.route !== null && v.route === null;
      return { jaar: y.jaar, waarde, ...(lost ? { cliff: { verlies: vangnetOf(b) } } : {}) };
    });
}

export function pricePlan(input: PlanInput): PlanOutcome {
  const runner = planRunner(input);
  if ('problems' in runner) return { problems: runner.problems! };
  const pricing = pricePlanWith(runner, input.acties);
  return 'problems' in pricing ? pricing : { pricing };
}

/**
 * The plan priced on a runner whose base has been computed already: the plan, each actie alone,
 * and the plan without each actie (the plan's effects minus that actie's), one run each; the
 * problems of the first run that fails.
 */
export function pricePlanWith(runner: PlanRunner, planActies: readonly Actie[]): PlanPricing | { problems: ForecastProblem[] } {
  const { base, run } = runner;
  const own = planActies.map((a) => runner.effectOf(a));
  const total = sumEffects(own);
  const plan = run(planActies);
  if ('problems' in plan) return plan;
  const acties: ActiePrice[] = [];
  for (const [i, actie] of planActies.entries()) {
    const alone = run([actie]);
    if ('problems' in alone) return alone;
    const others = planActies.filter((a) => a !== actie);
    // The plan's effects minus this actie's; a run that fails is run again by its acties, to name the one to blame.
    const minus = others.length ? runner.runEffects(withoutEffect(total, own[i]!)) : { forecast: base, effects: total };
    const without = 'problems' in minus ? run(others) : minus;
    if ('problems' in without) return without;
    acties.push({ actie, alleen: deltas(base, alone.forecast, own[i]!.kosten), alsLaatste: deltas(without.forecast, plan.forecast, own[i]!.kosten) });
  }
  return {
    base,
    plan: plan.forecast,
    totaal: deltas(base, plan.forecast, plan.effects.kosten),
    acties,
    marginaal: marginal(base, plan.forecast),
    zonderReeks: plan.effects.zonderReeks,
    verdeeld: plan.effects.verdeeld,
  };
}

/** The reduction of the month-end stand (all series) at a month: base minus plan. */
export function reductionAt(base: Forecast, plan: Forecast, maand: Month): Decimal {
  const at = (f: Forecast) => sum(f.maanden.filter((m) => m.maand === maand).map((m) => m.volume));
  return at(base).minus(at(plan));
}

export type Doel = { soort: 'saldo' } | { soort: 'tekort_pct'; max: Decimal };

export interface SolveResult {
  /** Smallest whole number of extra durable exits a month; undefined when not reachable. */
  perMaand?: number;
  jaar: number;
  doel: Doel;
  vanaf: Month;
  /** The year's figure with perMaand, and with one fewer (when perMaand > 0). */
  met?: YearResult;
  eenMinder?: YearResult;
  bovengrens: number;
}

/**
 * How many extra durable exits (no herinstroom) a month from `vanaf` to the horizon the PW series
 * needs, on top of the plan's acties, so that year `jaar` meets the target. Found by search on
 * the exact model: the target is monotone in the number of exits.
 */
export function solveExits(input: PlanInput, jaar: number, doel: Doel, vanaf: Month, regeling: Actie['regeling'] = 'PW'): SolveResult | { problems: ForecastProblem[] } {
  const runner = planRunner(input);
  if ('problems' in runner) return { problems: runner.problems! };
  return solveExitsWith(runner, input.acties, jaar, doel, vanaf, regeling);
}

/** The solver on a runner whose base has been computed already. */
export function solveExitsWith(runner: PlanRunner, planActies: readonly Actie[], jaar: number, doel: Doel, vanaf: Month, regeling: Actie['regeling'] = 'PW'): SolveResult {
  const input = { acties: planActies };
  const months = monthIndex(runner.base.horizon) - monthIndex(vanaf) + 1;
  const extra = (k: number): Actie => ({
    code: 'doel',
    naam: 'extra duurzame uitstroom',
    hefboom: 'uitstroom',
    aantal: k * months,
    start: vanaf,
    ingroei_maanden: months,
    regeling,
    herinstroom_pct: ZERO,
    herinstroom_na_maanden: 12,
    kosten: ZERO,
  });
  // A probe that fails (the stand of a series driven below zero) has too many exits: it counts as
  // reaching the target's side of the search, and as unreachable if the search ends on it.
  const years = new Map<number, YearResult | undefined>();
  const yearOfRun = (k: number): YearResult | undefined => {
    const outcome = k === 0 ? runner.run(input.acties) : runner.probe([...input.acties, extra(k)]);
    return 'problems' in outcome ? undefined : outcome.forecast.jaren.find((y) => y.jaar === jaar)!;
  };
  const yearWith = (k: number): YearResult | undefined => (years.has(k) ? years.get(k) : years.set(k, yearOfRun(k)).get(k));
  const meets = (y: YearResult | undefined) => y === undefined || (doel.soort === 'saldo' ? y.saldo.gte(0) : y.tekortFractie.times(100).lte(doel.max));
  // No more exits a month than the stand at the start: beyond that the model means nothing.
  const bovengrens = runner.base.reeksen.find((r) => seriesId(r.key) === regeling)?.startVolume ?? 0;
  const zero = yearWith(0);
  if (!zero) return { jaar, doel, vanaf, bovengrens };
  if (meets(zero)) return { perMaand: 0, jaar, doel, vanaf, met: zero, bovengrens };
  let hi = 1;
  while (hi <= bovengrens && !meets(yearWith(hi))) hi *= 2;
  if (hi > bovengrens) {
    if (!meets(yearWith(bovengrens))) return { jaar, doel, vanaf, bovengrens };
    hi = bovengrens;
  }
  let lo = Math.floor(hi / 2); // does not meet (0 checked above, and every smaller power of two failed)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(yearWith(mid))) hi = mid;
    else lo = mid;
  }
  const met = yearWith(hi);
  if (!met) return { jaar, doel, vanaf, bovengrens };
  return { perMaand: hi, jaar, doel, vanaf, met, ...(hi > 0 ? { eenMinder: yearWith(hi - 1)! } : {}), bovengrens };
}
