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

/** One gemeente's part of the report: its row in `gemeenten`, and its years. */
export function gemeenteReport({ map, run }: GemeenteRun): { gemeente: GemeenteJson; jaren: GemeenteJaarJson[] } {
  const { scenario, data } = run.prepared;
  const years = forecastYears(run.forecast);
  if (run.effects) years.waarschuwingen.unshift(...effectNotes(run.effects));
  return {
    gemeente: { gemeente: scenario.naam, map, cbs_code: data.gemeente?.cbs_code ?? null, waarschuwingen: years.waarschuwingen },
    jaren: years.jaren.map((j) => ({ gemeente: scenario.naam, map, ...j })),
  };
}

export function gemeentenReport(parts: readonly ReturnType<typeof gemeenteReport>[]): GemeentenJson {
  return { gemeenten: parts.map((p) => p.gemeente), jaren: parts.flatMap((p) => p.jaren) };
}
