// De woorden van de rapporten, in het Nederlands.

import { D, formatNumber, type Decimal } from '../../money.js';
import type { AannameJson } from '../../report/forecast.js';
import type { ToetsJson, VangnetWaarschuwing } from '../../report/vangnet.js';
import { comparison, decimalOf, euro, euros, pct2, pctAsWritten } from '../format.js';
import type { ReportWords } from '../report.js';

const n = (d: Decimal, decimals = 2) => formatNumber(d, decimals, 'nl');
/** A scenario value as written: an amount in euros, a percentage with its sign. */
const scenarioWaarde = (w: { sleutel: string; scenario: { value: Decimal } }) => (w.sleutel.endsWith('_pct') ? pctAsWritten(w.scenario.value, 'nl') : euro(w.scenario.value, 'nl'));
const verdict = (voldaan: boolean) => (voldaan ? 'voldaan' : 'niet voldaan');

function toets(t: ToetsJson, jaar: number): string {
  const u = t.uitleg;
  const grens = pctAsWritten(t.grens_pct.value, 'nl');
  if (u.soort === 'drempel') {
    return `tekort ${euros(u.tekort.value, 'nl')} / budget ${euros(u.budget.value, 'nl')} = ${pct2(u.fractie_pct.value, 'nl')} ${comparison(t.voldaan, u.inclusief)} ${grens}: ${verdict(t.voldaan)}`;
  }
  if (u.soort === 'cumulatief') {
    const terms = u.jaren
      .map((term, i) => {
        const value = euros(term.saldo.value.abs(), 'nl') + (term.ontbreekt ? ' (ontbreekt)' : '');
        const sign = term.saldo.value.isNegative() && !term.saldo.value.isZero() ? '-' : i === 0 ? '' : '+';
        return i === 0 ? `${sign}${value}` : ` ${sign} ${value}`;
      })
      .join('');
    return (
      `saldi ${u.jaren[0]!.jaar}-${jaar}: (${terms}) / budget ${jaar} ${euros(u.budget.value, 'nl')} = ${pct2(u.fractie_pct.value.neg(), 'nl')}: ` +
      `tekort ${pct2(u.fractie_pct.value, 'nl')} ${comparison(t.voldaan, u.inclusief)} ${grens}: ${verdict(t.voldaan)}`
    );
  }
  const perYear = u.jaren.map((j) => (j.tekort_pct === null ? `${j.jaar}: onbekend` : `${j.jaar}: ${pct2(j.tekort_pct.value, 'nl')} ${comparison(j.telt, u.inclusief)} ${grens}`)).join('; ');
  return `${perYear} → ${t.aantal} van ${u.jaren.length} jaren met een tekort, minimaal ${t.minimum}: ${verdict(t.voldaan)}`;
}

function vangnetWaarschuwing(w: VangnetWaarschuwing): string {
  switch (w.soort) {
    case 'aangenomen': {
      const t = w.treden;
      const treden = `eigen risico ${pctAsWritten(t.eigen_risico_pct.value, 'nl')}, ${pctAsWritten(t.midden_vergoeding_pct.value, 'nl')} vergoed tot ${pctAsWritten(t.boven_pct.value, 'nl')}, daarboven 100%`;
      const what = { drempel: `de drempel (${pctAsWritten(w.drempel_pct.value, 'nl')})`, meerjarig: 'de meerjarige toets', treden: `de treden (${treden})` }[w.deel];
      return `regel ${w.regel}, route ${w.route}: aangenomen, niet bevestigd: ${what}`;
    }
    case 'jaar-ontbreekt':
      return `saldo ${w.jaar} ontbreekt en telt als 0`;
    case 'budget-ontbreekt':
      return `budget ${w.jaar} ontbreekt: ${w.jaar} telt niet als tekortjaar`;
    case 'budget-niet-definitief':
      return w.fase === 'raming' ? `het budget ${w.jaar} is een raming van het scenario: de uitkomst is een prognose` : `het budget ${w.jaar} is ${w.fase}, niet definitief: de uitkomst is voorlopig`;
  }
}

