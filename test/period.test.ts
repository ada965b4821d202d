// Months: parseMonth accepts only YYYY-MM; suggestMonth says which YYYY-MM another spelling
// means, for any reader that wants to put it in a hint (CSV cells, scenario files).

import { describe, expect, it } from 'vitest';
import { parseMonth, suggestMonth } from '../src/period.js';

describe('suggestMonth', () => {
  it('gives a YYYY-MM month as it is', () => {
    expect(suggestMonth('2024-10')).toBe('2024-10');
    expect(suggestMonth(' 2024-10 ')).toBe('2024-10');
  });

  it('gives the month another spelling means', () => {
    expect(suggestMonth('okt-24')).toBe('2024-10');
    expect(suggestMonth('Oktober 2024')).toBe('2024-10');
    expect(suggestMonth('1-10-2024')).toBe('2024-10');
    expect(suggestMonth('2024-10-01T00:00:00')).toBe('2024-10');
    expect(suggestMonth('2024/3')).toBe('2024-03');
    expect(suggestMonth('03-2024')).toBe('2024-03');
    expect(suggestMonth('Oct-24')).toBe('2024-10');
  });

  it('gives nothing when no single month is meant', () => {
    for (const t of ['2024-13', '13-2024', '30-2-2024', 'okt', '2024', 'okt-1850', 'q3 2024', '']) expect(suggestMonth(t), t).toBeUndefined();
  });
});

describe('parseMonth', () => {
  it('accepts YYYY-MM only, and says when a problem is an Excel date', () => {
    expect(parseMonth('okt-24')).toEqual({ ok: false, problem: 'format', suggestion: '2024-10', excelDate: true });
    expect(parseMonth('2024/10')).toEqual({ ok: false, problem: 'format', suggestion: '2024-10' });
    expect(parseMonth('2024-13')).toEqual({ ok: false, problem: 'month-out-of-range' });
    expect(parseMonth('2024-10')).toEqual({ ok: true, month: '2024-10' });
  });
});
