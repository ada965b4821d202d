// An actie of an aanvalsplan: one lever, a number of cases, a start month and a ramp.

import type { Regeling } from '../terms.js';
import type { Decimal } from '../../money.js';
import type { Month } from '../../period.js';

export const HEFBOMEN = ['instroom', 'uitstroom', 'lks', 'verlaging'] as const;
export type Hefboom = (typeof HEFBOMEN)[number];

export interface Actie {
  code: string;
  naam: string;
  hefboom: Hefboom;
  /** Cases over the whole ramp: fewer instroom, extra exits, placements or reduced benefits. */
  aantal: number;
  start: Month;
  /** `aantal` is spread evenly over this many months from `start`. */
  ingroei_maanden: number;
  actielijn?: string;
  regeling: Regeling;
  /** Share of the extra exits that return after `herinstroom_na_maanden`. */
  herinstroom_pct: Decimal;
  herinstroom_na_maanden: number;
  /** The actie's own execution cost (outside BUIG), spread like `aantal`. */
  kosten: Decimal;
  /** lks: the yearly LKS cost of a placement. */
  lks_prijs?: Decimal;
  /** verlaging: the share of the prijs saved while the benefit continues. */
  verlaging_pct?: Decimal;
  /** buig simulate: the range of the share of `aantal` that is realised, in percent (default: the scenario's onzekerheid). */
  realisatie_min_pct?: Decimal;
  realisatie_max_pct?: Decimal;
}
