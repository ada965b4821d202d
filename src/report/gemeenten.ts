// Many gemeenten in one report: a row per gemeente and year, each the contract's year object
// with the gemeente and its data folder in front; per gemeente its warnings. The assumptions and
// the months of one gemeente are in its own report (`buig forecast --data MAP`).

import type { GemeenteRun } from '../app/gemeenten.js';
import { forecastYears, type ForecastWaarschuwing, type JaarJson } from './forecast.js';
import { effectNotes } from './plan.js';

export interface GemeenteJson {
  gemeente: string;
  /** The data folder, as named on the command line. */
  map: string;
  cbs_code: string | null;
  waarschuwingen: ForecastWaarschuwing[];
}

export type GemeenteJaarJson = { gemeente: string; map: string } & JaarJson;

export interface GemeentenJson {
  gemeenten: GemeenteJson[];
  jaren: GemeenteJaarJson[];
}

export function gemeentenReport(runs: readonly GemeenteRun[]): GemeentenJson {
  const gemeenten: GemeenteJson[] = [];
  const jaren: GemeenteJaarJson[] = [];
  for (const { map, run } of runs) {
    const { scenario, data } = run.prepared;
    const years = forecastYears(run.forecast);
    if (run.effects) years.waarschuwingen.unshift(...effectNotes(run.effects));
    gemeenten.push({ gemeente: scenario.naam, map, cbs_code: data.gemeente?.cbs_code ?? null, waarschuwingen: years.waarschuwingen });
    for (const j of years.jaren) jaren.push({ gemeente: scenario.naam, map, ...j });
  }
  return { gemeenten, jaren };
}
