// Reading .xlsx data files: a data folder of workbooks gives exactly the forecast of the same data
// in CSV; the same checks apply, and every problem names the sheet and the cell
// (volume.xlsx:Blad1!C14). The workbooks are written here with exceljs from the shipped CSV data.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/app/defaults.js';
import { readDataFiles } from '../../src/read/dataFolder.js';
import { readXlsx } from '../../src/read/xlsxTable.js';
import { D } from '../../src/money.js';
import { CLEAN, cli, folder } from '../helpers.js';
import { csvRows, xlsx, type SheetSpec, type Value } from './workbooks.js';

interface JsonDiagnostic {
  code: string;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
  sheet?: string;
  cell?: string;
}

/** The shipped Deventer data with every CSV file as a workbook; aandeel_pct typed as Excel does, 0,61% as 0.0061 with a percent format. */
async function deventerAsWorkbooks(): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  for (const name of readdirSync(DEFAULT_DATA_DIR)) {
    const text = readFileSync(join(DEFAULT_DATA_DIR, name), 'utf8');
    if (!name.endsWith('.csv')) {
      files[name] = text;
      continue;
    }
    const rows = csvRows(text);
    const formats: Record<string, string> = {};
    if (name === 'budget.csv') {
      const column = (rows.find((r) => r[0] === 'jaar') as string[]).indexOf('aandeel_pct');
      rows.forEach((row, i) => {
        const v = row[column];
        if (typeof v === 'number') {
          row[column] = Number(D(String(v)).div(100).toString());
          formats[`${String.fromCharCode(65 + column)}${i + 1}`] = '0.00%';
        }
      });
    }
    files[name.replace(/\.csv$/, '.xlsx')] = await xlsx([{ rows, formats }]);
  }
  return files;
}

async function json(args: string[], cwd: string) {
  const r = await cli([...args, '--format', 'json'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { scenario: { data: string } } & Record<string, unknown>;
}

/** The clean folder of helpers.ts with some files as workbooks (and their CSV left out). */
async function cleanWith(workbooks: Record<string, SheetSpec[]>, extra: Record<string, string | Uint8Array> = {}) {
  const files: Record<string, string | Uint8Array> = { ...CLEAN, ...extra };
  for (const [name, sheets] of Object.entries(workbooks)) {
    delete files[name.replace(/\.xlsx$/, '.csv')];
    files[name] = await xlsx(sheets);
  }
  const { root } = folder(files, 'fx');
  const r = await cli(['validate', '--data', 'fx', '--format', 'json'], { cwd: root });
  const text = await cli(['validate', '--data', 'fx'], { cwd: root });
  return { root, code: r.code, diagnostics: JSON.parse(r.stdout || '[]') as JsonDiagnostic[], stderr: text.stderr };
}

const SCENARIOS = join(process.cwd(), 'scenarios');
const VOLUME: Value[][] = [
  ['maand', 'regeling', 'aantal'],
  ['2022-01', 'PW', 100],
  ['2022-02', 'PW', 102],
];

describe('a data folder of .xlsx files', () => {
  it('gives exactly the forecast, the vangnet and the plan of the same data in CSV', async () => {
    const { root } = folder(await deventerAsWorkbooks(), 'deventer-xlsx');
    expect(readdirSync(join(root, 'deventer-xlsx')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(4);
    const validate = await cli(['validate', '--data', 'deventer-xlsx'], { cwd: root });
    expect(validate.code).toBe(0);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('volume.xlsx (Blad1)');
    const fromCsv = await json(['forecast', '--data', DEFAULT_DATA_DIR], root);
    const fromXlsx = await json(['forecast', '--data', 'deventer-xlsx'], root);
    expect(fromXlsx.scenario.data).toBe('deventer-xlsx');
    expect({ ...fromXlsx, scenario: null }).toEqual({ ...fromCsv, scenario: null });
    expect(fromXlsx.jaren).toEqual(fromCsv.jaren);
    const vangnet = await json(['vangnet', '--year', '2022', '--data', 'deventer-xlsx'], root);
    expect(vangnet.vangnet).toBe('444700.00');
    expect(vangnet).toEqual(await json(['vangnet', '--year', '2022', '--data', DEFAULT_DATA_DIR], root));
    // The shipped aanvalsplan scenario, on the workbooks.
    const shipped = JSON.parse(readFileSync(join(SCENARIOS, 'deventer-aanvalsplan.json'), 'utf8')) as Record<string, string>;
    writeFileSync(join(root, 'plan.json'), JSON.stringify({ ...shipped, data: 'deventer-xlsx', aanvalsplan: join(SCENARIOS, shipped.aanvalsplan!) }));
    const plan = await json(['plan', '--scenario', 'plan.json'], root);
    expect({ ...plan, scenario: null }).toEqual({ ...(await json(['plan', '--scenario', join(SCENARIOS, 'deventer-aanvalsplan.json')], root)), scenario: null });
  });

  it('reads every amount of up to 15 digits exactly as written: a cell number goes to a decimal through its shortest text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 4 }), async (units, decimals) => {
        const written = units.map((u) => D(u.toString()).div(D(10).pow(decimals)));
        const bytes = await xlsx([{ rows: [['bedrag'], ...written.map((d) => [Number(d.toString())])] }]);
        const table = readXlsx('b.xlsx', bytes);
        expect(table.records.map((r) => D(r.cells[0]!.text).toString())).toEqual(written.map((d) => d.toString()));
      }),
      { numRuns: 30 },
    );
  });

  it('reads the sheet named after the file, else the first visible one', async () => {
    const other: SheetSpec = { name: 'Toelichting', rows: [['uitleg'], ['zie blad volume']] };
    const named = readXlsx('data/volume.xlsx', await xlsx([other, { name: 'Volume', rows: VOLUME }]));
    expect(named.sheet).toBe('Volume');
    expect(named.records).toHaveLength(2);
    const hidden = readXlsx(
      'data/volume.xlsx',
      await xlsx([
        { ...other, hidden: true },
        { name: 'Standen', rows: VOLUME },
      ]),
    );
    expect(hidden.sheet).toBe('Standen');
  });

  it('skips an Excel lock file (~$volume.xlsx) and reports a workbook of another name', async () => {
    const r = await cleanWith({}, { '~$volume.xlsx': new Uint8Array([0, 1, 2]), 'volumes.xlsx': new Uint8Array([1]) });
    expect(r.code).toBe(0);
    expect(r.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['BUIG-W028 fx/volumes.xlsx']);
  });
});

