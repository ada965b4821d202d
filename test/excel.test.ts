// What Excel leaves in an export besides the data: lines of nothing but separators, and month
// cells written as Excel shows them. Through the whole CLI, as a user meets them.

import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/read/csvTable.js';
import { CLEAN, cli, folder } from './helpers.js';

interface JsonDiagnostic {
  code: string;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
}

async function validate(files: Record<string, string>, lang: 'nl' | 'en' = 'nl') {
  const { root } = folder({ ...CLEAN, ...files }, 'fx');
  const r = await cli(['validate', '--data', 'fx', '--format', 'json', ...(lang === 'en' ? ['--lang', 'en'] : [])], { cwd: root });
  return { code: r.code, diagnostics: JSON.parse(r.stdout || '[]') as JsonDiagnostic[] };
}

describe('lines of only separators', () => {
  it.each([
    ['; at the end, with CRLF', 'jaar;fase;bedrag\r\n2022;definitief;36896210\r\n;;\r\n'],
    ['; in the middle and at the end, with spaces', 'jaar;fase;bedrag\n2022;definitief;36896210\n ; ;  \n2023;voorlopig;37970947\n;;;\n'],
    [', at the end, with CRLF', 'jaar,fase,bedrag\r\n2022,definitief,36896210\r\n,,\r\n,,\r\n'],
    [', in the middle, with a tab', 'jaar,fase,bedrag\n2022,definitief,36896210\n,\t,\n2023,voorlopig,37970947\n'],
    ['only spaces in the middle', 'jaar,fase,bedrag\n2022,definitief,36896210\n   \n2023,voorlopig,37970947\n'],
  ])('are skipped like empty lines (%s)', async (_, text) => {
    const { code, diagnostics } = await validate({ 'budget.csv': text });
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('leave the positions of the lines after them exact', () => {
    const t = readCsv('b.csv', new TextEncoder().encode('jaar;fase;bedrag\r\n;;\r\n  \r\n2022;definitief;x\r\n;;;\r\n'));
    expect(t.records.map((r) => r.line)).toEqual([4]);
    expect(t.records[0]!.cells.map((c) => [c.line, c.column])).toEqual([
      [4, 1],
      [4, 6],
      [4, 17],
    ]);
  });

  it('do not hide a line that has a value among its separators', async () => {
    const { code, diagnostics } = await validate({ 'budget.csv': 'jaar;fase;bedrag\n2022;definitief;36896210\n;;\n;;5\n;;\n' });
    expect(code).toBe(65);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['BUIG-E017', 4, 1],
      ['BUIG-E017', 4, 2],
    ]);
  });
});

describe('month cells as Excel writes them', () => {
  // Each stays E014 (a month is never guessed), with the exact YYYY-MM to write in the hint.
  const meant: [string, string][] = [
    ['okt-24', '2024-10'],
    ['Okt-24', '2024-10'],
    ['oktober 2024', '2024-10'],
    ['OKT 2024', '2024-10'],
    ['okt. 2024', '2024-10'],
    ["okt '24", '2024-10'],
    ['1 oktober 2024', '2024-10'],
    ['1-okt-2024', '2024-10'],
    ['1-10-2024', '2024-10'],
    ['31-10-2024', '2024-10'],
    ['01-10-2024', '2024-10'],
    ['1/10/2024', '2024-10'],
    ['2024-10-01', '2024-10'],
    ['2024-10-01 00:00:00', '2024-10'],
    ['29-2-2024', '2024-02'],
    ['jan-23', '2023-01'],
    ['feb-23', '2023-02'],
    ['mrt-23', '2023-03'],
    ['maa-23', '2023-03'],
    ['maart 2023', '2023-03'],
    ['apr-23', '2023-04'],
    ['mei-23', '2023-05'],
    ['jun-23', '2023-06'],
    ['juli 2023', '2023-07'],
    ['aug-23', '2023-08'],
    ['sep-23', '2023-09'],
    ['sept. 2023', '2023-09'],
    ['nov-23', '2023-11'],
    ['december 2099', '2099-12'],
  ];
  const volume = (cells: string[]) => ['maand,regeling,aantal', ...cells.map((c) => `${c},PW,100`)].join('\n') + '\n';

  // No single month is meant: no day 31-02, a year out of range, an unknown name.
  const unmeant = ['31-02-2024', 'okt-1890', 'oktob 2024', '32-10-2024', '2024-13-01', 'kwartaal 3 2024'];

  it('get E014 with the month to write, per cell, and nothing made up for the rest', async () => {
    const { code, diagnostics } = await validate({ 'volume.csv': volume([...meant.map(([cell]) => cell), ...unmeant]) });
    expect(code).toBe(65);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([...meant, ...unmeant].map((_, i) => ['BUIG-E014', i + 2, 1]));
    meant.forEach(([cell, month], i) => {
      const d = diagnostics[i]!;
      expect(d.message).toBe(`'${cell}' is geen geldige maand`);
      expect(d.hint, cell).toMatch(new RegExp(`^schrijf de maand als JJJJ-MM, hier ${month};`));
      expect(d.hint).toContain(`'${month}`);
    });
    unmeant.forEach((cell, i) => {
      expect(diagnostics[meant.length + i]!.hint, cell).toBe('schrijf de maand als JJJJ-MM');
    });
  });

  it('say the month in English too', async () => {
    const { diagnostics } = await validate({ 'volume.csv': volume(['okt-24', '31-10-2024']) }, 'en');
    expect(diagnostics.map((d) => d.hint)).toEqual([
      "write the month as YYYY-MM, here 2024-10; in Excel type '2024-10 (with the apostrophe) or make the column Text, or Excel turns it into a date again",
      "write the month as YYYY-MM, here 2024-10; in Excel type '2024-10 (with the apostrophe) or make the column Text, or Excel turns it into a date again",
    ]);
  });
});
