// What the JSON readers (scenario, rules file, inline acties) give as the reason of a problem:
// zod's own message in the run's language (zod's locale), or a reason of the reader's own, whose
// words are in the language catalogues (src/messages/<lang>/diagnostics.ts, `reasons`).

import type { z } from 'zod';
import { reasonsIn } from '../diagnostics/diagnostic.js';
import type { Reasons } from '../diagnostics/messages.js';
import type { Lang } from '../money.js';
import { zod } from './zod.js';

export type OwnReason = (words: Reasons) => string;

/** The params of a zod check (`.refine(fn, ownReason(...))`) whose reason is the reader's own. */
export function ownReason(reason: OwnReason): { params: { reason: OwnReason } } {
  return { params: { reason } };
}

/**
 * A problem of the reader's own in a zod transform. zod wants a message (English here); the
 * diagnostic takes the reason in the run's language from the params (`reasonOf`).
 */
export function problem(ctx: { issues: unknown[] }, input: unknown, reason: OwnReason): never {
  ctx.issues.push({ code: 'custom', input, message: reason(reasonsIn('en')), params: { reason } });
  return zod().z.NEVER;
}

/** The reason of an issue in a language: the reader's own, or zod's message (in zod's locale). */
export function reasonOf(issue: { message: string }, lang: Lang): string {
  const own = (issue as { params?: { reason?: OwnReason } }).params?.reason;
  return own ? own(reasonsIn(lang)) : issue.message;
}

/** The parse options that make zod speak the run's language (English is zod's own). */
export function zodLocale(lang: Lang): z.core.ParseContext<z.core.$ZodIssue> {
  return lang === 'nl' ? { error: zod().z.locales.nl().localeError } : {};
}
