// A rolling-origin backtest on the data's own history. From every origin month with the base
// period behind it and a horizon ahead, each method forecasts the total month-end stand (all
// series together) 1..H months ahead; the errors against what happened are summed per method,
// horizon and grootheid: the stand at the horizon, and the gemiddeld volume over the months up
// to it. Each method also gives a P10-P90 band, and the share of outcomes inside it is its
// calibration (a good band holds about 80%).
//
// Methods: stockflow (the forecast's own model, estimated on the base window; the band from
// Monte Carlo paths with Poisson instroom and binomial uitstroom), naief (the last stand carried
// forward; random-walk band), drift (the last stand plus the mean monthly change over the base
// window) and trend (the drift damped by 0.95 a month). Floats: these are error statistics.

import type { SeriesHistory } from '../forecast/stockflow.js';
import { instroomSpreiding, uitstroomkansFout } from '../simulate/estimate.js';
import { countSampler, exits, normal, type Uniform } from '../simulate/random.js';
import { monthFromIndex } from '../../period.js';

export const METHODEN = ['stockflow', 'naief', 'drift', 'trend'] as const;
export type Methode = (typeof METHODEN)[number];
export const HORIZONNEN = [3, 6, 12, 24] as const;
export const DEMPING = 0.95;
const Z90 = 1.2815515655446004;

export interface BacktestInput {
  series: readonly SeriesHistory[];
  basis: number;
  methoden: readonly Methode[];
  runs: number;
  rngFor: (run: number) => Uniform;
}

export interface Uitkomst {
  methode: Methode;
  horizon_maanden: number;
  grootheid: 'stand' | 'gemiddeld_volume';
  n: number;
  mae: number;
  mape_pct: number;
  bias: number;
  dekking_pct: number;
}

export interface Backtest {
  oorsprongen: { eerste: string; laatste: string; aantal: number } | null;
  maanden: { eerste: string; laatste: string; aantal: number };
  uitkomsten: Uitkomst[];
  winnaars: { horizon_maanden: number; grootheid: Uitkomst['grootheid']; methode: Methode }[];
}

/** A method's forecast from one origin: the total stand 1..H months ahead, with its P10 and P90. */
interface Voorspelling {
  punt: Float64Array;
  p10: Float64Array;
  p90: Float64Array;
  /** The band of the mean over months 1..h. */
  gem10: Float64Array;
  gem90: Float64Array;
}

/** The total stand per month index, where every series has one. */
export function totals(series: readonly SeriesHistory[]): Map<number, number> {
  const months = [...new Set(series.flatMap((s) => [...s.stands.keys()]))].sort((a, b) => a - b);
  const out = new Map<number, number>();
  for (const m of months)
    if (series.every((s) => s.stands.has(m)))
      out.set(
        m,
        series.reduce((a, s) => a + s.stands.get(m)!, 0),
      );
  return out;
}

/** Origins: months with the base window behind them (stands, and flows when stockflow runs) and at least the shortest horizon ahead. */
export function origins(series: readonly SeriesHistory[], total: ReadonlyMap<number, number>, basis: number, flows: boolean): number[] {
  const out: number[] = [];
  for (const t of total.keys()) {
    let ok = total.has(t + HORIZONNEN[0]);
    for (let m = t - basis; ok && m <= t; m++) ok = total.has(m) && (!flows || m === t - basis || series.every((s) => s.flows.has(m)));
    if (ok) out.push(t);
  }
  return out;
}

