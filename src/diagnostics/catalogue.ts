// The catalogue of diagnostic codes: every code, its severity, its kind and its parameters.
// Codes are stable: users search for them and CI scripts match on them. Never reuse or renumber
// a code; retire it instead. test/diagnostics/catalogue.test.ts runs the CLI on a reproducer of
// every code and checks that together they emit every code here.
//
// The words are not here: each language has its own message catalogue, src/messages/nl and
// src/messages/en (diagnostics.ts), and the compiler checks that each has every code.
//
// Parameters carry values, never prose: names, numbers, months, file names, lists of allowed
// values, and enums (a list of keys) whose words each language catalogue chooses. `diagnostic()`
// takes exactly the parameters a code declares, with their types.

import { BOUND_NAMES } from '../domain/bounds.js';
import type { Month } from '../period.js';

export type Severity = 'error' | 'warning';

/**
 * The kinds of parameter value:
 * - `text`: a name or a value as written (a column, a cell, a file, a JSON path), language-neutral;
 * - `number`: a count, a line number, a year;
 * - `month`: a month, YYYY-MM;
 * - `list`: names or values, shown separated by commas;
 * - `reason`: what a JSON reader found wrong, already in the language of the run: zod's own message
 *   (zod's locale) or one of the readers' reasons of src/messages/<lang>/diagnostics.ts.
 * A kind ending in `?` may be left out. A list of keys is an enum: one of them.
 */
export type ParamKind = 'text' | 'number' | 'month' | 'list' | 'reason';
export type ParamDecl = ParamKind | `${ParamKind}?` | readonly string[];

export interface CodeEntry {
  severity: Severity;
  /** What kind of problem: 'open' problems make a command exit 66, other errors 65. */
  kind: 'open' | 'data';
  params: { readonly [name: string]: ParamDecl };
}

/** What a cell of a CSV file is: its column and its text as written. Every cell code has them. */
const cell = { column: 'text', value: 'text' } as const;

/** What is at a path instead of the file or folder needed (BUIG-E130, E131). */
const PATH_FOUND = ['folder', 'file', 'dangling-link', 'link-loop', 'special', 'denied', 'other'] as const;
/** What a file that is not the kind it should be holds (BUIG-E136, E137). */
const FILE_FOUND = ['empty', 'text', 'binary', 'utf-16', 'workbook', 'json-object', 'json-list', 'json-value'] as const;

