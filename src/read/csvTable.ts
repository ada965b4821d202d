// From the bytes of a CSV file to a header and records whose every cell knows its line and
// column. Pure: takes bytes, returns data plus diagnostics. A file without a double quote outside
// its comment lines (as exports almost always are) is split line by line and cell by cell here;
// a file with quotes is parsed by csv-parse, loaded for it. Positions are computed here because
// diagnostics must point at the exact cell.

import { createRequire } from 'node:module';
import type { EnumOf } from '../diagnostics/catalogue.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

type CsvParse = typeof import('csv-parse/sync');
let csvParse: CsvParse | undefined;
/** csv-parse, loaded the first time a file has quotes (from the installed dependency, like zod). */
const csv = (): CsvParse => (csvParse ??= createRequire(import.meta.url)('csv-parse/sync') as CsvParse);

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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

/** What a file holds, told without its content (BUIG-E136, E137). */
export type FileClass = EnumOf<'BUIG-E136', 'found'>;

/** A file described without its content: its size in bytes and what it holds. */
export interface FileAbout {
  size: number;
  found: FileClass;
}

export interface CsvTable {
  file: string;
  /** The file's size and kind, for a diagnostic about a file that is not what it should be. */
  about?: FileAbout;
  /**
   * The first line that is not a comment or blank, when the header could not be parsed (a quote
   * problem on it): the row reader tells from it whether this is the kind of file it expects.
   */
  firstLine?: string;
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

/**
 * UTF-16 by its byte order mark, or, without one, by the pattern of NUL bytes that text mostly of
 * ASCII leaves in every other byte (Excel's "Unicode text"); undefined for anything else.
 */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** What a file holds, from its bytes alone: empty, UTF-16, binary (NUL or many control bytes) or text. */
export function classOf(bytes: Uint8Array): 'empty' | 'utf-16' | 'binary' | 'text' {
  if (bytes.length === 0) return 'empty';
  if (utf16Of(bytes)) return 'utf-16';
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary';
    // Tab, line feed, form feed, carriage return and escape occur in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > n * 0.02 ? 'binary' : 'text';
}

/** A file's size and kind, for a diagnostic that must not show its content. */
export function aboutFile(bytes: Uint8Array): FileAbout {
  return { size: bytes.length, found: classOf(bytes) };
}

/** UTF-16 (by BOM or NUL pattern), UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (old Excel exports). */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, ''), encoding: utf16 };
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

type Raw = { record: string[]; raw: string };
/** What csv-parse says of a text it cannot parse: its code, the line, and how many records it read before. */
type ParseError = { code?: string; lines?: number; records?: number };

/** The records of a text, or the first `to` of them. */
function parseRecords(text: string, delimiter: string, to?: number): { parsed: Raw[]; error?: ParseError } {
  if (to === 0) return { parsed: [] };
  try {
    const parsed = csv().parse(text, {
      ...(to !== undefined ? { to } : {}),
      delimiter,
      raw: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    }) as unknown as Raw[];
    return { parsed };
  } catch (e) {
    return { parsed: [], error: e as ParseError };
  }
}

/**
 * Where the quote opens that a record starting at `from` never closes: csv-parse reports an
 * unclosed quote at the end of the file, but the mistake is where the field opened.
 */
function unclosedQuote(text: string, from: number, delimiter: string): number | undefined {
  let open: number | undefined;
  let fieldStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (open === undefined && c === '#' && (i === 0 || text[i - 1] === '\n')) {
      // A comment line, as csv-parse skips it.
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      fieldStart = true;
    } else if (open === undefined) {
      if (fieldStart && c === '"') open = i;
      fieldStart = c === delimiter || c === '\n';
    } else if (c === '"') {
      if (text[i + 1] === '"') i++;
      else open = undefined;
    }
  }
  return open;
}

export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const { text: decoded, encoding } = decode(bytes);
  // Positions are computed on text with '\n' line ends; a '\r' only ever ends a line, so
  // removing it changes no column.
  const text = decoded.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const dialect: Dialect = { delimiter, decimalComma: delimiter === ';', encoding };
  const lines = text.split('\n');
  // A quote in a comment line does not count: without a quote elsewhere no quoted field is open
  // when a comment line starts, so csv-parse skips it whole, as plainRecords does.
  const quoted = lines.some((l) => !l.startsWith('#') && l.includes('"'));
  const { records, diagnostics, failed, firstLine } = quoted ? parsedRecords(file, text, lines, delimiter) : plainRecords(lines, delimiter);
  // After an error only the header is kept: rows cut off at the error would be checked against
  // the other files as if the file ended there.
  const [header, ...body] = records;
  return { file, about: aboutFile(bytes), ...(firstLine !== undefined ? { firstLine } : {}), dialect, ...(header ? { header } : {}), records: failed ? [] : body, diagnostics };
}

type Parsed = { records: CsvRecord[]; diagnostics: Diagnostic[]; failed: boolean; firstLine?: string };

/**
 * The records of a text without double quotes: each line that is not empty, a comment (`#` at its
 * start) or blank (white space and separators only), split at the delimiter. What csv-parse makes
 * of such a text, without it; such a text cannot fail to parse.
 */
export function plainRecords(lines: readonly string[], delimiter: string): Parsed {
  const records: CsvRecord[] = [];
  lines.forEach((source, i) => {
    if (source === '' || source.startsWith('#') || isBlank(source)) return;
    const line = i + 1;
    const cells: Cell[] = [];
    let column = 1;
    for (const text of source.split(delimiter)) {
      cells.push({ text, line, column });
      column += text.length + 1;
    }
    records.push({ line, source, cells });
  });
  return { records, diagnostics: [], failed: false };
}

/** The records of any text, by csv-parse: quoted fields, quoted line breaks, and its errors. */
export function parsedRecords(file: string, text: string, lines: readonly string[], delimiter: ',' | ';'): Parsed {
  const diagnostics: Diagnostic[] = [];
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

  // On an error csv-parse returns no records; those before the failing one parse on their own
  // (the header among them), so the reader can still tell what kind of file this is.
  const whole = parseRecords(text, delimiter);
  const error = whole.error;
  const parsed = error ? parseRecords(text, delimiter, error.records ?? 0).parsed : whole.parsed;

  // Walk the raw texts, which concatenate back to the input, to find where each record starts.
  const records: CsvRecord[] = [];
  let offset = 0;
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

  let firstLine: string | undefined;
  if (error) {
    // The failing record starts where the records read before it end.
    const failingAt = offset;
    // An unclosed quote is placed where it opens; another problem at the first quote of the
    // line csv-parse names.
    const opened = error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text, skipToContent(failingAt), delimiter) : undefined;
    const line = opened !== undefined ? lineAt(opened) : (error.lines ?? lineAt(skipToContent(failingAt)));
    const source = lines[line - 1] ?? '';
    const column = opened !== undefined ? opened - lineStarts[line - 1]! + 1 : source.indexOf('"') + 1 || 1;
    const problem = CSV_PROBLEMS[error.code ?? ''];
    diagnostics.push(diagnostic('BUIG-E020', { file, line, column, source }, problem ? { problem } : { problem: 'other', code: error.code ?? '' }));
    firstLine = lines.find((l) => !isSkippable(l) && !isBlank(l));
  }

  return { records, diagnostics, failed: error !== undefined, ...(firstLine !== undefined ? { firstLine } : {}) };
}
