// The gemiddeld volume per regeling and year is summed in one pass for a single run
// (directVolumes) and from a layout made once for many runs (layoutVolumes): the same exact
// figures, and the same as the index over all months (volumeIndex).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directVolumes, layoutVolumes, volumeIndex, volumeLayout } from '../../src/domain/forecast/months.js';
import type { MonthRow } from '../../src/domain/forecast/types.js';
import { D } from '../../src/money.js';
import { monthFromIndex } from '../../src/period.js';

/** A series: consecutive months from a start, each with a stand (some with fractions, as projected ones have). */
const series = fc.record({
  start: fc.integer({ min: 2021 * 12, max: 2023 * 12 }),
  stands: fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 5000 }).map(String),
      fc.double({ min: 0, max: 5000, noNaN: true }).map((x) => x.toFixed(9)),
    ),
    { minLength: 1, maxLength: 40 },
  ),
});

const rows = (s: { start: number; stands: string[] }, segment: string, from: number, to: number): MonthRow[] =>
  s.stands.slice(from, to).map((v, k) => ({ maand: monthFromIndex(s.start + from + k), key: { regeling: 'PW', segment }, soort: 'realisatie', volume: D(v).div(3) }));

describe('the gemiddeld volume of a regeling', () => {
  it('is the same summed in one pass, from a layout, and from the index over all months', () => {
    fc.assert(
      fc.property(fc.array(series, { minLength: 1, maxLength: 4 }), fc.nat(), (list, cut) => {
        // Per series its realised and its projected rows.
        const parts = list.map((s, i) => {
          const split = cut % (s.stands.length + 1);
          return [rows(s, `s${i}`, 0, split), rows(s, `s${i}`, split, s.stands.length)];
        });
        const direct = directVolumes(parts);
        const laidOut = layoutVolumes(volumeLayout(parts), parts);
        const index = volumeIndex(parts.flat(2));
        expect([...direct.keys()]).toEqual([...laidOut.keys()]);
        for (const [jaar, v] of direct) {
          expect(v.toString()).toBe(laidOut.get(jaar)!.toString());
          expect(v.toString()).toBe(index(jaar, 'PW')!.toString());
        }
      }),
      { numRuns: 500 },
    );
  });
});
