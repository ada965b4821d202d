#!/usr/bin/env node
// Speed targets live in issues; this measures them (not a timed test). Run: npm run bench
// (after npm run build). Reports the median and the worst of several runs.
//
// - forecast, in-process: buig forecast on the default scenario, as the CLI runs it.
// - forecast, whole process: `node bin/buig.js forecast`, including Node's start-up.
// - vangnet, in-process: buig vangnet --year 2022 --data data/deventer.
// - plan, in-process: buig plan on the Deventer aanvalsplan (56 full forecast runs).
// - simulate, in-process: 10,000 runs of the Deventer scenario over four years (issue 13: <= 1 s).
// - backtest, in-process: the Deventer data, 48 months (issue 13: <= 2 s).
// - simulate and backtest, whole process: as a ratio to a bare `node -e 0` measured in the same
//   run, so the figure says what buig adds to Node's own start-up on whatever machine runs it.

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { run } from '../dist/cli/main.js';

const silent = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), env: {}, stdoutIsTTY: false };

/** The median of `runs` timed calls after one warm-up, and the worst. */
async function timed(runs, fn) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], worst: times[times.length - 1] };
}

async function measure(label, runs, fn) {
  await fn(); // warm-up: module loading and JIT are not what a repeated run costs
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms   worst ${times[times.length - 1].toFixed(1).padStart(7)} ms   (${runs} runs)`);
}

await measure('forecast, in-process', 20, async () => {
  const code = await run(['forecast', '--format', 'json'], silent);
  if (code !== 0) throw new Error(`forecast exited ${code}`);
});
await measure('vangnet, in-process', 50, async () => {
  const code = await run(['vangnet', '--year', '2022', '--data', 'data/deventer', '--format', 'json'], silent);
  if (code !== 0) throw new Error(`vangnet exited ${code}`);
});
await measure('plan (Deventer, 27 acties), in-process', 5, async () => {
  const code = await run(['plan', '--format', 'json'], silent);
  if (code !== 0) throw new Error(`plan exited ${code}`);
});
await measure('forecast, whole process (node)', 10, async () => {
  const r = spawnSync(process.execPath, ['bin/buig.js', 'forecast', '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
});

// Issue 13: simulate and backtest, beside their targets.
const target = (label, runs, ms, limit) => console.log(`${label.padEnd(34)} median ${ms.median.toFixed(1).padStart(7)} ms   worst ${ms.worst.toFixed(1).padStart(7)} ms   (${runs} runs)   target <= ${limit} ms: ${ms.median <= limit ? 'met' : 'NOT met'}`);
const simulate = await timed(5, async () => {
  const code = await run(['simulate', '--runs', '10000', '--seed', '1', '--format', 'json', '--quiet'], silent);
  if (code !== 0) throw new Error(`simulate exited ${code}`);
});
target('simulate 10,000 runs, in-process', 5, simulate, 1000);
const backtest = await timed(5, async () => {
  const code = await run(['backtest', '--format', 'json'], silent);
  if (code !== 0) throw new Error(`backtest exited ${code}`);
});
target('backtest (48 months), in-process', 5, backtest, 2000);

const spawn = (args) => async () => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
};
const bare = await timed(10, spawn(['-e', '0']));
console.log(`${'node -e 0, whole process'.padEnd(34)} median ${bare.median.toFixed(1).padStart(7)} ms`);
for (const [label, args] of [
  ['simulate 10,000 runs, whole process', ['bin/buig.js', 'simulate', '--format', 'json', '--quiet']],
  ['backtest, whole process', ['bin/buig.js', 'backtest', '--format', 'json']],
]) {
  const t = await timed(5, spawn(args));
  console.log(`${label.padEnd(34)} median ${t.median.toFixed(1).padStart(7)} ms   = ${(t.median / bare.median).toFixed(1)} x node -e 0`);
}
