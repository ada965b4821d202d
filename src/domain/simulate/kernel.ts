// The Monte Carlo kernel: paths of the stock-flow model in binary floats on typed arrays.
// Run `r` draws only from the uniform source `rngFor(r)` it is given, so any split of the runs
// over chunks or workers gives the same paths, byte for byte. Pure: no randomness of its own.
//
// Per path: the drawn factors (each shock's size, each actie's realisation), a budget revision
// per year not yet definitief, per series the uitstroom rate, then month by month
//     V[m] = max(0, V[m-1] + I[m] + extras - (uitstroom from V[m-1]) - X[m])
// with I drawn (Poisson or overdispersed) and the uitstroom drawn from the stand (binomial), each
// only when its source is switched on; off, the path is the deterministic forecast in floats.

import type { Onzekerheid } from '../forecast/scenario.js';
import { countSampler, exits, normal, type Uniform } from './random.js';
import type { SimModel, SimReeks } from './model.js';

export interface Paths {
  runs: number;
  jaren: number[];
  /** Per year k and run r at [k * runs + r]. */
  volume: Float64Array;
  lasten: Float64Array;
  budget: Float64Array;
  /** The drawn revision factor of the budget (1: none). */
  herziening: Float64Array;
  /** Total month-end stand per grid month m and run r at [m * runs + r], when asked for. */
  maandVolume?: Float64Array;
}

export function emptyPaths(model: SimModel, runs: number, perMaand: boolean): Paths {
  const n = model.jaren.length * runs;
  return {
    runs,
    jaren: model.jaren.map((j) => j.jaar),
    volume: new Float64Array(n),
    lasten: new Float64Array(n),
    budget: new Float64Array(n),
    herziening: new Float64Array(n),
    ...(perMaand ? { maandVolume: new Float64Array(model.maanden * runs) } : {}),
  };
}

/** Which projected year (index into model.jaren) each grid month falls in; -1 for none. */
export function yearOfMonth(model: SimModel): Int32Array {
  const out = new Int32Array(model.maanden).fill(-1);
  for (let m = 0; m < model.maanden; m++) {
    const jaar = Math.floor((model.eersteMaand + m) / 12);
    out[m] = model.jaren.findIndex((j) => j.jaar === jaar);
  }
  return out;
}

/** Run the paths from..to-1 into `out`. */
export function runPaths(model: SimModel, o: Onzekerheid, rngFor: (run: number) => Uniform, from: number, to: number, out: Paths): void {
  const years = yearOfMonth(model);
  const acc = new Float64Array(model.regelingen.length * model.jaren.length);
  const scratch = { i: new Float64Array(model.maanden), x: new Float64Array(model.maanden), r: new Float64Array(model.maanden) };
  const factors = new Float64Array(model.factoren.length);
  const revisions = new Float64Array(model.jaren.length);
  const samplers = model.reeksen.map((s) => countSampler(s.instroom, s.dispersie));
  for (let run = from; run < to; run++) {
    const u = rngFor(run);
    drawFactors(model, u, factors);
    drawRevisions(model, u, revisions);
    acc.fill(0);
    model.reeksen.forEach((s, i) => {
      const rate = o.uitstroomkans && s.uFout > 0 ? clamp01(s.u + s.uFout * normal(u)) : s.u;
      extras(s, factors, scratch);
      const instroom = o.instroom === 'uit' ? undefined : samplers[i]!;
      projectPath(s, rate, instroom, o.uitstroom, u, scratch, years, acc, model.jaren.length, out, run);
    });
    yearFigures(model, acc, factors, revisions, out, run);
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

function drawFactors(model: SimModel, u: Uniform, factors: Float64Array): void {
  model.factoren.forEach((f, i) => {
    factors[i] = f.hi > f.lo ? f.lo + (f.hi - f.lo) * u() : f.lo;
  });
}

/** A revision factor per year: 1 + a normal draw with the year's spread; a grown budget carries the revision of the year it grew from. */
function drawRevisions(model: SimModel, u: Uniform, revisions: Float64Array): void {
  let previous = 1;
  model.jaren.forEach((j, k) => {
    // A revision cannot take more than half the budget away: the normal's far tail is cut there.
    const own = j.budgetSd > 0 ? Math.max(0.5, 1 + j.budgetSd * normal(u)) : 1;
    revisions[k] = (j.budgetGegroeid ? previous : 1) * own;
    previous = revisions[k]!;
  });
}

/** The monthly extras of a series for one path: each part times its drawn factor. */
function extras(s: SimReeks, factors: Float64Array, scratch: { i: Float64Array; x: Float64Array; r: Float64Array }): void {
  scratch.i.fill(0);
  scratch.x.fill(0);
  scratch.r.fill(0);
  for (const d of s.delen) {
    const f = factors[d.factor]!;
    if (d.instroom) for (let m = 0; m < d.instroom.length; m++) scratch.i[m] = scratch.i[m]! + f * d.instroom[m]!;
    if (d.uitstroom) for (let m = 0; m < d.uitstroom.length; m++) scratch.x[m] = scratch.x[m]! + f * d.uitstroom[m]!;
    if (d.herinstroom) for (let m = 0; m < d.herinstroom.length; m++) scratch.r[m] = scratch.r[m]! + f * d.herinstroom[m]!;
  }
}

function projectPath(
  s: SimReeks,
  rate: number,
  drawIn: ((u: Uniform) => number) | undefined,
  drawOut: boolean,
  u: Uniform,
  scratch: { i: Float64Array; x: Float64Array; r: Float64Array },
  years: Int32Array,
  acc: Float64Array,
  nYears: number,
  out: Paths,
  run: number,
): void {
  let v = s.start;
  const logq = Math.log1p(-rate);
  for (let m = s.eerste; m < years.length; m++) {
    const instroom = (drawIn ? drawIn(u) : s.instroom) + scratch.i[m]! + scratch.r[m]!;
    const uitstroom = (drawOut ? exits(u, v, rate, logq) : v * rate) + scratch.x[m]!;
    // No path has fewer than zero benefits: a shock or actie drawn above its planned size stops at 0.
    v = Math.max(0, v + instroom - uitstroom);
    const k = years[m]!;
    if (k >= 0) acc[s.regeling * nYears + k] = acc[s.regeling * nYears + k]! + v;
    if (out.maandVolume) out.maandVolume[m * out.runs + run] = out.maandVolume[m * out.runs + run]! + v;
  }
}

/** Gemiddeld volume, lasten and budget of each year of one path. */
function yearFigures(model: SimModel, acc: Float64Array, factors: Float64Array, revisions: Float64Array, out: Paths, run: number): void {
  const nYears = model.jaren.length;
  model.jaren.forEach((j, k) => {
    let volume = 0;
    let bruto = 0;
    for (let r = 0; r < model.regelingen.length; r++) {
      const n = j.maanden[r]!;
      const gemiddeld = n > 0 ? (j.vast[r]! + acc[r * nYears + k]!) / n : 0;
      volume += gemiddeld;
      bruto += gemiddeld * j.prijs[r]!;
    }
    let lasten = bruto - j.baten;
    for (const a of j.actieLasten) lasten += factors[a.factor]! * a.bedrag;
    const i = k * out.runs + run;
    out.volume[i] = volume;
    out.lasten[i] = lasten;
    out.budget[i] = j.budget * revisions[k]!;
    out.herziening[i] = revisions[k]!;
  });
}
