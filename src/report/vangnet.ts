// The vangnet report: the contract's JSON object, with every test explained in words and in the
// numbers of its formula. A plain structure: renderers turn it into a table, Markdown or CSV.

import type { RouteResult, Toets, Trede, VangnetResult, Waarschuwing } from '../domain/vangnet/compute.js';
import { ruleStatus, type Route } from '../domain/vangnet/rules.js';
import { formatNumber, jsonAmount, roundHalfUp, type Decimal, type Lang } from '../money.js';

export interface ToetsJson {
  naam: 'drempel' | 'meerjarig' | 'tekortjaren';
  voldaan: boolean;
  waarde_pct: string | null;
  grens_pct: string;
  uitleg: string;
  /** tekortjaren only: how many years count, and how many must. */
  aantal?: number;
  minimum?: number;
}

export interface TredeJson {
  van_pct: string;
  tot_pct: string | null;
  vergoeding_pct: string;
  deel: string;
  vergoeding: string;
}

export interface RouteJson {
  route: 'regulier' | 'uitgebreid';
  recht: boolean;
  toetsen: ToetsJson[];
  treden: TredeJson[];
  eigen_risico: string;
  vangnet: string;
  vangnet_exact: string;
}

export interface VangnetJson {
  jaar: number;
  budget: string;
  budget_fase: string | null;
  lasten: string;
  tekort: string;
  tekort_pct: string;
  regel: { id: string; status: string; bron: string };
  toetsen: ToetsJson[];
  recht: boolean;
  treden: TredeJson[];
  eigen_risico: string;
  vangnet: string;
  vangnet_exact: string;
  route: 'regulier' | 'uitgebreid' | null;
  /** Every route of the year's rule (two from 2025 on), evaluated. */
  routes: RouteJson[];
  /** True when the budget of the year is not definitief: the outcome is provisional. */
  voorlopig: boolean;
  waarschuwingen: string[];
  opmerkingen: string[];
}

/** A fraction as a percentage string with 4 decimals: 0.0991052 -> "9.9105". */
export const pctJson = (fraction: Decimal) => roundHalfUp(fraction.times(100), 4).toFixed(4);
/** Exact, never in exponent notation, at least two decimals. */
export const exactJson = (d: Decimal) => (d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed());

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);
/** A percentage for people, with as many decimals as it has (7,5% / 5% / 12,5%). */
const p = (pctValue: Decimal, lang: Lang) => `${formatNumber(pctValue, Math.min(pctValue.decimalPlaces(), 2), lang)}%`;
const p2 = (fraction: Decimal, lang: Lang) => `${formatNumber(fraction.times(100), 2, lang)}%`;
const euro = (d: Decimal, lang: Lang) => formatNumber(d, 0, lang);

function compare(passed: boolean, inclusief: boolean): string {
  if (passed) return inclusief ? '≥' : '>';
  return inclusief ? '<' : '≤';
}

function verdict(passed: boolean, lang: Lang) {
  return passed ? tr(lang, 'voldaan', 'met') : tr(lang, 'niet voldaan', 'not met');
}

function explain(t: Toets, jaar: number, lang: Lang): ToetsJson {
  if (t.soort === 'drempel') {
    const grens = t.grens.times(100);
    return {
      naam: 'drempel',
      voldaan: t.voldaan,
      waarde_pct: pctJson(t.fractie),
      grens_pct: roundHalfUp(grens, 4).toFixed(4),
      uitleg: `${tr(lang, 'tekort', 'tekort')} ${euro(t.tekort, lang)} / budget ${euro(t.budget, lang)} = ${p2(t.fractie, lang)} ${compare(t.voldaan, t.inclusief)} ${p(grens, lang)}: ${verdict(t.voldaan, lang)}`,
    };
  }
  if (t.soort === 'cumulatief') {
    const grens = t.grens.times(100);
    const terms = t.termen
      .map((term, i) => {
        const value = euro(term.saldo.abs(), lang) + (term.ontbreekt ? tr(lang, ' (ontbreekt)', ' (missing)') : '');
        const sign = term.saldo.isNegative() && !term.saldo.isZero() ? '-' : i === 0 ? '' : '+';
        return i === 0 ? `${sign}${value}` : ` ${sign} ${value}`;
      })
      .join('');
    const first = t.termen[0]!.jaar;
    const saldoFraction = t.fractie.neg();
    return {
      naam: 'meerjarig',
      voldaan: t.voldaan,
      waarde_pct: pctJson(t.fractie),
      grens_pct: roundHalfUp(grens, 4).toFixed(4),
      uitleg:
        `${tr(lang, 'saldi', 'saldi')} ${first}-${jaar}: (${terms}) / budget ${jaar} ${euro(t.budget, lang)} = ${p2(saldoFraction, lang)}: ` +
        `${tr(lang, 'tekort', 'tekort')} ${p2(t.fractie, lang)} ${compare(t.voldaan, t.inclusief)} ${p(grens, lang)}: ${verdict(t.voldaan, lang)}`,
    };
  }
  const grens = t.grens.times(100);
  const perYear = t.jaren
    .map((j) =>
      j.fractie === undefined
        ? `${j.jaar}: ${tr(lang, 'onbekend', 'unknown')}`
        : `${j.jaar}: ${p2(j.fractie, lang)} ${compare(j.telt, t.inclusief)} ${p(grens, lang)}`,
    )
    .join('; ');
  return {
    naam: 'tekortjaren',
    voldaan: t.voldaan,
    waarde_pct: null,
    grens_pct: roundHalfUp(grens, 4).toFixed(4),
    aantal: t.aantal,
    minimum: t.minimum,
    uitleg: `${perYear} → ${t.aantal} ${tr(lang, 'van', 'of')} ${t.jaren.length} ${tr(lang, 'jaren met een tekort, minimaal', 'years with a tekort, at least')} ${t.minimum}: ${verdict(t.voldaan, lang)}`,
  };
}

