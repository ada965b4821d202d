// What the data say about each source of uncertainty: the spread of the monthly instroom (is it
// more than Poisson?), the sampling error of the uitstroom rate over the base months, and the
// history of budget revisions (voorlopig or nader voorlopig -> definitief) in budget.csv.

import type { DataSet } from '../data.js';
import type { Fase } from '../terms.js';
import { monthIndex, type Month } from '../../period.js';
import type { SeriesHistory } from '../forecast/stockflow.js';
import { DISPERSIE_NIVEAU } from './settings.js';

export interface InstroomSpreiding {
  maanden: number;
  gemiddelde: number;
  variantie: number;
  /** variantie / gemiddelde; 1 for a Poisson count. */
  dispersie: number;
  /** The dispersion test: (n - 1) x dispersie against the chi-square quantile with n - 1 degrees of freedom. */
  grens: number;
  overdispersie: boolean;
}

/** The chi-square quantile by the Wilson-Hilferty approximation. */
export function chiSquareQuantile(df: number, p: number): number {
  const z = normalQuantile(p);
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < lo) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - lo) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

function baseMonths(h: SeriesHistory, van: Month, tot: Month): { instroom: number; uitstroom: number; vorige: number }[] {
  const out: { instroom: number; uitstroom: number; vorige: number }[] = [];
  for (let i = monthIndex(van); i <= monthIndex(tot); i++) {
    const flow = h.flows.get(i);
    const vorige = h.stands.get(i - 1);
    if (flow && vorige !== undefined) out.push({ ...flow, vorige });
  }
  return out;
}

/** The spread of the monthly instroom over the base period, and whether it exceeds Poisson's. */
export function instroomSpreiding(h: SeriesHistory, van: Month, tot: Month): InstroomSpreiding {
  const xs = baseMonths(h, van, tot).map((m) => m.instroom);
  const n = xs.length;
  const gemiddelde = xs.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const variantie = n > 1 ? xs.reduce((a, x) => a + (x - gemiddelde) ** 2, 0) / (n - 1) : 0;
  const dispersie = gemiddelde > 0 ? variantie / gemiddelde : 1;
  const grens = n > 1 ? chiSquareQuantile(n - 1, DISPERSIE_NIVEAU) / (n - 1) : Infinity;
  return { maanden: n, gemiddelde, variantie, dispersie, grens, overdispersie: dispersie > grens };
}

/**
 * The standard error of the uitstroom rate u = sum(uitstroom) / sum(previous stands) over the
 * base months: the ratio estimator's, sqrt(sum (U_m - u V_m)^2 / (n (n - 1))) / mean(V). It holds
 * the binomial noise of each month and the month-to-month movement of the rate alike.
 */
export function uitstroomkansFout(h: SeriesHistory, van: Month, tot: Month): number {
  const ms = baseMonths(h, van, tot);
  const n = ms.length;
  const somV = ms.reduce((a, m) => a + m.vorige, 0);
  if (n < 2 || somV === 0) return 0;
  const u = ms.reduce((a, m) => a + m.uitstroom, 0) / somV;
  const ss = ms.reduce((a, m) => a + (m.uitstroom - u * m.vorige) ** 2, 0);
  return Math.sqrt(ss / (n * (n - 1))) / (somV / n);
}

export interface BudgetHerziening {
  /** The phase revised from. */
  fase: Fase;
  jaren: { jaar: number; pct: number }[];
  /** Root mean square of the revisions, in percent: a systematic revision widens the spread rather than vanishing. */
  sd_pct: number;
  gemiddelde_pct: number;
}

/** Per earlier phase, the revisions to definitief of the years budget.csv has both for. */
export function budgetHerzieningen(data: Pick<DataSet, 'budget'>): BudgetHerziening[] {
  const out: BudgetHerziening[] = [];
  for (const fase of ['voorlopig', 'nader_voorlopig'] as const) {
    const jaren: { jaar: number; pct: number }[] = [];
    for (const def of data.budget.filter((b) => b.fase === 'definitief')) {
      const from = data.budget.find((b) => b.jaar === def.jaar && b.fase === fase);
      if (from && !from.bedrag.isZero()) jaren.push({ jaar: def.jaar, pct: def.bedrag.div(from.bedrag).minus(1).times(100).toNumber() });
    }
    if (jaren.length === 0) continue;
    jaren.sort((a, b) => a.jaar - b.jaar);
    const sd_pct = Math.sqrt(jaren.reduce((a, j) => a + j.pct * j.pct, 0) / jaren.length);
    out.push({ fase, jaren, sd_pct, gemiddelde_pct: jaren.reduce((a, j) => a + j.pct, 0) / jaren.length });
  }
  return out;
}
