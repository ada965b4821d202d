// An Excel workbook (--format xlsx) from tables of typed report values, one sheet per table.
// Cells hold numbers, not text: an amount is the JSON's amount (to the cent) with a euro format,
// a percentage the JSON's percentage as a fraction with a percent format (9,9105% is 0.099105,
// shown 9,91%), a count a number. Each number is written from the report's exact decimal at JSON
// precision, through its decimal text, so the cell holds the double nearest to the JSON value and
// shows exactly that value; the JSON stays the source of truth. The header row is bold and
// frozen, with a filter; each column is as wide as what it shows. Text is a string cell, never a
// formula; text that Excel would take for one when it is edited (`=1+1`, an actie code) is
// formatted as text (@), so that it stays text then too.

import type { Worksheet } from 'exceljs';
import { formatNumber, type Lang } from '../money.js';
import { Aantal, Bedrag, Exact, type Getal, Procent } from '../report/values.js';
import { looksLikeFormula } from './csv.js';
import { tr } from './words.js';

/** A value in a sheet: a typed report value, a plain number (a year, a count), text, yes/no, or nothing. */
export type SheetValue = Bedrag | Exact | Procent | Aantal | Getal | number | string | boolean | null;

export interface SheetTable {
  name: string;
  head: readonly string[];
  rows: readonly (readonly SheetValue[])[];
}

/** Dutch locale (413) euro, two decimals: Excel shows it with the reader's own separators. */
export const EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00';
export const PERCENT_FORMAT = '0.00%';
const WHOLE_FORMAT = '#,##0';
const TEXT_FORMAT = '@';
const FRACTION_FORMAT = '#,##0.0#';

interface Written {
  value: number | string | null;
  format?: string;
  /** How many characters the cell shows, for the column width. */
  shows: number;
}

/** A value as a cell: the number from its JSON-precision decimal text, and its format. */
export function cellOf(v: SheetValue, lang: Lang): Written {
  if (v === null) return { value: null, shows: 0 };
  if (typeof v === 'string') return { value: v, shows: v.length, ...(looksLikeFormula(v) ? { format: TEXT_FORMAT } : {}) };
  if (typeof v === 'boolean') {
    const word = v ? tr(lang, 'ja', 'yes') : tr(lang, 'nee', 'no');
    return { value: word, shows: word.length };
  }
  if (typeof v === 'number') return { value: v, shows: String(v).length };
  if (v instanceof Bedrag) return { value: Number(v.toJSON()), format: EURO_FORMAT, shows: formatNumber(v.shown(), 2).length + 3 };
  if (v instanceof Exact) return { value: Number(v.toJSON()), format: EURO_FORMAT, shows: formatNumber(v.value, 2).length + 3 };
  if (v instanceof Procent) return { value: Number(v.shown().div(100).toString()), format: PERCENT_FORMAT, shows: formatNumber(v.shown(), 2).length + 1 };
  if (v instanceof Aantal) {
    const whole = v.shown().isInteger();
    return { value: v.toJSON(), format: whole ? WHOLE_FORMAT : FRACTION_FORMAT, shows: formatNumber(v.shown(), whole ? 0 : 2).length };
  }
  return { value: Number(v.value.toString()), shows: v.value.toString().length };
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function addSheet(sheet: Worksheet, table: SheetTable, lang: Lang): void {
  const cells = table.rows.map((row) => row.map((v) => cellOf(v, lang)));
  const numeric = table.head.map(
    (_, i) => cells.some((r) => typeof r[i]?.value === 'number') && cells.every((r) => r[i]?.value === null || r[i]?.value === undefined || typeof r[i]?.value === 'number'),
  );
  const header = sheet.addRow([...table.head]);
  header.font = { bold: true };
  // Text is indented by one, so that it does not touch a right-aligned number beside it.
  header.eachCell((cell, i) => {
    cell.alignment = numeric[i - 1] ? { horizontal: 'right' } : { horizontal: 'left', indent: 1 };
    cell.border = { bottom: { style: 'thin' } };
    if (looksLikeFormula(String(cell.value))) cell.numFmt = TEXT_FORMAT;
  });
  for (const row of cells) {
    const added = sheet.addRow(row.map((c) => c.value));
    row.forEach((c, i) => {
      if (c.format) added.getCell(i + 1).numFmt = c.format;
      if (typeof c.value === 'string') added.getCell(i + 1).alignment = { horizontal: 'left', indent: 1 };
    });
  }
  table.head.forEach((h, i) => {
    // The header's filter button takes about two characters.
    const widest = Math.max(h.length + 3, ...cells.map((r) => r[i]?.shows ?? 0)) + (numeric[i] ? 0 : 1);
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  // Printed: landscape, every column on one page wide, the header row on every page. exceljs
  // writes the print titles of a sheet named with an apostrophe (Scenario's) without doubling
  // it, a reference Excel would repair: such a sheet prints without them.
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(table.name.includes("'") ? {} : { printTitlesRow: '1:1' }) };
  if (table.head.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.head.length } };
}

export interface WorkbookInfo {
  title: string;
  lang: Lang;
  version: string;
  /** The sheet the workbook opens on (default the first). */
  active?: number;
}

/** The workbook as the bytes of an .xlsx file. exceljs is loaded only when a workbook is asked for. */
export async function renderWorkbook(tables: readonly SheetTable[], info: WorkbookInfo): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `buig ${info.version}`;
  workbook.title = info.title;
  for (const table of tables) addSheet(workbook.addWorksheet(table.name), table, info.lang);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: info.active ?? 0, visibility: 'visible' }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
