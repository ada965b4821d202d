// The words of the report for the council, in English (Dutch domain terms kept where a reader
// of the Dutch documents needs them: BUIG, vangnet, V and N).

import { D, formatNumber, ZERO, type Decimal } from '../../money.js';
import type { AangenomenDeel, DocumentWords, Herkomst } from '../document.js';
import type { ToetsJson } from '../../report/vangnet.js';
import { euro, euros, pct2, pctAsWritten } from '../format.js';

const n = (d: Decimal, decimals = 0) => formatNumber(d, decimals, 'en');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const maand = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1] ?? m.slice(5, 7)} ${m.slice(0, 4)}`;

function jaren(js: readonly number[]): string {
  const sorted = [...new Set(js)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${sorted[i]} to ${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
}

const REGELINGEN: Record<string, [string, string]> = {
  PW: ['Participatiewet (PW, social assistance)', 'Participatiewet'],
  IOAW: ['IOAW (income support for older and partly disabled unemployed employees)', 'IOAW'],
  IOAZ: ['IOAZ (income support for older and partly disabled former self-employed)', 'IOAZ'],
  BBZ: ['Bbz (living allowance for the self-employed)', 'Bbz'],
  LKS: ['loonkostensubsidie (LKS, wage subsidy)', 'wage subsidy'],
};
const regeling = (code: string, eerste: boolean) => REGELINGEN[code]?.[eerste ? 0 : 1] ?? code;
const reeks = (id: string) => {
  const [code = id, segment] = id.split('/');
  return segment ? `${regeling(code, false)}, group ${segment}` : regeling(code, false);
};

const FASES: Record<string, string> = { definitief: 'final', nader_voorlopig: 'revised provisional', voorlopig: 'provisional', raming: 'estimate' };
const LEVERS: Record<string, string> = { instroom: 'less inflow', uitstroom: 'more outflow', lks: 'wage subsidy', verlaging: 'lower benefit' };
const ORIGIN: Record<Herkomst, string> = { scenario: 'chosen in the scenario', standaard: 'default', gegevens: 'estimated from the data' };
const ROUTES: Record<string, string> = { regulier: 'regular route', uitgebreid: 'extended route' };

function saldo(bedrag: Decimal): string {
  if (bedrag.isZero()) return 'balance zero';
  return `${bedrag.isNegative() ? 'deficit' : 'surplus'} ${euro(bedrag.abs(), 'en')}`;
}

function compared(met: boolean, inclusive: boolean): string {
  if (met) return inclusive ? 'at least' : 'more than';
  return inclusive ? 'less than' : 'not more than';
}
const verdict = (met: boolean) => (met ? 'met' : 'not met');

function toets(t: ToetsJson, jaar: number): string {
  const u = t.uitleg;
  const limit = pctAsWritten(t.grens_pct.value, 'en');
  if (u.soort === 'drempel') {
    return `Threshold: the deficit of ${euro(u.tekort.value, 'en')} is ${pct2(u.fractie_pct.value, 'en')} of the budget of ${euro(u.budget.value, 'en')}; that is ${compared(t.voldaan, u.inclusief)} ${limit}: ${verdict(t.voldaan)}.`;
  }
  if (u.soort === 'cumulatief') {
    const terms = u.jaren
      .map((term, i) => {
        const amount = euros(term.saldo.value.abs(), 'en') + (term.ontbreekt ? ' (missing, counts as 0)' : '');
        const sign = term.saldo.value.isNegative() && !term.saldo.value.isZero() ? '-' : i === 0 ? '' : '+';
        return i === 0 ? `${sign}${amount}` : ` ${sign} ${amount}`;
      })
      .join('');
    const together = u.jaren.reduce((a, j) => a.plus(j.saldo.value), ZERO);
    const what = u.fractie_pct.value.gt(0) ? `a deficit of ${pct2(u.fractie_pct.value, 'en')} of the budget ${jaar}` : 'no deficit';
    return `Multi-year test: the balances of ${u.jaren[0]!.jaar} to ${jaar} together (${terms} = ${euros(together, 'en')}) are ${what}; that is ${compared(t.voldaan, u.inclusief)} ${limit}: ${verdict(t.voldaan)}.`;
  }
  const perYear = u.jaren.map((j) => `${j.jaar}: ${j.tekort_pct === null ? 'unknown' : j.tekort_pct.value.gt(0) ? pct2(j.tekort_pct.value, 'en') : 'no deficit'}`).join('; ');
  return `Deficit years: ${t.aantal} of the ${u.jaren.length} years had a deficit of ${u.inclusief ? 'at least' : 'more than'} ${limit} (${perYear}); ${t.minimum} are needed: ${verdict(t.voldaan)}.`;
}

function assumedPart(d: AangenomenDeel): string {
  if (d.deel === 'drempel') return `a threshold of ${pctAsWritten(d.drempel_pct, 'en')}`;
  if (d.deel === 'meerjarig') return 'the multi-year test';
  const t = d.treden;
  return `an own risk of ${pctAsWritten(t.eigen_risico_pct, 'en')}, ${pctAsWritten(t.midden_vergoeding_pct, 'en')} compensation up to ${pctAsWritten(t.boven_pct, 'en')} and 100% above`;
}

/** The assumed parts per route: 'for the regular route a threshold of 7.5% and the multi-year test'. */
function assumed(parts: readonly AangenomenDeel[]): string {
  const routes = [...new Set(parts.map((d) => d.route))];
  return routes
    .map((r) => {
      const ps = parts.filter((d) => d.route === r).map(assumedPart);
      const list = ps.length > 1 ? `${ps.slice(0, -1).join(', ')} and ${ps[ps.length - 1]}` : ps[0]!;
      return routes.length > 1 ? `for the ${ROUTES[r] ?? r} ${list}` : list;
    })
    .join('; ');
}

const one = (js: readonly number[], single: string, more: string) => (new Set(js).size === 1 ? single : more);

export const words: DocumentWords = {
  lang: 'en',
  maand,
  periode: (van, tot) =>
    van.endsWith('-01') && tot.endsWith('-12') ? (van.slice(0, 4) === tot.slice(0, 4) ? van.slice(0, 4) : `${van.slice(0, 4)}-${tot.slice(0, 4)}`) : `${maand(van)} to ${maand(tot)}`,
  jaren,
  regeling,
  reeks,
  fase: (f) => FASES[f] ?? f,
  soort: (s) => (s === 'realisatie' ? 'realised' : 'projection'),
  hefboom: (h) => LEVERS[h] ?? h,
  herkomst: (h) => ORIGIN[h],
  saldo,

  title: (scenario) => `BUIG forecast: ${scenario}`,
  subtitle: (scenario, gemeente, version) => `${gemeente ? `Gemeente ${gemeente}, ` : ''}scenario ‘${scenario}’. Made with buig ${version}.`,
  sections: {
    samenvatting: 'Summary',
    prognose: 'Forecast',
    vangnet: 'Vangnet (safety net)',
    aanvalsplan: 'Aanvalsplan (plan of measures)',
    letOp: 'Please note',
    aannames: 'Assumptions',
    grafiek: 'Chart',
    bijlage: 'Appendix: calculation rules and assumptions',
    onzekerheid: 'How sure is the forecast',
  },
  toelichting: {
    onzekerheid: (runs) =>
      `The forecast above is one outcome. To see how sure it is, the model was run ${formatNumber(D(runs), 0, 'en')} times with random differences in inflow and outflow, in the revision of the budget and in what the measures yield. The band from P10 to P90 holds 8 of every 10 outcomes; the probabilities are estimates.`,
    samenvatting: 'The outcome per year in short. A surplus (voordeel) means the budget is larger than the costs, a deficit (nadeel) that the costs are higher than the budget.',
    prognose: (regelingen, laatste) =>
      `From the BUIG, the bundled grant of the national government, the gemeente pays the benefits of the ${regelingen.length > 1 ? `${regelingen.slice(0, -1).join(', ')} and the ${regelingen[regelingen.length - 1]}` : (regelingen[0] ?? '')}. ` +
      (laatste !== undefined ? `Up to ${laatste} the figures are realised, after that projected. ` : '') +
      'The balance is the budget minus the costs; the result is the balance plus the vangnet payment.',
    budgetvolume:
      'The budget divided by what a benefit costs on average (the lasten divided by the average number of benefits): the number of benefits the budget pays for. More benefits than the budget pays for mean a deficit.',
    kas: 'A vangnet payment for a year is requested the year after and paid two years later. In the budget it belongs to the year the money comes in.',
    vangnet:
      'A gemeente with a large deficit on the BUIG can receive a vangnet payment. The deficit of the year itself must exceed a threshold, and the deficits over several years together must be large enough. Part of the deficit, the own risk, the gemeente always bears itself. Amounts in the text are in whole euros.',
    aanvalsplan:
      'What the measures of the plan yield, against the forecast without the plan. Fewer benefits mean lower costs: a surplus. The measures themselves cost money, and with a smaller deficit the vangnet payment may be lower: those are deficits. The measures overlap and the vangnet does not move in proportion; so the sum of the measures is not the effect of the plan as a whole.',
    letOp: 'Points that make the outcome less certain.',
    aannames: 'A forecast rests on assumptions. Here they are with their value and their origin: estimated from the data, chosen in the scenario, or a default.',
    grafiek: (plan) =>
      'Top: the number of benefits at the end of each month, realised (solid line) and expected (dashed line); the small regelingen share one panel. Bottom: per year the costs beside the budget, with the threshold and the upper band of the vangnet. A final budget is filled, a provisional budget hatched and an estimated budget open.' +
      (plan ? ' The thin grey line is the forecast without the plan.' : ''),
    bijlage: 'For whoever wants to check the calculation: where the figures come from, the calculation rules, the vangnet payment to the euro, and the assumptions as buig uses them.',
  },

  samenvatting: {
    jaar(j) {
      const covers = j.budgetvolume && j.soort === 'prognose' ? `; the budget pays for ${formatNumber(j.budgetvolume, 0, 'en')} benefits, the projection is ${formatNumber(j.volume, 0, 'en')}` : '';
      const head = `${j.jaar} (${j.soort === 'realisatie' ? 'realised' : 'projection'}, budget ${FASES[j.fase] ?? j.fase}): ${saldo(j.saldo)}, ${pct2(j.pct.abs(), 'en')} of the budget${covers}`;
      if (j.vangnet === null) return `${head}; the vangnet payment was not computed.`;
      if (j.vangnet.gt(0)) return `${head}; vangnet payment ${euro(j.vangnet, 'en')}; result after the vangnet: ${saldo(j.resultaat)}.`;
      return `${head}${j.saldo.isNegative() ? '; no vangnet payment' : ''}.`;
    },
    plan: (netto, js) =>
      `Over ${jaren(js)} the plan yields ${netto.isNegative() ? `a deficit of ${euro(netto.abs(), 'en')}` : `a surplus of ${euro(netto, 'en')}`} in total, after the costs of the measures.`,
  },

  tabel: {
    prognose: {
      caption: 'Forecast per year. Amounts x € 1,000; V = voordeel (surplus), N = nadeel (deficit).',
      head: ['year', 'kind', 'benefits (average)', 'budget', 'budget status', 'costs', 'balance', 'balance in % of the budget', 'vangnet payment', 'result'],
    },
    lasten: {
      caption: 'Costs per regeling. Amounts x € 1,000.',
      head: 'regeling',
      baten: 'Revenues (recovery)',
      acties: 'Measures (wage subsidy, lower benefits)',
      overig: 'Erroneous or uncertain, and other',
      totaal: 'Total costs',
    },
    afronding:
      'Rounding: amounts are rounded to € 1,000; balance and result are computed from the amounts shown and the rows of the tables add up to the total shown, so an amount may differ by 1 from the exact outcome.',
    onzekerheid: {
      caption: 'Band of the outcomes per year: P10, P50 and P90 beside the forecast. Amounts x € 1,000; V = surplus, N = deficit.',
      head: ['year', 'figure', 'P10', 'P50', 'P90', 'forecast'],
      grootheden: { volume: 'benefits (average)', lasten: 'lasten', budget: 'budget', tekort: 'balance in % of the budget', vangnet: 'vangnet payment', resultaat: 'result' },
    },
    budgetvolume: { caption: 'The number of benefits the budget pays for, beside the average number of benefits.', head: ['year', 'benefits (average)', 'the budget pays for', 'difference'] },
    kas: {
      caption: 'Vangnet payment in the year it is received. Amounts x € 1,000.',
      head: ['year received', 'for the deficit of', 'vangnet payment'],
      geen: 'There is no right to a vangnet payment in any year.',
    },
    vangnet: {
      caption: 'Vangnet per year. Amounts x € 1,000.',
      head: ['year', 'deficit in % of the budget', 'threshold', 'right to vangnet', 'vangnet payment', 'own risk'],
      geenTekort: 'no deficit',
      geenRegels: 'no rules',
      ja: 'yes',
      nee: 'no',
    },
    plan: {
      caption: 'The plan as a whole: the effect on the gemeente, against the forecast without the plan. Amounts x € 1,000; V = voordeel (surplus), N = nadeel (deficit).',
      head: ['year', 'fewer benefits (average)', 'costs', 'vangnet payment', 'result', 'costs of the measures', 'net'],
      totaal: 'Total',
    },
    acties: {
      caption: 'Per measure: the net effect of that measure alone, against the forecast without the plan, largest first. Amounts x € 1,000; V = voordeel (surplus), N = nadeel (deficit).',
      head: ['code', 'measure', 'lever', 'number'],
      totaal: 'total',
    },
  },
  vn: (shown) => (shown.isZero() ? '0' : `${n(shown.abs())} ${shown.isNegative() ? 'N' : 'V'}`),

  vangnet: {
    toets,
    recht: (v) =>
      `Right to a vangnet payment: yes, ${euro(v.vangnet, 'en')}${v.routes > 1 ? ` (${ROUTES[v.route] ?? v.route})` : ''}. The own risk, the part of the deficit the gemeente bears itself, is ${euro(v.eigen_risico, 'en')}.`,
    geenRecht: 'Right to a vangnet payment: no.',
    geenTekort: (js) => `No deficit in ${jaren(js)}: no vangnet payment.`,
    geenRegels: (js) => `There are no vangnet rules for ${jaren(js)}: the vangnet payment was not computed.`,
    route: (r) => ROUTES[r] ?? r,
    beideRoutes: (routes, gekozen) =>
      `Both routes give a right (${routes.map((r) => `${ROUTES[r.route] ?? r.route} ${euro(r.vangnet, 'en')}`).join(', ')}); the higher payment applies: the ${ROUTES[gekozen] ?? gekozen}.`,
  },

  plan: {
    marginaal(groups) {
      return groups
        .map(({ jaren: js, waarde }) => {
          if (waarde.eq(1)) return `In ${jaren(js)} the gemeente keeps every euro the plan saves on costs: the deficit stays below the vangnet threshold.`;
          if (waarde.eq(0.5)) return `In ${jaren(js)} the gemeente keeps half of every euro saved: in that band the vangnet pays half of the deficit, so less with a smaller deficit.`;
          if (waarde.isZero()) return `In ${jaren(js)} a euro saved yields the gemeente nothing: the vangnet pays the deficit above the upper band in full.`;
          return `In ${jaren(js)} the gemeente keeps ${n(waarde.times(100))} cents of every euro saved.`;
        })
        .join(' ');
    },
    klif: (jaar, verlies) =>
      `In ${jaar} the plan brings the deficit below the vangnet threshold. The gemeente thereby loses the vangnet payment of ${euro(verlies, 'en')}, which comes off what the plan saves that year.`,
    taakstelling: (t) =>
      `Target: ${t.aantal} fewer benefits in ${maand(t.maand)}${t.omschrijving ? ` (${t.omschrijving})` : ''}. According to the forecast there are then ${n(t.reductie, 1)} fewer: the target is ${t.bereikt ? '' : 'not '}reached.`,
    oplossing(o) {
      const goal = o.doel.soort === 'saldo' ? `Goal: no deficit in ${o.jaar}.` : `Goal: a deficit of at most ${o.doel.max}% in ${o.jaar}.`;
      if (o.per_maand === null) return `${goal} That cannot be reached with extra outflow from ${maand(o.vanaf)}.`;
      const less = o.een_minder ? ` With ${o.per_maand - 1} a month: ${saldo(o.een_minder.saldo)}.` : '';
      return `${goal} On top of the plan, at least ${o.per_maand} more people a month must leave benefits for good from ${maand(o.vanaf)}: then ${saldo(o.saldo!)}.${less}`;
    },
    zonderAantal: (names) =>
      `For ${names.length === 1 ? 'one measure' : `${names.length} measures`} the plan gives no number; ${names.length === 1 ? 'it does' : 'they do'} not count in the calculation: ${names.join(', ')}.`,
  },

  aanname: {
    horizon: (tot, laatste, h) => `The forecast runs to ${maand(tot)}; the data run to ${maand(laatste)} (${ORIGIN[h]}).`,
    basisperiode: (van, tot, maanden, h) => `Inflow and outflow are estimated over ${maand(van)} to ${maand(tot)}: ${maanden} months (${ORIGIN[h]}).`,
    factoren: (i, u, h) =>
      i.eq(1) && u.eq(1)
        ? 'The estimated inflow and outflow are not adjusted.'
        : `The estimated inflow is multiplied by ${n(i, Math.min(i.decimalPlaces(), 4))} and the estimated outflow by ${n(u, Math.min(u.decimalPlaces(), 4))} (${ORIGIN[h]}).`,
    instroom: (r, perMaand, periode) => `Inflow ${r}: ${n(perMaand, 1)} new benefits a month, estimated over ${periode}.`,
    uitstroomkans: (r, pct, periode) => `Outflow rate ${r}: ${pct2(pct, 'en')} a month, estimated over ${periode}.`,
    prijs: (r, bedrag, jaar, given) =>
      `Average cost per benefit ${r}: ${euro(bedrag, 'en')} a year in ${jaar} (${given ? 'given in the data' : 'the costs divided by the average number of benefits'}); raised by the price increase in later years.`,
    prijsindex: (groups, h) =>
      groups.every((g) => g.pct.isZero())
        ? `No price increase assumed (${ORIGIN[h]}).`
        : `Price increase: ${groups.map((g) => `${pctAsWritten(g.pct, 'en')} a year in ${jaren(g.jaren)}`).join('; ')} (${ORIGIN[h]}).`,
    baten: (js, bedrag, basisjaar, h) =>
      `Revenues (recovery): ${euro(bedrag, 'en')} a year in ${jaren(js)}, ${h === 'scenario' ? 'chosen in the scenario' : `as in ${basisjaar ?? 'the last realised year'} (${ORIGIN[h]})`}.`,
    budget: (jaar, bedrag, b) => {
      const how = {
        gepubliceerd: () => `${FASES[b.fase] ?? b.fase} budget as published`,
        verwacht_definitief: () =>
          `the expected final budget: the published ${FASES[b.fase] ?? b.fase} budget of ${euro(b.gepubliceerd!, 'en')} plus ${pctAsWritten(b.bijstellingPct!, 'en')}, the expected revision chosen in the scenario; the vangnet uses it too`,
        scenario: () => 'estimate in the scenario',
        macrobudget: () => `estimate: ${formatNumber(b.aandeelPct!, 4, 'en')}% of a national budget of €${formatNumber(b.macrobudget!.div(1_000_000), 1, 'en')} mln, which grows with prices`,
        groei: () => `estimate: the budget of ${jaar - 1} plus ${pctAsWritten(b.groeiPct, 'en')}`,
      }[b.herkomst]();
      const acties = b.acties.isZero() ? '' : `, of which ${euro(b.acties, 'en')} because the wage subsidies of the measures come back in the budget later`;
      return `Budget ${jaar}: ${euro(bedrag, 'en')}, ${how}${acties}.`;
    },
    schok: (m, r, aantal, omschrijving) =>
      `${aantal.startsWith('-') ? 'Less' : 'Extra'} inflow in ${maand(m)}: ${aantal.replace(/^[-+]/, '')} benefits ${r}${omschrijving ? ` (${omschrijving})` : ''}.`,
    aanvalsplan: (k) => `The ${k} measures of the plan are in the forecast; what they yield is in the chapter on the plan.`,
  },

  letOp: {
    budget: (fase, budgetJaren, uitkomst) =>
      fase === 'raming'
        ? `${one(budgetJaren, 'The budget of', 'The budgets of')} ${jaren(budgetJaren)} ${one(budgetJaren, 'is an estimate', 'are estimates')}, not yet published; the vangnet outcomes for ${jaren(uitkomst)} are therefore a projection.`
        : `${one(budgetJaren, 'The budget of', 'The budgets of')} ${jaren(budgetJaren)} ${one(budgetJaren, 'is', 'are')} still ${FASES[fase] ?? fase}; the vangnet outcomes for ${jaren(uitkomst)} are therefore provisional too.`,
    budgetBijgesteld: (jaar, fase, gepubliceerd, pct, budget) =>
      `The ${jaar} budget is still ${FASES[fase] ?? fase} (${euro(gepubliceerd, 'en')}). The projection, the vangnet included, uses the expected final budget of ${euro(budget, 'en')} (${pctAsWritten(pct, 'en')} higher).`,
    budgetNietBijgesteld: (jaar, fase, pct) =>
      `The cost per benefit rises by ${pctAsWritten(pct, 'en')} in ${jaar}, but the ${jaar} budget is still ${FASES[fase] ?? fase} and is not revised; if the final budget contains that rise too, ${jaar} turns out better.`,
    saldoOntbreekt: (jaar, toets) => `The balance of ${jaar} is missing from the data; the multi-year test of the vangnet for ${jaren(toets)} counts it as 0.`,
    budgetOntbreekt: (jaar, toets) => `The budget of ${jaar} is missing from the data; for the vangnet of ${jaren(toets)}, ${jaar} does not count as a deficit year.`,
    aangenomen: (js, parts) => `The vangnet rules for ${jaren(js)} are not yet confirmed. The forecast assumes ${assumed(parts)}.`,
    geenRegels: (jaar) => `There are no vangnet rules for ${jaar}; the vangnet payment for that year was not computed.`,
    schokNietToegepast: (m, r, reden) =>
      `The extra inflow in ${maand(m)} for ${r} was not applied: ${reden === 'geen-reeks' ? 'the data have no benefits of that kind' : 'that month is outside the forecast'}.`,
    schokVerdeeld: (m, r, parts) => `The extra inflow in ${maand(m)} for ${r} is spread over the groups by their size: ${parts}.`,
    geenPrijs: (r) => `No cost per benefit is known for ${r}; the costs of ${r} do not count in the forecast.`,
    onvolledigJaar: (jaar, maanden) => `${jaar} has only ${maanden} months in the forecast and is therefore not in the tables.`,
    actieZonderReeks: (actie) => `The measure ${actie} was not counted: the data have no benefits of the regeling it works on.`,
    actieVerdeeld: (actie, parts) => `The measure ${actie} is spread over the groups by their size: ${parts}.`,
  },

  grafiek: { caption: 'Number of benefits per regeling per month, and per year the costs beside the budget.', geen: 'No chart was made with this document.' },

  bijlage: {
    herkomst: 'Where the figures come from',
    bestanden: (scenario, data, version, command) => [
      scenario ? `Scenario file: ${scenario}.` : 'No scenario file: every assumption is at its default.',
      `Data: the folder ${data}.`,
      `Made with buig ${version}; to make it again: ${command}`,
    ],
    rekenregels: 'Calculation rules',
    regels: [
      'Saldo = budget - lasten: positive is a surplus (V), negative a deficit (N). Resultaat = saldo + vangnet. Deficit percentage (tekort_pct) = (lasten - budget) / budget x 100.',
      'Benefits per series and month: V[m] = V[m-1] + I[m] - u x V[m-1] - X[m] + R[m], with I the mean monthly inflow over the base period (x instroom_factor, plus shocks), u the outflow rate (outflow divided by the sum of the previous months’ stands, x uitstroom_factor), X extra outflow and R re-entry from measures.',
      'Costs of a projected year: per regeling the average number of benefits x the price, minus revenues; the price rises with prijsindex_pct.',
      'Budget of a projected year: the latest published budget in budget.csv, else the amount in the scenario, else the previous year plus budget_groei_pct.',
      'Vangnet: the rules per year are below; other rules can be given with buig report --rules FILE.',
    ],
    regel: (id, status, bron, js) => `Vangnet rule ${id} (${status === 'bevestigd' ? 'confirmed' : status === 'aangenomen' ? 'assumed' : status}), used for ${jaren(js)}: ${bron}.`,
    vangnetberekening: (jaar) => `Vangnet payment ${jaar}`,
    vangnetCaption: 'The outcome of the year. Amounts in euros.',
    vangnetHead: ['', 'amount'],
    vangnetRijen: {
      budget: (jaar, fase) => `Budget ${jaar}${fase ? ` (${FASES[fase] ?? fase})` : ''}`,
      lasten: (jaar) => `Costs ${jaar}`,
      tekort: 'Deficit',
      pct: 'Deficit in % of the budget',
      eigenRisico: 'Own risk',
      vangnet: 'Vangnet payment',
    },
    tredenCaption: (route) => `How the vangnet payment is built up${route ? `, ${route}` : ''}: per part of the deficit the compensation. Amounts in euros.`,
    tredenHead: ['part of the deficit, in % of the budget', 'compensation', 'deficit in this part', 'vangnet payment'],
    tredenTotaal: 'Total',
    aannames: 'Assumptions in detail',
    aannamesCaption: 'Every assumption with the key under which it appears in buig’s output (--format json).',
    aannamesHead: ['key', 'value', 'origin', 'calculation'],
    meldingen: 'Messages as buig gives them',
  },
};
