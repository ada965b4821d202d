// buig simulate, the domain part: from a scenario's deterministic forecast to the percentiles
// and probabilities of its figures. The uniform source per run is passed in (rngFor), and so is
// a progress callback; the runs go in chunks, which changes nothing in the outcome.

import type { DataSet } from '../data.js';
import type { Onzekerheid, Schok } from '../forecast/scenario.js';
import { histories } from '../forecast/base.js';
import type { Forecast } from '../forecast/types.js';
import type { Actie } from '../plan/actie.js';
import type { PlanEffects } from '../plan/effects.js';
import type { Month } from '../../period.js';
import { monthFromIndex } from '../../period.js';
import type { Decimal } from '../../money.js';
import { budgetHerzieningen, type BudgetHerziening } from './estimate.js';
import { emptyPaths, runPaths, type Paths } from './kernel.js';
import { simModel, type SimModel } from './model.js';
import type { Uniform } from './random.js';
import { STANDAARD_BUDGET_SD_PCT } from './settings.js';
import { maandBand, summarise, type JaarSamenvatting, type Percentielen } from './summary.js';
import { emptyVangnet, pathVangnet, vasteJaren } from './vangnet.js';

export interface SimulateInput {
  /** The scenario's deterministic forecast (with its acties, when it has any). */
  forecast: Forecast;
  data: DataSet;
  schokken: readonly Schok[];
  acties: readonly Actie[];
  /** The effects of each actie alone, in the order of `acties`. */
  actieEffecten: readonly PlanEffects[];
  onzekerheid: Onzekerheid;
  runs: number;
  rngFor: (run: number) => Uniform;
  /** Also the band of the total stand per month (for the chart). */
  perMaand?: boolean;
  voortgang?: (klaar: number, totaal: number) => void;
}

/** Where the spread of the budget revisions came from. */
export interface BudgetSpreiding {
  bron: 'budget.csv' | 'scenario' | 'standaard' | 'uit';
  /** Percent, per phase that is not definitief. */
  sd_pct: { voorlopig: number; nader_voorlopig: number; raming: number };
  herzieningen: BudgetHerziening[];
}

export interface Simulatie {
  model: SimModel;
  budget: BudgetSpreiding;
  jaren: JaarSamenvatting[];
  maanden: { maand: Month; band: Percentielen }[];
  /** Every path's yearly figures, for tests and further analysis. */
  paden: Paths;
}

const CHUNK = 1000;

export function budgetSpreiding(data: Pick<DataSet, 'budget'>, o: Onzekerheid, standaard: Decimal = STANDAARD_BUDGET_SD_PCT): BudgetSpreiding {
  const herzieningen = budgetHerzieningen(data);
  const voorlopig = herzieningen.find((h) => h.fase === 'voorlopig') ?? herzieningen[0];
  const nader = herzieningen.find((h) => h.fase === 'nader_voorlopig') ?? voorlopig;
  if (!o.budget.aan) return { bron: 'uit', sd_pct: { voorlopig: 0, nader_voorlopig: 0, raming: 0 }, herzieningen };
  if (voorlopig) return { bron: 'budget.csv', sd_pct: { voorlopig: voorlopig.sd_pct, nader_voorlopig: nader!.sd_pct, raming: voorlopig.sd_pct }, herzieningen };
  const sd = (o.budget.sd_pct ?? standaard).toNumber();
  return { bron: o.budget.sd_pct ? 'scenario' : 'standaard', sd_pct: { voorlopig: sd, nader_voorlopig: sd, raming: sd }, herzieningen };
}

export function simulate(input: SimulateInput): Simulatie {
  const budget = budgetSpreiding(input.data, input.onzekerheid);
  const model = simModel({
    forecast: input.forecast,
    histories: histories(input.data),
    schokken: input.schokken,
    acties: input.acties,
    actieEffecten: input.actieEffecten,
    onzekerheid: input.onzekerheid,
    // A phase other than these (a raming, or one the budget model adds) takes the raming's spread.
    budgetSd: (fase) => (fase === 'voorlopig' || fase === 'nader_voorlopig' ? budget.sd_pct[fase] : budget.sd_pct.raming) / 100,
  });
  const paths = emptyPaths(model, input.runs, input.perMaand === true);
  const vangnet = emptyVangnet(input.forecast, input.runs);
  const vast = vasteJaren(input.forecast, input.data);
  for (let from = 0; from < input.runs; from += CHUNK) {
    const to = Math.min(input.runs, from + CHUNK);
    runPaths(model, input.onzekerheid, input.rngFor, from, to, paths);
    pathVangnet(input.forecast, vast, paths, from, to, vangnet);
    input.voortgang?.(to, input.runs);
  }
  const maanden = maandBand(paths, model.maanden).map((band, i) => ({ maand: monthFromIndex(model.eersteMaand + i), band }));
  return {
    model,
    budget,
    jaren: summarise(
      paths,
      vangnet,
      model.jaren.map((j) => j.budgetCenten),
    ),
    maanden,
    paden: paths,
  };
}
