// npm run fuzz [-- CASES]: the property suite and the fuzz suite of issue 11
// (test/hostile/properties.test.ts, test/hostile/fuzz.test.ts) with many cases from a random
// seed. The seed is printed before and after the run, so that a failure can be replayed:
//
//     BUIG_FUZZ_SEED=123456 BUIG_FUZZ_RUNS=2000 npm run fuzz
//
// `npm test` runs the same suites with a fixed seed and a bounded number of cases.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.BUIG_FUZZ_SEED ?? String(randomInt(0, 2 ** 31 - 1));
const runs = process.env.BUIG_FUZZ_RUNS ?? process.argv[2] ?? '2000';
const replay = `BUIG_FUZZ_SEED=${seed} BUIG_FUZZ_RUNS=${runs} npm run fuzz`;
console.log(`fuzz: seed ${seed}, ${runs} cases per suite (replay: ${replay})`);

// The fuzz suite runs the built CLI (dist/), as bin/buig.js does.
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const started = Date.now();
const run = spawnSync(npx, ['vitest', 'run', 'test/hostile/properties.test.ts', 'test/hostile/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BUIG_FUZZ_SEED: seed, BUIG_FUZZ_RUNS: runs },
});
console.log(`fuzz: seed ${seed}, ${runs} cases per suite, ${Math.round((Date.now() - started) / 1000)} s, ${run.status === 0 ? 'no failures' : 'FAILED'} (replay: ${replay})`);
process.exit(run.status ?? 1);
