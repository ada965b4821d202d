// The words of the reports, in English.

import { D, formatNumber, type Decimal } from '../../money.js';
import type { AannameJson } from '../../report/forecast.js';
import type { ToetsJson, VangnetWaarschuwing } from '../../report/vangnet.js';
import { comparison, decimalOf, euro, euros, pct2, pctAsWritten } from '../format.js';
import type { ReportWords } from '../report.js';

const n = (d: Decimal, decimals = 2) => formatNumber(d, decimals, 'en');
/** A scenario value as written: an amount in euros, a percentage with its sign. */
const scenarioWaarde = (w: { sleutel: string; scenario: { value: Decimal } }) => (w.sleutel.endsWith('_pct') ? pctAsWritten(w.scenario.value, 'en') : euro(w.scenario.value, 'en'));
const verdict = (voldaan: boolean) => (voldaan ? 'met' : 'not met');

function toets(t: ToetsJson, jaar: number): string {
  const u = t.uitleg;
  const grens = pctAsWritten(t.grens_pct.value, 'en');
  if (u.soort === 'drempel') {
    return `tekort ${euros(u.tekort.value, 'en')} / budget ${euros(u.budget.value, 'en')} = ${pct2(u.fractie_pct.value, 'en')} ${comparison(t.voldaan, u.inclusief)} ${grens}: ${verdict(t.voldaan)}`;
  }
  if (u.soort === 'cumulatief') {
    const terms = u.jaren
      .map((term, i) => {
        const value = euros(term.saldo.value.abs(), 'en') + (term.ontbreekt ? ' (missing)' : '');
        const sign = term.saldo.value.isNegative() && !term.saldo.value.isZero() ? '-' : i === 0 ? '' : '+';
        return i === 0 ? `${sign}${value}` : ` ${sign} ${value}`;
      })
      .join('');
    return (
      `saldi ${u.jaren[0]!.jaar}-${jaar}: (${terms}) / budget ${jaar} ${euros(u.budget.value, 'en')} = ${pct2(u.fractie_pct.value.neg(), 'en')}: ` +
      `tekort ${pct2(u.fractie_pct.value, 'en')} ${comparison(t.voldaan, u.inclusief)} ${grens}: ${verdict(t.voldaan)}`
    );
  }
  const perYear = u.jaren.map((j) => (j.tekort_pct === null ? `${j.jaar}: unknown` : `${j.jaar}: ${pct2(j.tekort_pct.value, 'en')} ${comparison(j.telt, u.inclusief)} ${grens}`)).join('; ');
  return `${perYear} → ${t.aantal} of ${u.jaren.length} years with a tekort, at least ${t.minimum}: ${verdict(t.voldaan)}`;
}

function vangnetWaarschuwing(w: VangnetWaarschuwing): string {
  switch (w.soort) {
    case 'aangenomen': {
      const t = w.treden;
      const treden = `eigen risico ${pctAsWritten(t.eigen_risico_pct.value, 'en')}, ${pctAsWritten(t.midden_vergoeding_pct.value, 'en')} compensated up to ${pctAsWritten(t.boven_pct.value, 'en')}, 100% above`;
      const what = { drempel: `the threshold (${pctAsWritten(w.drempel_pct.value, 'en')})`, meerjarig: 'the multi-year test', treden: `the steps (${treden})` }[w.deel];
      return `rule ${w.regel}, route ${w.route}: assumed, not confirmed: ${what}`;
    }
    case 'jaar-ontbreekt':
      return `saldo ${w.jaar} is missing and counts as 0`;
    case 'budget-ontbreekt':
      return `budget ${w.jaar} is missing: ${w.jaar} does not count as a tekort year`;
    case 'budget-niet-definitief':
      return w.fase === 'raming'
        ? `the ${w.jaar} budget is an estimate from the scenario: the outcome is a projection`
        : `the ${w.jaar} budget is ${w.fase}, not definitief: the outcome is provisional`;
  }
}

