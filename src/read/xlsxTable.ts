// From the bytes of an .xlsx workbook to the same table a CSV file gives (csvTable.ts): a header
// and records whose every cell knows where it is, here as sheet, row and column. The row reader
// (rows.ts) then applies the same checks as to a CSV file. Pure: bytes in, data plus diagnostics.
//
// A cell becomes the text a user means by it. A number is stored as an IEEE double; it is written
// out as the shortest decimal that reads back as the same double (what Excel shows at full
// precision), so 0.1 stays 0.1 and an amount reaches decimal.js through that text, never through
// arithmetic on floats. A number with a percent format becomes the percentage the user typed
// (0.0061 shown as 0,61% becomes 0.61, computed on the decimal text). A date becomes its ISO date
// (2022-10-01): for a month column that is the error it is in a CSV file, with the month to write.

import { createRequire } from 'node:module';
import { columnLetters, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money.js';
import type { Cell, CsvRecord, CsvTable, Dialect } from './csvTable.js';

// The zip and XML libraries, loaded the first time a workbook is read (from the installed
// dependencies, like zod): a data folder of CSV files never loads them.
type Fflate = typeof import('fflate');
type Saxes = typeof import('saxes');
let libs: { fflate: Fflate; saxes: Saxes } | undefined;
const lib = () => {
  const require = createRequire(import.meta.url);
  libs ??= { fflate: require('fflate') as Fflate, saxes: require('saxes') as Saxes };
  return libs;
};

/** Numbers in a workbook are numbers: a dot is never a thousands separator. */
export const XLSX_DIALECT: Dialect = { delimiter: ',', decimalComma: false, encoding: 'xlsx' };

/** The largest part (one XML file inside the zip) read, unpacked: a guard against zip bombs. */
const MAX_PART_BYTES = 200_000_000;
/** Records are padded with empty cells up to the header's width, but not beyond this many columns. */
const MAX_PADDED_COLUMNS = 256;
/** What separates the cells of a row where a diagnostic shows it. */
const SHOWN_SEPARATOR = ' | ';

/** A workbook that cannot be read: which part failed, when that is known. */
class Unreadable extends Error {
  constructor(readonly part = '') {
    super(part);
  }
}

// --- XML ---------------------------------------------------------------------------------------

interface XmlHandlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** Attributes by local name (`r:id` is `id`): prefixes differ between writers. */
function localAttrs(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) out[k.slice(k.indexOf(':') + 1)] = v;
  return out;
}

function parseXml(part: string, bytes: Uint8Array, h: XmlHandlers): void {
  const parser = new (lib().saxes.SaxesParser)({ xmlns: false });
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => h.open?.(local(tag.name), localAttrs(tag.attributes as Record<string, string>)));
  parser.on('closetag', (tag) => h.close?.(local(tag.name)));
  parser.on('text', (t) => h.text?.(t));
  parser.on('cdata', (t) => h.text?.(t));
  try {
    parser.write(lib().fflate.strFromU8(bytes)).close();
  } catch {
    throw new Unreadable(part);
  }
}

// --- the parts of a workbook -------------------------------------------------------------------

type Parts = Record<string, Uint8Array>;

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Parts {
  // A zip archive starts with a local file header (PK 3 4); a CSV or an old .xls does not.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) throw new Unreadable();
  try {
    return lib().fflate.unzipSync(bytes, { filter: (f) => wanted(f.name) && f.originalSize <= MAX_PART_BYTES });
  } catch {
    throw new Unreadable();
  }
}

interface SheetRef {
  name: string;
  target: string;
  hidden: boolean;
}

