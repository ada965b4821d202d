// Number formats the word catalogues share: amounts in whole euros, percentages as written.

import { formatEuro, formatNumber, type Decimal, type Lang } from '../money.js';

/** A percentage with as many decimals as it has, at most two (7,5% / 5% / 12,5%). */
export const pctAsWritten = (pct: Decimal, lang: Lang) => `${formatNumber(pct, Math.min(pct.decimalPlaces(), 2), lang)}%`;
/** A percentage to two decimals (9,91%). */
export const pct2 = (pct: Decimal, lang: Lang) => `${formatNumber(pct, 2, lang)}%`;
export const euros = (d: Decimal, lang: Lang) => formatNumber(d, 0, lang);
export const euro = (d: Decimal, lang: Lang) => formatEuro(d, 0, lang);

/** The comparison a test made: > or ≥ when passed, ≤ or < when not. */
export function comparison(passed: boolean, inclusief: boolean): string {
  if (passed) return inclusief ? '≥' : '>';
  return inclusief ? '<' : '≤';
}

/** The number inside an assumption's value (an amount, a count, a percentage). */
export function decimalOf(w: string | number | { value: Decimal } | unknown[]): Decimal {
  if (typeof w === 'object' && !Array.isArray(w)) return w.value;
  throw new Error(`not a number: ${String(w)}`);
}
