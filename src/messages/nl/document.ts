// De woorden van het rapport voor de raad, in het Nederlands.

import { D, formatNumber, ZERO, type Decimal } from '../../money.js';
import type { AangenomenDeel, DocumentWords, Herkomst } from '../document.js';
import type { ToetsJson } from '../../report/vangnet.js';
import { euro, euros, pct2, pctAsWritten } from '../format.js';

const n = (d: Decimal, decimals = 0) => formatNumber(d, decimals, 'nl');
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const maand = (m: string) => `${MAANDEN[Number(m.slice(5, 7)) - 1] ?? m.slice(5, 7)} ${m.slice(0, 4)}`;

function jaren(js: readonly number[]): string {
  const sorted = [...new Set(js)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${sorted[i]} tot en met ${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} en ${runs[runs.length - 1]}`;
}

const REGELINGEN: Record<string, [string, string]> = {
  PW: ['Participatiewet (PW)', 'Participatiewet'],
  IOAW: ['IOAW (inkomensvoorziening voor oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers)', 'IOAW'],
  IOAZ: ['IOAZ (inkomensvoorziening voor oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen)', 'IOAZ'],
  BBZ: ['Bbz (bijstand voor het levensonderhoud van zelfstandigen)', 'Bbz'],
  LKS: ['loonkostensubsidie (LKS)', 'loonkostensubsidie'],
};
const regeling = (code: string, eerste: boolean) => REGELINGEN[code]?.[eerste ? 0 : 1] ?? code;
const reeks = (id: string) => {
  const [code = id, segment] = id.split('/');
  return segment ? `${regeling(code, false)}, groep ${segment}` : regeling(code, false);
};

const FASEN: Record<string, string> = { definitief: 'definitief', nader_voorlopig: 'nader voorlopig', voorlopig: 'voorlopig', raming: 'raming' };
const HEFBOMEN: Record<string, string> = { instroom: 'minder instroom', uitstroom: 'meer uitstroom', lks: 'loonkostensubsidie', verlaging: 'lagere uitkering' };
const HERKOMST: Record<Herkomst, string> = { scenario: 'gekozen in het scenario', standaard: 'standaardwaarde', gegevens: 'geschat uit de gegevens' };
const ROUTES: Record<string, string> = { regulier: 'reguliere route', uitgebreid: 'uitgebreide route' };

function saldo(bedrag: Decimal): string {
  if (bedrag.isZero()) return 'saldo nul';
  return `${bedrag.isNegative() ? 'nadeel' : 'voordeel'} ${euro(bedrag.abs(), 'nl')}`;
}

/** How a test compared: passed or not, with the limit included or not. */
function vergeleken(voldaan: boolean, inclusief: boolean): string {
  if (voldaan) return inclusief ? 'ten minste' : 'meer dan';
  return inclusief ? 'minder dan' : 'niet meer dan';
}
const uitslag = (voldaan: boolean) => (voldaan ? 'voldaan' : 'niet voldaan');

function toets(t: ToetsJson, jaar: number): string {
  const u = t.uitleg;
  const grens = pctAsWritten(t.grens_pct.value, 'nl');
  if (u.soort === 'drempel') {
    return `Drempel: het tekort van ${euro(u.tekort.value, 'nl')} is ${pct2(u.fractie_pct.value, 'nl')} van het budget van ${euro(u.budget.value, 'nl')}; dat is ${vergeleken(t.voldaan, u.inclusief)} ${grens}: ${uitslag(t.voldaan)}.`;
  }
  if (u.soort === 'cumulatief') {
    const termen = u.jaren
      .map((term, i) => {
        const bedrag = euros(term.saldo.value.abs(), 'nl') + (term.ontbreekt ? ' (ontbreekt, telt als 0)' : '');
        const teken = term.saldo.value.isNegative() && !term.saldo.value.isZero() ? '-' : i === 0 ? '' : '+';
        return i === 0 ? `${teken}${bedrag}` : ` ${teken} ${bedrag}`;
      })
      .join('');
    const samen = u.jaren.reduce((a, j) => a.plus(j.saldo.value), ZERO);
    const wat = u.fractie_pct.value.gt(0) ? `een tekort van ${pct2(u.fractie_pct.value, 'nl')} van het budget ${jaar}` : `geen tekort`;
    return `Meerjarige toets: de saldi van ${u.jaren[0]!.jaar} tot en met ${jaar} samen (${termen} = ${euros(samen, 'nl')}) zijn ${wat}; dat is ${vergeleken(t.voldaan, u.inclusief)} ${grens}: ${uitslag(t.voldaan)}.`;
  }
  const perJaar = u.jaren.map((j) => `${j.jaar}: ${j.tekort_pct === null ? 'onbekend' : j.tekort_pct.value.gt(0) ? pct2(j.tekort_pct.value, 'nl') : 'geen tekort'}`).join('; ');
  return `Tekortjaren: ${t.aantal} van de ${u.jaren.length} jaren hadden een tekort van ${u.inclusief ? 'ten minste' : 'meer dan'} ${grens} (${perJaar}); nodig zijn er ${t.minimum}: ${uitslag(t.voldaan)}.`;
}

function aangenomenDeel(d: AangenomenDeel): string {
  if (d.deel === 'drempel') return `een drempel van ${pctAsWritten(d.drempel_pct, 'nl')}`;
  if (d.deel === 'meerjarig') return 'de meerjarige toets';
  const t = d.treden;
  return `een eigen risico van ${pctAsWritten(t.eigen_risico_pct, 'nl')}, ${pctAsWritten(t.midden_vergoeding_pct, 'nl')} vergoeding tot ${pctAsWritten(t.boven_pct, 'nl')} en daarboven 100%`;
}

/** The assumed parts per route: 'voor de reguliere route een drempel van 7,5% en de meerjarige toets'. */
function aangenomen(delen: readonly AangenomenDeel[]): string {
  const routes = [...new Set(delen.map((d) => d.route))];
  const perRoute = routes.map((r) => {
    const parts = delen.filter((d) => d.route === r).map(aangenomenDeel);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}` : parts[0]!;
    return routes.length > 1 ? `voor de ${ROUTES[r] ?? r} ${list}` : list;
  });
  return perRoute.join('; ');
}

