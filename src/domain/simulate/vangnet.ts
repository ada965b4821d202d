// The vangnet of every path, by the same rules engine as the forecast (computeVangnet) on the
// path's own budget and lasten, with the realised years and the path's other years in the
// multi-year tests. Exact decimals inside the engine; the path's figures come in as floats.
//
// A path whose tekort lies clearly below every route's entry threshold has no right to a
// vangnet (every route's first test is its drempel), so the engine is not called for it: the
// screen only skips a path whose tekort is below the threshold by more than a millionth of the
// budget, far more than any float error, so its outcome is the engine's.

import type { DataSet } from '../data.js';
import type { Forecast } from '../forecast/types.js';
import { computeVangnet, type JaarCijfers } from '../vangnet/compute.js';
import { yearFigures } from '../vangnet/fromData.js';
import type { RouteNaam, VangnetRule } from '../vangnet/rules.js';
import { D } from '../../money.js';
import type { Paths } from './kernel.js';

export interface RouteUitkomst {
  route: RouteNaam;
  drempelPct: number;
  recht: Uint8Array;
  drempel: Uint8Array;
}

export interface VangnetJaar {
  jaar: number;
  /** Undefined when no rules cover the year (the forecast warns about it). */
  rule?: VangnetRule;
  /** Per run: the vangnet in whole euros, whether any route gives a right, whether any route's drempel is passed. */
  vangnet: Float64Array;
  recht: Uint8Array;
  drempel: Uint8Array;
  routes: RouteUitkomst[];
  /** Each route's entry threshold as a fraction, for the screen. */
  drempels: Float64Array;
}

/** The years every path shares: realised years (and years budget.csv and lasten.csv both know) as the forecast's vangnet saw them. */
export function vasteJaren(f: Forecast, data: Pick<DataSet, 'budget' | 'lasten'>): JaarCijfers[] {
  const out: JaarCijfers[] = f.jaren.filter((j) => j.soort === 'realisatie').map((j) => ({ jaar: j.jaar, budget: j.budget, lasten: j.lasten, saldo: j.saldo, budgetFase: j.budgetFase }));
  for (const [jaar, y] of yearFigures(data)) {
    if (!f.jaren.some((j) => j.jaar === jaar) && y.budget && y.lasten) out.push({ jaar, budget: y.budget, lasten: y.lasten, saldo: y.budget.minus(y.lasten), budgetFase: y.budgetFase! });
  }
  return out;
}

export function emptyVangnet(f: Forecast, runs: number): VangnetJaar[] {
  return f.jaren
    .filter((j) => j.soort === 'prognose')
    .map((j) => {
      const rule = j.vangnet?.rule;
      return {
        jaar: j.jaar,
        ...(rule ? { rule } : {}),
        vangnet: new Float64Array(runs),
        recht: new Uint8Array(runs),
        drempel: new Uint8Array(runs),
        routes: (rule?.routes ?? []).map((r) => ({ route: r.naam, drempelPct: r.drempel.pct.toNumber(), recht: new Uint8Array(runs), drempel: new Uint8Array(runs) })),
        drempels: Float64Array.from((rule?.routes ?? []).map((r) => r.drempel.pct.toNumber() / 100)),
      };
    });
}

/** The vangnet of runs from..to-1, into `out` (one entry per projected year, in the order of the paths). */
export function pathVangnet(f: Forecast, vast: readonly JaarCijfers[], paths: Paths, from: number, to: number, out: VangnetJaar[]): void {
  const prognose = f.jaren.filter((j) => j.soort === 'prognose');
  for (let run = from; run < to; run++) {
    const cijfers: (JaarCijfers | undefined)[] = prognose.map(() => undefined);
    const figures = (k: number): JaarCijfers => {
      const i = k * paths.runs + run;
      if (!cijfers[k]) {
        // An unrevised budget is the forecast's own, exact.
        const budget = paths.herziening[i] === 1 ? prognose[k]!.budget : D(String(paths.budget[i]));
        const lasten = D(String(paths.lasten[i]));
        cijfers[k] = { jaar: prognose[k]!.jaar, budget, lasten, saldo: budget.minus(lasten), budgetFase: prognose[k]!.budgetFase };
      }
      return cijfers[k]!;
    };
    out.forEach((y, k) => {
      if (!y.rule || !mayPass(y.drempels, paths.budget[k * paths.runs + run]!, paths.lasten[k * paths.runs + run]!)) return;
      const own = figures(k);
      // Only the years the rule's multi-year tests look at: the others change nothing.
      const [lo, hi] = window(y.rule, y.jaar);
      const andereJaren = [
        ...vast,
        ...prognose
          .map((_, j) => j)
          .filter((j) => j !== k && prognose[j]!.jaar >= lo && prognose[j]!.jaar <= hi)
          .map(figures),
      ];
      const result = computeVangnet({ jaar: y.jaar, budget: own.budget!, lasten: own.lasten!, budgetFase: own.budgetFase!, andereJaren, rule: y.rule });
      y.vangnet[run] = result.gekozen.vangnet.toNumber();
      y.recht[run] = result.route !== null ? 1 : 0;
      result.routes.forEach((r, i) => {
        const passed = r.toetsen.find((t) => t.soort === 'drempel')?.voldaan ?? false;
        y.routes[i]!.recht[run] = r.recht ? 1 : 0;
        y.routes[i]!.drempel[run] = passed ? 1 : 0;
        if (passed) y.drempel[run] = 1;
      });
    });
  }
}

/** The years a rule's multi-year tests can look at, for a year. */
function window(rule: VangnetRule, jaar: number): [number, number] {
  let lo = jaar;
  let hi = jaar;
  for (const r of rule.routes) {
    const m = r.meerjarig;
    if (!m) continue;
    lo = Math.min(lo, jaar + m.van);
    hi = Math.max(hi, jaar + (m.soort === 'tekortjaren' ? m.tot : 0));
  }
  return [lo, hi];
}

/** False only when the tekort is clearly below every route's entry threshold (`drempels`: fractions). */
function mayPass(drempels: Float64Array, budget: number, lasten: number): boolean {
  const margin = 1e-6 * Math.abs(budget);
  for (const d of drempels) if (lasten - budget >= budget * d - margin) return true;
  return false;
}
