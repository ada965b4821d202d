// The simulate report: the contract's `{ runs, seed, jaren }` with per year the P10, P50 and P90
// of each figure and the probabilities, plus what was drawn and how (language-free), the
// deterministic forecast beside the band, and the statement that the band is an estimate from
// binary floating point paths while the forecast itself is exact.

import type { SimulateRun } from '../app/simulate.js';
import type { Percentielen } from '../domain/simulate/summary.js';
import { D, type Decimal } from '../money.js';
import { forecastRunReport, type JaarJson } from './forecast.js';
import { Aantal, Bedrag, Getal, Procent } from './values.js';

export interface Band<T> {
  p10: T;
  p50: T;
  p90: T;
}

export interface SimRouteJson {
  route: string;
  drempel_pct: Procent;
  kans_tekort_boven_drempel: number;
  kans_vangnet: number;
}

export interface SimJaarJson {
  jaar: number;
  gemiddeld_volume: Band<Aantal>;
  lasten: Band<Bedrag>;
  budget: Band<Bedrag>;
  tekort_pct: Band<Procent>;
  vangnet: Band<Bedrag> | null;
  resultaat: Band<Bedrag>;
  kans_tekort_boven_drempel: number | null;
  kans_vangnet: number | null;
  kans_negatief_resultaat: number;
  /** Per route of the year's rule (two from 2025): its entry threshold and probabilities. */
  routes: SimRouteJson[];
  /** The deterministic forecast of the year, exact, as `buig forecast` gives it. */
  prognose: Pick<JaarJson, 'gemiddeld_volume' | 'lasten' | 'budget' | 'budget_fase' | 'tekort_pct' | 'resultaat'> & { vangnet: Bedrag | null };
}

export type OnzekerheidBron =
  | { bron: 'instroom'; aan: boolean; keuze: string; reeksen: { reeks: string; verdeling: 'poisson' | 'overdispersie'; gemiddelde: Aantal; dispersie: Getal; grens: Getal; maanden: number }[] }
  | { bron: 'uitstroom'; aan: boolean }
  | { bron: 'uitstroomkans'; aan: boolean; reeksen: { reeks: string; kans_pct: Procent; fout_pct: Procent }[] }
  | { bron: 'budget'; aan: boolean; herkomst: 'budget.csv' | 'scenario' | 'standaard' | 'uit'; sd_pct: Procent; herzieningen: { fase: string; jaar: number; pct: Procent }[] }
  | { bron: 'acties'; aan: boolean; aantal: number; min_pct: Procent; max_pct: Procent; eigen_bereik: number }
  | { bron: 'schokken'; aan: boolean; aantal: number; min_pct: Procent; max_pct: Procent };

export interface SimulateJson {
  runs: number;
  seed: number;
  scenario: { naam: string; bestand: string | null; data: string };
  /** The band comes from binary floating point paths: estimates. The forecast beside it is exact. */
  rekenwijze: { paden: 'float64'; percentiel: 'dichtstbijzijnde-rang'; prognose: 'exact' };
  /** scenario: the scenario names its onzekerheid; standaard: every source at its default. */
  onzekerheid_herkomst: 'scenario' | 'standaard';
  onzekerheid: OnzekerheidBron[];
  jaren: SimJaarJson[];
}

const num = (x: number): Decimal => D(String(x));
const kans = (x: number) => Number(x.toFixed(4));
const band = <T>(p: Percentielen, make: (x: number) => T): Band<T> => ({ p10: make(p.p10), p50: make(p.p50), p90: make(p.p90) });
const euros = (cents: number) => new Bedrag(D(cents).div(100));

