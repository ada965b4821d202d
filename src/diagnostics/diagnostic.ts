// Diagnostics are data (beancount: "errors are data"): readers and checks return them next to
// their result, and the CLI decides how to show them and which exit code follows.

import type { Lang } from '../money.js';
import { diagnostics as en } from '../messages/en/diagnostics.js';
import { diagnostics as nl } from '../messages/nl/diagnostics.js';
import { CATALOGUE, type Code, type Severity } from './catalogue.js';
import type { DiagnosticMessages } from './messages.js';

export type Params = Record<string, string | number>;

export interface Diagnostic {
  code: Code;
  severity: Severity;
  file: string;
  /** 1-based; absent for problems of a whole file or folder. */
  line?: number;
  /** 1-based character column of the offending cell. */
  column?: number;
  /** Length of the offending text, for the caret underline. */
  length?: number;
  /** The offending line as it is in the file. */
  source?: string;
  params: Params;
}

export interface Located {
  file: string;
  line?: number;
  column?: number;
  length?: number;
  source?: string;
}

export function diagnostic(code: Code, at: Located, params: Params = {}): Diagnostic {
  return { code, severity: CATALOGUE[code].severity, ...at, params };
}

function fill(template: string, params: Params): string {
  const present = (name: string) => params[name] !== undefined && String(params[name]) !== '';
  const optionalDone = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const names = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return names.every(present) ? inner : '';
  });
  return optionalDone.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const MESSAGES: Record<Lang, DiagnosticMessages> = { nl, en };

export function messageOf(d: Diagnostic, lang: Lang): string {
  return fill(MESSAGES[lang][d.code].message, { file: d.file, ...d.params });
}

export function hintOf(d: Diagnostic, lang: Lang): string {
  return fill(MESSAGES[lang][d.code].hint, { file: d.file, ...d.params });
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** The contract's exit code for a set of input diagnostics: 66 cannot open, 65 data error, else 0. */
export function exitCodeFor(ds: readonly Diagnostic[], strict = false): number {
  if (ds.some((d) => d.severity === 'error' && CATALOGUE[d.code].kind === 'open')) return 66;
  if (ds.some((d) => d.severity === 'error')) return 65;
  if (strict && ds.length > 0) return 65;
  return 0;
}

/** Order for display: by file, then line, then column; whole-file problems first. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
