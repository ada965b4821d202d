// Reading a file named by the user: its bytes, or why not (exit 66): BUIG-E001 when there is
// nothing at the path, BUIG-E130 when something else stands there (a folder, a broken symlink,
// a loop, a pipe or device, no permission).

import { resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readRegularFile } from '../read/paths.js';

export function readInput(cwd: string, file: string, purpose: string, label = file): { bytes: Uint8Array } | { problem: Diagnostic } {
  const read = readRegularFile(resolve(cwd, file));
  if ('bytes' in read) return read;
  if (read.found === 'missing') return { problem: diagnostic('BUIG-E001', { file: label }, { reason: read.code ?? 'ENOENT', name: label, purpose }) };
  return { problem: diagnostic('BUIG-E130', { file: label }, { name: label, expected: 'file', found: read.found, ...(read.code ? { code: read.code } : {}) }) };
}
