// A CSV text without double quotes is split here, without csv-parse (plainRecords); it must give
// the records, cells and positions csv-parse gives (parsedRecords), comments, empty and blank
// lines included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsedRecords, plainRecords, readCsv } from '../src/read/csvTable.js';

const char = fc.constantFrom('a', 'B', '1', '9', ' ', ',', ';', '#', '.', '-', '\t', '€', 'é');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment, with; delimiters', '# a "quoted" comment, "open', ';;;', ',,', '   ', ' #not a comment') },
);

describe('plainRecords', () => {
  it.each([',', ';'] as const)('gives what csv-parse gives for text without quotes (delimiter %s)', (delimiter) => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (ls, finalNewline) => {
        const text = ls.join('\n') + (finalNewline ? '\n' : '');
        const lines = text.split('\n');
        expect(plainRecords(lines, delimiter)).toEqual(parsedRecords('f.csv', text, lines, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the path of a file without quotes, and csv-parse the path of one with quotes', () => {
    const plain = readCsv('f.csv', new TextEncoder().encode('jaar,bedrag\n# c\n2022,1\n'));
    expect(plain.records.map((r) => r.cells.map((c) => c.text))).toEqual([['2022', '1']]);
    const quoted = readCsv('f.csv', new TextEncoder().encode('jaar,naam\n2022,"a, b"\n'));
    expect(quoted.records.map((r) => r.cells.map((c) => c.text))).toEqual([['2022', 'a, b']]);
  });
});
