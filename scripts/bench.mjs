#!/usr/bin/env node
// Speed targets live in issues; this measures them (not a timed test). Run: npm run bench
// (after npm run build). Reports the median and the worst of several runs.
//
// - forecast, in-process: buig forecast on the default scenario, as the CLI runs it.
// - forecast, whole process: `node bin/buig.js forecast`, including Node's start-up.
// - vangnet, in-process: buig vangnet --year 2022 --data data/deventer.
// - plan, in-process: buig plan on the Deventer aanvalsplan (56 full forecast runs).

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { run } from '../dist/cli/main.js';

const silent = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), env: {}, stdoutIsTTY: false };

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