function aanname(a: AannameJson): { waarde: string; uitleg: string } {
  const u = a.uitleg;
  const w = a.waarde;
  const value = (x: AannameJson['waarde']) => (typeof x === 'string' || typeof x === 'number' ? String(x) : Array.isArray(x) ? '' : x.value.toString());
  const dec = () => decimalOf(w);
  switch (u.soort) {
    case 'horizon':
      return { waarde: value(w), uitleg: `prognose van ${u.laatste_maand} (laatste maand met gegevens) tot en met ${value(w)}` };
    case 'basisperiode':
      return { waarde: value(w), uitleg: `instroom en uitstroomkans zijn geschat over deze ${u.maanden} maanden (standaard: de laatste 24 met een vorige stand, minder als de gegevens korter zijn)` };
    case 'factor':
      return { waarde: value(w), uitleg: 'vermenigvuldigt de geschatte waarde' };
    case 'instroom':
      return {
        waarde: `${n(dec())} per maand`,
        uitleg: `${u.totaal} instroom in ${u.maanden} maanden basisperiode = ${n(u.per_maand.value)} per maand, x instroom_factor ${u.factor.value.toString()}`,
      };
    case 'uitstroomkans':
      return {
        waarde: `${n(dec(), 3)}% per maand`,
        uitleg: `${u.uitstroom} uitstroom / ${n(D(u.som_vorige_standen), 0)} (som van de standen van de vorige maanden) x uitstroom_factor ${u.factor.value.toString()}; startstand ${u.startstand} op ${u.startmaand}`,
      };
    case 'prijs':
      return {
        waarde: `${euro(dec(), 'nl')} (${u.jaar})`,
        uitleg: u.bron === 'prijzen.csv' ? 'uit prijzen.csv, daarna geïndexeerd met prijsindex_pct' : `bruto lasten / gemiddeld volume ${u.jaar}, daarna geïndexeerd met prijsindex_pct`,
      };
    case 'prijsindex':
      return { waarde: Array.isArray(w) ? w.map((y) => `${y.jaar}: ${n(y.pct.value, 1)}%`).join(', ') : '', uitleg: 'prijsstijging per jaar; een jaar dat het scenario niet noemt: 0%' };
    case 'baten':
      return { waarde: euro(dec(), 'nl'), uitleg: u.bron === 'scenario' ? 'uit het scenario' : `gelijk aan ${u.basisjaar ?? '-'} (het laatste gerealiseerde jaar)` };
    case 'budget': {
      const how = {
        gepubliceerd: () => `gepubliceerd budget (${u.fase}) uit budget.csv`,
        verwacht_definitief: () =>
          `gepubliceerd ${u.fase} ${euro(u.gepubliceerd!.value, 'nl')}, bijgesteld met ${n(u.bijstelling_pct!.value, 2)}% naar het verwachte definitieve budget (bijstelling_pct); ook het vangnet rekent hiermee`,
        scenario: () => 'raming uit het scenario',
        macrobudget: () =>
          `raming: macrobudget ${euro(u.macrobudget!.value, 'nl')} x aandeel ${n(u.aandeel_pct!.value, 4)}% (macrobudget gegroeid met macro_volume_pct en macro_prijs_pct, standaard de prijsindex)`,
        groei: () => `raming: het vorige jaar plus budget_groei_pct ${n(u.groei_pct.value, 1)}%`,
      }[u.herkomst]();
      const acties = u.acties.value.isZero() ? '' : `; waarvan ${euro(u.acties.value, 'nl')} door de acties (LKS-deelbudget)`;
      return { waarde: `${euro(dec(), 'nl')} (${u.herkomst === 'verwacht_definitief' ? 'verwacht definitief' : u.fase})`, uitleg: how + acties };
    }
    case 'schok':
      return { waarde: value(w), uitleg: u.omschrijving ?? 'extra instroom in die maand' };
    case 'aanvalsplan':
      return { waarde: `${value(w)} acties`, uitleg: 'de effecten van de acties zitten in de prognose; buig plan prijst ze per actie' };
  }
}

