// Diagnostics are data (beancount: "errors are data"): readers and checks return them next to
// their result, and the CLI decides how to show them and which exit code follows.

import type { Lang } from '../money.js';
import { diagnostics as en, jsonSyntax as enJsonSyntax, reasons as enReasons } from '../messages/en/diagnostics.js';
import { diagnostics as nl, jsonSyntax as nlJsonSyntax, reasons as nlReasons } from '../messages/nl/diagnostics.js';
import { CATALOGUE, type Code, type ParamsOf, type Severity } from './catalogue.js';
import type { DiagnosticMessages, JsonSyntaxWords, Reasons } from './messages.js';

export interface Located {
  file: string;
  /** 1-based; absent for problems of a whole file or folder. */
  line?: number;
  /** 1-based character column of the offending cell. */
  column?: number;
  /** Length of the offending text, for the caret underline. */
  length?: number;
  /** The offending line as it is in the file. */
  source?: string;
  /** A workbook's sheet: then `line` is the row and `column` the column of the cell (C14 is 14, 3). */
  sheet?: string;
  /** Where the offending text starts in `source`, when that is not `column` (a row of a sheet). */
  sourceColumn?: number;
}

/** 1 -> A, 26 -> Z, 27 -> AA: a spreadsheet column's letters. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A sheet name as Excel writes it in a reference: quoted when it is not a plain name (`'Blad 1'`). */
export function sheetReference(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Where a diagnostic points: `FILE:LINE:COL`, or in a workbook `FILE:SHEET!CELL` (volume.xlsx:Blad1!C14). */
export function locationOf(d: Located): string {
  if (d.sheet !== undefined) {
    return d.line !== undefined ? `${d.file}:${sheetReference(d.sheet)}!${columnLetters(d.column ?? 1)}${d.line}` : `${d.file}:${sheetReference(d.sheet)}`;
  }
  return [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
}

export interface DiagnosticOf<C extends Code> extends Located {
  code: C;
  severity: Severity;
  params: ParamsOf<C>;
}

/** A diagnostic of any code: `d.code` tells which, and with it the type of `d.params`. */
export type Diagnostic = { [C in Code]: DiagnosticOf<C> }[Code];

/** One of the codes C, each with its own parameters. */
type DiagnosticFor<C extends Code> = C extends Code ? DiagnosticOf<C> : never;

/** The parameters argument of `diagnostic()`: none for a code without, else exactly the code's. */
type ParamsArg<C extends Code> = [keyof ParamsOf<C>] extends [never] ? [] : [params: ParamsOf<C>];

/** A diagnostic of `code` at `at`; the compiler checks `params` against the code's declaration. */
export function diagnostic<C extends Code>(code: C, at: Located, ...params: ParamsArg<C>): DiagnosticFor<C> {
  return { code, severity: CATALOGUE[code].severity, ...at, params: params[0] ?? {} } as DiagnosticFor<C>;
}

const MESSAGES: Record<Lang, DiagnosticMessages> = { nl, en };

/** The reasons of the JSON readers' own checks, in a language. */
export function reasonsIn(lang: Lang): Reasons {
  return lang === 'nl' ? nlReasons : enReasons;
}

/** The words for JSON syntax errors, in a language. */
export function jsonSyntaxIn(lang: Lang): JsonSyntaxWords {
  return lang === 'nl' ? nlJsonSyntax : enJsonSyntax;
}

/** Every parameter as text: a list separated by commas, an absent one ''. */
function shown(d: Diagnostic): Record<string, string> {
  const out: Record<string, string> = { file: d.file };
  for (const name of Object.keys(CATALOGUE[d.code].params)) {
    const value = (d.params as Record<string, string | number | readonly string[] | undefined>)[name];
    out[name] = value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

function fill(template: string, params: Record<string, string>): string {
  const present = (name: string) => params[name] !== undefined && params[name] !== '';
  const optionalDone = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const names = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return names.every(present) ? inner : '';
  });
  return optionalDone.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? params[name]! : whole));
}

function render(text: string | ((p: never) => string), d: Diagnostic): string {
  const values = shown(d);
  // A function gets the values of its own code: `d.code` chose both it and them.
  return typeof text === 'string' ? fill(text, values) : (text as (p: Record<string, string>) => string)(values);
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  return render(MESSAGES[lang][d.code].message, d);
}

export function hintOf(d: Diagnostic, lang: Lang): string {
  return render(MESSAGES[lang][d.code].hint, d);
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
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
}
