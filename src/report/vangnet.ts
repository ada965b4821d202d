// The vangnet report: the contract's object, every figure a typed value and every test with the
// numbers of its formula. Language-free: the words are the renderers' (src/messages/).

import type { RouteResult, Toets, Trede, VangnetResult } from '../domain/vangnet/compute.js';
import { ruleStatus, UITBETALING_NA_JAREN, type RouteNaam } from '../domain/vangnet/rules.js';
import type { Fase } from '../domain/terms.js';
import { Bedrag, Exact, Procent } from './values.js';

/** The numbers a test was decided on, by kind of test. */
export type ToetsUitleg =
  | { soort: 'drempel'; tekort: Bedrag; budget: Bedrag; fractie_pct: Procent; inclusief: boolean }
  | { soort: 'cumulatief'; jaren: { jaar: number; saldo: Bedrag; ontbreekt: boolean }[]; budget: Bedrag; fractie_pct: Procent; inclusief: boolean }
  | { soort: 'tekortjaren'; jaren: { jaar: number; tekort_pct: Procent | null; telt: boolean }[]; inclusief: boolean };

export interface ToetsJson {
  naam: 'drempel' | 'meerjarig' | 'tekortjaren';
  voldaan: boolean;
  waarde_pct: Procent | null;
  grens_pct: Procent;
  uitleg: ToetsUitleg;
  /** tekortjaren only: how many years count, and how many must. */
  aantal?: number;
  minimum?: number;
}

export interface TredeJson {
  van_pct: Procent;
  tot_pct: Procent | null;
  vergoeding_pct: Procent;
  deel: Bedrag;
  vergoeding: Bedrag;
}

export interface RouteJson {
  route: RouteNaam;
  recht: boolean;
  toetsen: ToetsJson[];
  treden: TredeJson[];
  eigen_risico: Bedrag;
  vangnet: Bedrag;
  vangnet_exact: Exact;
}

/** What the output warns about, as data; the words are the renderer's. */
export type VangnetWaarschuwing =
  | {
      soort: 'aangenomen';
      regel: string;
      route: RouteNaam;
      deel: 'drempel' | 'meerjarig' | 'treden';
      drempel_pct: Procent;
      treden: { eigen_risico_pct: Procent; midden_vergoeding_pct: Procent; boven_pct: Procent };
    }
  | { soort: 'jaar-ontbreekt'; jaar: number }
  | { soort: 'budget-ontbreekt'; jaar: number }
  | { soort: 'budget-niet-definitief'; jaar: number; fase: Fase | 'raming' };

export type VangnetOpmerking = { soort: 'beide-routes'; routes: { route: RouteNaam; vangnet: Bedrag }[]; gekozen: RouteNaam };

export interface VangnetJson {
  jaar: number;
  budget: Bedrag;
  budget_fase: string | null;
  lasten: Bedrag;
  tekort: Bedrag;
  tekort_pct: Procent;
  regel: { id: string; status: string; bron: string };
  toetsen: ToetsJson[];
  recht: boolean;
  treden: TredeJson[];
  eigen_risico: Bedrag;
  vangnet: Bedrag;
  vangnet_exact: Exact;
  route: RouteNaam | null;
  /** The year the vangnet is expected to be paid: requested in t+1, paid in t+2. */
  uitbetaling_jaar: number;
  /** Every route of the year's rule (two from 2025 on), evaluated. */
  routes: RouteJson[];
  /** True when the budget of the year is not definitief: the outcome is provisional. */
  voorlopig: boolean;
  waarschuwingen: VangnetWaarschuwing[];
  opmerkingen: VangnetOpmerking[];
}