/** The worksheets in tab order, with the part each is stored in, and the date system. */
function workbookSheets(parts: Parts): { sheets: SheetRef[]; date1904: boolean } {
  const workbook = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook) throw new Unreadable('xl/workbook.xml');
  if (!rels) throw new Unreadable('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  parseXml('xl/_rels/workbook.xml.rels', rels, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target && /\/worksheet$/.test(a.Type ?? '')) {
        targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target.replace(/^\.\//, '')}`);
      }
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseXml('xl/workbook.xml', workbook, {
    open: (name, a) => {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      const target = name === 'sheet' && a.id ? targets.get(a.id) : undefined;
      if (target && a.name !== undefined) sheets.push({ name: a.name, target, hidden: (a.state ?? 'visible') !== 'visible' });
    },
  });
  if (sheets.length === 0) throw new Unreadable('xl/workbook.xml');
  return { sheets, date1904 };
}

/** The sheet named after the file (`volume` for volume.xlsx), else the first visible one. */
export function chooseSheet(sheets: readonly SheetRef[], fileName: string): SheetRef {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.xlsx$/i, '')
    .trim()
    .toLowerCase();
  return sheets.find((s) => s.name.trim().toLowerCase() === base) ?? sheets.find((s) => !s.hidden) ?? sheets[0]!;
}

/** The shared strings: each `<si>` is the text of its runs, without phonetic hints (`<rPh>`). */
function sharedStrings(bytes: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  parseXml('xl/sharedStrings.xml', bytes, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inT = true;
    },
    close: (name) => {
      if (name === 'si') out.push(current ?? '');
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text: (t) => {
      if (inT && phonetic === 0 && current !== undefined) current += t;
    },
  });
  return out;
}

export type FormatKind = 'date' | 'percent' | 'plain';

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, and the East Asian ones). */
function builtInKind(id: number): FormatKind {
  if (id === 9 || id === 10) return 'percent';
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return 'date';
  return 'plain';
}

/** What a custom format code shows: a date (d, m, y, h, s outside quotes and brackets), a percentage, or a number. */
export function formatKind(code: string): FormatKind {
  const section = code.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/[_*\\]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (bare.includes('%')) return 'percent';
  if (/[dmyhs]/i.test(bare.replace(/General/gi, ''))) return 'date';
  return 'plain';
}

/** The kind of each cell style (`s` on a cell is an index into cellXfs). */
function styleKinds(bytes: Uint8Array | undefined): FormatKind[] {
  const kinds: FormatKind[] = [];
  if (!bytes) return kinds;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  parseXml('xl/styles.xml', bytes, {
    open: (name, a) => {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of ids) {
    const code = custom.get(id);
    kinds.push(code !== undefined ? formatKind(code) : builtInKind(id));
  }
  return kinds;
}

// --- cell values to text -----------------------------------------------------------------------

/** The shortest decimal that reads back as the same double, written out without an exponent. */
export function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Object.is(n, -0)) return '0';
  const shortest = String(n);
  return /e/i.test(shortest) ? new Decimal(shortest).toFixed() : shortest;
}

/** An Excel serial date as an ISO date (with the time when there is one). */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  // 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (day 60).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const seconds = Math.round((serial - days) * 86400);
  const at = new Date(epoch + days * 86400000 + seconds * 1000);
  const date = at.toISOString().slice(0, 10);
  return seconds === 0 ? date : `${date} ${at.toISOString().slice(11, 16)}`;
}

interface RawCell {
  row: number;
  column: number;
  type: string;
  style: number;
  value?: string;
  formula?: string;
  inline?: string;
}

interface TextCell {
  text: string;
  column: number;
  numeric?: true;
  /** A formula whose result the file does not hold. */
  formula?: string;
}

interface Context {
  strings: string[];
  kinds: FormatKind[];
  date1904: boolean;
}

