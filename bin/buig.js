#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli/main.ts (bundled into dist/ by scripts/build.mjs),
// which returns an exit code.
import { runFromProcess } from '../dist/buig.js';

process.exitCode = await runFromProcess();
