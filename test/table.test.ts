// buig draws its terminal tables itself (src/render/table.ts) the way cli-table3 draws them, and
// hands anything else to cli-table3. The two are compared on many tables, with and without
// colour, with the options buig uses.

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliTable3, drawnHere, drawTable, PLAIN_CHARS, renderTable, type TableOptions } from '../src/render/table.js';

const require = createRequire(import.meta.url);
const colors = require('@colors/colors/safe') as { enable(): void; disable(): void };

/** Characters of every range drawn here, and a few beyond them. */
const ranges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x370, 0x3ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20ac, 0x20ac],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2500, 0x257f],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
];
const char = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a', 'Z', '0', '9', ' ', '€', '.', ',', '%', '-', '✓', '✗', 'Δ', 'é', '–') },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...ranges)
      .chain(([lo, hi]) => fc.integer({ min: lo, max: hi }))
      .map((c) => String.fromCodePoint(c)),
  },
  { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u3042', '😀', '\u001b[1m', '\n', '\u200b', '\u00ad') },
);
const cellText = fc.array(char, { maxLength: 10 }).map((cs) => cs.join(''));
const align = fc.constantFrom('left', 'right', 'center') as fc.Arbitrary<'left' | 'right' | 'center'>;
const cell = fc.oneof({ weight: 6, arbitrary: cellText }, { weight: 1, arbitrary: fc.integer({ min: -9999, max: 99999 }) }, { weight: 1, arbitrary: fc.record({ content: cellText, hAlign: align }) });

const table = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    head: fc.option(fc.array(cellText, { minLength: n, maxLength: n }), { nil: undefined }),
    colAligns: fc.option(fc.array(align, { maxLength: n }), { nil: undefined }),
    rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 4 }),
    compact: fc.boolean(),
    plain: fc.boolean(),
  }),
);

function check(coloured: boolean) {
  let here = 0;
  fc.assert(
    fc.property(table, ({ head, colAligns, rows, compact, plain }) => {
      const options: TableOptions = {
        ...(head ? { head } : {}),
        ...(colAligns ? { colAligns } : {}),
        style: { head: coloured ? ['bold'] : [], border: coloured ? ['grey'] : [], compact },
        ...(plain ? { chars: PLAIN_CHARS } : {}),
      };
      const drawn = drawnHere(options, rows);
      if (drawn) here++;
      expect(drawn ? drawTable(options, rows) : renderTable(options, rows)).toBe(cliTable3(options, rows));
    }),
    { numRuns: 1500 },
  );
  // Most tables are drawn here, so the comparison is not with cli-table3 itself.
  expect(here).toBeGreaterThan(300);
}

describe('renderTable draws what cli-table3 draws', () => {
  it('without colour', () => check(false));

  describe('with colour', () => {
    beforeAll(() => colors.enable());
    afterAll(() => colors.disable());
    it('bold head, grey border', () => check(true));
  });
});
