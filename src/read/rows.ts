// The generic part of every file reader: header checks, field counts, the row's cells, and
// duplicate keys. A file reader only declares its columns, its row schema and its key.

import type { EnumOf } from '../diagnostics/catalogue.js';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import { closest } from '../domain/terms.js';
import { looksLikeDutchThousands, type NumberStyle } from '../money.js';
import type { Cell, CsvRecord, CsvTable } from './csvTable.js';
import { cellDiagnostic, type BuigIssue, type RowSchema } from './fields.js';

export interface FileSpec<T> {
  /** The file name in a data folder, e.g. `budget.csv`. */
  name: string;
  /** `amount` columns are linted for a Dutch thousands dot in a ','-file (W031). */
  columns: readonly { name: string; required: boolean; amount?: boolean }[];
  /** The row schema, from the raw cell texts keyed by column name to a typed row. */
  schema: (style: NumberStyle) => RowSchema<T>;
  /** Rows with the same key are duplicates (E018); undefined means no key. */
  unique?: {
    key: (row: T) => string;
    /** The columns that make up the key; a duplicate points at the first. */
    columns: readonly string[];
    /** What makes a line unique, for the hint. */
    what: EnumOf<'BUIG-E018', 'what'>;
  };
}

export interface Sourced {
  /** Where the row came from, for diagnostics found later (reconciliation, rules). */
  file: string;
  line: number;
}

export interface RowsResult<T> {
  rows: (T & Sourced)[];
  /** The columns present in the header (canonical names). */
  columns: string[];
  diagnostics: Diagnostic[];
  /** Where a cell of a read row (or of the header row) is, for checks that run after reading. */
  locate: (line: number, column?: string) => Located;
  /** The line of the header row; 1 when there is none. */
  headerLine: number;
}

export function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/%/g, 'pct');
}

/** A did-you-mean, when there is one. */
export function suggest(near: string | undefined): { suggestion?: string } {
  return near ? { suggestion: near } : {};
}

/** A line's fields without csv-parse (for a first line it could not parse): split, quotes removed. */
function splitLine(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((f) => f.trim().replace(/^"|"$/g, ''));
}

/**
 * Whether a first line is that of this kind of file: it names one of its columns, or it is a
 * row of it (a forgotten header row: every required column, in order, reads as its kind).
 */
function recognised<T>(cells: readonly string[], spec: FileSpec<T>, style: NumberStyle): boolean {
  const known = spec.columns.map((c) => c.name);
  if (cells.some((c) => known.includes(normaliseColumn(c)))) return true;
  const required = spec.columns.filter((c) => c.required).map((c) => c.name);
  if (cells.length < required.length) return false;
  const parsed = spec.schema(style).safeParse(Object.fromEntries(required.map((name, i) => [name, cells[i]!])));
  return parsed.success || !parsed.error.issues.some((i) => required.includes(String(i.path[0])));
}

function looksLikeData(text: string): boolean {
  return /^\s*-?[\d.,]+\s*$/.test(text) || /^\s*\d{4}-\d{1,2}\s*$/.test(text);
}

/** The sheet of a workbook's table, for a location. */
const inSheet = (table: CsvTable) => (table.sheet !== undefined ? { sheet: table.sheet } : {});

function at(table: CsvTable, record: CsvRecord, cell?: Cell) {
  return {
    file: table.file,
    line: cell?.line ?? record.line,
    column: cell?.column ?? 1,
    length: cell ? Math.max(1, cell.text.length) : undefined,
    source: record.source,
    ...inSheet(table),
    ...(cell?.sourceColumn !== undefined ? { sourceColumn: cell.sourceColumn } : {}),
  };
}

