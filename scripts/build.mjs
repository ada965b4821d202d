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

/**
 * commander requires child_process at its start, for executable subcommands, which buig does
 * not have; loading it costs a start-up about a tenth of a bare Node's. In the bundle commander
 * gets a stand-in that loads child_process only if it is ever used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
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
  // resvg is a native module (a .node binary per platform): loaded from the installed dependency.
  external: ['@resvg/resvg-js'],
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
