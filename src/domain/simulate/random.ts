// Draws from the distributions the simulation needs, on top of a uniform source that is passed
// in (the app gives a seeded pure-rand generator per run; the domain holds no randomness).
// Binary floating point: these are the Monte Carlo paths, which the output calls estimates.
//
// Poisson: inversion for small means, PTRS above (Hörmann 1993, "The transformed rejection
// method for generating Poisson random variables"). Binomial: inversion for small n*p, BTRS
// above (Hörmann 1993, "The generation of binomial random variates"). Gamma: Marsaglia and
// Tsang (2000). Normal: Box-Muller. The rejection constants are the published ones.

/** A uniform draw in the open interval (0, 1). */
export type Uniform = () => number;

/** log(k!) for whole k >= 0 (a table for small k, Stirling's series beyond). */
const LOG_FACT_TABLE = (() => {
  const t = new Float64Array(256);
  for (let k = 1; k < 256; k++) t[k] = t[k - 1]! + Math.log(k);
  return t;
})();

export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACT_TABLE[k]!;
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

export function normal(u: Uniform): number {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

export function poisson(u: Uniform, lambda: number): number {
  return poissonSampler(lambda)(u);
}

/** A Poisson sampler for one mean, its constants computed once (a series' instroom is drawn every month with the same mean). */
export function poissonSampler(lambda: number): (u: Uniform) => number {
  if (!(lambda > 0)) return () => 0;
  if (lambda < 10) {
    const p0 = Math.exp(-lambda);
    return (u) => {
      let p = p0;
      let f = p;
      let k = 0;
      const v = u();
      while (v > f && k < 1000) {
        k++;
        p *= lambda / k;
        f += p;
      }
      return k;
    };
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const logInvalpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (u) => {
    for (;;) {
      const U = u() - 0.5;
      const V = u();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (Math.log(V) + logInvalpha - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
    }
  };
}

/** `logq` = log(1 - p), when the caller draws many times with the same p. */
export function binomial(u: Uniform, n: number, p: number, logq = Math.log1p(-p)): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(u, n, 1 - p);
  const q = 1 - p;
  if (n * p < 10) {
    // Inversion from 0 upwards.
    const s = p / q;
    const a = (n + 1) * s;
    let r = Math.exp(n * logq);
    let v = u();
    let x = 0;
    while (v > r && x < n) {
      v -= r;
      x++;
      r *= a / x - s;
    }
    return x;
  }
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  // The constants of the rejection step, computed only when a draw gets there.
  let slow: { alpha: number; lpq: number; m: number; h: number } | undefined;
  for (;;) {
    const U = u() - 0.5;
    const V = u();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && V <= vr) return k;
    if (!slow) {
      const m = Math.floor((n + 1) * p);
      slow = { alpha: (2.83 + 5.1 / b) * spq, lpq: Math.log(p / q), m, h: logFactorial(m) + logFactorial(n - m) };
    }
    const w = Math.log((V * slow.alpha) / (a / (us * us) + b));
    if (w <= slow.h - logFactorial(k) - logFactorial(n - k) + (k - slow.m) * slow.lpq) return k;
  }
}

/** Gamma with the given shape and scale 1. */
export function gamma(u: Uniform, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A count with mean `mean` and variance `dispersie` x mean: Poisson when dispersie <= 1, else the
 * negative binomial as a gamma mixture of Poissons.
 */
export function overdispersed(u: Uniform, mean: number, dispersie: number): number {
  if (!(mean > 0)) return 0;
  if (dispersie <= 1) return poisson(u, mean);
  return negativeBinomial(u, mean, dispersie);
}

/** A sampler for one mean and dispersion, its constants computed once. */
export function countSampler(mean: number, dispersie: number): (u: Uniform) => number {
  if (!(mean > 0)) return () => 0;
  if (dispersie <= 1) return poissonSampler(mean);
  return (u) => negativeBinomial(u, mean, dispersie);
}

function negativeBinomial(u: Uniform, mean: number, dispersie: number): number {
  const shape = mean / (dispersie - 1);
  return poisson(u, gamma(u, shape) * (dispersie - 1));
}

/** A binomial draw from a stand that may hold a fraction (shocks spread over segments): the whole part drawn, the fraction at its mean. */
export function exits(u: Uniform, stand: number, p: number, logq = Math.log1p(-p)): number {
  if (!(stand > 0)) return 0;
  const whole = Math.floor(stand);
  return binomial(u, whole, p, logq) + (stand - whole) * p;
}
