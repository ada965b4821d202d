// The defaults of the simulation's sources of uncertainty: stated assumptions, each named in the
// output when used. A scenario's `onzekerheid` overrides them (src/read/scenarioFile.ts).

import { D } from '../../money.js';
import type { Onzekerheid } from '../forecast/scenario.js';

export const STANDAARD_ONZEKERHEID: Onzekerheid = {
  instroom: 'automatisch',
  uitstroom: true,
  uitstroomkans: true,
  budget: { aan: true },
  // An aanvalsplan seldom delivers more than planned; half is a common outcome. An assumption.
  acties: { aan: true, bereik: { min_pct: D(50), max_pct: D(100) } },
  // A shock named at a size may turn out half or one and a half times as large. An assumption.
  schokken: { aan: true, bereik: { min_pct: D(50), max_pct: D(150) } },
};

/** Every source off: the simulation reproduces the deterministic forecast. */
export const GEEN_ONZEKERHEID: Onzekerheid = {
  instroom: 'uit',
  uitstroom: false,
  uitstroomkans: false,
  budget: { aan: false },
  acties: { ...STANDAARD_ONZEKERHEID.acties, aan: false },
  schokken: { ...STANDAARD_ONZEKERHEID.schokken, aan: false },
};

/** The spread of a budget revision (standard deviation in percent) when neither budget.csv nor the scenario gives one. */
export const STANDAARD_BUDGET_SD_PCT = D(3);

/** A dispersion test at this level decides whether instroom is overdispersed (automatisch). */
export const DISPERSIE_NIVEAU = 0.95;
