// What every command gets: the outside world (io), the language, and a place for its exit code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../app/defaults.js';
import type { Lang } from '../money.js';
import type { Io } from './io.js';

export interface Context {
  io: Io;
  lang: Lang;
  /** Set by the command's action; the CLI returns it. */
  exitCode: number;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Texts in Dutch (default) and English. */
export function t(ctx: { lang: Lang }, nl: string, en: string): string {
  return ctx.lang === 'nl' ? nl : en;
}
