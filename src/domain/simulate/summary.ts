// From the paths to what a council reads: per year P10, P50 and P90 of each figure, and the
// probabilities of a tekort above the vangnet threshold, of a right to a vangnet (per route
// too) and of a negative resultaat. Percentiles by nearest rank (the smallest path value with
// at least that share of the paths at or below it): always the figure of a real path.
// Amounts are summarised in whole cents, each path's figures rounded half-up to cents first,
// and saldo and resultaat derived from the rounded figures, as the forecast report does.

import type { Paths } from './kernel.js';
import type { VangnetJaar } from './vangnet.js';

export interface Percentielen {
  p10: number;
  p50: number;
  p90: number;
}

export interface RouteKansen {
  route: string;
  drempel_pct: number;
  kans_tekort_boven_drempel: number;
  kans_vangnet: number;
}

export interface JaarSamenvatting {
  jaar: number;
  gemiddeld_volume: Percentielen;
  /** In whole cents. */
  lasten: Percentielen;
  budget: Percentielen;
  /** Percent. */
  tekort_pct: Percentielen;
  /** In whole cents; null when no rules cover the year. */
  vangnet: Percentielen | null;
  resultaat: Percentielen;
  kans_tekort_boven_drempel: number | null;
  kans_vangnet: number | null;
  kans_negatief_resultaat: number;
  routes: RouteKansen[];
}

/** Half-up (away from zero) to whole cents. */
export const cents = (euros: number) => Math.sign(euros) * Math.round(Math.abs(euros) * 100);

export function percentielen(values: Float64Array): Percentielen {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

const share = (flags: Uint8Array) => flags.reduce((a, b) => a + b, 0) / flags.length;

/** `budgetCenten`: per year, the forecast's budget in whole cents, taken exactly where a path did not revise it. */
export function summarise(paths: Paths, vangnet: readonly VangnetJaar[], budgetCenten: readonly number[]): JaarSamenvatting[] {
  const n = paths.runs;
  return paths.jaren.map((jaar, k) => {
    const slice = (a: Float64Array) => a.subarray(k * n, (k + 1) * n);
    const volume = slice(paths.volume);
    const lasten = slice(paths.lasten);
    const budget = slice(paths.budget);
    const v = vangnet[k]!;
    const lastenC = lasten.map(cents);
    const herziening = slice(paths.herziening);
    const budgetC = budget.map((b, r) => (herziening[r] === 1 ? budgetCenten[k]! : cents(b)));
    const tekort = lasten.map((l, r) => ((l - budget[r]!) / budget[r]!) * 100);
    const resultaat = budgetC.map((b, r) => b - lastenC[r]! + v.vangnet[r]! * 100);
    const hasRules = v.rule !== undefined;
    return {
      jaar,
      gemiddeld_volume: percentielen(volume),
      lasten: percentielen(lastenC),
      budget: percentielen(budgetC),
      tekort_pct: percentielen(tekort),
      vangnet: hasRules ? percentielen(v.vangnet.map((e) => e * 100)) : null,
      resultaat: percentielen(resultaat),
      kans_tekort_boven_drempel: hasRules ? share(v.drempel) : null,
      kans_vangnet: hasRules ? share(v.recht) : null,
      kans_negatief_resultaat: resultaat.reduce((a, x) => a + (x < 0 ? 1 : 0), 0) / n,
      routes: v.routes.map((r) => ({ route: r.route, drempel_pct: r.drempelPct, kans_tekort_boven_drempel: share(r.drempel), kans_vangnet: share(r.recht) })),
    };
  });
}

/** The P10-P50-P90 of the total stand per grid month, for the chart. */
export function maandBand(paths: Paths, maanden: number): Percentielen[] {
  const m = paths.maandVolume;
  if (!m) return [];
  return Array.from({ length: maanden }, (_, i) => percentielen(m.subarray(i * paths.runs, (i + 1) * paths.runs)));
}
