// The cells of the input files: plain typed parsers, no schema library on the way (a CSV of
// thousands of rows parses each cell once, directly). Each turns the text of one cell into a
// typed value or an issue carrying a catalogue code; the row reader maps the issue back to the
// cell. `rowSchema` puts the cells of a row together the way the readers expect: every column
// in order, all problems of the row at once, then the checks across the row.

import type { Code, ParamsOf } from '../diagnostics/catalogue.js';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import { looksLikeDutchThousands, parseAmount, type Decimal, type NumberStyle } from '../money.js';
import { MAX_YEAR, MIN_YEAR, parseMonth, type Month } from '../period.js';
import { closest, FASES, REGELINGEN, toFase, toRegeling, type Fase, type Regeling } from '../domain/terms.js';
import { within, type BoundName } from '../domain/bounds.js';

/** The codes of a problem with one cell: those with the cell's parameters, `column` and `value`. */
export type CellCode = { [C in Code]: ParamsOf<C> extends { column: string; value: string } ? C : never }[Code];

/** A problem with a cell: its code and the parameters besides `column` and `value`, which the reader adds. */
export type CellProblem = { [C in CellCode]: { code: C; params: Omit<ParamsOf<C>, 'column' | 'value'> } }[CellCode];

/** The cell codes with no parameters besides `column` and `value`. */
type PlainCellCode = { [C in CellCode]: Record<string, never> extends Omit<ParamsOf<C>, 'column' | 'value'> ? C : never }[CellCode];

/** What a cell parser says: a value, or a problem with its code. */
export type CellResult<T> = { ok: true; value: T } | ({ ok: false } & CellProblem);

/** The payload a cell or row issue carries. */
export type BuigIssue = CellProblem & {
  /** For row-level issues: the column to point at. */
  column?: string;
};

/** The diagnostic of a cell problem, once the reader knows the cell's column and text. */
export function cellDiagnostic(problem: CellProblem, at: Located, column: string, value: string): Diagnostic {
  // Each member of CellProblem pairs a code with its parameters; the compiler cannot follow
  // that pairing through the spread, so it is asserted here.
  return diagnostic(problem.code, at, { ...problem.params, column, value } as never);
}

/** A problem of a row: where (the column), and what (a catalogue code in `params.buig`, or a message). */
export interface RowIssue {
  path: string[];
  message: string;
  params?: { buig?: BuigIssue };
}

/** A cell of a row: its text (undefined when the row has no such cell) to a value or an issue. */
export type CellParser<T> = (text: string | undefined) => { ok: true; value: T } | { ok: false; issue: Omit<RowIssue, 'path'> };

const problem = (issue: BuigIssue) => ({ ok: false as const, issue: { message: issue.code, params: { buig: issue } } });

/** A required cell: empty is E017. The column name is filled in by the row reader. */
export function required<T>(parseCell: (text: string) => CellResult<T>): CellParser<T> {
  return (text) => {
    // Only an inline actie can lack a cell; acties.ts gives zod's words for it, in the run's language.
    if (text === undefined) return { ok: false, issue: { message: 'Invalid input: expected string, received undefined' } };
    if (text.trim() === '') return problem({ code: 'BUIG-E017', params: {} });
    return accept(parseCell(text.trim()));
  };
}

/** An optional cell: an absent column or an empty cell gives undefined. */
export function optional<T>(parseCell: (text: string) => CellResult<T>): CellParser<T | undefined> {
  return (text) => (text === undefined || text.trim() === '' ? { ok: true, value: undefined } : accept(parseCell(text.trim())));
}

function accept<T>(result: CellResult<T>): ReturnType<CellParser<T>> {
  if (!result.ok) {
    const { ok: _, ...p } = result;
    return problem(p);
  }
  return { ok: true, value: result.value };
}

type Parsed<F> = { [K in keyof F]: F[K] extends CellParser<infer T> ? T : never };

/** The rows of a file: `safeParse` of the cells of one row (by column name). */
export interface RowSchema<T> {
  safeParse(input: Readonly<Record<string, string | undefined>>): { success: true; data: T } | { success: false; error: { issues: RowIssue[] } };
}

/**
 * A row from its cells: every column in order, each problem an issue; only a row without
 * problems is checked across its cells (`refine`) and then shaped (`transform`). A column the
 * row does not have stays out of the row.
 */
export function rowSchema<F extends Record<string, CellParser<unknown>>, T = Parsed<F>>(
  fields: F,
  then: { refine?: (row: Parsed<F>) => RowIssue[]; transform?: (row: Parsed<F>) => T } = {},
): RowSchema<T> {
  const columns = Object.keys(fields);
  return {
    safeParse(input) {
      const issues: RowIssue[] = [];
      const row: Record<string, unknown> = {};
      for (const column of columns) {
        const text = input[column];
        const r = fields[column]!(text);
        if (!r.ok) issues.push({ path: [column], ...r.issue });
        else if (text !== undefined) row[column] = r.value;
      }
      if (!issues.length && then.refine) issues.push(...then.refine(row as Parsed<F>));
      if (issues.length) return { success: false, error: { issues } };
      return { success: true, data: (then.transform ? then.transform(row as Parsed<F>) : row) as T };
    },
  };
}

// --- cell parsers ------------------------------------------------------------------------------

export function year(text: string): CellResult<number> {
  if (!/^\d{4}$/.test(text)) return { ok: false, code: 'BUIG-E013', params: { min: MIN_YEAR, max: MAX_YEAR } };
  const y = Number(text);
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, code: 'BUIG-E013', params: { min: MIN_YEAR, max: MAX_YEAR } };
  return { ok: true, value: y };
}