function bronnen(s: SimulateRun): OnzekerheidBron[] {
  const o = s.onzekerheid;
  const m = s.simulatie.model;
  const b = s.simulatie.budget;
  const acties = s.run.prepared.acties.map((a) => a.actie);
  return [
    {
      bron: 'instroom',
      aan: o.instroom !== 'uit',
      keuze: o.instroom,
      reeksen: m.reeksen.map((r) => ({
        reeks: r.id,
        verdeling: r.dispersie > 1 ? 'overdispersie' : 'poisson',
        gemiddelde: new Aantal(num(r.instroom), 2),
        dispersie: new Getal(num(Number(r.spreiding.dispersie.toFixed(3)))),
        grens: new Getal(num(Number(r.spreiding.grens.toFixed(3)))),
        maanden: r.spreiding.maanden,
      })),
    },
    { bron: 'uitstroom', aan: o.uitstroom },
    { bron: 'uitstroomkans', aan: o.uitstroomkans, reeksen: m.reeksen.map((r) => ({ reeks: r.id, kans_pct: new Procent(num(r.u * 100)), fout_pct: new Procent(num(r.uFout * 100)) })) },
    {
      bron: 'budget',
      aan: o.budget.aan,
      herkomst: b.bron,
      sd_pct: new Procent(num(b.sd_pct.voorlopig)),
      herzieningen: b.herzieningen.flatMap((h) => h.jaren.map((j) => ({ fase: h.fase, jaar: j.jaar, pct: new Procent(num(j.pct)) }))),
    },
    {
      bron: 'acties',
      aan: o.acties.aan,
      aantal: acties.length,
      min_pct: new Procent(o.acties.bereik.min_pct),
      max_pct: new Procent(o.acties.bereik.max_pct),
      eigen_bereik: acties.filter((a) => a.realisatie_min_pct).length,
    },
    { bron: 'schokken', aan: o.schokken.aan, aantal: s.run.prepared.scenario.schokken.length, min_pct: new Procent(o.schokken.bereik.min_pct), max_pct: new Procent(o.schokken.bereik.max_pct) },
  ];
}

export function simulateReport(s: SimulateRun): SimulateJson {
  const forecast = forecastRunReport(s.run);
  const jaren = s.simulatie.jaren.map((j): SimJaarJson => {
    const f = forecast.jaren.find((y) => y.jaar === j.jaar)!;
    return {
      jaar: j.jaar,
      gemiddeld_volume: band(j.gemiddeld_volume, (x) => new Aantal(num(x), 2)),
      lasten: band(j.lasten, euros),
      budget: band(j.budget, euros),
      tekort_pct: band(j.tekort_pct, (x) => new Procent(num(x))),
      vangnet: j.vangnet ? band(j.vangnet, euros) : null,
      resultaat: band(j.resultaat, euros),
      kans_tekort_boven_drempel: j.kans_tekort_boven_drempel === null ? null : kans(j.kans_tekort_boven_drempel),
      kans_vangnet: j.kans_vangnet === null ? null : kans(j.kans_vangnet),
      kans_negatief_resultaat: kans(j.kans_negatief_resultaat),
      routes: j.routes.map((r) => ({ route: r.route, drempel_pct: new Procent(num(r.drempel_pct)), kans_tekort_boven_drempel: kans(r.kans_tekort_boven_drempel), kans_vangnet: kans(r.kans_vangnet) })),
      prognose: {
        gemiddeld_volume: f.gemiddeld_volume,
        lasten: f.lasten,
        budget: f.budget,
        budget_fase: f.budget_fase,
        tekort_pct: f.tekort_pct,
        vangnet: f.vangnet?.vangnet ?? null,
        resultaat: f.resultaat,
      },
    };
  });
  return {
    runs: s.runs,
    seed: s.seed,
    scenario: forecast.scenario,
    rekenwijze: { paden: 'float64', percentiel: 'dichtstbijzijnde-rang', prognose: 'exact' },
    onzekerheid_herkomst: s.gezet ? 'scenario' : 'standaard',
    onzekerheid: bronnen(s),
    jaren,
  };
}

/** What the chart draws: floats, for pixels only. */
export interface SimulateChart {
  naam: string;
  bestand: string | null;
  runs: number;
  seed: number;
  /** The band of the total month-end stand, and the forecast's own (projected months only). */
  maanden: { maand: string; p10: number; p50: number; p90: number; prognose: number }[];
  /** Resultaat per projected year: the band and the forecast's, in euros. */
  jaren: { jaar: number; p10: number; p50: number; p90: number; prognose: number }[];
}

export function simulateChart(s: SimulateRun, report: SimulateJson): SimulateChart {
  const prognose = new Map<string, number>();
  for (const m of s.run.forecast.maanden) if (m.soort === 'prognose') prognose.set(m.maand, (prognose.get(m.maand) ?? 0) + m.volume.toNumber());
  return {
    naam: report.scenario.naam,
    bestand: report.scenario.bestand,
    runs: report.runs,
    seed: report.seed,
    maanden: s.simulatie.maanden.filter((m) => prognose.has(m.maand)).map((m) => ({ maand: m.maand, ...m.band, prognose: prognose.get(m.maand)! })),
    jaren: report.jaren.map((j) => ({
      jaar: j.jaar,
      p10: j.resultaat.p10.value.toNumber(),
      p50: j.resultaat.p50.value.toNumber(),
      p90: j.resultaat.p90.value.toNumber(),
      prognose: j.prognose.resultaat.value.toNumber(),
    })),
  };
}