const het = (js: readonly number[], een: string, meer: string) => (new Set(js).size === 1 ? een : meer);

export const words: DocumentWords = {
  lang: 'nl',
  maand,
  periode: (van, tot) =>
    van.endsWith('-01') && tot.endsWith('-12') ? (van.slice(0, 4) === tot.slice(0, 4) ? van.slice(0, 4) : `${van.slice(0, 4)}-${tot.slice(0, 4)}`) : `${maand(van)} tot en met ${maand(tot)}`,
  jaren,
  regeling,
  reeks,
  fase: (f) => FASEN[f] ?? f,
  soort: (s) => s,
  hefboom: (h) => HEFBOMEN[h] ?? h,
  herkomst: (h) => HERKOMST[h],
  saldo,

  title: (scenario) => `BUIG-prognose: ${scenario}`,
  subtitle: (scenario, gemeente, version) => `${gemeente ? `Gemeente ${gemeente}, ` : ''}scenario ‘${scenario}’. Gemaakt met buig ${version}.`,
  sections: {
    samenvatting: 'Samenvatting',
    prognose: 'Prognose',
    vangnet: 'Vangnet',
    aanvalsplan: 'Aanvalsplan',
    letOp: 'Let op',
    aannames: 'Aannames',
    grafiek: 'Grafiek',
    bijlage: 'Bijlage: rekenregels en aannames',
    onzekerheid: 'Hoe zeker is de prognose',
  },
  toelichting: {
    onzekerheid: (runs) =>
      `De prognose hierboven is één uitkomst. Om te zien hoe zeker die is, is het model ${formatNumber(D(runs), 0, 'nl')} keer doorgerekend met toevallige verschillen in instroom en uitstroom, in de bijstelling van het budget en in wat de acties opleveren. De band van P10 tot P90 bevat 8 van de 10 uitkomsten; de kansen zijn schattingen.`,
    samenvatting: 'De uitkomst per jaar in het kort. Een voordeel betekent dat het budget groter is dan de lasten, een nadeel dat de lasten hoger zijn dan het budget.',
    prognose: (regelingen, laatste) =>
      `Uit de BUIG, de gebundelde uitkering van het Rijk, betaalt de gemeente de uitkeringen van de ${regelingen.length > 1 ? `${regelingen.slice(0, -1).join(', ')} en de ${regelingen[regelingen.length - 1]}` : (regelingen[0] ?? '')}. ` +
      (laatste !== undefined ? `Tot en met ${laatste} staan de gerealiseerde cijfers, daarna de prognose. ` : '') +
      'Het saldo is het budget min de lasten; het resultaat is het saldo plus de vangnetuitkering.',
    budgetvolume:
      'Het budget gedeeld door wat een uitkering gemiddeld kost (de lasten gedeeld door het gemiddelde aantal uitkeringen): zoveel uitkeringen betaalt het budget. Liggen er meer uitkeringen dan het budget dekt, dan ontstaat een nadeel.',
    kas: 'Een vangnetuitkering over een jaar wordt het jaar erna aangevraagd en twee jaar later uitbetaald. In de begroting hoort ze bij het jaar waarin het geld binnenkomt.',
    vangnet:
      'Heeft een gemeente een groot tekort op de BUIG, dan kan zij een vangnetuitkering krijgen. Daarvoor moet het tekort in het jaar zelf boven een drempel liggen en ook over meerdere jaren samen groot genoeg zijn. Een deel van het tekort, het eigen risico, draagt de gemeente altijd zelf. Bedragen in de tekst zijn in hele euro’s.',
    aanvalsplan:
      'Wat de acties van het aanvalsplan opleveren, tegen de prognose zonder plan. Minder uitkeringen betekent lagere lasten: een voordeel. De acties zelf kosten geld, en bij een kleiner tekort kan de vangnetuitkering lager uitvallen: dat zijn nadelen. De acties overlappen elkaar en het vangnet beweegt niet evenredig mee; daarom is de optelsom van de acties niet het effect van het plan als geheel.',
    letOp: 'Punten die de uitkomst minder zeker maken.',
    aannames: 'Een prognose rust op aannames. Hieronder staan ze met hun waarde en hun herkomst: geschat uit de gegevens, gekozen in het scenario, of een standaardwaarde.',
    grafiek: (plan) =>
      'Boven: het aantal uitkeringen aan het eind van elke maand, gerealiseerd (doorgetrokken lijn) en verwacht (gestreepte lijn); de kleine regelingen staan samen in één paneel. Onder: per jaar de lasten naast het budget, met de drempel en de bovengrens van het vangnet. Een definitief budget is egaal gevuld, een voorlopig budget gearceerd en een geraamd budget open.' +
      (plan ? ' De dunne grijze lijn is de prognose zonder aanvalsplan.' : ''),
    bijlage: 'Voor wie de berekening wil nagaan: waar de cijfers vandaan komen, de rekenregels, de berekening van de vangnetuitkering tot op de euro en de aannames zoals buig ze gebruikt.',
  },

  samenvatting: {
    jaar(j) {
      const dekt = j.budgetvolume && j.soort === 'prognose' ? `; het budget dekt ${formatNumber(j.budgetvolume, 0, 'nl')} uitkeringen, de prognose is ${formatNumber(j.volume, 0, 'nl')}` : '';
      const head = `${j.jaar} (${j.soort}, budget ${FASEN[j.fase] ?? j.fase}): ${saldo(j.saldo)}, ${pct2(j.pct.abs(), 'nl')} van het budget${dekt}`;
      if (j.vangnet === null) return `${head}; de vangnetuitkering is niet berekend.`;
      if (j.vangnet.gt(0)) return `${head}; vangnetuitkering ${euro(j.vangnet, 'nl')}; resultaat na vangnet: ${saldo(j.resultaat)}.`;
      return `${head}${j.saldo.isNegative() ? '; geen vangnetuitkering' : ''}.`;
    },
    plan: (netto, js) =>
      `Het aanvalsplan levert in ${jaren(js)} samen ${netto.isNegative() ? `een nadeel van ${euro(netto.abs(), 'nl')}` : `een voordeel van ${euro(netto, 'nl')}`} op, na de kosten van de acties.`,
  },

  tabel: {
    prognose: {
      caption: 'Prognose per jaar. Bedragen x € 1.000; V = voordeel, N = nadeel.',
      head: ['jaar', 'soort', 'uitkeringen (gemiddeld)', 'budget', 'stand budget', 'lasten', 'saldo', 'saldo in % van het budget', 'vangnet\u00aduitkering', 'resultaat'],
    },
    lasten: {
      caption: 'Lasten per regeling. Bedragen x € 1.000.',
      head: 'regeling',
      baten: 'Baten (terugvordering en verhaal)',
      acties: 'Acties (loonkostensubsidie, lagere uitkeringen)',
      overig: 'Fout of onzeker, en overig',
      totaal: 'Totaal lasten',
    },
    afronding:
      'Afronding: bedragen zijn afgerond op € 1.000; saldo en resultaat zijn berekend uit de getoonde bedragen en de regels van de tabellen tellen op tot het getoonde totaal, zodat een bedrag door afronding 1 kan afwijken van de exacte uitkomst.',
    onzekerheid: {
      caption: 'Band van de uitkomsten per jaar: P10, P50 en P90 naast de prognose. Bedragen x € 1.000; V = voordeel, N = nadeel.',
      head: ['jaar', 'grootheid', 'P10', 'P50', 'P90', 'prognose'],
      grootheden: { volume: 'uitkeringen (gemiddeld)', lasten: 'lasten', budget: 'budget', tekort: 'saldo in % van het budget', vangnet: 'vangnet\u00aduitkering', resultaat: 'resultaat' },
    },
    budgetvolume: { caption: 'Het aantal uitkeringen dat het budget dekt, naast het gemiddelde aantal uitkeringen.', head: ['jaar', 'uitkeringen (gemiddeld)', 'het budget dekt', 'verschil'] },
    kas: {
      caption: 'Vangnetuitkering in het jaar van ontvangst. Bedragen x € 1.000.',
      head: ['jaar van ontvangst', 'over het tekort van', 'vangnet\u00aduitkering'],
      geen: 'In geen enkel jaar is er recht op een vangnetuitkering.',
    },
    vangnet: {
      caption: 'Vangnet per jaar. Bedragen x € 1.000.',
      head: ['jaar', 'tekort in % van het budget', 'drempel', 'recht op vangnet', 'vangnet\u00aduitkering', 'eigen risico'],
      geenTekort: 'geen tekort',
      geenRegels: 'geen regels',
      ja: 'ja',
      nee: 'nee',
    },
    plan: {
      caption: 'Het plan als geheel: het effect op de gemeente, tegen de prognose zonder plan. Bedragen x € 1.000; V = voordeel, N = nadeel.',
      head: ['jaar', 'uitkeringen minder (gemiddeld)', 'lasten', 'vangnet\u00aduitkering', 'resultaat', 'kosten van de acties', 'netto'],
      totaal: 'Totaal',
    },
    acties: {
      caption: 'Per actie: het netto effect van die actie alleen, tegen de prognose zonder plan, van groot naar klein. Bedragen x € 1.000; V = voordeel, N = nadeel.',
      head: ['code', 'actie', 'maatregel', 'aantal'],
      totaal: 'totaal',
    },
  },
  vn: (shown) => (shown.isZero() ? '0' : `${n(shown.abs())} ${shown.isNegative() ? 'N' : 'V'}`),

  vangnet: {
    toets,
    recht: (v) =>
      `Recht op een vangnetuitkering: ja, ${euro(v.vangnet, 'nl')}${v.routes > 1 ? ` (${ROUTES[v.route] ?? v.route})` : ''}. Het eigen risico, het deel van het tekort dat de gemeente zelf draagt, is ${euro(v.eigen_risico, 'nl')}.`,
    geenRecht: 'Recht op een vangnetuitkering: nee.',
    geenTekort: (js) => `Geen tekort in ${jaren(js)}: geen vangnetuitkering.`,
    geenRegels: (js) => `Voor ${jaren(js)} zijn geen vangnetregels bekend: de vangnetuitkering is niet berekend.`,
    route: (r) => ROUTES[r] ?? r,
    beideRoutes: (routes, gekozen) =>
      `Beide routes geven recht (${routes.map((r) => `${ROUTES[r.route] ?? r.route} ${euro(r.vangnet, 'nl')}`).join(', ')}); de hoogste uitkering geldt: de ${ROUTES[gekozen] ?? gekozen}.`,
  },

  plan: {
    marginaal(groups) {
      return groups
        .map(({ jaren: js, waarde }) => {
          if (waarde.eq(1)) return `In ${jaren(js)} houdt de gemeente elke euro die het plan op de lasten bespaart: het tekort blijft onder de drempel van het vangnet.`;
          if (waarde.eq(0.5))
            return `In ${jaren(js)} houdt de gemeente de helft van elke bespaarde euro: het vangnet vergoedt in dat gebied de helft van het tekort, dus bij een kleiner tekort ook minder.`;
          if (waarde.isZero()) return `In ${jaren(js)} levert een bespaarde euro de gemeente niets op: het vangnet vergoedt het tekort boven de bovengrens volledig.`;
          return `In ${jaren(js)} houdt de gemeente ${n(waarde.times(100))} cent van elke bespaarde euro.`;
        })
        .join(' ');
    },
    klif: (jaar, verlies) =>
      `In ${jaar} brengt het plan het tekort onder de drempel van het vangnet. De gemeente verliest daarmee de vangnetuitkering van ${euro(verlies, 'nl')}; dat gaat af van wat het plan in dat jaar bespaart.`,
    taakstelling: (t) =>
      `Taakstelling: ${t.aantal} uitkeringen minder in ${maand(t.maand)}${t.omschrijving ? ` (${t.omschrijving})` : ''}. Volgens de prognose zijn het er dan ${n(t.reductie, 1)} minder: de taakstelling wordt ${t.bereikt ? '' : 'niet '}gehaald.`,
    oplossing(o) {
      const doel = o.doel.soort === 'saldo' ? `Doel: geen tekort in ${o.jaar}.` : `Doel: een tekort van hoogstens ${o.doel.max}% in ${o.jaar}.`;
      if (o.per_maand === null) return `${doel} Dat is met extra uitstroom vanaf ${maand(o.vanaf)} niet te halen.`;
      const minder = o.een_minder ? ` Met ${o.per_maand - 1} per maand: ${saldo(o.een_minder.saldo)}.` : '';
      return `${doel} Daarvoor moeten, bovenop het plan, vanaf ${maand(o.vanaf)} ten minste ${o.per_maand} mensen per maand extra duurzaam uitstromen: dan ${saldo(o.saldo!)}.${minder}`;
    },
    zonderAantal: (namen) =>
      `Voor ${namen.length === 1 ? 'één actie' : `${namen.length} acties`} noemt het plan geen aantal; ${namen.length === 1 ? 'die telt' : 'die tellen'} in de berekening niet mee: ${namen.join(', ')}.`,
  },

  aanname: {
    horizon: (tot, laatste, h) => `De prognose loopt tot en met ${maand(tot)}; de gegevens lopen tot en met ${maand(laatste)} (${HERKOMST[h]}).`,
    basisperiode: (van, tot, maanden, h) => `Instroom en uitstroom zijn geschat over ${maand(van)} tot en met ${maand(tot)}: ${maanden} maanden (${HERKOMST[h]}).`,
    factoren: (i, u, h) =>
      i.eq(1) && u.eq(1)
        ? 'De geschatte instroom en uitstroom zijn niet bijgesteld.'
        : `De geschatte instroom is vermenigvuldigd met ${n(i, Math.min(i.decimalPlaces(), 4))} en de geschatte uitstroom met ${n(u, Math.min(u.decimalPlaces(), 4))} (${HERKOMST[h]}).`,
    instroom: (r, perMaand, periode) => `Instroom ${r}: ${n(perMaand, 1)} nieuwe uitkeringen per maand, geschat over ${periode}.`,
    uitstroomkans: (r, pct, periode) => `Uitstroomkans ${r}: ${pct2(pct, 'nl')} per maand, geschat over ${periode}.`,
    prijs: (r, bedrag, jaar, opgegeven) =>
      `Gemiddelde kosten per uitkering ${r}: ${euro(bedrag, 'nl')} per jaar in ${jaar} (${opgegeven ? 'opgegeven in de gegevens' : 'de lasten gedeeld door het gemiddeld aantal uitkeringen'}); in latere jaren verhoogd met de prijsstijging.`,
    prijsindex: (groups, h) =>
      groups.every((g) => g.pct.isZero())
        ? `Geen prijsstijging aangenomen (${HERKOMST[h]}).`
        : `Prijsstijging: ${groups.map((g) => `${pctAsWritten(g.pct, 'nl')} per jaar in ${jaren(g.jaren)}`).join('; ')} (${HERKOMST[h]}).`,
    baten: (js, bedrag, basisjaar, h) =>
      `Baten (terugvordering en verhaal): ${euro(bedrag, 'nl')} per jaar in ${jaren(js)}, ${h === 'scenario' ? 'gekozen in het scenario' : `gelijk aan ${basisjaar ?? 'het laatste gerealiseerde jaar'} (${HERKOMST[h]})`}.`,
    budget: (jaar, bedrag, b) => {
      const hoe = {
        gepubliceerd: () => `${FASEN[b.fase] ?? b.fase} budget zoals gepubliceerd`,
        verwacht_definitief: () =>
          `het verwachte definitieve budget: het gepubliceerde ${FASEN[b.fase] ?? b.fase} budget van ${euro(b.gepubliceerd!, 'nl')} plus ${pctAsWritten(b.bijstellingPct!, 'nl')}, de verwachte bijstelling gekozen in het scenario; ook het vangnet rekent hiermee`,
        scenario: () => 'raming in het scenario',
        macrobudget: () => `raming: ${formatNumber(b.aandeelPct!, 4, 'nl')}% van een landelijk budget van € ${formatNumber(b.macrobudget!.div(1_000_000), 1, 'nl')} mln, dat meegroeit met de prijzen`,
        groei: () => `raming: het budget van ${jaar - 1} plus ${pctAsWritten(b.groeiPct, 'nl')}`,
      }[b.herkomst]();
      const acties = b.acties.isZero() ? '' : `, waarvan ${euro(b.acties, 'nl')} doordat de loonkostensubsidies van de acties later terugkomen in het budget`;
      return `Budget ${jaar}: ${euro(bedrag, 'nl')}, ${hoe}${acties}.`;
    },
    schok: (m, r, aantal, omschrijving) =>
      `${aantal.startsWith('-') ? 'Minder' : 'Extra'} instroom in ${maand(m)}: ${aantal.replace(/^[-+]/, '')} uitkeringen ${r}${omschrijving ? ` (${omschrijving})` : ''}.`,
    aanvalsplan: (k) => `De ${k} acties van het aanvalsplan zitten in de prognose; wat ze opleveren staat in het hoofdstuk Aanvalsplan.`,
  },

  letOp: {
    budget: (fase, budgetJaren, uitkomst) =>
      fase === 'raming'
        ? `${het(budgetJaren, 'Het budget van', 'De budgetten van')} ${jaren(budgetJaren)} ${het(budgetJaren, 'is een raming', 'zijn ramingen')}, nog niet gepubliceerd; de uitkomsten van het vangnet voor ${jaren(uitkomst)} zijn daarom een prognose.`
        : `${het(budgetJaren, 'Het budget van', 'De budgetten van')} ${jaren(budgetJaren)} ${het(budgetJaren, 'is', 'zijn')} nog ${FASEN[fase] ?? fase}; de uitkomsten van het vangnet voor ${jaren(uitkomst)} zijn daarom ook voorlopig.`,
    budgetBijgesteld: (jaar, fase, gepubliceerd, pct, budget) =>
      `Het budget ${jaar} is nog ${FASEN[fase] ?? fase} (${euro(gepubliceerd, 'nl')}). De prognose rekent, ook voor het vangnet, met het verwachte definitieve budget van ${euro(budget, 'nl')} (${pctAsWritten(pct, 'nl')} hoger).`,
    budgetNietBijgesteld: (jaar, fase, pct) =>
      `De kosten per uitkering stijgen in ${jaar} met ${pctAsWritten(pct, 'nl')}, maar het budget ${jaar} is nog ${FASEN[fase] ?? fase} en is niet bijgesteld; bevat het definitieve budget die stijging ook, dan valt ${jaar} gunstiger uit.`,
    saldoOntbreekt: (jaar, toets) => `Het saldo van ${jaar} ontbreekt in de gegevens; de meerjarige toets van het vangnet voor ${jaren(toets)} telt het als 0.`,
    budgetOntbreekt: (jaar, toets) => `Het budget van ${jaar} ontbreekt in de gegevens; voor het vangnet van ${jaren(toets)} telt ${jaar} niet als jaar met een tekort.`,
    aangenomen: (js, delen) => `De vangnetregels voor ${jaren(js)} zijn nog niet bevestigd. De prognose gaat uit van ${aangenomen(delen)}.`,
    geenRegels: (jaar) => `Voor ${jaar} zijn geen vangnetregels bekend; de vangnetuitkering voor dat jaar is niet berekend.`,
    schokNietToegepast: (m, r, reden) =>
      `De extra instroom in ${maand(m)} voor ${r} is niet meegenomen: ${reden === 'geen-reeks' ? 'de gegevens hebben geen uitkeringen van die soort' : 'die maand valt buiten de prognose'}.`,
    schokVerdeeld: (m, r, delen) => `De extra instroom in ${maand(m)} voor ${r} is verdeeld over de groepen naar hun omvang: ${delen}.`,
    geenPrijs: (r) => `Voor ${r} zijn geen kosten per uitkering bekend; de lasten van ${r} tellen in de prognose niet mee.`,
    onvolledigJaar: (jaar, maanden) => `${jaar} valt maar voor ${maanden} maanden in de prognose en staat daarom niet in de tabellen.`,
    actieZonderReeks: (actie) => `De actie ${actie} is niet meegerekend: de gegevens hebben geen uitkeringen van de regeling waarop zij werkt.`,
    actieVerdeeld: (actie, delen) => `De actie ${actie} is verdeeld over de groepen naar hun omvang: ${delen}.`,
  },

  grafiek: { caption: 'Aantal uitkeringen per regeling per maand, en per jaar de lasten naast het budget.', geen: 'Bij dit document is geen grafiek gemaakt.' },

  bijlage: {
    herkomst: 'Herkomst van de cijfers',
    bestanden: (scenario, data, version, command) => [
      scenario ? `Scenariobestand: ${scenario}.` : 'Geen scenariobestand: elke aanname staat op haar standaardwaarde.',
      `Gegevens: de map ${data}.`,
      `Gemaakt met buig ${version}; opnieuw te maken met: ${command}`,
    ],
    rekenregels: 'Rekenregels',
    regels: [
      'Saldo = budget - lasten: positief is een voordeel (V), negatief een nadeel (N). Resultaat = saldo + vangnetuitkering. Tekortpercentage (tekort_pct) = (lasten - budget) / budget x 100.',
      'Aantal uitkeringen per reeks en maand: V[m] = V[m-1] + I[m] - u x V[m-1] - X[m] + R[m], met I de gemiddelde instroom per maand over de basisperiode (x instroom_factor, plus schokken), u de uitstroomkans (uitstroom gedeeld door de som van de standen van de vorige maanden, x uitstroom_factor), X extra uitstroom en R herinstroom door acties.',
      'Lasten van een prognosejaar: per regeling het gemiddeld aantal uitkeringen x de prijs, min de baten; de prijs stijgt met prijsindex_pct.',
      'Budget van een prognosejaar: het laatst gepubliceerde budget uit budget.csv, anders het bedrag in het scenario, anders het vorige jaar plus budget_groei_pct.',
      'Vangnet: de regels per jaar staan hieronder; andere regels geeft u met buig report --rules BESTAND.',
    ],
    regel: (id, status, bron, js) => `Vangnetregel ${id} (${status}), gebruikt voor ${jaren(js)}: ${bron}.`,
    vangnetberekening: (jaar) => `Vangnetuitkering ${jaar}`,
    vangnetCaption: 'De uitkomst van het jaar. Bedragen in euro.',
    vangnetHead: ['', 'bedrag'],
    vangnetRijen: {
      budget: (jaar, fase) => `Budget ${jaar}${fase ? ` (${FASEN[fase] ?? fase})` : ''}`,
      lasten: (jaar) => `Lasten ${jaar}`,
      tekort: 'Tekort',
      pct: 'Tekort in % van het budget',
      eigenRisico: 'Eigen risico',
      vangnet: 'Vangnetuitkering',
    },
    tredenCaption: (route) => `De opbouw van de vangnetuitkering${route ? `, ${route}` : ''}: per deel van het tekort de vergoeding. Bedragen in euro.`,
    tredenHead: ['deel van het tekort, in % van het budget', 'vergoeding', 'tekort in dit deel', 'vangnet\u00aduitkering'],
    tredenTotaal: 'Totaal',
    aannames: 'Aannames in detail',
    aannamesCaption: 'Elke aanname met de sleutel waaronder zij in de uitvoer van buig staat (--format json).',
    aannamesHead: ['sleutel', 'waarde', 'herkomst', 'berekening'],
    meldingen: 'Meldingen zoals buig ze geeft',
  },
};