export function backtest(input: BacktestInput): Backtest {
  const total = totals(input.series);
  const keys = [...total.keys()];
  const maanden = { eerste: monthFromIndex(Math.min(...keys)), laatste: monthFromIndex(Math.max(...keys)), aantal: keys.length };
  const ts = origins(input.series, total, input.basis, input.methoden.includes('stockflow'));
  const errors = new Map<string, { f: number; a: number; lo: number; hi: number }[]>();
  ts.forEach((t, i) => {
    const ahead = Math.max(...HORIZONNEN.filter((h) => total.has(t + h)));
    const actual = Float64Array.from({ length: ahead }, (_, k) => total.get(t + k + 1)!);
    for (const methode of input.methoden) {
      const v = predict(methode, input, total, t, ahead, i);
      for (const h of HORIZONNEN.filter((x) => x <= ahead)) {
        const mean = (a: Float64Array) => a.subarray(0, h).reduce((x, y) => x + y, 0) / h;
        push(errors, `${methode}|${h}|stand`, { f: v.punt[h - 1]!, a: actual[h - 1]!, lo: v.p10[h - 1]!, hi: v.p90[h - 1]! });
        push(errors, `${methode}|${h}|gemiddeld_volume`, { f: mean(v.punt), a: mean(actual), lo: v.gem10[h - 1]!, hi: v.gem90[h - 1]! });
      }
    }
  });
  const uitkomsten = summarise(errors, input.methoden);
  const oorsprongen = ts.length ? { eerste: monthFromIndex(ts[0]!), laatste: monthFromIndex(ts[ts.length - 1]!), aantal: ts.length } : null;
  return { oorsprongen, maanden, uitkomsten, winnaars: winners(uitkomsten) };
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);

function summarise(errors: ReadonlyMap<string, { f: number; a: number; lo: number; hi: number }[]>, methoden: readonly Methode[]): Uitkomst[] {
  const out: Uitkomst[] = [];
  for (const methode of methoden) {
    for (const h of HORIZONNEN) {
      for (const grootheid of ['stand', 'gemiddeld_volume'] as const) {
        const es = errors.get(`${methode}|${h}|${grootheid}`) ?? [];
        if (es.length === 0) continue;
        const n = es.length;
        const withActual = es.filter((e) => e.a !== 0);
        out.push({
          methode,
          horizon_maanden: h,
          grootheid,
          n,
          mae: es.reduce((s, e) => s + Math.abs(e.f - e.a), 0) / n,
          mape_pct: withActual.length ? (withActual.reduce((s, e) => s + Math.abs(e.f - e.a) / Math.abs(e.a), 0) / withActual.length) * 100 : 0,
          bias: es.reduce((s, e) => s + (e.f - e.a), 0) / n,
          dekking_pct: (es.filter((e) => e.a >= e.lo && e.a <= e.hi).length / n) * 100,
        });
      }
    }
  }
  return out;
}

/** Per horizon and grootheid, the method with the smallest MAE (the first on a tie). */
function winners(us: readonly Uitkomst[]): Backtest['winnaars'] {
  const out: Backtest['winnaars'] = [];
  for (const h of HORIZONNEN) {
    for (const grootheid of ['stand', 'gemiddeld_volume'] as const) {
      const candidates = us.filter((u) => u.horizon_maanden === h && u.grootheid === grootheid);
      if (candidates.length === 0) continue;
      const best = candidates.reduce((a, b) => (b.mae < a.mae ? b : a));
      out.push({ horizon_maanden: h, grootheid, methode: best.methode });
    }
  }
  return out;
}

function predict(methode: Methode, input: BacktestInput, total: ReadonlyMap<number, number>, t: number, ahead: number, origin: number): Voorspelling {
  if (methode === 'stockflow') return stockflow(input, t, ahead, origin);
  const last = total.get(t)!;
  const changes = Array.from({ length: input.basis }, (_, k) => total.get(t - input.basis + k + 1)! - total.get(t - input.basis + k)!);
  const slope = methode === 'naief' ? 0 : changes.reduce((a, b) => a + b, 0) / changes.length;
  // The spread of one month's change around the method's own expectation.
  const sd = Math.sqrt(changes.reduce((a, c) => a + (c - slope) ** 2, 0) / Math.max(1, changes.length - (methode === 'naief' ? 0 : 1)));
  const punt = new Float64Array(ahead);
  let step = 0;
  for (let h = 1; h <= ahead; h++) {
    step += methode === 'trend' ? slope * DEMPING ** h : slope;
    punt[h - 1] = last + step;
  }
  return randomWalkBand(punt, sd);
}

