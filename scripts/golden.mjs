#!/usr/bin/env node
// Make the golden output files (test/golden/) again from the current code: every command on the
// shipped scenarios, in every format and both languages. Run it after a change of output that is
// meant, then read the diff of test/golden/ and commit it with the change. Usage:
//
//     npm run golden        (or: node scripts/golden.mjs)
//
// It runs test/golden.test.ts in its writing mode, so the cases live in one place.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// vitest's command-line entry (its package exports do not name it).
const vitest = join(dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'test/golden.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BUIG_GOLDEN: 'write' },
});
if (r.status === 0) console.log('test/golden/ written; review it with: git diff --stat test/golden/ && git diff test/golden/');
process.exit(r.status ?? 1);
