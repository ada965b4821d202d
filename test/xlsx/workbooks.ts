// Workbooks for the tests, written with exceljs as a user's Excel would hold them: numbers as
// numbers, months as text, percentages as fractions with a percent format.

import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

export type Value = string | number | Date | { formula: string } | { error: string } | null;

export interface SheetSpec {
  name?: string;
  rows: Value[][];
  /** Number formats by cell reference (C14: '0.00%'). */
  formats?: Record<string, string>;
  hidden?: boolean;
}

export async function xlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const sheet = workbook.addWorksheet(spec.name ?? `Blad${i + 1}`, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const [ref, format] of Object.entries(spec.formats ?? {})) sheet.getCell(ref).numFmt = format;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV file's rows as a sheet: a plain number becomes a number cell, the rest text; comment lines stay, in column A. */
export function csvRows(text: string): Value[][] {
  const rows: Value[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) rows.push([line]);
    else if (line.trim() !== '') rows.push((parse(line) as string[][])[0]!.map((cell) => (cell === '' ? null : /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
  }
  return rows;
}