describe('problems in a workbook name the sheet and the cell', () => {
  it('a number that is not whole in volume.xlsx: volume.xlsx:Blad1!C14, the row as its cells, a caret under the cell', async () => {
    const rows: Value[][] = [['maand', 'regeling', 'aantal']];
    for (let m = 2; m <= 12; m++) rows.push([`2021-${String(m).padStart(2, '0')}`, 'PW', 100]);
    rows.push(['2022-01', 'PW', 100], ['2022-02', 'PW', 2.5]);
    const r = await cleanWith({ 'volume.xlsx': [{ rows }] });
    expect(r.code).toBe(65);
    const d = r.diagnostics.find((x) => x.code === 'BUIG-E011')!;
    expect(d).toMatchObject({ file: 'fx/volume.xlsx', sheet: 'Blad1', cell: 'C14', line: 14, column: 3 });
    expect(r.stderr).toContain(["fx/volume.xlsx:Blad1!C14: error BUIG-E011: '2.5' in kolom aantal is geen geheel getal", '  14 | 2022-02 | PW | 2.5', `     | ${' '.repeat(15)}^^^`].join('\n'));
  });

  it('a date where a month belongs: E014 with the month to type', async () => {
    const r = await cleanWith({ 'volume.xlsx': [{ name: 'Blad 1', rows: [VOLUME[0]!, [new Date(Date.UTC(2022, 0, 1)), 'PW', 100], VOLUME[2]!], formats: { A2: 'mmm-yy' } }] });
    const d = r.diagnostics.find((x) => x.code === 'BUIG-E014')!;
    expect(d).toMatchObject({ sheet: 'Blad 1', cell: 'A2' });
    expect(d.message).toBe("'2022-01-01' is geen geldige maand");
    expect(d.hint).toContain("hier 2022-01; typ in Excel '2022-01");
    // A sheet name with a space is quoted as Excel quotes it.
    expect(r.stderr).toContain("fx/volume.xlsx:'Blad 1'!A2: error BUIG-E014");
  });

  it('a percentage typed as 0,61% reads as 0.61; a number cell is never a thousands-separated number', async () => {
    const budget: SheetSpec = {
      rows: [
        ['jaar', 'fase', 'bedrag', 'aandeel_pct'],
        [2022, 'definitief', 36896210, 0.0061],
      ],
      formats: { D2: '0.00%' },
    };
    const table = readXlsx('budget.xlsx', await xlsx([budget]));
    expect(table.records[0]!.cells.map((c) => c.text)).toEqual(['2022', 'definitief', '36896210', '0.61']);
    // 36.896 as a number is 36.896 euro, not 36896 with a Dutch thousands dot: no W031. As text it is doubted.
    const amounts = await cleanWith({
      'lasten.xlsx': [
        {
          rows: [
            ['jaar', 'lasten'],
            [2021, 36.896],
            [2022, '40.552'],
          ],
        },
      ],
    });
    expect(amounts.diagnostics.map((x) => `${x.code} ${x.cell}`)).toEqual(['BUIG-W031 B3']);
    // 2.551 as a number in a count column is not a whole number (E011), not an ambiguous separator (E009).
    const counts = await cleanWith({ 'volume.xlsx': [{ rows: [VOLUME[0]!, VOLUME[1]!, ['2022-02', 'PW', 2.551]] }] });
    expect(counts.diagnostics.map((x) => `${x.code} ${x.cell}`)).toContain('BUIG-E011 C3');
  });

  it('BUIG-E116: a formula whose result the file does not hold', async () => {
    const r = await cleanWith({ 'volume.xlsx': [{ rows: [VOLUME[0]!, VOLUME[1]!, ['2022-02', 'PW', { formula: 'C2+2' }]] }] });
    expect(r.code).toBe(65);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'BUIG-E116', cell: 'C3', message: 'formule zonder opgeslagen uitkomst: =C2+2' });
  });

  it('BUIG-E118: values in a column without a name, once per column, at its first cell', async () => {
    const rows: Value[][] = [VOLUME[0]!, [...VOLUME[1]!, null, 'notitie'], [...VOLUME[2]!, null, 'nog een']];
    const r = await cleanWith({ 'volume.xlsx': [{ rows }] });
    expect(r.diagnostics.map((x) => `${x.code} ${x.cell}`)).toEqual(['BUIG-E118 E2']);
    expect(r.diagnostics[0]!.message).toBe('kolom E heeft geen naam in de kopregel, maar wel 2 waarde(n)');
    expect(r.diagnostics[0]!.hint).toContain('zet een kolomnaam in E1');
    expect(r.stderr).toContain(['  2 | 2022-01 | PW | 100 |  | notitie', '    |                         ^^^^^^^'].join('\n'));
  });

  it('BUIG-E117: volume.csv and volume.xlsx both in the folder', async () => {
    const r = await cleanWith({}, { 'volume.xlsx': await xlsx([{ rows: VOLUME }]) });
    expect(r.code).toBe(65);
    expect(r.diagnostics.find((x) => x.code === 'BUIG-E117')).toMatchObject({ file: 'fx/volume.xlsx', line: null, message: 'volume.csv en volume.xlsx staan allebei in de map' });
  });

  it('BUIG-E115: a file that is not a workbook (a CSV named .xlsx, a zip without a workbook) is one error, never a crash', async () => {
    const csvNamed = await cleanWith({}, { 'budget.xlsx': CLEAN['budget.csv']! });
    // CLEAN's budget.csv is still there too; the workbook alone:
    const { 'budget.csv': budgetCsv, ...rest } = CLEAN;
    const { root } = folder({ ...rest, 'budget.xlsx': budgetCsv! }, 'fx');
    const only = {
      ...(await cli(['validate', '--data', 'fx'], { cwd: root })),
      diagnostics: JSON.parse((await cli(['validate', '--data', 'fx', '--format', 'json'], { cwd: root })).stdout) as JsonDiagnostic[],
    };
    expect(csvNamed.diagnostics.map((d) => d.code)).toContain('BUIG-E117');
    expect(only.code).toBe(65);
    expect(only.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['BUIG-E115 fx/budget.xlsx']);
    expect(only.diagnostics[0]!.message).toBe('budget.xlsx is geen leesbare Excel-werkmap (.xlsx)');
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    const table = readXlsx('budget.xlsx', zip);
    expect(table.diagnostics.map((d) => [d.code, (d.params as { part?: string }).part])).toEqual([['BUIG-E115', 'xl/workbook.xml']]);
  });

  it('never throws on damaged bytes: any mutation of a workbook reads or is E115', async () => {
    const good = await xlsx([{ rows: VOLUME }]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }), (flips) => {
        const bytes = good.slice();
        for (const [at, value] of flips) bytes[at] = value;
        const table = readXlsx('volume.xlsx', bytes);
        expect(table.diagnostics.every((d) => d.code.startsWith('BUIG-E11'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged XML inside a workbook: the whole folder read gives diagnostics, not a crash', async () => {
    const good = unzipSync(await xlsx([{ rows: [...VOLUME, ['2022-03', 'PW', { formula: 'C3+1' }], [new Date(Date.UTC(2022, 3, 1)), 'PW', 0.5]], formats: { C4: '0.00%' } }]));
    const names = Object.keys(good).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '/', 'r="ZZZ9"', ' t="s"', ' s="99"', '<v>x</v>', '&amp;', '\u0000', '')), { minLength: 1, maxLength: 8 }),
        (name, edits) => {
          let text = strFromU8(good[name]!);
          for (const [at, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
          }
          const bytes = zipSync({ ...good, [name]: strToU8(text) });
          const read = readDataFiles(
            'd',
            new Map([
              ['volume.xlsx', bytes],
              ['stromen.csv', strToU8(CLEAN['stromen.csv']!)],
            ]),
            ['forecast'],
          );
          expect(read.diagnostics.every((d) => /^BUIG-[EW]\d{3}$/.test(d.code))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
