// Scenarios side by side per year, with the differences against the first scenario.

import { D, jsonAmount, roundHalfUp } from '../money.js';
import type { ForecastJson, JaarJson } from './forecast.js';

export const COMPARED = ['gemiddeld_volume', 'lasten', 'budget', 'saldo', 'tekort_pct', 'vangnet', 'resultaat'] as const;
export type Compared = (typeof COMPARED)[number];

export interface CompareJson {
  scenarios: { naam: string; bestand: string | null }[];
  /** Per year and quantity: the value in each scenario (null where the year is absent), and each minus the first. */
  jaren: { jaar: number; grootheden: { grootheid: Compared; waarden: (string | number | null)[]; verschil: (string | number | null)[] }[] }[];
}

function value(j: JaarJson | undefined, g: Compared): string | number | null {
  if (!j) return null;
  if (g === 'vangnet') return j.vangnet ? j.vangnet.vangnet : null;
  return j[g];
}

function minus(a: string | number | null, b: string | number | null, g: Compared): string | number | null {
  if (a === null || b === null) return null;
  if (g === 'gemiddeld_volume') return Number(roundHalfUp(D(String(a)).minus(D(String(b))), 6).toFixed(6));
  if (g === 'tekort_pct') return D(String(a)).minus(D(String(b))).toFixed(4);
  return jsonAmount(D(String(a)).minus(D(String(b))));
}

/**
 * The years that are realised in every scenario, with the same figures in each: there is
 * nothing to compare there (the terminal table leaves them out unless --alle).
 */
export function realisedInEvery(reports: readonly ForecastJson[], compared: CompareJson): number[] {
  return compared.jaren
    .filter((y) => reports.every((r) => r.jaren.find((j) => j.jaar === y.jaar)?.soort === 'realisatie'))
    .filter((y) => y.grootheden.every((g) => g.verschil.every((v) => v !== null ? D(String(v)).isZero() : g.waarden.every((w) => w === null))))
    .map((y) => y.jaar);
}

export function compareReport(reports: readonly ForecastJson[]): CompareJson {
  const years = [...new Set(reports.flatMap((r) => r.jaren.map((j) => j.jaar)))].sort((a, b) => a - b);
  return {
    scenarios: reports.map((r) => ({ naam: r.scenario.naam, bestand: r.scenario.bestand })),
    jaren: years.map((jaar) => ({
      jaar,
      grootheden: COMPARED.map((grootheid) => {
        const waarden = reports.map((r) => value(r.jaren.find((j) => j.jaar === jaar), grootheid));
        return { grootheid, waarden, verschil: waarden.map((w) => minus(w, waarden[0] ?? null, grootheid)) };
      }),
    })),
  };
}