export const CATALOGUE = {
  'BUIG-E001': { severity: 'error', kind: 'open', params: { reason: 'text', name: 'text', purpose: 'text' } },
  'BUIG-E002': { severity: 'error', kind: 'data', params: { columns: 'text' } },
  'BUIG-E003': { severity: 'error', kind: 'data', params: { value: 'text', columns: 'text' } },
  'BUIG-E004': { severity: 'error', kind: 'data', params: { column: 'text', columns: 'list', suggestion: 'text?' } },
  'BUIG-E005': { severity: 'error', kind: 'data', params: { column: 'text' } },
  'BUIG-W006': { severity: 'warning', kind: 'data', params: { column: 'text', columns: 'list', suggestion: 'text?' } },
  'BUIG-E007': { severity: 'error', kind: 'data', params: { found: 'number', expected: 'number', delimiter: 'text' } },
  'BUIG-E008': { severity: 'error', kind: 'data', params: { ...cell, example: 'text' } },
  'BUIG-E009': { severity: 'error', kind: 'data', params: { ...cell, example: 'text' } },
  'BUIG-E010': { severity: 'error', kind: 'data', params: { ...cell, examples: 'list' } },
  'BUIG-E011': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-E012': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-E013': { severity: 'error', kind: 'data', params: { ...cell, min: 'number', max: 'number' } },
  'BUIG-E014': { severity: 'error', kind: 'data', params: { ...cell, suggestion: 'month?', typed: 'text?' } },
  'BUIG-E015': { severity: 'error', kind: 'data', params: { ...cell, suggestion: 'text?' } },
  'BUIG-E016': { severity: 'error', kind: 'data', params: { ...cell, suggestion: 'text?' } },
  'BUIG-E017': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-E018': {
    severity: 'error',
    kind: 'data',
    // What makes a line unique; `totaal-en-regeling`: a year given both as a total and per regeling.
    params: {
      key: 'text',
      firstLine: 'number',
      what: ['jaar-fase', 'jaar-regeling', 'maand-regeling-segment', 'scenario-jaar-grootheid', 'code', 'totaal-en-regeling'],
    },
  },
  'BUIG-W019': {
    severity: 'warning',
    kind: 'data',
    params: {
      regeling: 'text',
      month: 'month',
      previous: 'number',
      instroom: 'number',
      uitstroom: 'number',
      expected: 'number',
      actual: 'number',
      difference: 'text',
    },
  },
  // What csv-parse found; for `other`, `code` is csv-parse's own code.
  'BUIG-E020': { severity: 'error', kind: 'data', params: { problem: ['quote-not-closed', 'invalid-closing-quote', 'invalid-opening-quote', 'other'], code: 'text?' } },
  'BUIG-W021': { severity: 'warning', kind: 'data', params: { regeling: 'text', count: 'number', from: 'month', to: 'month' } },
  'BUIG-E022': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-W023': { severity: 'warning', kind: 'data', params: { lasten: 'text', computed: 'text', difference: 'text' } },
  'BUIG-W024': { severity: 'warning', kind: 'data', params: {} },
  'BUIG-E025': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-W026': { severity: 'warning', kind: 'data', params: { bedrag: 'text', aandeel: 'text', computed: 'text', pct: 'text' } },
  // `key`: the key a problem is about (an unknown key, naam, cbs_code); `value`: its value as JSON.
  'BUIG-E027': { severity: 'error', kind: 'data', params: { problem: ['json', 'object', 'unknown-key', 'naam', 'cbs_code'], key: 'text?', value: 'text?' } },
  'BUIG-W028': { severity: 'warning', kind: 'data', params: { value: 'text', suggestion: 'text?', files: 'list' } },
  'BUIG-E029': { severity: 'error', kind: 'open', params: { dir: 'text' } },
  'BUIG-W030': { severity: 'warning', kind: 'data', params: { name: 'text', purpose: 'text', columns: 'list' } },
  'BUIG-W031': { severity: 'warning', kind: 'data', params: { column: 'text', value: 'text', read: 'text', meant: 'text' } },
  // `path`: the JSON path; '' for the file as a whole, '(JSON)' for a syntax error.
  'BUIG-E032': { severity: 'error', kind: 'data', params: { path: 'text', reason: 'reason' } },
  'BUIG-E033': { severity: 'error', kind: 'data', params: { jaar: 'number', van: 'number', tot: 'number' } },
  // Without `jaar`: none in any year.
  'BUIG-E034': { severity: 'error', kind: 'data', params: { what: ['budget', 'lasten', 'volume'], jaar: 'number?', name: 'text' } },
  'BUIG-E040': { severity: 'error', kind: 'data', params: { reason: 'reason' } },
  'BUIG-E041': { severity: 'error', kind: 'data', params: { path: 'text', reason: 'reason' } },
  'BUIG-E042': { severity: 'error', kind: 'data', params: { value: 'text', resolved: 'text' } },
  'BUIG-E043': { severity: 'error', kind: 'data', params: { value: 'month', last: 'month' } },
  'BUIG-E044': {
    severity: 'error',
    kind: 'data',
    params: { van: 'month', tot: 'month', series: 'text', months: 'text', first: 'month', last: 'month' },
  },
  'BUIG-E045': { severity: 'error', kind: 'data', params: { months: 'number', first: 'month', last: 'month', minimum: 'number' } },
  'BUIG-E055': { severity: 'error', kind: 'data', params: {} },
  'BUIG-E050': { severity: 'error', kind: 'data', params: { ...cell, suggestion: 'text?' } },
  // `column` is hefboom (where it points); `needs` is the column the hefboom needs.
  'BUIG-E051': { severity: 'error', kind: 'data', params: { ...cell, hefboom: 'text', needs: ['lks_prijs', 'verlaging_pct'] } },
  'BUIG-E052': { severity: 'error', kind: 'data', params: { value: 'month', first: 'month', horizon: 'month' } },
  'BUIG-E053': { severity: 'error', kind: 'data', params: { ...cell } },
  'BUIG-E054': { severity: 'error', kind: 'data', params: { value: 'text', resolved: 'text' } },
  'BUIG-E060': { severity: 'error', kind: 'data', params: { value: 'text', suggestion: 'text?', keys: 'text' } },
  'BUIG-E061': { severity: 'error', kind: 'data', params: { value: 'number', years: 'text' } },
  'BUIG-E070': { severity: 'error', kind: 'data', params: { series: 'text', months: 'text' } },
  'BUIG-E071': { severity: 'error', kind: 'data', params: { series: 'text', months: 'text' } },
  'BUIG-E120': { severity: 'error', kind: 'data', params: { jaar: 'number' } },
  'BUIG-E121': { severity: 'error', kind: 'data', params: { jaar: 'number', fase: ['voorlopig', 'nader_voorlopig', 'raming'] } },
  'BUIG-W110': { severity: 'warning', kind: 'data', params: {} },
  'BUIG-E090': { severity: 'error', kind: 'data', params: { ...cell, min: 'text', max: 'text' } },
  'BUIG-E091': { severity: 'error', kind: 'data', params: { months: 'number', first: 'text', last: 'text', needed: 'number', base: 'number' } },
  'BUIG-E115': { severity: 'error', kind: 'data', params: { name: 'text', part: 'text?' } },
  'BUIG-E116': { severity: 'error', kind: 'data', params: { formula: 'text' } },
  'BUIG-E117': { severity: 'error', kind: 'data', params: { csv: 'text', xlsx: 'text' } },
  'BUIG-E118': { severity: 'error', kind: 'data', params: { letter: 'text', count: 'number', header: 'text' } },
  // Issue 11, the input side. A path that is not what it should be (named on the command line, or
  // a file of a data folder): E130, exit 66; named in a scenario or an expectations file, at the
  // key or cell that names it: E131, exit 65. `code` is the system's own code for `other`.
  'BUIG-E130': { severity: 'error', kind: 'open', params: { name: 'text', expected: ['file', 'folder'], found: PATH_FOUND, code: 'text?' } },
  'BUIG-E131': {
    severity: 'error',
    kind: 'data',
    params: { key: ['data', 'aanvalsplan'], value: 'text', resolved: 'text', expected: ['file', 'folder'], found: PATH_FOUND, code: 'text?' },
  },
  // Two files of one folder whose names differ only in case (budget.csv and Budget.csv).
  'BUIG-E132': { severity: 'error', kind: 'data', params: { first: 'text', second: 'text' } },
  // A count larger than buig reads (fields.ts, MAX_COUNT).
  'BUIG-E133': { severity: 'error', kind: 'data', params: { ...cell, max: 'number' } },
  // JSON nested deeper than buig reads (jsonc.ts, MAX_JSON_DEPTH).
  'BUIG-E134': { severity: 'error', kind: 'data', params: { max: 'number' } },
  // A key twice in one JSON object; `path` is the object's JSON path, '' for the top level.
  'BUIG-E135': { severity: 'error', kind: 'data', params: { key: 'text', path: 'text', firstLine: 'number' } },
  // A file that is not the kind it should be, described without its content: a CSV whose first
  // line names none of its columns (E136), a JSON file that is not a scenario, rules or gemeente
  // file (E137). `size` is in bytes.
  'BUIG-E136': { severity: 'error', kind: 'data', params: { name: 'text', columns: 'list', size: 'number', found: FILE_FOUND } },
  'BUIG-E137': { severity: 'error', kind: 'data', params: { expected: ['scenario', 'regels', 'gemeente'], size: 'number', found: FILE_FOUND } },
  // Issue 11: bounds and impossible states. `column` is the column, or the JSON path of a key;
  // `bound` names the bound of src/domain/bounds.ts. Amounts and stands as plain decimals ("12.5").
  'BUIG-E140': { severity: 'error', kind: 'data', params: { ...cell, bound: BOUND_NAMES } },
  'BUIG-E141': { severity: 'error', kind: 'data', params: { id: 'text', other: 'text', jaar: 'number' } },
  'BUIG-E142': { severity: 'error', kind: 'data', params: { value: 'month', max: 'month', last: 'month', years: 'number' } },
  'BUIG-E143': { severity: 'error', kind: 'data', params: { series: 'text', rate: 'text', base: 'text', factor: 'text', cause: ['uitstroom_factor', 'gegevens'] } },
  'BUIG-E144': { severity: 'error', kind: 'data', params: { series: 'text', month: 'month', stand: 'text', cause: ['schok', 'actie', 'gegevens'], code: 'text?' } },
  'BUIG-E145': {
    severity: 'error',
    kind: 'data',
    params: { series: 'text', month: 'month', stand: 'text', max: 'text', largest: 'number', factor: 'number', cause: ['schok', 'instroom_factor', 'horizon', 'actie', 'gegevens'], code: 'text?' },
  },
  'BUIG-E146': { severity: 'error', kind: 'data', params: { jaar: 'number', lasten: 'text', cause: ['baten', 'actie'], code: 'text?' } },
  'BUIG-E147': { severity: 'error', kind: 'data', params: { regeling: 'text', jaar: 'number', first: 'number' } },
  'BUIG-E148': { severity: 'error', kind: 'data', params: { code: 'text', series: 'text', month: 'month', verlaagd: 'text', stand: 'text' } },
  'BUIG-E149': { severity: 'error', kind: 'data', params: { jaar: 'number', budget: 'text', cause: ['bijstelling', 'macrobudget', 'groei', 'gegevens'] } },
  'BUIG-W140': { severity: 'warning', kind: 'data', params: { jaar: 'number', last: 'month' } },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CATALOGUE;

