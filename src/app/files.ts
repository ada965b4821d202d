// Reading a file named by the user: its bytes, or BUIG-E001 with the reason (exit 66).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export function readInput(cwd: string, file: string, purpose: string, label = file): { bytes: Uint8Array } | { problem: Diagnostic } {
  try {
    return { bytes: readFileSync(resolve(cwd, file)) };
  } catch (e) {
    return { problem: diagnostic('BUIG-E001', { file: label }, { reason: (e as NodeJS.ErrnoException).code ?? 'error', name: label, purpose }) };
  }
}
