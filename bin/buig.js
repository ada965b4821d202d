#!/usr/bin/env node
// Thin launcher: all behaviour lives in src/cli/main.ts, which returns an exit code.
import { runFromProcess } from '../dist/cli/main.js';

process.exitCode = await runFromProcess();