// --- the parameters of a code, as types -------------------------------------------------------

interface KindValues {
  text: string;
  number: number;
  month: Month;
  list: readonly string[];
  reason: string;
}

/** The declared parameters of a code. */
export type ParamDecls<C extends Code> = (typeof CATALOGUE)[C]['params'];

/** The type of a value for a declaration: an enum's keys, or the kind's type. */
type ValueOf<D> = D extends readonly string[] ? D[number] : D extends `${infer K extends ParamKind}?` ? KindValues[K] : D extends ParamKind ? KindValues[D] : never;

type OptionalNames<C extends Code> = { [P in keyof ParamDecls<C>]: ParamDecls<C>[P] extends `${string}?` ? P : never }[keyof ParamDecls<C>];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The parameters `diagnostic(code, at, params)` takes for a code, e.g. `ParamsOf<'BUIG-E018'>`. */
export type ParamsOf<C extends Code> = Simplify<
  { -readonly [P in Exclude<keyof ParamDecls<C>, OptionalNames<C>>]: ValueOf<ParamDecls<C>[P]> } & {
    -readonly [P in OptionalNames<C>]?: ValueOf<ParamDecls<C>[P]>;
  }
>;

/** The keys of an enum parameter, e.g. `EnumOf<'BUIG-E018', 'what'>`. */
export type EnumOf<C extends Code, P extends keyof ParamDecls<C>> = ParamDecls<C>[P] extends readonly string[] ? ParamDecls<C>[P][number] : never;