function cellText(c: RawCell, ctx: Context): TextCell {
  const base = { column: c.column };
  const v = c.value;
  if (c.formula !== undefined && (v === undefined || v === '') && c.type !== 'inlineStr') return { ...base, text: '', formula: c.formula };
  switch (c.type) {
    case 's':
      return { ...base, text: ctx.strings[Number(v)] ?? '' };
    case 'inlineStr':
      return { ...base, text: c.inline ?? v ?? '' };
    case 'str':
    case 'e':
      return { ...base, text: v ?? '' };
    case 'b':
      return { ...base, text: v === '1' || v === 'true' ? 'TRUE' : 'FALSE' };
    case 'd':
      return { ...base, text: (v ?? '').replace(/T00:00(:00(\.0+)?)?Z?$/, '').replace('T', ' ') };
  }
  if (v === undefined || v.trim() === '') return { ...base, text: '' };
  const n = Number(v);
  const kind = ctx.kinds[c.style] ?? 'plain';
  const text = kind === 'date' ? serialDate(n, ctx.date1904) : numberText(n);
  if (text === undefined) return { ...base, text: v };
  if (kind === 'percent') return { ...base, text: new Decimal(text).times(100).toFixed(), numeric: true };
  return kind === 'date' ? { ...base, text } : { ...base, text, numeric: true };
}

/** `C14` to column 3; undefined when the reference is absent or not a cell. */
function columnOf(ref: string | undefined): number | undefined {
  const m = ref ? /^([A-Z]{1,3})\d+$/i.exec(ref) : null;
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Every cell of a worksheet with a value or a formula, row by row. */
function sheetCells(part: string, bytes: Uint8Array): RawCell[] {
  const cells: RawCell[] = [];
  let row = 0;
  let column = 0;
  let cell: RawCell | undefined;
  let into: 'value' | 'formula' | 'inline' | undefined;
  let phonetic = 0;
  parseXml(part, bytes, {
    open: (name, a) => {
      if (name === 'row') {
        const r = Number(a.r);
        row = Number.isInteger(r) && r > row ? r : row + 1;
        column = 0;
      } else if (name === 'c') {
        column = columnOf(a.r) ?? column + 1;
        cell = { row, column, type: a.t ?? 'n', style: Number(a.s ?? 0) };
      } else if (cell && name === 'v') into = 'value';
      else if (cell && name === 'f') into = 'formula';
      else if (cell && name === 'rPh') phonetic++;
      else if (cell && name === 't' && phonetic === 0) into = 'inline';
    },
    close: (name) => {
      if (name === 'c' && cell) {
        cells.push(cell);
        cell = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 'v' || name === 'f' || name === 't') into = undefined;
    },
    text: (t) => {
      if (!cell || !into) return;
      if (into === 'value') cell.value = (cell.value ?? '') + t;
      else if (into === 'formula') cell.formula = (cell.formula ?? '') + t;
      else cell.inline = (cell.inline ?? '') + t;
    },
  });
  return cells;
}

// --- the table ---------------------------------------------------------------------------------

/** A row as a diagnostic shows it: its cell values side by side, and where each cell starts. */
function shownRow(cells: readonly TextCell[], width: number): { source: string; starts: number[] } {
  const byColumn = new Map(cells.map((c) => [c.column, c.text]));
  const parts: string[] = [];
  const starts: number[] = [];
  let at = 1;
  for (let col = 1; col <= width; col++) {
    starts[col] = at;
    const text = (byColumn.get(col) ?? '').replace(/[\r\n\t]+/g, ' ');
    parts.push(text);
    at += text.length + SHOWN_SEPARATOR.length;
  }
  return { source: parts.join(SHOWN_SEPARATOR), starts };
}

const isBlank = (cells: readonly TextCell[]) => cells.every((c) => c.text.trim() === '' && c.formula === undefined);
const isComment = (cells: readonly TextCell[]) =>
  cells
    .find((c) => c.text.trim() !== '')
    ?.text.trimStart()
    .startsWith('#') ?? false;

interface Row {
  line: number;
  cells: TextCell[];
}

function groupRows(raw: readonly RawCell[], ctx: Context): Row[] {
  const rows = new Map<number, TextCell[]>();
  for (const c of raw) {
    const list = rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!;
    list.push(cellText(c, ctx));
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, cells]) => ({ line, cells: cells.filter((c) => c.text !== '' || c.formula !== undefined).sort((a, b) => a.column - b.column) }))
    .filter((r) => !isBlank(r.cells) && !isComment(r.cells));
}

