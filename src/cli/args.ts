// Values given on the command line, parsed into typed values; a value that cannot be read is a
// usage error (exit 64) that says what to write instead.

import type { Doel } from '../domain/plan/price.js';
import type { JaarCijfers } from '../domain/vangnet/compute.js';
import { MAX_BEDRAG, within } from '../domain/bounds.js';
import { D, parseAmount, type Decimal } from '../money.js';
import { parseMonth, type Month } from '../period.js';
import { UsageError } from '../app/outcome.js';
import { t, type Context } from './context.js';

/** An amount: `36896210`, `36896210.50` or the Dutch `36.896.210,50`; within the bound of amounts (src/domain/bounds.ts). */
export function amountArg(ctx: Context, flag: string, text: string): Decimal {
  const plain = parseAmount(text, { decimalComma: false });
  const dutch = plain.ok ? plain : parseAmount(text, { decimalComma: true });
  if (!dutch.ok) throw new UsageError(t(ctx, `${flag}: '${text}' is geen bedrag (schrijf bijvoorbeeld 36896210)`, `${flag}: '${text}' is not an amount (write e.g. 36896210)`));
  if (!within(dutch.value, 'bedrag')) {
    const max = MAX_BEDRAG.toFixed(0);
    throw new UsageError(t(ctx, `${flag}: '${text}' ligt buiten het bereik van bedragen (-${max} tot en met ${max})`, `${flag}: '${text}' is outside the range of amounts (-${max} to ${max})`));
  }
  return dutch.value;
}

/** A budget: an amount of at least one euro (a budget of 0 makes every percentage of it infinite). */
export function budgetArg(ctx: Context, flag: string, text: string): Decimal {
  const budget = amountArg(ctx, flag, text);
  if (!within(budget, 'positiefBedrag')) throw new UsageError(t(ctx, `${flag}: het budget moet ten minste 1 euro zijn ('${text}')`, `${flag}: the budget must be at least 1 euro ('${text}')`));
  return budget;
}

/** `--saldo 2020=-1200000` or, with that year's budget for the uitgebreid test, `2020=-1200000/36000000`. */
export function saldoArg(ctx: Context, text: string): JaarCijfers {
  const m = /^(\d{4})=([^/]+)(?:\/(.+))?$/.exec(text.trim());
  if (!m) throw new UsageError(t(ctx, `--saldo: '${text}' moet de vorm JAAR=SALDO hebben, bijvoorbeeld 2021=1500000`, `--saldo: '${text}' must look like YEAR=SALDO, e.g. 2021=1500000`));
  const saldo = amountArg(ctx, '--saldo', m[2]!);
  const budget = m[3] !== undefined ? budgetArg(ctx, '--saldo', m[3]) : undefined;
  return { jaar: Number(m[1]), saldo, ...(budget ? { budget, lasten: budget.minus(saldo) } : {}) };
}

/** `--doel 2024:saldo` or `--doel 2024:tekort_pct<=7.5` (a decimal comma as well). */
export function doelArg(ctx: Context, text: string): { jaar: number; doel: Doel } {
  const m = /^(\d{4}):(saldo(?:>=0)?|tekort_pct<=(-?\d+(?:[.,]\d+)?))$/.exec(text.trim());
  if (!m) throw new UsageError(t(ctx, `--doel: '${text}' moet de vorm JAAR:saldo of JAAR:tekort_pct<=X hebben`, `--doel: '${text}' must look like YEAR:saldo or YEAR:tekort_pct<=X`));
  return { jaar: Number(m[1]), doel: m[3] !== undefined ? { soort: 'tekort_pct', max: D(m[3].replace(',', '.')) } : { soort: 'saldo' } };
}

export function monthArg(ctx: Context, flag: string, text: string): Month {
  const parsed = parseMonth(text);
  if (!parsed.ok) throw new UsageError(t(ctx, `${flag}: '${text}' is geen maand (JJJJ-MM)`, `${flag}: '${text}' is not a month (YYYY-MM)`));
  return parsed.month;
}

export function yearArg(ctx: Context, flag: string, text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(t(ctx, `${flag}: '${text}' is geen jaar`, `${flag}: '${text}' is not a year`));
  return Number(text);
}

/** --scenario and --data name two different starting points. */
export function sourceArg(ctx: Context, opts: { scenario?: string; data?: string }): { scenario?: string; data?: string } {
  if (opts.data !== undefined && opts.scenario !== undefined) {
    throw new UsageError(t(ctx, 'geef --scenario of --data, niet allebei (het scenario noemt zijn eigen datamap)', 'give --scenario or --data, not both (the scenario names its own data folder)'));
  }
  return { ...(opts.scenario !== undefined ? { scenario: opts.scenario } : {}), ...(opts.data !== undefined ? { data: opts.data } : {}) };
}

/** commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A whole number within [min, max], e.g. --runs 10000 or --seed 42. */
export function intArg(ctx: Context, flag: string, text: string, min: number, max: number): number {
  const digits = text.trim().replace(/_/g, '');
  const n = Number(digits);
  if (!/^\d+$/.test(digits) || n < min || n > max) {
    throw new UsageError(t(ctx, `${flag}: '${text}' is geen geheel getal van ${min} tot en met ${max}`, `${flag}: '${text}' is not a whole number from ${min} to ${max}`));
  }
  return n;
}
