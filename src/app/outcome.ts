// What every step of the application pipeline returns: its value, or nothing when a problem
// stops the run, and the diagnostics either way (beancount's `(entries, errors)`).

import { exitCodeFor, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../money.js';

export interface Outcome<T> {
  /** Absent when an error stops the run; the reason is among the diagnostics. */
  value?: T;
  diagnostics: Diagnostic[];
}

/** What the pipeline needs of the outside world: where relative paths start, and the language of messages. */
export interface Env {
  cwd: string;
  lang: Lang;
}

export const failed = (diagnostics: Diagnostic[]): Outcome<never> => ({ diagnostics });
export const stops = (diagnostics: readonly Diagnostic[]) => exitCodeFor(diagnostics) !== 0;

export { UsageError } from './usageError.js';