/** A row as a record of the header's width; `starts` says where each column shows in its source. */
function toRecord(row: Row, width: number): { record: CsvRecord; starts: number[] } {
  const last = Math.max(width, ...row.cells.map((c) => c.column));
  const shown = shownRow(row.cells, Math.min(last, MAX_PADDED_COLUMNS));
  const byColumn = new Map(row.cells.map((c) => [c.column, c]));
  const cells: Cell[] = [];
  for (let col = 1; col <= Math.min(width, MAX_PADDED_COLUMNS); col++) {
    const c = byColumn.get(col);
    cells.push({ text: c?.text ?? '', line: row.line, column: col, sourceColumn: shown.starts[col] ?? 1, ...(c?.numeric ? { numeric: true } : {}) });
  }
  return { record: { line: row.line, source: shown.source, cells }, starts: shown.starts };
}

/**
 * The rows of a sheet to a header and records. A formula without a stored result (E116) and a
 * value in a column without a name in the header row (E118, once per column) are reported here,
 * at their cell; the records keep only the header's columns.
 */
function toTable(file: string, sheet: string, rows: readonly Row[]): CsvTable {
  const diagnostics: Diagnostic[] = [];
  const [headerRow, ...body] = rows;
  if (!headerRow) return { file, sheet, dialect: XLSX_DIALECT, records: [], diagnostics };
  const width = Math.max(...headerRow.cells.map((c) => c.column));
  const at = (row: Row, column: number) => {
    const { record, starts } = toRecord(row, width);
    const length = Math.max(1, row.cells.find((c) => c.column === column)?.text.length ?? 1);
    return { file, sheet, line: row.line, column, length, source: record.source, ...(starts[column] !== undefined ? { sourceColumn: starts[column] } : {}) };
  };
  const extra = new Map<number, { first: Row; count: number }>();
  const records: CsvRecord[] = [];
  for (const row of body) {
    for (const c of row.cells.filter((x) => x.column > width)) {
      const seen = extra.get(c.column);
      if (seen) seen.count++;
      else extra.set(c.column, { first: row, count: 1 });
    }
    const formulas = row.cells.filter((c) => c.formula !== undefined && c.column <= width);
    for (const c of formulas) diagnostics.push(diagnostic('BUIG-E116', at(row, c.column), { formula: c.formula! }));
    if (formulas.length === 0) records.push(toRecord(row, width).record);
  }
  for (const [column, { first, count }] of extra) {
    const letter = columnLetters(column);
    diagnostics.push(diagnostic('BUIG-E118', at(first, column), { letter, count, header: `${letter}${headerRow.line}` }));
  }
  return { file, sheet, dialect: XLSX_DIALECT, header: toRecord(headerRow, width).record, records, diagnostics };
}

/**
 * Read one sheet of a workbook as a table: the sheet named after the file, else the first
 * visible one. A file that is not a readable workbook is one diagnostic (E115).
 */
export function readXlsx(file: string, bytes: Uint8Array): CsvTable {
  try {
    const meta = unzip(bytes, (name) => ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(name));
    const { sheets, date1904 } = workbookSheets(meta);
    const sheet = chooseSheet(sheets, file);
    const part = unzip(bytes, (name) => name === sheet.target)[sheet.target];
    if (!part) throw new Unreadable(sheet.target);
    const ctx: Context = { strings: sharedStrings(meta['xl/sharedStrings.xml']), kinds: styleKinds(meta['xl/styles.xml']), date1904 };
    return { ...toTable(file, sheet.name, groupRows(sheetCells(sheet.target, part), ctx)), about: { size: bytes.length, found: 'workbook' } };
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    const name = file.replace(/^.*[\\/]/, '');
    return { file, dialect: XLSX_DIALECT, records: [], diagnostics: [diagnostic('BUIG-E115', { file }, { name, part: e.part })] };
  }
}
