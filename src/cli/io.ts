// What a command may touch of the outside world, passed in so tests can run the whole CLI
// in-process and capture everything it prints.

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour only on a terminal and without NO_COLOR. */
  stdoutIsTTY: boolean;
}

export function colourEnabled(io: Io): boolean {
  return io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

/**
 * Write a file atomically: a temporary file beside it, renamed into place. A reader never sees
 * a half-written file, and a failed run leaves the old file as it was.
 */
export function writeFileAtomic(io: Io, path: string, content: string): void {
  const target = resolve(io.cwd, path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
