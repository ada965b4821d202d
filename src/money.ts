// Money: every amount in buig is a Decimal from this module, from the reader to the report.
// Binary floating point never touches money. Rounding happens only when presenting.
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The project's decimal type. 40 significant digits: the default of 20 is not enough once
 * thousands of amounts with cents are summed and divided (a 10-digit amount with cents already
 * uses 12 digits, a percentage of a sum needs more).
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** The one constructor for amounts (beancount's `D()`): accepts only strings, integers and Decimals. */
export function D(value: string | number | Decimal): Decimal {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new Error(`D(): refusing a non-integer JavaScript number (${value}); pass a string`);
  }
  return new Decimal(value);
}

export const ZERO = D(0);

const COUNTS = new Map<number, Decimal>();

/**
 * A count (a whole number of zero or more) as a Decimal; each value made once, since counts
 * repeat (a Decimal never changes, so one instance serves every use).
 */
export function count(n: number): Decimal {
  if (!Number.isSafeInteger(n) || n < 0 || Object.is(n, -0)) return D(n);
  let d = COUNTS.get(n);
  if (d === undefined) {
    d = D(n);
    if (COUNTS.size < 100_000) COUNTS.set(n, d);
  }
  return d;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Half-up (away from zero on a tie) to whole euros or cents: for presentation and the final vangnet. */
export function roundHalfUp(value: Decimal, decimals = 0): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

// ---------------------------------------------------------------------------------------------
// Parsing

export type AmountProblem =
  | 'empty'
  | 'not-a-number'
  | 'decimal-comma' // a decimal comma in a file whose delimiter is ','
  | 'ambiguous-thousands'; // a separator that could be a thousands or a decimal separator

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; problem: AmountProblem };

export interface NumberStyle {
  /** true for ';'-delimited files: a comma is the decimal separator and '.' groups thousands. */
  decimalComma: boolean;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const DUTCH_GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567,89
const DUTCH_PLAIN = /^-?\d+(,\d+)?$/; // 1234,56
const ENGLISH_GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.89
const COMMA_DECIMAL = /^-?\d+,\d{1,2}$/; // 1234,5 or 1234,56: clearly a decimal comma

/**
 * Parse an amount as written in a CSV cell.
 *
 * - ','-delimited files: `1234.56`, `-1234`. A comma inside a (quoted) number is reported:
 *   `1234,56` as a decimal comma, `1,234` as an ambiguous thousands separator.
 * - ';'-delimited files (Dutch Excel): `1.234,56`, `1234,56`, `-1.234` (= -1234) and also a
 *   plain `1234.56` when the dot cannot be a thousands separator. `1,234.56` is ambiguous.
 * Spaces, non-breaking spaces and a euro sign are ignored.
 */
export function parseAmount(text: string, style: NumberStyle): ParsedAmount {
  const t = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (t === '') return { ok: false, problem: 'empty' };
  if (!style.decimalComma) {
    if (PLAIN.test(t)) return { ok: true, value: D(t) };
    if (COMMA_DECIMAL.test(t)) return { ok: false, problem: 'decimal-comma' };
    if (ENGLISH_GROUPED.test(t) || DUTCH_GROUPED.test(t)) return { ok: false, problem: 'ambiguous-thousands' };
    return { ok: false, problem: 'not-a-number' };
  }
  if (DUTCH_GROUPED.test(t)) return { ok: true, value: D(t.replace(/\./g, '').replace(',', '.')) };
  if (DUTCH_PLAIN.test(t)) return { ok: true, value: D(t.replace(',', '.')) };
  if (PLAIN.test(t)) return { ok: true, value: D(t) };
  if (ENGLISH_GROUPED.test(t)) return { ok: false, problem: 'ambiguous-thousands' };
  return { ok: false, problem: 'not-a-number' };
}

/**
 * In a ','-delimited file a value like `36.896` reads as 36.896 but was probably meant as
 * 36896 with a Dutch thousands dot. True when the text has that shape.
 */
export function looksLikeDutchThousands(text: string): boolean {
  return /^-?\d{1,3}(\.\d{3})+$/.test(text.trim());
}

// ---------------------------------------------------------------------------------------------
// Formatting for people. Dutch by default: '.' groups thousands, ',' is the decimal separator.

export type Lang = 'nl' | 'en';

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `1234567.891` -> `1.234.567,89` (nl) or `1,234,567.89` (en), rounded half-up to `decimals`. */
export function formatNumber(value: Decimal, decimals = 0, lang: Lang = 'nl'): string {
  const fixed = roundHalfUp(value, decimals).toFixed(decimals);
  const negative = fixed.startsWith('-') && !/^-0(\.0*)?$/.test(fixed);
  const unsigned = fixed.replace(/^-/, '');
  const [intPart = '0', frac] = unsigned.split('.');
  const [thousands, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const body = groupDigits(intPart, thousands) + (frac !== undefined ? decimal + frac : '');
  return (negative ? '-' : '') + body;
}

/** `€ 1.234.567` (nl) or `€1,234,567` (en). */
export function formatEuro(value: Decimal, decimals = 0, lang: Lang = 'nl'): string {
  return lang === 'nl' ? `€ ${formatNumber(value, decimals, lang)}` : `€${formatNumber(value, decimals, lang)}`;
}

/** Amount in thousands of euros, as in council documents ("bedragen x € 1.000"). */
export function formatThousands(value: Decimal, lang: Lang = 'nl'): string {
  return formatNumber(value.dividedBy(1000), 0, lang);
}

/**
 * A saldo in thousands with V (voordeel, positive) or N (nadeel, negative), the way Dutch
 * council documents show results: `1.235 V`, `944 N`. Zero has no letter.
 */
export function formatVN(saldo: Decimal, lang: Lang = 'nl'): string {
  const shown = roundHalfUp(saldo.dividedBy(1000), 0);
  if (shown.isZero()) return '0';
  return `${formatNumber(shown.abs(), 0, lang)} ${shown.isNegative() ? 'N' : 'V'}`;
}

/** A percentage already expressed in percent: `9.9105` -> `9,91%`. */
export function formatPct(pct: Decimal, decimals = 2, lang: Lang = 'nl'): string {
  return `${formatNumber(pct, decimals, lang)}%`;
}

/** Amounts in JSON output: strings with two decimals ("444700.00"), per the contract. */
export function jsonAmount(value: Decimal): string {
  return roundHalfUp(value, 2).toFixed(2);
}

/**
 * Round values to whole units so that they add up to `total` rounded (largest remainder):
 * displayed rows then add up to the displayed total (hledger #1303). Ties go to the earlier row.
 */
export function roundToTotal(values: readonly Decimal[], total: Decimal = sum(values)): Decimal[] {
  const target = roundHalfUp(total);
  const floors = values.map((v) => v.floor());
  let rest = target.minus(sum(floors)).toNumber();
  const order = values.map((v, i) => ({ i, frac: v.minus(v.floor()) })).sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (rest <= 0) break;
    out[i] = out[i]!.plus(1);
    rest--;
  }
  return out;
}
