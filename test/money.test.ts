import { describe, expect, it } from 'vitest';
import { D, formatEuro, formatNumber, formatPct, formatThousands, formatVN, jsonAmount, parseAmount, roundHalfUp, sum } from '../src/money.js';

const comma = { decimalComma: false };
const semicolon = { decimalComma: true };
const value = (text: string, style = comma) => {
  const r = parseAmount(text, style);
  return r.ok ? r.value.toString() : r.problem;
};

describe('parseAmount', () => {
  it('reads plain amounts in a comma-delimited file', () => {
    expect(value('1234.56')).toBe('1234.56');
    expect(value('-1234')).toBe('-1234');
    expect(value('€ 36896210')).toBe('36896210');
  });
  it('reads the Dutch forms in a semicolon-delimited file', () => {
    expect(value('1.234,56', semicolon)).toBe('1234.56');
    expect(value('-1.234', semicolon)).toBe('-1234');
    expect(value('36.896.210', semicolon)).toBe('36896210');
    expect(value('1234,5', semicolon)).toBe('1234.5');
    expect(value('1234.56', semicolon)).toBe('1234.56'); // the dot cannot group thousands here
  });
  it('names the classic mistakes', () => {
    expect(value('1234,56')).toBe('decimal-comma');
    expect(value('1,234')).toBe('ambiguous-thousands');
    expect(value('1,234.56', semicolon)).toBe('ambiguous-thousands');
    expect(value('12a')).toBe('not-a-number');
    expect(value('  ')).toBe('empty');
  });
});

describe('exact arithmetic', () => {
  it('sums a hundred thousand cents exactly (a float sum would give 1000.0000000001588)', () => {
    const cents = Array.from({ length: 100_000 }, () => D('0.01'));
    expect(sum(cents).toString()).toBe('1000');
  });
  it('keeps 40 significant digits', () => {
    expect(D('12345678901234567890.12').plus(D('0.01')).toFixed(2)).toBe('12345678901234567890.13');
  });
  it('refuses a non-integer JavaScript number as money', () => {
    expect(() => D(0.1)).toThrow(/non-integer/);
  });
  it('rounds half-up (away from zero) only when asked', () => {
    expect(roundHalfUp(D('444700.125')).toString()).toBe('444700');
    expect(roundHalfUp(D('188298.5')).toString()).toBe('188299');
    expect(roundHalfUp(D('-0.5')).toString()).toBe('-1');
    expect(roundHalfUp(D('2.345'), 2).toString()).toBe('2.35');
  });
});

describe('formatting for Dutch readers', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatEuro(D('1234567'))).toBe('€ 1.234.567');
    expect(formatEuro(D('-1234567.891'), 2)).toBe('€ -1.234.567,89');
    expect(formatNumber(D('999.5'))).toBe('1.000');
    expect(formatEuro(D('1234567'), 0, 'en')).toBe('€1,234,567');
  });
  it('shows thousands and V/N as council documents do', () => {
    expect(formatThousands(D('36896210'))).toBe('36.896');
    expect(formatVN(D('-944000'))).toBe('944 N');
    expect(formatVN(D('1234567'))).toBe('1.235 V');
    expect(formatVN(D('-400'))).toBe('0');
  });
  it('formats percentages and JSON amounts', () => {
    expect(formatPct(D('9.91045'))).toBe('9,91%');
    expect(jsonAmount(D('444700'))).toBe('444700.00');
    expect(jsonAmount(D('188298.445'))).toBe('188298.45');
  });
});
