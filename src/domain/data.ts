// The typed data the domain works on, as the readers deliver it. Amounts are Decimals,
// counts are numbers (whole benefits), months are 'YYYY-MM'.

import type { Decimal } from '../money.js';
import type { Month } from '../period.js';
import type { Fase, Regeling } from './terms.js';

export interface BudgetRow {
  jaar: number;
  fase: Fase;
  bedrag: Decimal;
  macrobudget?: Decimal;
  aandeel_pct?: Decimal;
  /** The loonkostensubsidie part of `bedrag`, where the data names it (distributed on realised LKS lasten). */
  lks_deelbudget?: Decimal;
}

/** In aanmerking komende netto lasten; without a regeling the row is the year's total. */
export interface LastenRow {
  jaar: number;
  regeling?: Regeling;
  lasten: Decimal;
  bruto?: Decimal;
  baten?: Decimal;
  fout_onzeker?: Decimal;
}

/** Stand at the end of the month. */
export interface VolumeRow {
  maand: Month;
  regeling: Regeling;
  segment?: string;
  aantal: number;
}

export interface StromenRow {
  maand: Month;
  regeling: Regeling;
  segment?: string;
  instroom: number;
  uitstroom: number;
}

export interface PrijsRow {
  jaar: number;
  regeling: Regeling;
  prijs: Decimal;
}

export interface Gemeente {
  naam?: string;
  cbs_code?: string;
}

export interface DataSet {
  budget: BudgetRow[];
  lasten: LastenRow[];
  volume: VolumeRow[];
  stromen: StromenRow[];
  prijzen: PrijsRow[];
  gemeente?: Gemeente;
}