function toetsJson(t: Toets): ToetsJson {
  const grens_pct = new Procent(t.grens.times(100));
  if (t.soort === 'drempel') {
    const fractie_pct = Procent.ofFraction(t.fractie);
    return {
      naam: 'drempel',
      voldaan: t.voldaan,
      waarde_pct: fractie_pct,
      grens_pct,
      uitleg: { soort: 'drempel', tekort: new Bedrag(t.tekort), budget: new Bedrag(t.budget), fractie_pct, inclusief: t.inclusief },
    };
  }
  if (t.soort === 'cumulatief') {
    const fractie_pct = Procent.ofFraction(t.fractie);
    const jaren = t.termen.map((term) => ({ jaar: term.jaar, saldo: new Bedrag(term.saldo), ontbreekt: term.ontbreekt }));
    return { naam: 'meerjarig', voldaan: t.voldaan, waarde_pct: fractie_pct, grens_pct, uitleg: { soort: 'cumulatief', jaren, budget: new Bedrag(t.budget), fractie_pct, inclusief: t.inclusief } };
  }
  const jaren = t.jaren.map((j) => ({ jaar: j.jaar, tekort_pct: j.fractie === undefined ? null : Procent.ofFraction(j.fractie), telt: j.telt }));
  return { naam: 'tekortjaren', voldaan: t.voldaan, waarde_pct: null, grens_pct, aantal: t.aantal, minimum: t.minimum, uitleg: { soort: 'tekortjaren', jaren, inclusief: t.inclusief } };
}

function tredeJson(t: Trede): TredeJson {
  return {
    van_pct: new Procent(t.van),
    tot_pct: t.tot === null ? null : new Procent(t.tot),
    vergoeding_pct: new Procent(t.vergoedingPct),
    deel: new Bedrag(t.deel),
    vergoeding: new Bedrag(t.vergoeding),
  };
}

function routeJson(r: RouteResult): RouteJson {
  return {
    route: r.route,
    recht: r.recht,
    toetsen: r.toetsen.map(toetsJson),
    treden: r.treden.map(tredeJson),
    eigen_risico: new Bedrag(r.eigenRisico),
    vangnet: new Bedrag(r.vangnet),
    vangnet_exact: new Exact(r.vangnetExact),
  };
}

function warnings(result: VangnetResult): VangnetWaarschuwing[] {
  return result.waarschuwingen.map((w) => {
    if (w.soort !== 'aangenomen') return w;
    const route = result.rule.routes.find((r) => r.naam === w.route)!;
    const t = route.treden;
    return {
      ...w,
      drempel_pct: new Procent(route.drempel.pct),
      treden: { eigen_risico_pct: new Procent(t.eigen_risico_pct), midden_vergoeding_pct: new Procent(t.midden_vergoeding_pct), boven_pct: new Procent(t.boven_pct) },
    };
  });
}

export function vangnetReport(result: VangnetResult): VangnetJson {
  const chosen = routeJson(result.gekozen);
  const opmerkingen: VangnetOpmerking[] = [];
  if (result.meerdereRoutes && result.route) {
    opmerkingen.push({ soort: 'beide-routes', routes: result.routes.filter((r) => r.recht).map((r) => ({ route: r.route, vangnet: new Bedrag(r.vangnet) })), gekozen: result.route });
  }
  return {
    jaar: result.jaar,
    budget: new Bedrag(result.budget),
    budget_fase: result.budgetFase ?? null,
    lasten: new Bedrag(result.lasten),
    tekort: new Bedrag(result.tekort),
    tekort_pct: Procent.ofFraction(result.tekortFractie),
    regel: { id: result.rule.id, status: ruleStatus(result.rule), bron: result.rule.herkomst ? `${result.rule.bron} (${result.rule.herkomst})` : result.rule.bron },
    toetsen: chosen.toetsen,
    recht: result.route !== null,
    treden: chosen.treden,
    eigen_risico: chosen.eigen_risico,
    vangnet: chosen.vangnet,
    vangnet_exact: chosen.vangnet_exact,
    route: result.route,
    uitbetaling_jaar: result.jaar + UITBETALING_NA_JAREN,
    routes: result.routes.map(routeJson),
    voorlopig: result.budgetFase !== undefined && result.budgetFase !== 'definitief',
    waarschuwingen: warnings(result),
    opmerkingen,
  };
}
