#!/usr/bin/env node
// The build: the sources bundled by esbuild into dist/, which bin/buig.js starts. `npm install`
// runs it (prepare), and so does `npm test` before the tests; the tests themselves run the
// sources. The bundle is split at the dynamic import of each command (src/cli/main.ts), so a
// command loads its own code and the code it shares with others, and `buig --help` loads only
// the command line itself: dist/buig.js is the start, dist/chunks/ holds the parts.

import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { buig: 'src/cli/main.ts' },
  bundle: true,
  splitting: process.env.BUIG_SPLIT !== '0',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  // jsonc-parser's `main` is a UMD build that requires its parts at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (commander, cli-table3) require Node's own modules.
  banner: { js: "import { createRequire as __buigRequire } from 'node:module'; const require = __buigRequire(import.meta.url);" },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
