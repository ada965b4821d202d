// `buig check` against the forecasts: each expectation looked up at its dotted key of a forecast
// year and compared, like a balance assertion; a key or year that is not there is a diagnostic.

import type { CheckRun } from '../app/check.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closest } from '../domain/terms.js';
import { D, parseAmount, type Decimal } from '../money.js';
import type { Expectation } from '../read/expectationsFile.js';
import type { Sourced } from '../read/rows.js';
import { forecastRunReport } from './forecast.js';
import { plain } from './values.js';

/** A forecast year as its JSON shows it. */
type PlainYear = { jaar: number } & Record<string, unknown>;

/** What a deviating expectation found: the actual value as shown, and the difference when both are numbers. */
export interface Deviation {
  e: Expectation & Sourced;
  actual: string | boolean | null;
  difference?: Decimal;
}

/** The value at a dotted key of a forecast year; arrays are entered by their regeling or route. */
export function lookup(year: PlainYear, key: string): { found: true; value: unknown } | { found: false } {
  let node: unknown = year;
  for (const part of key.split('.')) {
    if (Array.isArray(node)) {
      node = node.find((x: Record<string, unknown>) => x.regeling === part || x.route === part || x.naam === part) ?? node[Number(part)];
    } else if (node !== null && typeof node === 'object' && part in node) {
      node = (node as Record<string, unknown>)[part];
    } else {
      return { found: false };
    }
    if (node === undefined) return { found: false };
  }
  return { found: true, value: node };
}

/** The dotted keys of a year with a plain value, for hints. */
function keysOf(year: PlainYear): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      if (!Array.isArray(node)) out.push(prefix);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(year, '');
  return out;
}

const YES = ['true', 'ja', 'waar'];
const NO = ['false', 'nee', 'onwaar'];

function compare(e: Expectation & Sourced, actual: unknown, decimalComma: boolean): Deviation | undefined {
  const expected = e.verwacht.trim();
  if (typeof actual === 'boolean') {
    const want = YES.includes(expected.toLowerCase()) ? true : NO.includes(expected.toLowerCase()) ? false : undefined;
    return want === actual ? undefined : { e, actual };
  }
  if (actual === null) return expected === '' || expected === 'null' ? undefined : { e, actual: null };
  const shown = String(actual);
  const a = parseAmount(shown, { decimalComma: false });
  const x = parseAmount(expected, { decimalComma });
  if (a.ok && x.ok) {
    const difference = a.value.minus(x.value);
    return difference.abs().lte(e.tolerantie ?? D(0)) ? undefined : { e, actual: shown, difference };
  }
  return shown === expected ? undefined : { e, actual: shown };
}

/** Every expectation against its scenario's forecast: the deviations, and the problems of the file. */
export function checkExpectations(run: CheckRun): { deviations: Deviation[]; diagnostics: Diagnostic[] } {
  // Expectations name what the JSON shows: look up in the plain JSON of each forecast.
  const years = new Map([...run.runs].map(([scenario, r]) => [scenario, r ? (plain(forecastRunReport(r)) as { jaren: PlainYear[] }).jaren : undefined]));
  const deviations: Deviation[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const e of run.expectations) {
    const forecastYears = years.get(e.scenario);
    if (!forecastYears) continue;
    const year = forecastYears.find((y) => y.jaar === e.jaar);
    if (!year) {
      diagnostics.push(diagnostic('BUIG-E061', run.locate(e.line, 'jaar'), { value: e.jaar, years: forecastYears.map((y) => y.jaar).join(', ') }));
      continue;
    }
    const found = lookup(year, e.grootheid);
    if (!found.found) {
      const keys = keysOf(year);
      diagnostics.push(diagnostic('BUIG-E060', run.locate(e.line, 'grootheid'), { value: e.grootheid, suggestion: closest(e.grootheid, keys) ?? '', keys: keys.slice(0, 12).join(', ') + ', ...' }));
      continue;
    }
    const deviation = compare(e, found.value, run.decimalComma);
    if (deviation) deviations.push(deviation);
  }
  return { deviations, diagnostics };
}
