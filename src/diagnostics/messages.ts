// The shape of a language's message catalogue (src/messages/<lang>/diagnostics.ts): a message
// and a hint for every code of the catalogue, the reasons the JSON readers give for their own
// checks, and the words for JSON syntax errors. The compiler checks that a language has them all.
//
// A message or hint is a template or a function. In a template, `{name}` is replaced by the
// parameter's value (a list separated by commas), and a segment in square brackets is shown only
// when all its parameters are given and non-empty; a template may only name the code's declared
// parameters (and `file`). A function gets the same values and chooses words itself, e.g. for
// an enum parameter.

import type { Code, ParamDecls } from './catalogue.js';

/** The values a message or hint gets: shown as text (absent ones as ''), an enum as its key. */
export type Shown<C extends Code> = { readonly file: string } & {
  readonly [P in keyof ParamDecls<C>]-?: ParamDecls<C>[P] extends readonly string[] ? ParamDecls<C>[P][number] : string;
};

export type Text<C extends Code> = string | ((p: Shown<C>) => string);

export type DiagnosticMessages = { readonly [C in Code]: { readonly message: Text<C>; readonly hint: Text<C> } };

/** The `{name}`s of a template; a brace holding more than a name (JSON in a hint) is no placeholder. */
type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}` ? (N extends `${string}${' ' | '"' | ':' | ','}${string}` ? never : N) | Placeholders<Rest> : never;

type Undeclared<C extends Code, T> = T extends string ? Exclude<Placeholders<T>, 'file' | keyof ParamDecls<C> | ''> : never;
type UndeclaredIn<M extends DiagnosticMessages> = { [C in Code]: Undeclared<C, M[C]['message']> | Undeclared<C, M[C]['hint']> }[Code];

/**
 * A language's messages, checked: every code, and no placeholder a code does not declare (the
 * compiler names it: `unknown placeholder {name}`).
 */
export function defineMessages<const M extends DiagnosticMessages>(messages: M & ([UndeclaredIn<M>] extends [never] ? unknown : { 'unknown placeholder': UndeclaredIn<M> })): M {
  return messages;
}

/** The reasons the JSON readers give for their own checks (zod's own checks have zod's words). */
export interface Reasons {
  /** Scenario: an amount that is not a number. */
  notANumber(value: string): string;
  /** Scenario: an unknown regeling, the nearest known one and all of them. */
  unknownRegeling(value: string, suggestion: string | undefined, allowed: readonly string[]): string;
  /** Scenario: a month not written YYYY-MM, with the month meant when it can be told. */
  notAMonth(value: string, meant: string | undefined): string;
  /** Inline acties: a key that is no column of an aanvalsplan. */
  unknownColumn(known: readonly string[]): string;
  /** Rules file: a percentage written as a string that is not a number. */
  pctNumber: string;
  /** Rules file: eigen_risico_pct above boven_pct. */
  eigenRisicoAboveBoven: string;
  /** Rules file: van after tot. */
  vanAfterTot: string;
  /** Rules file: a route named twice. */
  routeTwice: string;
  /** Rules file: a tekortjaren minimum above the number of years of its window. */
  minimumAboveWindow(years: number): string;
}

/** The syntax errors of JSON with comments, by jsonc-parser's name. */
export type JsonSyntaxName =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

export type JsonSyntaxWords = { readonly [E in JsonSyntaxName]: string };
