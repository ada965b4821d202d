// Checks across rows and files, after each file has been read on its own. Pure.

import { diagnostic, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import type { BudgetRow, LastenRow, StromenRow, VolumeRow } from '../domain/data.js';
import { D, formatNumber, ZERO } from '../money.js';
import { addMonths, monthIndex, type Month } from '../period.js';
import type { Sourced } from './rows.js';

type Locate = (line: number, column?: string) => Located;

/** lasten should be bruto - baten - fout_onzeker when those columns are filled in. */
export function checkLasten(rows: readonly (LastenRow & Sourced)[], locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of rows) {
    if (r.bruto === undefined) continue;
    const computed = r.bruto.minus(r.baten ?? ZERO).minus(r.fout_onzeker ?? ZERO);
    if (!computed.eq(r.lasten)) {
      out.push(
        diagnostic('BUIG-W023', locate(r.line, 'lasten'), {
          lasten: formatNumber(r.lasten, 2),
          computed: formatNumber(computed, 2),
          difference: formatNumber(r.lasten.minus(computed), 2),
        }),
      );
    }
  }
  // A year given both as a total and per regeling would be counted twice.
  const totals = new Map(rows.filter((r) => !r.regeling).map((r) => [r.jaar, r]));
  for (const r of rows) {
    const total = totals.get(r.jaar);
    if (r.regeling && total) {
      out.push(
        diagnostic('BUIG-E018', locate(r.line, 'jaar'), {
          key: `${r.jaar} (totaal en per regeling)`,
          firstLine: total.line,
          what: 'jaar (als totaal of per regeling, niet allebei)',
        }),
      );
    }
  }
  return out;
}

/**
 * bedrag against macrobudget x aandeel_pct. The aandeel is published rounded (0.61%), so the
 * check allows for the rounding of the aandeel as written: half a unit in its last decimal.
 */
export function checkBudget(rows: readonly (BudgetRow & Sourced)[], locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of rows) {
    if (!r.macrobudget || !r.aandeel_pct) continue;
    const pct = r.bedrag.dividedBy(r.macrobudget).times(100);
    const tolerance = D(5).times(D(10).pow(-(r.aandeel_pct.decimalPlaces() + 1)));
    if (pct.minus(r.aandeel_pct).abs().gt(tolerance)) {
      out.push(
        diagnostic('BUIG-W026', locate(r.line, 'bedrag'), {
          bedrag: formatNumber(r.bedrag),
          aandeel: formatNumber(r.aandeel_pct, r.aandeel_pct.decimalPlaces()),
          computed: formatNumber(r.macrobudget.times(r.aandeel_pct).dividedBy(100)),
          pct: formatNumber(pct, 4),
        }),
      );
    }
  }
  return out;
}

const seriesKey = (r: { regeling: string; segment?: string }) => (r.segment ? `${r.regeling}/${r.segment}` : r.regeling);

/**
 * Stands and flows per regeling (and segment): stand[m] = stand[m-1] + instroom[m] - uitstroom[m].
 * A month that does not reconcile is a warning showing the difference; a gap in the stands too.
 * The first month of a series has no previous stand and is not checked.
 */
export function reconcile(
  volume: readonly (VolumeRow & Sourced)[],
  stromen: readonly (StromenRow & Sourced)[],
  locateVolume: Locate,
  locateStromen: Locate,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stands = new Map<string, Map<number, VolumeRow & Sourced>>();
  for (const v of volume) {
    const k = seriesKey(v);
    if (!stands.has(k)) stands.set(k, new Map());
    stands.get(k)!.set(monthIndex(v.maand), v);
  }
  for (const [k, series] of stands) {
    const indexes = [...series.keys()].sort((a, b) => a - b);
    for (let i = 1; i < indexes.length; i++) {
      const gap = indexes[i]! - indexes[i - 1]! - 1;
      if (gap > 0) {
        const row = series.get(indexes[i]!)!;
        const from = addMonths(series.get(indexes[i - 1]!)!.maand, 1);
        out.push(
          diagnostic('BUIG-W021', locateVolume(row.line, 'maand'), { regeling: k, count: gap, from, to: addMonths(row.maand, -1) }),
        );
      }
    }
  }
  for (const s of stromen) {
    const series = stands.get(seriesKey(s));
    const now = series?.get(monthIndex(s.maand));
    const before = series?.get(monthIndex(s.maand) - 1);
    if (!now || !before) continue;
    const expected = before.aantal + s.instroom - s.uitstroom;
    if (expected !== now.aantal) {
      const difference = now.aantal - expected;
      out.push(
        diagnostic('BUIG-W019', locateStromen(s.line, 'instroom'), {
          regeling: seriesKey(s),
          month: s.maand as Month,
          previous: before.aantal,
          instroom: s.instroom,
          uitstroom: s.uitstroom,
          expected,
          actual: now.aantal,
          difference: difference > 0 ? `+${difference}` : String(difference),
        }),
      );
    }
  }
  return out;
}
