// Scenarios side by side per year, with the differences against the first scenario, taken
// between the figures as each report shows them.

import type { ForecastJson, JaarJson } from './forecast.js';
import { Aantal, Bedrag, Procent } from './values.js';

export const COMPARED = ['gemiddeld_volume', 'lasten', 'budget', 'saldo', 'tekort_pct', 'vangnet', 'resultaat'] as const;
export type Compared = (typeof COMPARED)[number];
export type Waarde = Aantal | Bedrag | Procent;

export interface CompareJson {
  scenarios: { naam: string; bestand: string | null }[];
  /** Per year and quantity: the value in each scenario (null where the year is absent), and each minus the first. */
  jaren: { jaar: number; grootheden: { grootheid: Compared; waarden: (Waarde | null)[]; verschil: (Waarde | null)[] }[] }[];
}

function value(j: JaarJson | undefined, g: Compared): Waarde | null {
  if (!j) return null;
  if (g === 'vangnet') return j.vangnet ? j.vangnet.vangnet : null;
  return j[g];
}

function minus(a: Waarde | null, b: Waarde | null): Waarde | null {
  if (a === null || b === null) return null;
  const d = a.shown().minus(b.shown());
  return a instanceof Aantal ? new Aantal(d) : a instanceof Procent ? new Procent(d) : new Bedrag(d);
}

/**
 * The years that are realised in every scenario, with the same figures in each: there is
 * nothing to compare there (the terminal table leaves them out unless --alle).
 */
export function realisedInEvery(reports: readonly ForecastJson[], compared: CompareJson): number[] {
  return compared.jaren
    .filter((y) => reports.every((r) => r.jaren.find((j) => j.jaar === y.jaar)?.soort === 'realisatie'))
    .filter((y) => y.grootheden.every((g) => g.verschil.every((v) => (v !== null ? v.shown().isZero() : g.waarden.every((w) => w === null)))))
    .map((y) => y.jaar);
}

export function compareReport(reports: readonly ForecastJson[]): CompareJson {
  const years = [...new Set(reports.flatMap((r) => r.jaren.map((j) => j.jaar)))].sort((a, b) => a - b);
  return {
    scenarios: reports.map((r) => ({ naam: r.scenario.naam, bestand: r.scenario.bestand })),
    jaren: years.map((jaar) => ({
      jaar,
      grootheden: COMPARED.map((grootheid) => {
        const waarden = reports.map((r) =>
          value(
            r.jaren.find((j) => j.jaar === jaar),
            grootheid,
          ),
        );
        return { grootheid, waarden, verschil: waarden.map((w) => minus(w, waarden[0] ?? null)) };
      }),
    })),
  };
}
