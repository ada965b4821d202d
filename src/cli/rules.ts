// Loading a user's vangnet rules file (--rules), shared by the commands that compute a vangnet.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { VangnetRule } from '../domain/vangnet/rules.js';
import { readRulesFile } from '../read/rulesFile.js';
import type { Context } from './context.js';

export function loadRules(ctx: Context, file: string | undefined, diagnostics: Diagnostic[], purpose: string): VangnetRule[] {
  if (file === undefined) return [];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(ctx.io.cwd, file));
  } catch (e) {
    diagnostics.push(diagnostic('BUIG-E001', { file }, { reason: (e as NodeJS.ErrnoException).code ?? 'error', name: file, purpose }));
    return [];
  }
  const read = readRulesFile(file, bytes, ctx.lang);
  diagnostics.push(...read.diagnostics);
  return read.rules;
}
