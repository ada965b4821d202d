// A scenario as the forecast uses it: every assumption filled in (defaults applied by the
// reader), exact decimals, no file paths.

import type { Regeling } from '../terms.js';
import { D, type Decimal } from '../../money.js';
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
  /** The national macrobudget per year, in euros; a projected year not named grows by volume and price. */
  macrobudget: ReadonlyMap<number, Decimal>;
  /** The volume part of the macrobudget's growth, in percent a year; a year not named: 0. */
  macro_volume_pct: ReadonlyMap<number, Decimal>;
  /** The price part of the macrobudget's growth; a year not named: the prijsindex_pct of that year. */
  macro_prijs_pct: ReadonlyMap<number, Decimal>;
  /** The gemeente's aandeel in percent per year; a year not named: the last published. */
  aandeel_pct: ReadonlyMap<number, Decimal>;
  /** A published voorlopig or nader voorlopig budget carried to the expected definitief, in percent. */
  bijstelling_pct: ReadonlyMap<number, Decimal>;
  /** How the LKS deelbudget follows realised LKS lasten: after how many years, and what share. */
  lks_budget: { vertraging_jaren: number; vergoeding_pct: Decimal };
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
  /** `buig simulate` (issue 13): the sources of uncertainty; absent when the scenario does not name them. */
  onzekerheid?: Onzekerheid;
}

/**
 * The LKS deelbudget follows realised LKS lasten (Stb. 2021, 442; from 2022): assumed here, until
 * a text confirms lag and share, two years later and in full.
 */
export const LKS_BUDGET_STANDAARD = { vertraging_jaren: 2, vergoeding_pct: D(100) } as const;

/** Every assumption at its default: what a scenario that sets nothing means. */
export function defaultAannames(): Aannames {
  const none = () => new Map<number, Decimal>();
  return {
    instroom_factor: D(1),
    uitstroom_factor: D(1),
    prijsindex_pct: none(),
    budget: none(),
    budget_groei_pct: D(0),
    baten: none(),
    macrobudget: none(),
    macro_volume_pct: none(),
    macro_prijs_pct: none(),
    aandeel_pct: none(),
    bijstelling_pct: none(),
    lks_budget: { ...LKS_BUDGET_STANDAARD },
  };
}

// --- onzekerheid (buig simulate) -----------------------------------------------------------
// Every source of uncertainty of the Monte Carlo simulation, each switchable. A scenario
// without the key simulates with every source on at its default; `report` shows the band only
// for a scenario that names the key.

/** A range in percent of a planned figure (a shock's size, an actie's realisation). */
export interface Bereik {
  min_pct: Decimal;
  max_pct: Decimal;
}

export interface Onzekerheid {
  /** Monthly instroom: off, Poisson, overdispersed (negative binomial), or chosen by a dispersion test on the base period. */
  instroom: 'uit' | 'poisson' | 'overdispersie' | 'automatisch';
  /** Monthly uitstroom drawn from the stand (binomial). */
  uitstroom: boolean;
  /** The uitstroom rate itself drawn per run around its estimate, with its sampling error over the base months. */
  uitstroomkans: boolean;
  /** Budget revisions of years whose budget is not definitief; sd_pct is used when budget.csv has no history. */
  budget: { aan: boolean; sd_pct?: Decimal };
  /** The realisation share of each actie, uniform in this range unless the acties file gives one. */
  acties: { aan: boolean; bereik: Bereik };
  /** The size of each shock, uniform in this range of its stated size. */
  schokken: { aan: boolean; bereik: Bereik };
}