function tredeJson(t: Trede): TredeJson {
  return {
    van_pct: roundHalfUp(t.van, 4).toFixed(4),
    tot_pct: t.tot === null ? null : roundHalfUp(t.tot, 4).toFixed(4),
    vergoeding_pct: roundHalfUp(t.vergoedingPct, 4).toFixed(4),
    deel: jsonAmount(t.deel),
    vergoeding: jsonAmount(t.vergoeding),
  };
}

function routeJson(r: RouteResult, jaar: number, lang: Lang): RouteJson {
  return {
    route: r.route,
    recht: r.recht,
    toetsen: r.toetsen.map((t) => explain(t, jaar, lang)),
    treden: r.treden.map(tredeJson),
    eigen_risico: jsonAmount(r.eigenRisico),
    vangnet: jsonAmount(r.vangnet),
    vangnet_exact: exactJson(r.vangnetExact),
  };
}

function describeTreden(route: Route, lang: Lang): string {
  const t = route.treden;
  return tr(
    lang,
    `eigen risico ${p(t.eigen_risico_pct, 'nl')}, ${p(t.midden_vergoeding_pct, 'nl')} vergoed tot ${p(t.boven_pct, 'nl')}, daarboven 100%`,
    `eigen risico ${p(t.eigen_risico_pct, 'en')}, ${p(t.midden_vergoeding_pct, 'en')} compensated up to ${p(t.boven_pct, 'en')}, 100% above`,
  );
}

function warningText(w: Waarschuwing, result: VangnetResult, lang: Lang): string {
  switch (w.soort) {
    case 'aangenomen': {
      const route = result.rule.routes.find((r) => r.naam === w.route)!;
      const what = {
        drempel: tr(lang, `de drempel (${p(route.drempel.pct, lang)})`, `the threshold (${p(route.drempel.pct, lang)})`),
        meerjarig: tr(lang, 'de meerjarige toets', 'the multi-year test'),
        treden: tr(lang, `de treden (${describeTreden(route, lang)})`, `the steps (${describeTreden(route, lang)})`),
      }[w.deel];
      return tr(lang, `regel ${w.regel}, route ${w.route}: aangenomen, niet bevestigd: ${what}`, `rule ${w.regel}, route ${w.route}: assumed, not confirmed: ${what}`);
    }
    case 'jaar-ontbreekt':
      return tr(lang, `saldo ${w.jaar} ontbreekt en telt als 0`, `saldo ${w.jaar} is missing and counts as 0`);
    case 'budget-ontbreekt':
      return tr(lang, `budget ${w.jaar} ontbreekt: ${w.jaar} telt niet als tekortjaar`, `budget ${w.jaar} is missing: ${w.jaar} does not count as a tekort year`);
    case 'budget-niet-definitief':
      if (w.fase === 'raming') {
        return tr(lang, `het budget ${w.jaar} is een raming van het scenario: de uitkomst is een prognose`, `the ${w.jaar} budget is an estimate from the scenario: the outcome is a projection`);
      }
      return tr(
        lang,
        `het budget ${w.jaar} is ${w.fase}, niet definitief: de uitkomst is voorlopig`,
        `the ${w.jaar} budget is ${w.fase}, not definitief: the outcome is provisional`,
      );
  }
}

export function vangnetReport(result: VangnetResult, lang: Lang): VangnetJson {
  const chosen = routeJson(result.gekozen, result.jaar, lang);
  const opmerkingen: string[] = [];
  if (result.meerdereRoutes) {
    const amounts = result.routes.filter((r) => r.recht).map((r) => `${r.route} ${euro(r.vangnet, lang)}`).join(', ');
    opmerkingen.push(
      tr(
        lang,
        `beide routes geven recht (${amounts}); de hoogste uitkering geldt: ${result.route}`,
        `both routes qualify (${amounts}); the larger amount applies: ${result.route}`,
      ),
    );
  }
  return {
    jaar: result.jaar,
    budget: jsonAmount(result.budget),
    budget_fase: result.budgetFase ?? null,
    lasten: jsonAmount(result.lasten),
    tekort: jsonAmount(result.tekort),
    tekort_pct: pctJson(result.tekortFractie),
    regel: { id: result.rule.id, status: ruleStatus(result.rule), bron: result.rule.herkomst ? `${result.rule.bron} (${result.rule.herkomst})` : result.rule.bron },
    toetsen: chosen.toetsen,
    recht: result.route !== null,
    treden: chosen.treden,
    eigen_risico: chosen.eigen_risico,
    vangnet: chosen.vangnet,
    vangnet_exact: chosen.vangnet_exact,
    route: result.route,
    routes: result.routes.map((r) => routeJson(r, result.jaar, lang)),
    voorlopig: result.budgetFase !== undefined && result.budgetFase !== 'definitief',
    waarschuwingen: result.waarschuwingen.map((w) => warningText(w, result, lang)),
    opmerkingen,
  };
}