function aanname(a: AannameJson): { waarde: string; uitleg: string } {
  const u = a.uitleg;
  const w = a.waarde;
  const value = (x: AannameJson['waarde']) => (typeof x === 'string' || typeof x === 'number' ? String(x) : Array.isArray(x) ? '' : x.value.toString());
  const dec = () => decimalOf(w);
  switch (u.soort) {
    case 'horizon':
      return { waarde: value(w), uitleg: `projection from ${u.laatste_maand} (last month with data) to ${value(w)}` };
    case 'basisperiode':
      return { waarde: value(w), uitleg: `instroom and the uitstroom rate are estimated over these ${u.maanden} months (default: the last 24 with a previous stand, fewer when the data is shorter)` };
    case 'factor':
      return { waarde: value(w), uitleg: 'multiplies the estimated value' };
    case 'instroom':
      return {
        waarde: `${n(dec())} a month`,
        uitleg: `${u.totaal} instroom in ${u.maanden} base months = ${n(u.per_maand.value)} a month, x instroom_factor ${u.factor.value.toString()}`,
      };
    case 'uitstroomkans':
      return {
        waarde: `${n(dec(), 3)}% a month`,
        uitleg: `${u.uitstroom} uitstroom / ${n(D(u.som_vorige_standen), 0)} (sum of the previous-month stands) x uitstroom_factor ${u.factor.value.toString()}; starting stand ${u.startstand} at ${u.startmaand}`,
      };
    case 'prijs':
      return {
        waarde: `${euro(dec(), 'en')} (${u.jaar})`,
        uitleg: u.bron === 'prijzen.csv' ? 'from prijzen.csv, then indexed with prijsindex_pct' : `gross lasten / gemiddeld volume ${u.jaar}, then indexed with prijsindex_pct`,
      };
    case 'prijsindex':
      return { waarde: Array.isArray(w) ? w.map((y) => `${y.jaar}: ${n(y.pct.value, 1)}%`).join(', ') : '', uitleg: 'price increase per year; a year the scenario does not name: 0%' };
    case 'baten':
      return { waarde: euro(dec(), 'en'), uitleg: u.bron === 'scenario' ? 'from the scenario' : `as in ${u.basisjaar ?? '-'} (the last realised year)` };
    case 'budget': {
      const how = {
        gepubliceerd: () => `published budget (${u.fase}) from budget.csv`,
        verwacht_definitief: () =>
          `published ${u.fase} ${euro(u.gepubliceerd!.value, 'en')}, revised by ${n(u.bijstelling_pct!.value, 2)}% to the expected definitief budget (bijstelling_pct); the vangnet uses it too`,
        scenario: () => 'estimate from the scenario',
        macrobudget: () =>
          `estimate: macrobudget ${euro(u.macrobudget!.value, 'en')} x aandeel ${n(u.aandeel_pct!.value, 4)}% (the macrobudget grown by macro_volume_pct and macro_prijs_pct, by default the price index)`,
        groei: () => `estimate: the year before plus budget_groei_pct ${n(u.groei_pct.value, 1)}%`,
      }[u.herkomst]();
      const acties = u.acties.value.isZero() ? '' : `; of which ${euro(u.acties.value, 'en')} from the acties (LKS deelbudget)`;
      return { waarde: `${euro(dec(), 'en')} (${u.herkomst === 'verwacht_definitief' ? 'expected definitief' : u.fase})`, uitleg: how + acties };
    }
    case 'schok':
      return { waarde: value(w), uitleg: u.omschrijving ?? 'extra instroom in that month' };
    case 'aanvalsplan':
      return { waarde: `${value(w)} acties`, uitleg: 'the effects of the acties are in the projection; buig plan prices them per actie' };
  }
}

const delen = (ds: { reeks: string; aandeel_pct: { value: Decimal } }[]) => ds.map((d) => `${d.reeks} ${n(d.aandeel_pct.value, 1)}%`).join(', ');

export const words: ReportWords = {
  toets,
  vangnetWaarschuwing,
  vangnetOpmerking: (o) => `both routes qualify (${o.routes.map((r) => `${r.route} ${euros(r.vangnet.value, 'en')}`).join(', ')}); the larger amount applies: ${o.gekozen}`,
  aanname,
  forecastWaarschuwing(w) {
    switch (w.soort) {
      case 'schok-niet-toegepast':
        return w.reden === 'geen-reeks'
          ? `shock ${w.maand} for ${w.reeks} not applied: the data have no series ${w.reeks}`
          : `shock ${w.maand} for ${w.reeks} not applied: that month is not projected`;
      case 'schok-verdeeld':
        return `shock ${w.maand} for ${w.regeling} spread over the segments by their stand: ${delen(w.delen)}`;
      case 'geen-prijs':
        return `no prijs for ${w.regeling}: its lasten are left out of the projection`;
      case 'geen-regels':
        return `${w.jaar}: no vangnet rules for this year; vangnet not computed (supply rules with --rules)`;
      case 'onvolledig-jaar':
        return `${w.jaar} has only ${w.maanden} months up to the horizon and is left out of the years`;
      case 'vangnet':
        return `vangnet ${w.jaren.join(', ')}: ${vangnetWaarschuwing(w.waarschuwing)}`;
      case 'budget-bijgesteld':
        return `${w.jaar}: the published budget is ${w.fase} (${euro(w.gepubliceerd.value, 'en')}); the computation uses the expected definitief budget ${euro(w.budget.value, 'en')} (revision ${n(w.bijstelling_pct.value)}%), the vangnet too`;
      case 'budget-niet-bijgesteld':
        return `${w.jaar}: the lasten rise with a price index of ${n(w.prijsindex_pct.value)}%, but the ${w.fase} budget is not revised; give bijstelling_pct if the definitief budget will contain the price rise too`;
      case 'scenario-niet-gebruikt':
        return w.bron === 'budget.csv'
          ? `${w.jaar}: ${w.sleutel} from the scenario (${scenarioWaarde(w)}) is not used: budget.csv publishes the ${w.jaar} budget (${w.fase}, ${euro(w.gegevens.value, 'en')}), which counts`
          : `${w.jaar}: baten from the scenario (${euro(w.scenario.value, 'en')}) are not used: ${w.jaar} is realised and its baten are in lasten.csv (${euro(w.gegevens.value, 'en')})`;
      default:
        return words.planWaarschuwing(w);
    }
  },
  planWaarschuwing(w) {
    switch (w.soort) {
      case 'klif':
        return `${w.jaar}: the plan brings the tekort below the threshold and so costs the whole vangnet (${euro(w.verlies.value, 'en')})`;
      case 'acties-zonder-aantal':
        return `acties without a number (the plan gives none): ${w.codes.join(', ')}`;
      case 'actie-zonder-reeks':
        return `actie ${w.code}: the data have no series for its regeling; left out`;
      case 'actie-verdeeld':
        return `actie ${w.code}: spread over the segments by their stand: ${delen(w.delen)}`;
    }
  },
};
