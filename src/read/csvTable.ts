// From the bytes of a CSV file to a header and records whose every cell knows its line and
// column. Pure: takes bytes, returns data plus diagnostics. csv-parse does the parsing; the
// positions are computed here because diagnostics must point at the exact cell.

import { parse } from 'csv-parse/sync';
import type { EnumOf } from '../diagnostics/catalogue.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface Dialect {
  delimiter: ',' | ';';
  /** With ';' a decimal comma is accepted (Dutch Excel). */
  decimalComma: boolean;
  /** 'xlsx' for a sheet of a workbook (xlsxTable.ts). */
  encoding: Encoding | 'xlsx';
}

export interface Cell {
  text: string;
  /** In a sheet: the row and the column of the cell. */
  line: number;
  column: number;
  /** In a sheet: where the cell's text starts in its record's `source`. */
  sourceColumn?: number;
  /** In a sheet: a number cell, written out exactly; it has no thousands separator to doubt. */
  numeric?: boolean;
}

export interface CsvRecord {
  line: number;
  /** The physical line the record starts on, for display. */
  source: string;
  cells: Cell[];
}

export interface CsvTable {
  file: string;
  /** The sheet read, for a workbook (xlsxTable.ts); diagnostics then name sheet and cell. */
  sheet?: string;
  dialect: Dialect;
  /** The first record; undefined for an empty file. */
  header?: CsvRecord;
  records: CsvRecord[];
  diagnostics: Diagnostic[];
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (the euro sign, curly quotes, dashes).
// Node 20's TextDecoder('windows-1252') decodes that range as Latin-1 control characters, so the
// table is here. Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 value.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (old Excel exports). */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function isSkippable(line: string): boolean {
  return line.trim() === '' || line.startsWith('#');
}

/**
 * Text with no value in it: only delimiters and white space. Excel writes a line of separators
 * (`;;;`) for a row it counts as used; csv-parse returns it, and a line of spaces, as a record.
 */
function isBlank(text: string): boolean {
  return /^[\s,;]*$/.test(text);
}

/** Count a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** ';' when the first content line (the header) has more semicolons than commas, else ','. */
export function detectDelimiter(text: string): ',' | ';' {
  const first = text.split('\n').find((l) => !isSkippable(l) && !isBlank(l)) ?? '';
  return countOutsideQuotes(first, ';') > countOutsideQuotes(first, ',') ? ';' : ',';
}

/** The start offsets of the fields of one record text, respecting quotes. */
function fieldOffsets(recordText: string, delimiter: string): number[] {
  const offsets = [0];
  let quoted = false;
  for (let i = 0; i < recordText.length; i++) {
    const c = recordText[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) offsets.push(i + 1);
    else if (c === '\n' && !quoted) break;
  }
  return offsets;
}

/** csv-parse's error codes that the options above leave possible, by what the catalogue calls them. */
const CSV_PROBLEMS: Record<string, EnumOf<'BUIG-E020', 'problem'>> = {
  CSV_QUOTE_NOT_CLOSED: 'quote-not-closed',
  CSV_INVALID_CLOSING_QUOTE: 'invalid-closing-quote',
  INVALID_OPENING_QUOTE: 'invalid-opening-quote',
  CSV_INVALID_OPENING_QUOTE: 'invalid-opening-quote',
};

export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const { text: decoded, encoding } = decode(bytes);
  // Positions are computed on text with '\n' line ends; a '\r' only ever ends a line, so
  // removing it changes no column.
  const text = decoded.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const dialect: Dialect = { delimiter, decimalComma: delimiter === ';', encoding };
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];

  type Raw = { record: string[]; raw: string };
  let parsed: Raw[] = [];
  let parseError: { code?: string; lines?: number } | undefined;
  try {
    parsed = parse(text, {
      delimiter,
      raw: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    }) as unknown as Raw[];
  } catch (e) {
    parseError = e as { code?: string; lines?: number };
  }

  // Walk the raw texts, which concatenate back to the input, to find where each record starts.
  const records: CsvRecord[] = [];
  let offset = 0;
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const skipToContent = (pos: number): number => {
    let p = pos;
    while (p < text.length) {
      const line = lineAt(p);
      const lineText = lines[line - 1] ?? '';
      if (p === lineStarts[line - 1] && isSkippable(lineText)) p = lineStarts[line] ?? text.length;
      else break;
    }
    return p;
  };

  for (const r of parsed) {
    const start = skipToContent(offset);
    offset += r.raw.length;
    // Skipped like an empty line; a blank line's own text may already lie before `start`.
    if (isBlank(text.slice(start, offset))) continue;
    const line = lineAt(start);
    const offsets = fieldOffsets(text.slice(start, offset), delimiter);
    const cells = r.record.map((value, k) => {
      const abs = start + (offsets[k] ?? 0);
      return { text: value, line: lineAt(abs), column: abs - lineStarts[lineAt(abs) - 1]! + 1 };
    });
    records.push({ line, source: lines[line - 1] ?? '', cells });
  }

  if (parseError) {
    // csv-parse throws without the records before the error; it names the line (for an unclosed
    // quote, the line where the quote opened). Point at the first quote on that line.
    const line = parseError.lines ?? lineAt(skipToContent(offset));
    const source = lines[line - 1] ?? '';
    const problem = CSV_PROBLEMS[parseError.code ?? ''];
    diagnostics.push(
      diagnostic('BUIG-E020', { file, line, column: source.indexOf('"') + 1 || 1, source }, problem ? { problem } : { problem: 'other', code: parseError.code ?? '' }),
    );
  }

  const [header, ...body] = records;
  return { file, dialect, ...(header ? { header } : {}), records: body, diagnostics };
}
