// What a command may touch of the outside world, passed in so tests can run the whole CLI
// in-process and capture everything it prints.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour only on a terminal and without NO_COLOR. */
  stdoutIsTTY: boolean;
  /** A progress bar only on a terminal (buig simulate). */
  stderrIsTTY?: boolean;
}

export function colourEnabled(io: Io): boolean {
  return io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

/** An output file that cannot be written: the CLI says so and exits 73 (EX_CANTCREAT). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/**
 * Write a file atomically: a temporary file beside it, renamed into place. A reader never sees
 * a half-written file, and a failed run leaves the old file as it was. Missing folders are made.
 * Text is written as UTF-8, bytes (a Word document, a workbook, a PNG) as they are.
 */
export function writeFileAtomic(io: Io, path: string, content: string | Uint8Array): void {
  const target = resolve(io.cwd, path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file was never made (its folder is not there): nothing to clean up.
    }
    throw new OutputError(path, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}
