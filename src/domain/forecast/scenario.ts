// A scenario as the forecast uses it: every assumption filled in (defaults applied by the
// reader), exact decimals, no file paths.

import type { Regeling } from '../terms.js';
import type { Decimal } from '../../money.js';
import type { Month } from '../../period.js';

export interface Schok {
  maand: Month;
  regeling: Regeling;
  segment?: string;
  /** Extra instroom in that month (negative: fewer). */
  instroom: Decimal;
  omschrijving?: string;
}

export interface Aannames {
  instroom_factor: Decimal;
  uitstroom_factor: Decimal;
  /** Per year, the price index in percent; a year not named: 0. */
  prijsindex_pct: ReadonlyMap<number, Decimal>;
  /** Explicit future budgets. */
  budget: ReadonlyMap<number, Decimal>;
  /** Growth for later years without a budget, in percent a year. */
  budget_groei_pct: Decimal;
  /** Future baten per year; a year not named: the baten of the last realised year. */
  baten: ReadonlyMap<number, Decimal>;
}

export interface Scenario {
  naam: string;
  /** Last month of the projection; default: December of the fourth year after the data. */
  horizon?: Month;
  /** Base period; default: the last 24 months of history. */
  basisperiode?: { van: Month; tot: Month };
  aannames: Aannames;
  schokken: Schok[];
  /** Which assumptions the scenario set itself (the rest are defaults), for the report. */
  gezet: ReadonlySet<string>;
}
