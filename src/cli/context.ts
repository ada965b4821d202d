// What every command gets: the outside world (io), the language, and a place for its exit code.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../money.js';
import type { Io } from './io.js';

export interface Context {
  io: Io;
  lang: Lang;
  /** Set by the command's action; the CLI returns it. */
  exitCode: number;
}

/** The package root: both src/cli and dist/cli are two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string }).version;
}

/** Texts in Dutch (default) and English. */
export function t(ctx: { lang: Lang }, nl: string, en: string): string {
  return ctx.lang === 'nl' ? nl : en;
}
