// Every bound on a value that enters buig, in one place: the readers (CSV cells, the scenario,
// inline acties, a rules file), the command line and the model take them from here, and the
// diagnostics (BUIG-E140) name them by their key. A value outside its bound cannot be true (a
// budget of zero, a share above 100%) or would let one number buy unbounded work (a ramp of a
// million months) or an exploding figure; it is refused where it enters, never clamped.
//
// README ("Bounds") and docs/files.md list them for users; keep those in step with this file.

import { D, type Decimal } from '../money.js';

/** The largest amount in euros anywhere (€ 1.000 mld): a macrobudget is about € 7 mld. */
export const MAX_BEDRAG = D('1e12');
/**
 * The smallest budget, macrobudget or prijs: one euro. A budget of 7e-323 is above zero, but
 * makes every percentage of it astronomically large (and Infinity in the float simulation).
 */
export const MIN_BEDRAG = D(1);
/** The largest count of benefits or flows (ten million; all of the Netherlands has about 400.000). */
export const MAX_AANTAL = 10_000_000;
/** The largest factor on instroom or on the uitstroom rate. */
export const MAX_FACTOR = 10;
/** The longest horizon: at most this many years after the year of the last month with data. */
export const MAX_HORIZON_JAREN = 30;
/** The longest ramp or herinstroom delay in months: the longest horizon. */
export const MAX_MAANDEN = MAX_HORIZON_JAREN * 12;
/** How far back a vangnet rule's multi-year window may reach, in years. */
export const MAX_REGEL_VENSTER = 10;
/**
 * A projected stand may be at most this many times the largest stand in the data (of any
 * series): beyond that the model explains nothing, and the figures would run away (10^45).
 */
export const STAND_FACTOR = 100;

export interface Bound {
  min?: { value: Decimal; inclusive: boolean };
  max?: { value: Decimal; inclusive: boolean };
}

const closed = (lo: Decimal | number, hi: Decimal | number): Bound => ({ min: { value: D(lo), inclusive: true }, max: { value: D(hi), inclusive: true } });
const openBelow = (lo: Decimal | number, hi: Decimal | number): Bound => ({ min: { value: D(lo), inclusive: false }, max: { value: D(hi), inclusive: true } });

/** The names of the bounds, as diagnostics and the message catalogues name them. */
export const BOUND_NAMES = ['bedrag', 'positiefBedrag', 'nietNegatiefBedrag', 'groeiPct', 'pct', 'aandeelPct', 'factor', 'aantal', 'schok', 'maanden', 'regelVenster'] as const;
export type BoundName = (typeof BOUND_NAMES)[number];

export const BOUNDS: Record<BoundName, Bound> = {
  /** An amount of any sign: lasten, bruto, baten and fout_onzeker of lasten.csv. */
  bedrag: closed(MAX_BEDRAG.neg(), MAX_BEDRAG),
  /** Budgets, macrobudgets and prijzen: at least one euro (a budget of 0 gives a tekort% of Infinity). */
  positiefBedrag: closed(MIN_BEDRAG, MAX_BEDRAG),
  /** Baten of the scenario, kosten and lks_prijs of acties, the LKS deelbudget. */
  nietNegatiefBedrag: closed(0, MAX_BEDRAG),
  /** A yearly change in percent: prijsindex, budget growth, macro volume and price, bijstelling. -100% would make a budget or prijs zero. */
  groeiPct: openBelow(-100, 100),
  /** A share in percent: herinstroom, verlaging, the vergoeding of the LKS deelbudget, every percentage of a vangnet rule. */
  pct: closed(0, 100),
  /** The gemeente's aandeel in the macrobudget: above zero, at most 100. */
  aandeelPct: openBelow(0, 100),
  /** instroom_factor and uitstroom_factor. */
  factor: closed(0, MAX_FACTOR),
  /** A count of benefits or flows (whole, checked by its reader): an aantal, a taakstelling. */
  aantal: closed(0, MAX_AANTAL),
  /** A shock's extra instroom in one month (negative: fewer). */
  schok: closed(-MAX_AANTAL, MAX_AANTAL),
  /** A ramp (ingroei_maanden) or a delay (herinstroom_na_maanden) in months. */
  maanden: closed(1, MAX_MAANDEN),
  /** The years of a vangnet rule's multi-year window, relative to the year itself. */
  regelVenster: closed(-MAX_REGEL_VENSTER, 0),
};

/** Whether a value lies within a bound. */
export function within(value: Decimal | number, name: BoundName): boolean {
  if (typeof value === 'number' && !Number.isFinite(value)) return false;
  const v = typeof value === 'number' ? D(String(value)) : value;
  const { min, max } = BOUNDS[name];
  if (min && (min.inclusive ? v.lt(min.value) : v.lte(min.value))) return false;
  if (max && (max.inclusive ? v.gt(max.value) : v.gte(max.value))) return false;
  return true;
}

/** The largest projected stand the model accepts, given the largest stand in the data. */
export function standGrens(grootsteStand: number): Decimal {
  return D(Math.max(1, grootsteStand)).times(STAND_FACTOR);
}
