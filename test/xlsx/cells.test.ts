// A workbook cell to text, piece by piece, with analytic answers: the shortest decimal of a
// double, Excel's serial dates (both date systems, and the 29 February 1900 Excel counts), which
// number formats are dates or percentages, and how a sheet is named in a location.

import { describe, expect, it } from 'vitest';
import { columnLetters, locationOf, sheetReference } from '../../src/diagnostics/diagnostic.js';
import { chooseSheet, formatKind, numberText, serialDate } from '../../src/read/xlsxTable.js';

describe('a number cell', () => {
  it('is the shortest decimal that reads back as the same double, never in exponent notation', () => {
    expect(numberText(0.1)).toBe('0.1');
    // As a file may hold them, with 17 significant digits: the same doubles as 1234.56 and 36896210.45.
    expect(numberText(Number('1234.5599999999999'))).toBe('1234.56');
    expect(numberText(Number('36896210.450000003'))).toBe('36896210.45');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-0)).toBe('0');
    expect(numberText(Number.NaN)).toBeUndefined();
  });
});

describe('a date cell', () => {
  it('counts days from 1899-12-30 in the 1900 system, with its phantom 29 February 1900', () => {
    expect(serialDate(1, false)).toBe('1900-01-01');
    expect(serialDate(59, false)).toBe('1900-02-28');
    expect(serialDate(61, false)).toBe('1900-03-01');
    expect(serialDate(44835, false)).toBe('2022-10-01');
    expect(serialDate(44835.5, false)).toBe('2022-10-01 12:00');
  });
  it('counts days from 1904-01-01 in the 1904 system (old Mac workbooks)', () => {
    expect(serialDate(0, true)).toBe('1904-01-01');
    expect(serialDate(44835 - 1462, true)).toBe('2022-10-01');
  });
  it('is no date outside Excel’s range', () => {
    expect(serialDate(-1, false)).toBeUndefined();
    expect(serialDate(2958466, false)).toBeUndefined();
  });
});

describe('a number format', () => {
  it.each([
    ['mmm-yy', 'date'],
    ['d-m-yyyy', 'date'],
    ['[$-413]d mmmm yyyy;@', 'date'],
    ['h:mm', 'date'],
    ['0.00%', 'percent'],
    ['0%;[Red]-0%', 'percent'],
    ['General', 'plain'],
    ['#,##0.00', 'plain'],
    ['[$€-413] #,##0.00;[$€-413] -#,##0.00', 'plain'],
    ['_-* #,##0.00_-;_-* -#,##0.00_-', 'plain'],
    ['#,##0 "dagen"', 'plain'],
    ['0.00E+00', 'plain'],
  ])('%s is %s', (code, kind) => expect(formatKind(code)).toBe(kind));
});

describe('the sheet read and where a diagnostic points', () => {
  const sheets = [
    { name: 'Toelichting', target: 'a', hidden: false },
    { name: 'Verborgen', target: 'b', hidden: true },
    { name: 'Volume ', target: 'c', hidden: false },
  ];
  it('reads the sheet named after the file (case and spaces aside), else the first visible', () => {
    expect(chooseSheet(sheets, 'data/volume.xlsx').name).toBe('Volume ');
    expect(chooseSheet(sheets, 'data/budget.xlsx').name).toBe('Toelichting');
    expect(chooseSheet([sheets[1]!, sheets[2]!], 'budget.xlsx').name).toBe('Volume ');
  });
  it('names the cell as Excel does, quoting a sheet name that needs it', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(16384)).toBe('XFD');
    expect(sheetReference('Blad1')).toBe('Blad1');
    expect(sheetReference('Blad 1')).toBe("'Blad 1'");
    expect(sheetReference("Bram's")).toBe("'Bram''s'");
    expect(sheetReference('A1')).toBe("'A1'");
    expect(locationOf({ file: 'volume.xlsx', sheet: 'Blad1', line: 14, column: 3 })).toBe('volume.xlsx:Blad1!C14');
    expect(locationOf({ file: 'volume.xlsx', sheet: 'Blad1' })).toBe('volume.xlsx:Blad1');
    expect(locationOf({ file: 'volume.csv', line: 14, column: 3 })).toBe('volume.csv:14:3');
  });
});

describe('a workbook as other writers store it', () => {
  // Hand-written parts: shared strings with rich-text runs and a phonetic hint, inline strings,
  // cells without an r attribute, 17-digit numbers, a custom date format, the 1904 date system.
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const parts = {
    'xl/workbook.xml': `<workbook ${ns}><workbookPr date1904="1"/><sheets><sheet name="Budget 2022" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/blad.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<sst ${ns}><si><t>jaar</t></si><si><r><t>fa</t></r><r><rPr><b/></rPr><t>se</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> definitief </t></si></sst>`,
    'xl/styles.xml': `<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="170" formatCode="d\\ mmmm\\ yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
    'xl/worksheets/blad.xml': `<worksheet ${ns}><sheetData>
      <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><t>bedrag</t></is></c><c r="E1" t="inlineStr"><is><t>opmerking</t></is></c></row>
      <row><c><v>2022</v></c><c t="s"><v>2</v></c><c><v>36896210.450000003</v></c><c r="E2" t="str"><f>"ok"</f><v>ok</v></c></row>
      <row r="4"><c r="A4" s="1"><v>43373</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#DIV/0!</v></c><c r="D4" s="2"><v>0.0061</v></c></row>
    </sheetData></worksheet>`,
  };

  it('reads every kind of cell as the text a user means', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const bytes = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
    const { readXlsx } = await import('../../src/read/xlsxTable.js');
    const table = readXlsx('budget.xlsx', bytes);
    expect(table.sheet).toBe('Budget 2022');
    expect(table.header!.cells.map((c) => c.text)).toEqual(['jaar', 'fase', 'bedrag', '', 'opmerking']);
    expect(table.records.map((r) => [r.line, ...r.cells.map((c) => c.text)])).toEqual([
      [2, '2022', ' definitief ', '36896210.45', '', 'ok'],
      // 43373 in the 1904 system is 2022-10-01; a percentage as typed; an Excel error as shown.
      [4, '2022-10-01', 'TRUE', '#DIV/0!', '0.61', ''],
    ]);
    expect(table.records[0]!.source).toBe('2022 |  definitief  | 36896210.45 |  | ok');
    expect(table.diagnostics).toEqual([]);
  });
});

describe('a minimal workbook, built without exceljs (for reproducers that need bytes at once)', () => {
  it('reads as the rows it was built from, with its formula without a result reported', async () => {
    const { minimalXlsx } = await import('./minimal.js');
    const { readXlsx } = await import('../../src/read/xlsxTable.js');
    const table = readXlsx(
      'volume.xlsx',
      minimalXlsx([
        ['maand', 'regeling', 'aantal'],
        ['2022-01', 'PW', 100],
        ['2022-02', 'PW', { formula: 'C2+2' }],
        ['2022-03', 'P&W', 2.5],
      ]),
    );
    expect(table.sheet).toBe('Blad1');
    expect(table.records.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['2022-01', 'PW', '100'],
      ['2022-03', 'P&W', '2.5'],
    ]);
    expect(table.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['BUIG-E116', 3, 3]]);
  });
});