export function month(text: string): CellResult<Month> {
  const parsed = parseMonth(text);
  if (parsed.ok) return { ok: true, value: parsed.month };
  return {
    ok: false,
    code: 'BUIG-E014',
    params: parsed.suggestion ? { suggestion: parsed.suggestion, ...(parsed.excelDate ? { typed: `'${parsed.suggestion}` } : {}) } : {},
  };
}

export function regeling(text: string): CellResult<Regeling> {
  const r = toRegeling(text);
  if (r) return { ok: true, value: r };
  const near = closest(text, REGELINGEN);
  return { ok: false, code: 'BUIG-E016', params: near ? { suggestion: near } : {} };
}

export function fase(text: string): CellResult<Fase> {
  const f = toFase(text);
  if (f) return { ok: true, value: f };
  const near = closest(text, FASES);
  return { ok: false, code: 'BUIG-E015', params: near ? { suggestion: near } : {} };
}

export function text(t: string): CellResult<string> {
  return { ok: true, value: t };
}

/** An amount in euros (or a percentage): any sign unless the caller checks. */
export function amount(style: NumberStyle) {
  return (t: string): CellResult<Decimal> => {
    const parsed = parseAmount(t, style);
    if (parsed.ok) return parsed;
    return numberProblem(t, parsed.problem, style);
  };
}

/**
 * The largest count read: ten million, more than the population of the largest gemeente (and
 * far below 2^53, so every count is an exact JavaScript number). A larger count is an error
 * (E133): it cannot be a number of benefits or of months, and one of hundreds of digits would
 * become Infinity.
 */
export const MAX_COUNT = 10_000_000;

/** A count of benefits: a whole number from 0 to MAX_COUNT. */
export function count(style: NumberStyle) {
  return (t: string): CellResult<number> => {
    // Digits only, as counts nearly always are, and below MAX_COUNT: the number itself (what the checks below come to).
    if (/^\d{1,7}$/.test(t)) return { ok: true, value: Number(t) };
    const parsed = parseAmount(t, style);
    if (!parsed.ok) {
      if (parsed.problem === 'not-a-number') return { ok: false, code: 'BUIG-E011', params: {} };
      return numberProblem(t, parsed.problem, style);
    }
    // '2.551' in a comma file: a count cannot have decimals, so the dot groups thousands.
    if (!style.decimalComma && looksLikeDutchThousands(t)) {
      return { ok: false, code: 'BUIG-E009', params: { example: t.replace(/\./g, '') } };
    }
    if (!parsed.value.isInteger()) return { ok: false, code: 'BUIG-E011', params: {} };
    if (parsed.value.isNegative()) return { ok: false, code: 'BUIG-E012', params: {} };
    // Checked before it becomes a number: a count of hundreds of digits does not fit one.
    if (parsed.value.gt(MAX_COUNT)) return { ok: false, code: 'BUIG-E133', params: { max: MAX_COUNT } };
    return { ok: true, value: parsed.value.toNumber() };
  };
}

function numberProblem(t: string, problem: string, style: NumberStyle): CellResult<never> {
  const digits = t.replace(/[^\d,.-]/g, '');
  switch (problem) {
    case 'decimal-comma':
      return { ok: false, code: 'BUIG-E008', params: { example: digits.replace(',', '.') } };
    case 'ambiguous-thousands':
      return { ok: false, code: 'BUIG-E009', params: { example: digits.replace(/[.,](?=\d{3}(\D|$))/g, '') } };
    default:
      return {
        ok: false,
        code: 'BUIG-E010',
        params: { examples: style.decimalComma ? ['36896210', '36.896.210,50'] : ['36896210', '36896210.50'] },
      };
  }
}

/** A cell parser with a condition on its value: a value that fails it is `code`. */
export function constrained<T>(parse: (t: string) => CellResult<T>, holds: (v: T) => boolean, code: PlainCellCode) {
  return (t: string): CellResult<T> => {
    const r = parse(t);
    return r.ok && !holds(r.value) ? { ok: false, code, params: {} } : r;
  };
}

/** A cell parser whose value must lie within a bound of src/domain/bounds.ts (E140); `parse` reports the rest first. */
export function bounded<T extends Decimal | number>(parse: (t: string) => CellResult<T>, bound: BoundName) {
  return (t: string): CellResult<T> => {
    const r = parse(t);
    return r.ok && !within(r.value, bound) ? { ok: false, code: 'BUIG-E140', params: { bound } } : r;
  };
}

/** An amount of any sign, within the bound of amounts (lasten, bruto, baten). */
export const boundedAmount = (style: NumberStyle) => bounded(amount(style), 'bedrag');
/** Amounts greater than zero (budgets, prijzen). */
export const positiveAmount = (style: NumberStyle) =>
  bounded(
    constrained(amount(style), (v) => v.gt(0), 'BUIG-E022'),
    'positiefBedrag',
  );
/** Amounts of zero or more (kosten, tolerances). */
export const nonNegativeAmount = (style: NumberStyle) =>
  bounded(
    constrained(amount(style), (v) => !v.isNegative(), 'BUIG-E012'),
    'nietNegatiefBedrag',
  );
/** A whole number of months of at least one (a ramp, a delay). */
export const positiveCount = (style: NumberStyle) =>
  bounded(
    constrained(count(style), (v) => v > 0, 'BUIG-E022'),
    'maanden',
  );
/** A percentage from 0 to 100 (E053), or, for aandeel_pct, above 0 and at most 100 (E025). */
export const percentage = (style: NumberStyle) => constrained(amount(style), (v) => v.gte(0) && v.lte(100), 'BUIG-E053');
export const aandeelPercentage = (style: NumberStyle) => constrained(amount(style), (v) => v.gt(0) && v.lte(100), 'BUIG-E025');