/** The band of a random walk with one-month spread sd around the point forecast: sd sqrt(h) at the stand, sd sqrt((h+1)(2h+1)/(6h)) for the mean. */
function randomWalkBand(punt: Float64Array, sd: number): Voorspelling {
  const n = punt.length;
  const v: Voorspelling = { punt, p10: new Float64Array(n), p90: new Float64Array(n), gem10: new Float64Array(n), gem90: new Float64Array(n) };
  let sum = 0;
  for (let h = 1; h <= n; h++) {
    sum += punt[h - 1]!;
    const s = Z90 * sd * Math.sqrt(h);
    const g = Z90 * sd * Math.sqrt(((h + 1) * (2 * h + 1)) / (6 * h));
    v.p10[h - 1] = punt[h - 1]! - s;
    v.p90[h - 1] = punt[h - 1]! + s;
    v.gem10[h - 1] = sum / h - g;
    v.gem90[h - 1] = sum / h + g;
  }
  return v;
}

/** The stock-flow model estimated on the base window before t: the point forecast, and the band of Monte Carlo paths. */
function stockflow(input: BacktestInput, t: number, ahead: number, origin: number): Voorspelling {
  const van = monthFromIndex(t - input.basis + 1);
  const tot = monthFromIndex(t);
  const models = input.series.map((s) => {
    let som = 0;
    let uit = 0;
    for (let m = t - input.basis + 1; m <= t; m++) {
      som += s.stands.get(m - 1)!;
      uit += s.flows.get(m)!.uitstroom;
    }
    const spreiding = instroomSpreiding(s, van, tot);
    return {
      start: s.stands.get(t)!,
      i: spreiding.gemiddelde,
      u: som > 0 ? uit / som : 0,
      uFout: uitstroomkansFout(s, van, tot),
      draw: countSampler(spreiding.gemiddelde, spreiding.overdispersie ? spreiding.dispersie : 1),
    };
  });
  const punt = new Float64Array(ahead);
  for (const m of models) {
    let v = m.start;
    for (let k = 0; k < ahead; k++) punt[k] = punt[k]! + (v = v + m.i - m.u * v);
  }
  return { punt, ...monteCarloBand(models, ahead, input, origin) };
}

function monteCarloBand(
  models: { start: number; i: number; u: number; uFout: number; draw: (u: Uniform) => number }[],
  ahead: number,
  input: BacktestInput,
  origin: number,
): Omit<Voorspelling, 'punt'> {
  const runs = input.runs;
  const stands = new Float64Array(ahead * runs);
  const means = new Float64Array(ahead * runs);
  for (let r = 0; r < runs; r++) {
    const u = input.rngFor(origin * runs + r);
    for (const m of models) {
      const rate = Math.min(1, Math.max(0, m.u + m.uFout * normal(u)));
      let v = m.start;
      for (let k = 0; k < ahead; k++) {
        v = v + m.draw(u) - exits(u, v, rate);
        stands[k * runs + r] = stands[k * runs + r]! + v;
      }
    }
    let sum = 0;
    for (let k = 0; k < ahead; k++) {
      sum += stands[k * runs + r]!;
      means[k * runs + r] = sum / (k + 1);
    }
  }
  const q = (a: Float64Array, k: number, p: number) => {
    const sorted = a.slice(k * runs, (k + 1) * runs).sort();
    return sorted[Math.max(0, Math.ceil(p * runs) - 1)]!;
  };
  const at = (a: Float64Array, p: number) => Float64Array.from({ length: ahead }, (_, k) => q(a, k, p));
  return { p10: at(stands, 0.1), p90: at(stands, 0.9), gem10: at(means, 0.1), gem90: at(means, 0.9) };
}