const delen = (ds: { reeks: string; aandeel_pct: { value: Decimal } }[]) => ds.map((d) => `${d.reeks} ${n(d.aandeel_pct.value, 1)}%`).join(', ');

export const words: ReportWords = {
  toets,
  vangnetWaarschuwing,
  vangnetOpmerking: (o) => `beide routes geven recht (${o.routes.map((r) => `${r.route} ${euros(r.vangnet.value, 'nl')}`).join(', ')}); de hoogste uitkering geldt: ${o.gekozen}`,
  aanname,
  forecastWaarschuwing(w) {
    switch (w.soort) {
      case 'schok-niet-toegepast':
        return w.reden === 'geen-reeks'
          ? `schok ${w.maand} voor ${w.reeks} niet toegepast: de gegevens hebben geen reeks ${w.reeks}`
          : `schok ${w.maand} voor ${w.reeks} niet toegepast: die maand valt niet in de prognose`;
      case 'schok-verdeeld':
        return `schok ${w.maand} voor ${w.regeling} verdeeld over de segmenten naar hun stand: ${delen(w.delen)}`;
      case 'geen-prijs':
        return `geen prijs voor ${w.regeling}: de lasten van ${w.regeling} tellen in de prognose niet mee`;
      case 'geen-regels':
        return `${w.jaar}: geen vangnetregels voor dit jaar; vangnet niet berekend (geef regels met --rules)`;
      case 'onvolledig-jaar':
        return `${w.jaar} telt maar ${w.maanden} maanden tot de horizon en staat niet in de jaren`;
      case 'vangnet':
        return `vangnet ${w.jaren.join(', ')}: ${vangnetWaarschuwing(w.waarschuwing)}`;
      case 'budget-bijgesteld':
        return `${w.jaar}: het gepubliceerde budget is ${w.fase} (${euro(w.gepubliceerd.value, 'nl')}); gerekend is met het verwachte definitieve budget ${euro(w.budget.value, 'nl')} (bijstelling ${n(w.bijstelling_pct.value)}%), ook voor het vangnet`;
      case 'budget-niet-bijgesteld':
        return `${w.jaar}: de lasten stijgen met een prijsindex van ${n(w.prijsindex_pct.value)}%, maar het budget (${w.fase}) wordt niet bijgesteld; geef bijstelling_pct als het definitieve budget de prijsstijging ook zal bevatten`;
      case 'scenario-niet-gebruikt':
        return w.bron === 'budget.csv'
          ? `${w.jaar}: ${w.sleutel} uit het scenario (${scenarioWaarde(w)}) telt niet: budget.csv publiceert het budget ${w.jaar} (${w.fase}, ${euro(w.gegevens.value, 'nl')}), en dat geldt`
          : `${w.jaar}: baten uit het scenario (${euro(w.scenario.value, 'nl')}) tellen niet: ${w.jaar} is gerealiseerd en de baten staan in lasten.csv (${euro(w.gegevens.value, 'nl')})`;
      default:
        return words.planWaarschuwing(w);
    }
  },
  planWaarschuwing(w) {
    switch (w.soort) {
      case 'klif':
        return `${w.jaar}: het plan brengt het tekort onder de drempel en kost daarmee het hele vangnet (${euro(w.verlies.value, 'nl')})`;
      case 'acties-zonder-aantal':
        return `acties zonder aantal (het plan noemt geen getal): ${w.codes.join(', ')}`;
      case 'actie-zonder-reeks':
        return `actie ${w.code}: de gegevens hebben geen reeks voor haar regeling; niet meegerekend`;
      case 'actie-verdeeld':
        return `actie ${w.code}: verdeeld over de segmenten naar hun stand: ${delen(w.delen)}`;
    }
  },
};