export function readRows<T>(table: CsvTable, spec: FileSpec<T>): RowsResult<T> {
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const rows: (T & Sourced)[] = [];
  const known = spec.columns.map((c) => c.name);
  const required = spec.columns.filter((c) => c.required).map((c) => c.name);
  const headerExample = required.join(table.dialect.delimiter);
  const file = table.file;
  let names: string[] = [];
  const byLine = new Map([...(table.header ? [table.header] : []), ...table.records].map((r) => [r.line, r]));
  const headerLine = table.header?.line ?? 1;
  const locate = (line: number, column?: string): Located => {
    const record = byLine.get(line);
    return record ? at(table, record, column ? record.cells[names.indexOf(column)] : undefined) : { file, line, ...inSheet(table) };
  };

  // A file whose first line names none of the columns, and is no row of this file either (a
  // forgotten header row), is not the kind of file it should be: it is described, never echoed,
  // since it may be any file the run can read (a path in someone else's scenario).
  const first = table.header ? table.header.cells.map((c) => c.text) : table.firstLine !== undefined ? splitLine(table.firstLine, table.dialect.delimiter) : undefined;
  if (first && !recognised(first, spec, table.dialect)) {
    const about = table.about ?? { size: 0, found: 'text' as const };
    const columns = spec.columns.filter((c) => c.required).map((c) => c.name);
    diagnostics.splice(0, diagnostics.length, diagnostic('BUIG-E136', { file, ...inSheet(table) }, { name: spec.name, columns, size: about.size, found: about.found }));
    return { rows, columns: [], diagnostics, locate, headerLine };
  }

  const header = table.header;
  if (!header) {
    if (diagnostics.length === 0) diagnostics.push(diagnostic('BUIG-E002', { file, line: 1, column: 1, ...inSheet(table) }, { columns: headerExample }));
    return { rows, columns: [], diagnostics, locate, headerLine };
  }

  names = header.cells.map((c) => normaliseColumn(c.text));
  // A first line of data instead of a header: the classic forgotten header row.
  if (!names.some((n) => known.includes(n)) && header.cells.some((c) => looksLikeData(c.text))) {
    diagnostics.push(
      diagnostic('BUIG-E003', at(table, header, header.cells[0]), {
        value: header.cells.map((c) => c.text).join(table.dialect.delimiter),
        columns: headerExample,
      }),
    );
    return { rows, columns: [], diagnostics, locate, headerLine };
  }

  let headerOk = true;
  const unknown: string[] = [];
  names.forEach((name, i) => {
    const cell = header.cells[i]!;
    if (names.indexOf(name) !== i) {
      diagnostics.push(diagnostic('BUIG-E005', at(table, header, cell), { column: name }));
      headerOk = false;
    } else if (!known.includes(name) && name !== '') {
      unknown.push(name);
      diagnostics.push(diagnostic('BUIG-W006', at(table, header, cell), { column: cell.text.trim(), columns: known, ...suggest(closest(name, known)) }));
    }
  });
  for (const column of required) {
    if (!names.includes(column)) {
      diagnostics.push(diagnostic('BUIG-E004', at(table, header), { column, columns: required, ...suggest(closest(column, unknown)) }));
      headerOk = false;
    }
  }
  if (!headerOk) return { rows, columns: names, diagnostics, locate, headerLine };

  if (table.records.length === 0 && table.diagnostics.length === 0) {
    diagnostics.push(diagnostic('BUIG-W024', at(table, header)));
  }

  const schema = spec.schema(table.dialect);
  const firstLineOfKey = new Map<string, number>();
  // Per header position: whether the column is read, and the last required one.
  const read = names.map((name) => known.includes(name));
  const lastRequired = Math.max(-1, ...required.map((c) => names.indexOf(c)));
  const amounts = spec.columns.filter((c) => c.amount).map((c) => ({ name: c.name, index: names.indexOf(c.name) }));

  for (const record of table.records) {
    // A line may stop early when only optional columns are left out (hand-written files do).
    if (record.cells.length > names.length || record.cells.length <= lastRequired) {
      diagnostics.push(fieldCountProblem(table, record, names));
      continue;
    }
    const input: Record<string, string | undefined> = {};
    for (let i = 0; i < record.cells.length; i++) if (read[i]) input[names[i]!] = record.cells[i]!.text;
    const parsed = schema.safeParse(input);
    const issues = parsed.success ? [] : parsed.error.issues;
    let rowHasError = false;
    for (const issue of issues) {
      // Every cell goes through a parser of fields.ts; an issue of zod's own can only be a
      // required cell that is absent.
      const buig: BuigIssue = (issue as { params?: { buig?: BuigIssue } }).params?.buig ?? { code: 'BUIG-E017', params: {} };
      const column = buig.column ?? String(issue.path[0] ?? '');
      const cell = record.cells[names.indexOf(column)];
      // A number cell of a workbook has no thousands separator: 2.551 there is not a whole number.
      const problem = cell?.numeric && buig.code === 'BUIG-E009' ? ({ code: 'BUIG-E011', params: {} } as BuigIssue) : buig;
      const d = cellDiagnostic(problem, at(table, record, cell), column, cell?.text.trim() ?? '');
      diagnostics.push(d);
      if (d.severity === 'error') rowHasError = true;
    }
    if (rowHasError || !parsed.success) continue;
    if (!table.dialect.decimalComma) lintAmounts(table, record, amounts, diagnostics);
    const row = Object.assign({}, parsed.data, { file, line: record.line }) as T & Sourced;

    if (spec.unique) {
      const key = spec.unique.key(row);
      const first = firstLineOfKey.get(key);
      if (first !== undefined) {
        const keyCell = record.cells[names.indexOf(spec.unique.columns[0] ?? '')];
        diagnostics.push(diagnostic('BUIG-E018', at(table, record, keyCell), { key, firstLine: first, what: spec.unique.what }));
        continue;
      }
      firstLineOfKey.set(key, record.line);
    }
    rows.push(row);
  }
  return { rows, columns: names, diagnostics, locate, headerLine };
}

/** '36.896' in a ','-file reads as 36.896 euro, but a Dutch writer meant 36896: warn, keep the value. */
function lintAmounts(table: CsvTable, record: CsvRecord, amounts: readonly { name: string; index: number }[], out: Diagnostic[]): void {
  for (const column of amounts) {
    const cell = record.cells[column.index];
    if (cell && !cell.numeric && looksLikeDutchThousands(cell.text)) {
      const value = cell.text.trim();
      out.push(diagnostic('BUIG-W031', at(table, record, cell), { column: column.name, value, read: value, meant: value.replace(/\./g, '') }));
    }
  }
}

/**
 * A line with the wrong number of fields. In a ','-file, a number written with a decimal comma
 * splits into two fields ("1234,56" -> "1234" and "56"): say so instead of counting fields.
 */
function fieldCountProblem(table: CsvTable, record: CsvRecord, names: readonly string[]): Diagnostic {
  const cells = record.cells;
  const expected = names.length;
  if (table.dialect.delimiter === ',' && cells.length > expected) {
    for (let i = 0; i + 1 < cells.length; i++) {
      const a = cells[i]!.text.trim();
      const b = cells[i + 1]!.text.trim();
      if (/^-?\d+$/.test(a) && /^\d{1,2}$/.test(b)) {
        const d = diagnostic('BUIG-E008', at(table, record, cells[i]), { column: names[i] ?? '', value: `${a},${b}`, example: `${a}.${b}` });
        d.length = a.length + 1 + b.length;
        return d;
      }
    }
  }
  const firstExtra = cells[expected];
  const position = firstExtra ?? cells[cells.length - 1];
  return diagnostic('BUIG-E007', at(table, record, position), {
    found: cells.length,
    expected,
    delimiter: table.dialect.delimiter,
  });
}
