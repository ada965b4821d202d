// Checks across rows and files, after each file has been read on its own. Pure.

import { BASIS_MAANDEN } from '../domain/forecast/base.js';
import { diagnostic, hasErrors, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import type { BudgetRow, LastenRow, StromenRow, VolumeRow } from '../domain/data.js';
import { D, formatNumber, ZERO } from '../money.js';
import { addMonths, monthFromIndex, monthIndex, yearOf, type Month } from '../period.js';
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
      out.push(diagnostic('BUIG-E018', locate(r.line, 'jaar'), { key: String(r.jaar), firstLine: total.line, what: 'totaal-en-regeling' }));
    }
  }
  return out;
}

/**
 * A lasten row for a year after the last month with a stand is no realisation (a begroting
 * figure): the forecast leaves it out, and says so here (the year is a projected one).
 */
export function checkLastenAfterData(lasten: readonly (LastenRow & Sourced)[], volume: readonly VolumeRow[], locate: Locate): Diagnostic[] {
  if (volume.length === 0) return [];
  const last = volume.reduce((m, v) => (v.maand > m ? v.maand : m), volume[0]!.maand);
  return lasten.filter((r) => r.jaar > yearOf(last)).map((r) => diagnostic('BUIG-W140', locate(r.line, 'jaar'), { jaar: r.jaar, last }));
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
export function reconcile(volume: readonly (VolumeRow & Sourced)[], stromen: readonly (StromenRow & Sourced)[], locateVolume: Locate, locateStromen: Locate): Diagnostic[] {
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
        out.push(diagnostic('BUIG-W021', locateVolume(row.line, 'maand'), { regeling: k, count: gap, from, to: addMonths(row.maand, -1) }));
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

/** A run of months for a message: `2023-08`, or `2023-08 .. 2023-11 (4)`. */
export function describeRun(first: Month, last: Month): string {
  const n = monthIndex(last) - monthIndex(first) + 1;
  return n === 1 ? first : `${first} .. ${last} (${n})`;
}

/** Month indexes, ascending, as runs of consecutive months: [1, 2, 3, 7] -> [[1, 3], [7, 7]]. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** One of the two files as read: its rows, where they are, and whether every row could be read. */
interface ReadFile<T> {
  rows: readonly (T & Sourced)[];
  locate: Locate;
  headerLine: number;
  diagnostics: readonly Diagnostic[];
}

function bySeries(rows: readonly ({ maand: Month; regeling: string; segment?: string } & Sourced)[]): Map<string, Map<number, Sourced>> {
  const out = new Map<string, Map<number, Sourced>>();
  for (const r of rows) {
    const k = seriesKey(r);
    if (!out.has(k)) out.set(k, new Map());
    out.get(k)!.set(monthIndex(r.maand), r);
  }
  return out;
}

/** The months of a forecast's default base period, which ends at the last month of the data. */
const DEFAULT_BASE_MONTHS = BASIS_MAANDEN;

/**
 * What a forecast needs of volume.csv and stromen.csv together, per regeling (and segment):
 * the flows of every month with a stand (E070, at stromen.csv) and the stand of every month
 * with flows (E071, at volume.csv). The first stand of a series needs no flows, and the flows
 * may start later than the stands (older stands still give the realised years), as long as
 * they start before the default base period. Each run of missing months is one diagnostic,
 * on the first line of the series after the run in the file that lacks them, or on its
 * header row when nothing follows. A file with read errors is not checked for what it lacks:
 * a row with an error is not a missing month.
 */
export function checkCoverage(volume: ReadFile<VolumeRow>, stromen: ReadFile<StromenRow>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stands = bySeries(volume.rows);
  const flows = bySeries(stromen.rows);
  const baseStart = Math.max(...volume.rows.map((v) => monthIndex(v.maand))) - (DEFAULT_BASE_MONTHS - 1);
  const report = (code: 'BUIG-E070' | 'BUIG-E071', file: ReadFile<unknown>, series: string, present: Map<number, Sourced> | undefined, missing: number[]) => {
    if (missing.length === 0) return;
    const lines = [...(present ?? new Map<number, Sourced>()).entries()].sort((a, b) => a[0] - b[0]);
    for (const [first, last] of runsOf(missing)) {
      const after = lines.find(([i]) => i > last)?.[1];
      out.push(
        diagnostic(code, file.locate(after?.line ?? file.headerLine, 'maand'), {
          series,
          months: describeRun(monthFromIndex(first), monthFromIndex(last)),
        }),
      );
    }
  };
  if (!hasErrors(stromen.diagnostics)) {
    for (const [series, s] of stands) {
      const f = flows.get(series);
      const months = [...s.keys()].sort((a, b) => a - b);
      // Before the first flows (if any) only the default base period needs them.
      const from = Math.max(months[0]! + 1, f ? Math.min(Math.min(...f.keys()), baseStart) : -Infinity);
      report(
        'BUIG-E070',
        stromen,
        series,
        f,
        months.filter((i) => i >= from && !f?.has(i)),
      );
    }
  }
  if (!hasErrors(volume.diagnostics)) {
    for (const [series, f] of flows) {
      const s = stands.get(series);
      const months = [...f.keys()].sort((a, b) => a - b);
      report(
        'BUIG-E071',
        volume,
        series,
        s,
        months.filter((i) => !s?.has(i)),
      );
    }
  }
  return out;
}
