// How many cases the property and fuzz suites run, and from which seed. `npm test` runs a
// fixed seed and a bounded number of cases; `npm run fuzz` (scripts/fuzz.mjs) sets
// BUIG_FUZZ_RUNS and a random BUIG_FUZZ_SEED, which it prints so that a failure can be replayed:
//
//     BUIG_FUZZ_SEED=123456 BUIG_FUZZ_RUNS=2000 npm run fuzz

/** The seed of every property: fixed unless BUIG_FUZZ_SEED says otherwise. */
export const SEED = Number(process.env.BUIG_FUZZ_SEED ?? 1111);

/** The number of cases of a property: `standard` in `npm test`, BUIG_FUZZ_RUNS in `npm run fuzz`. */
export function runs(standard: number): number {
  const n = Number(process.env.BUIG_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : standard;
}

/** The time a test may take: generous when the fuzz run is long. */
export function budgetMs(standardRuns: number, perCaseMs: number): number {
  return Math.max(60_000, runs(standardRuns) * perCaseMs);
}
