// Months and years. A month is the string 'YYYY-MM' (as in the CSV files); arithmetic goes
// through a month index so that no Date, time zone or clock is involved.

export type Month = string & { readonly __month: unique symbol };

export type ParsedMonth =
  | { ok: true; month: Month }
  | {
      ok: false;
      problem: 'format' | 'month-out-of-range' | 'year-out-of-range';
      /** The month the text most likely means, for a hint; never accepted in its place. */
      suggestion?: Month;
      /** The text is a date as Excel shows one (`okt-24`, `1-10-2024`): Excel may turn a typed `2024-10` into a date again. */
      excelDate?: boolean;
    };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * Accepts `2022-03` only. Any other spelling of a month is a problem, with a suggestion when it
 * means one month: `2022-3`, `2022/03`, `03-2022`, and dates as (Dutch) Excel writes them:
 * `okt-24`, `oktober 2024`, `1-10-2024`, `2024-10-01`.
 */
export function parseMonth(text: string): ParsedMonth {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, problem: 'month-out-of-range' };
    if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'year-out-of-range' };
    return { ok: true, month: t as Month };
  }
  const meant = spelledMonth(t);
  if (!meant) return { ok: false, problem: 'format' };
  return { ok: false, problem: 'format', suggestion: meant.month, ...(meant.excelDate ? { excelDate: true } : {}) };
}

/**
 * The month `text` means: itself when it is a `YYYY-MM` month, else the one month another
 * spelling means (see parseMonth), else undefined. For hints: a caller that accepts only
 * `YYYY-MM` can say which value to write.
 */
export function suggestMonth(text: string): Month | undefined {
  const parsed = parseMonth(text);
  return parsed.ok ? parsed.month : parsed.suggestion;
}

/** Month names and abbreviations, Dutch (as Dutch Excel writes them) and English. */
const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The one month a spelling other than `YYYY-MM` means, if it is a real month (and day). */
function spelledMonth(text: string): { month: Month; excelDate: boolean } | undefined {
  // A date may come with the time Excel adds to it: `2024-10-01 00:00:00`.
  const t = text.toLowerCase().replace(/(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '');
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  let found: { year: number; month: number; day?: number; excelDate: boolean } | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) found = { year: year(m[1]!), month: Number(m[2]), excelDate: false };
  else if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(t))) found = { year: year(m[2]!), month: Number(m[1]), excelDate: false };
  else if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t))) {
    found = { year: year(m[1]!), month: Number(m[2]), day: Number(m[3]), excelDate: true };
  } else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) {
    found = { year: year(m[3]!), month: Number(m[2]), day: Number(m[1]), excelDate: true };
  } else if ((m = /^(?:(\d{1,2})[\s\-/.]*)?([a-z]+)\.?[\s\-/.']*(\d{4}|\d{2})$/.exec(t))) {
    const month = MONTH_NAMES[m[2]!];
    if (month) found = { year: year(m[3]!), month, ...(m[1] ? { day: Number(m[1]) } : {}), excelDate: true };
  }
  if (!found || found.month < 1 || found.month > 12 || found.year < MIN_YEAR || found.year > MAX_YEAR) return undefined;
  if (found.day !== undefined && (found.day < 1 || found.day > daysIn(found.year, found.month))) return undefined;
  return { month: `${found.year}-${String(found.month).padStart(2, '0')}` as Month, excelDate: found.excelDate };
}

export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

const MONTHS = new Map<number, Month>();

/** The month of an index; each month's string is made once (a forecast asks for the same months many times). */
export function monthFromIndex(index: number): Month {
  let month = MONTHS.get(index);
  if (month === undefined) {
    month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}` as Month;
    MONTHS.set(index, month);
  }
  return month;
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
