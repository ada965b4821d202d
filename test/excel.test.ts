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
    expect(t.records[0]!.cells.map((c) => [c.line, c.column])).toEqual([[4, 1], [4, 6], [4, 17]]);
  });

  it('do not hide a line that has a value among its separators', async () => {
    const { code, diagnostics } = await validate({ 'budget.csv': 'jaar;fase;bedrag\n2022;definitief;36896210\n;;\n;;5\n;;\n' });
    expect(code).toBe(65);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['BUIG-E017', 4, 1], ['BUIG-E017', 4, 2]]);
  });
});
