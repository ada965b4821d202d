// Months and years. A month is the string 'YYYY-MM' (as in the CSV files); arithmetic goes
// through a month index so that no Date, time zone or clock is involved.

export type Month = string & { readonly __month: unique symbol };

export type ParsedMonth =
  | { ok: true; month: Month }
  | { ok: false; problem: 'format' | 'month-out-of-range' | 'year-out-of-range'; suggestion?: string };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Accepts `2022-03`; reports `2022-13`, `2022-3`, `03-2022` and `2022/03` with a suggestion. */
export function parseMonth(text: string): ParsedMonth {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, problem: 'month-out-of-range' };
    if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'year-out-of-range' };
    return { ok: true, month: t as Month };
  }
  // Common other spellings: suggest the right one.
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t) ?? null;
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { ok: false, problem: 'format', suggestion: `${m[1]}-${m[2]!.padStart(2, '0')}` };
  }
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { ok: false, problem: 'format', suggestion: `${m[2]}-${m[1]!.padStart(2, '0')}` };
  }
  return { ok: false, problem: 'format' };
}

export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}` as Month;
}

export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

export function asMonth(text: string): Month {
  const parsed = parseMonth(text);
  if (!parsed.ok) throw new Error(`not a month: ${text}`);
  return parsed.month;
}
