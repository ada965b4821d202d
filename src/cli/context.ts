// What every command gets: the outside world (io), the language, and a place for its exit code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../app/defaults.js';
import type { Lang } from '../money.js';
import type { Io } from './io.js';

export interface Context {
  io: Io;
  lang: Lang;
  /** Set by the command's action; the CLI returns it. Not 0: the run failed and writes no files. */
  exitCode: number;
  /**
   * The exit code of a run whose output is whole although some of its inputs failed (`forecast
   * --data A B C` with a broken folder): its files are written, then the run exits with this.
   */
  partialExit?: number;
  /** What the run writes, kept until it has ended (finishRun in output.ts). */
  pending: Pending;
}

/** The output of a run, written when it has ended: files (all or none), stdout, closing words on stderr. */
export interface Pending {
  files: { path: string; content: string | Uint8Array; kind?: string; notice: boolean }[];
  stdout: string[];
  after: string[];
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Texts in Dutch (default) and English. */
export function t(ctx: { lang: Lang }, nl: string, en: string): string {
  return ctx.lang === 'nl' ? nl : en;
}
