// The forecast report: the contract's `{ scenario, aannames, jaren, maanden }`, plus the
// warnings. Every assumption the projection used is listed with where it came from.

import type { Forecast, ForecastWarning, YearResult } from '../domain/forecast/forecast.js';
import type { Scenario } from '../domain/forecast/scenario.js';
import { seriesId } from '../domain/forecast/stockflow.js';
import { D, formatEuro, formatNumber, jsonAmount, roundHalfUp, ZERO, type Decimal, type Lang } from '../money.js';
import { pctJson, vangnetReport, type VangnetJson } from './vangnet.js';
import { monthIndex } from '../period.js';
import type { ForecastRun } from '../app/forecast.js';
import { effectNotes } from './plan.js';

export interface AannameJson {
  sleutel: string;
  waarde: string;
  /** scenario: set in the scenario file; standaard: a default; gegevens: estimated from the data. */
  herkomst: 'scenario' | 'standaard' | 'gegevens';
  uitleg: string;
}

export interface RegelingJaarJson {
  regeling: string;
  gemiddeld_volume: number;
  prijs: string | null;
  bruto: string;
}

export interface JaarJson {
  jaar: number;
  soort: 'realisatie' | 'prognose';
  gemiddeld_volume: number;
  lasten: string;
  budget: string;
  budget_fase: string;
  saldo: string;
  tekort_pct: string;
  vangnet: VangnetJson | null;
  resultaat: string;
  baten: string;
  /** Lasten of aanvalsplan acties outside volume x prijs (LKS placements, verlagingen). */
  acties_lasten: string;
  regelingen: RegelingJaarJson[];
}

export interface MaandJson {
  maand: string;
  regeling: string;
  segment?: string;
  soort: 'realisatie' | 'prognose';
  volume: number;
  instroom: number | null;
  uitstroom: number | null;
}

export interface ForecastJson {
  /** bestand: the scenario file; null for a data folder run on the default assumptions. */
  scenario: { naam: string; bestand: string | null; data: string };
  aannames: AannameJson[];
  jaren: JaarJson[];
  maanden: MaandJson[];
  waarschuwingen: string[];
}

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);
/** Counts in JSON are numbers; projected ones are fractional, shown to 6 decimals. */
const count = (d: Decimal) => Number(roundHalfUp(d, 6).toFixed(6));
const COUNT_DECIMALS = 6;

function assumptions(f: Forecast, s: Scenario, lang: Lang): AannameJson[] {
  const out: AannameJson[] = [];
  const from = (key: string): AannameJson['herkomst'] => (s.gezet.has(key) ? 'scenario' : 'standaard');
  const n = (d: Decimal, decimals = 2) => formatNumber(d, decimals, lang);
  out.push({
    sleutel: 'horizon',
    waarde: f.horizon,
    herkomst: from('horizon'),
    uitleg: tr(lang, `prognose van ${f.laatsteMaand} (laatste maand met gegevens) tot en met ${f.horizon}`, `projection from ${f.laatsteMaand} (last month with data) to ${f.horizon}`),
  });
  const basisMaanden = monthIndex(f.basisperiode.tot) - monthIndex(f.basisperiode.van) + 1;
  out.push({
    sleutel: 'basisperiode',
    waarde: `${f.basisperiode.van} - ${f.basisperiode.tot}`,
    herkomst: from('basisperiode'),
    uitleg: tr(
      lang,
      `instroom en uitstroomkans zijn geschat over deze ${basisMaanden} maanden (standaard: de laatste 24 met een vorige stand, minder als de gegevens korter zijn)`,
      `instroom and the uitstroom rate are estimated over these ${basisMaanden} months (default: the last 24 with a previous stand, fewer when the data is shorter)`,
    ),
  });
  for (const key of ['instroom_factor', 'uitstroom_factor'] as const) {
    out.push({ sleutel: key, waarde: s.aannames[key].toString(), herkomst: from(key), uitleg: tr(lang, 'vermenigvuldigt de geschatte waarde', 'multiplies the estimated value') });
  }
  for (const r of f.reeksen) {
    const id = seriesId(r.key);
    out.push({
      sleutel: `instroom.${id}`,
      waarde: `${n(r.instroom)} ${tr(lang, 'per maand', 'a month')}`,
      herkomst: 'gegevens',
      uitleg: tr(
        lang,
        `${r.base.totaalInstroom} instroom in ${r.base.maanden} maanden basisperiode = ${n(r.base.instroom)} per maand, x instroom_factor ${s.aannames.instroom_factor}`,
        `${r.base.totaalInstroom} instroom in ${r.base.maanden} base months = ${n(r.base.instroom)} a month, x instroom_factor ${s.aannames.instroom_factor}`,
      ),
    });
    out.push({
      sleutel: `uitstroomkans.${id}`,
      waarde: `${n(r.uitstroomKans.times(100), 3)}% ${tr(lang, 'per maand', 'a month')}`,
      herkomst: 'gegevens',
      uitleg: tr(
        lang,
        `${r.base.totaalUitstroom} uitstroom / ${formatNumber(D(r.base.somVorigeStanden), 0, lang)} (som van de standen van de vorige maanden) x uitstroom_factor ${s.aannames.uitstroom_factor}; startstand ${r.startVolume} op ${r.startMaand}`,
        `${r.base.totaalUitstroom} uitstroom / ${formatNumber(D(r.base.somVorigeStanden), 0, lang)} (sum of the previous-month stands) x uitstroom_factor ${s.aannames.uitstroom_factor}; starting stand ${r.startVolume} at ${r.startMaand}`,
      ),
    });
  }
  for (const p of f.prijzen) {
    out.push({
      sleutel: `prijs.${p.regeling}`,
      waarde: `${formatEuro(p.prijs, 0, lang)} (${p.jaar})`,
      herkomst: 'gegevens',
      uitleg:
        p.bron === 'prijzen.csv'
          ? tr(lang, `uit prijzen.csv, daarna geïndexeerd met prijsindex_pct`, `from prijzen.csv, then indexed with prijsindex_pct`)
          : tr(lang, `bruto lasten / gemiddeld volume ${p.jaar}, daarna geïndexeerd met prijsindex_pct`, `gross lasten / gemiddeld volume ${p.jaar}, then indexed with prijsindex_pct`),
    });
  }
  const prognoseYears = f.jaren.filter((j) => j.soort === 'prognose').map((j) => j.jaar);
  const index = prognoseYears.map((y) => `${y}: ${n(s.aannames.prijsindex_pct.get(y) ?? ZERO, 1)}%`).join(', ');
  out.push({
    sleutel: 'prijsindex_pct',
    waarde: index,
    herkomst: from('prijsindex_pct'),
    uitleg: tr(lang, 'prijsstijging per jaar; een jaar dat het scenario niet noemt: 0%', 'price increase per year; a year the scenario does not name: 0%'),
  });
  for (const j of f.jaren.filter((y) => y.soort === 'prognose')) {
    out.push({
      sleutel: `baten.${j.jaar}`,
      waarde: formatEuro(j.baten, 0, lang),
      herkomst: s.aannames.baten.has(j.jaar) ? 'scenario' : 'standaard',
      uitleg: s.aannames.baten.has(j.jaar)
        ? tr(lang, 'uit het scenario', 'from the scenario')
        : tr(lang, `gelijk aan ${f.batenBasis?.jaar ?? '-'} (het laatste gerealiseerde jaar)`, `as in ${f.batenBasis?.jaar ?? '-'} (the last realised year)`),
    });
    out.push({
      sleutel: `budget.${j.jaar}`,
      waarde: `${formatEuro(j.budget, 0, lang)} (${j.budgetFase})`,
      herkomst: j.budgetBron === 'budget.csv' ? 'gegevens' : j.budgetBron === 'scenario' ? 'scenario' : from('budget_groei_pct'),
      uitleg:
        j.budgetBron === 'budget.csv'
          ? tr(lang, `gepubliceerd budget (${j.budgetFase}) uit budget.csv`, `published budget (${j.budgetFase}) from budget.csv`)
          : j.budgetBron === 'scenario'
            ? tr(lang, 'raming uit het scenario', 'estimate from the scenario')
            : tr(lang, `raming: het vorige jaar plus budget_groei_pct ${n(s.aannames.budget_groei_pct, 1)}%`, `estimate: the year before plus budget_groei_pct ${n(s.aannames.budget_groei_pct, 1)}%`),
    });
  }
  s.schokken.forEach((k, i) => {
    out.push({
      sleutel: `schokken.${i}`,
      waarde: `${k.maand} ${seriesId(k)} ${k.instroom.isNegative() ? '' : '+'}${k.instroom.toString()}`,
      herkomst: 'scenario',
      uitleg: k.omschrijving ?? tr(lang, 'extra instroom in die maand', 'extra instroom in that month'),
    });
  });
  return out;
}

function warningText(w: ForecastWarning, lang: Lang): string {
  switch (w.soort) {
    case 'schok-niet-toegepast':
      return w.reden === 'geen-reeks'
        ? tr(lang, `schok ${w.maand} voor ${w.reeks} niet toegepast: de gegevens hebben geen reeks ${w.reeks}`, `shock ${w.maand} for ${w.reeks} not applied: the data have no series ${w.reeks}`)
        : tr(lang, `schok ${w.maand} voor ${w.reeks} niet toegepast: die maand valt niet in de prognose`, `shock ${w.maand} for ${w.reeks} not applied: that month is not projected`);
    case 'schok-verdeeld': {
      const delen = w.delen.map((d) => `${d.reeks} ${formatNumber(d.aandeel.times(100), 1, lang)}%`).join(', ');
      return tr(lang, `schok ${w.maand} voor ${w.regeling} verdeeld over de segmenten naar hun stand: ${delen}`, `shock ${w.maand} for ${w.regeling} spread over the segments by their stand: ${delen}`);
    }
    case 'geen-prijs':
      return tr(lang, `geen prijs voor ${w.regeling}: de lasten van ${w.regeling} tellen in de prognose niet mee`, `no prijs for ${w.regeling}: its lasten are left out of the projection`);
    case 'geen-regels':
      return tr(lang, `${w.jaar}: geen vangnetregels voor dit jaar; vangnet niet berekend (geef regels met --rules)`, `${w.jaar}: no vangnet rules for this year; vangnet not computed (supply rules with --rules)`);
    case 'onvolledig-jaar':
      return tr(lang, `${w.jaar} telt maar ${w.maanden} maanden tot de horizon en staat niet in de jaren`, `${w.jaar} has only ${w.maanden} months up to the horizon and is left out of the years`);
  }
}

/**
 * A year as shown. Budget and lasten are rounded to cents; saldo and resultaat are derived from
 * the rounded figures, so that saldo = budget - lasten and resultaat = saldo + vangnet hold on
 * what is shown (a projected lasten has fractions of a cent).
 */
function yearJson(j: YearResult, lang: Lang): JaarJson {
  const budget = roundHalfUp(j.budget, 2);
  const lasten = roundHalfUp(j.lasten, 2);
  const saldo = budget.minus(lasten);
  const vangnet = j.vangnet ? vangnetReport(j.vangnet, lang) : null;
  return {
    jaar: j.jaar,
    soort: j.soort,
    gemiddeld_volume: count(j.gemiddeldVolume),
    lasten: jsonAmount(lasten),
    budget: jsonAmount(budget),
    budget_fase: j.budgetFase,
    saldo: jsonAmount(saldo),
    tekort_pct: pctJson(j.tekortFractie),
    vangnet,
    resultaat: jsonAmount(saldo.plus(vangnet ? D(vangnet.vangnet) : ZERO)),
    baten: jsonAmount(j.baten),
    acties_lasten: jsonAmount(j.actieLasten),
    regelingen: j.regelingen.map((r) => ({ regeling: r.regeling, gemiddeld_volume: count(r.gemiddeldVolume), prijs: r.prijs ? jsonAmount(r.prijs) : null, bruto: jsonAmount(r.bruto) })),
  };
}

/**
 * Months: volume and instroom rounded to 6 decimals, and uitstroom derived from the rounded
 * figures, so that stand = previous stand + instroom - uitstroom holds exactly on what is shown.
 */
function monthsJson(f: Forecast): MaandJson[] {
  const out: MaandJson[] = [];
  const previous = new Map<string, Decimal>();
  for (const m of f.maanden) {
    const id = seriesId(m.key);
    const volume = roundHalfUp(m.volume, COUNT_DECIMALS);
    const before = previous.get(id);
    let instroom: Decimal | undefined;
    let uitstroom: Decimal | undefined;
    if (m.soort === 'prognose' && before && m.instroom) {
      instroom = roundHalfUp(m.instroom, COUNT_DECIMALS);
      uitstroom = before.plus(instroom).minus(volume);
    } else if (m.instroom && m.uitstroom) {
      instroom = m.instroom;
      uitstroom = m.uitstroom;
    }
    out.push({
      maand: m.maand,
      regeling: m.key.regeling,
      ...(m.key.segment ? { segment: m.key.segment } : {}),
      soort: m.soort,
      volume: Number(volume.toFixed(COUNT_DECIMALS)),
      instroom: instroom ? Number(instroom.toFixed(COUNT_DECIMALS)) : null,
      uitstroom: uitstroom ? Number(uitstroom.toFixed(COUNT_DECIMALS)) : null,
    });
    previous.set(id, volume);
  }
  return out;
}

export function forecastReport(f: Forecast, s: Scenario, source: { bestand: string | null; data: string }, lang: Lang): ForecastJson {
  const jaren = f.jaren.map((j) => yearJson(j, lang));
  // The vangnet's own warnings, once each, with the years whose vangnet they concern.
  const byText = new Map<string, number[]>();
  for (const j of jaren) for (const w of j.vangnet?.waarschuwingen ?? []) byText.set(w, [...(byText.get(w) ?? []), j.jaar]);
  const waarschuwingen = [
    ...f.waarschuwingen.map((w) => warningText(w, lang)),
    ...[...byText].map(([w, years]) => `vangnet ${years.join(', ')}: ${w}`),
  ];
  return { scenario: { naam: s.naam, ...source }, aannames: assumptions(f, s, lang), jaren, maanden: monthsJson(f), waarschuwingen };
}

/** The report of a scenario's run: with an aanvalsplan, what its acties did and that they are in. */
export function forecastRunReport(run: ForecastRun, lang: Lang): ForecastJson {
  const { prepared } = run;
  const report = forecastReport(run.forecast, prepared.scenario, { bestand: prepared.loaded.label ?? null, data: prepared.loaded.dataLabel }, lang);
  if (run.effects) report.waarschuwingen.unshift(...effectNotes(run.effects, lang));
  if (prepared.acties.length) {
    report.aannames.push({
      sleutel: 'aanvalsplan',
      waarde: `${prepared.acties.length} acties`,
      herkomst: 'scenario',
      uitleg: tr(lang, 'de effecten van de acties zitten in de prognose; buig plan prijst ze per actie', 'the effects of the acties are in the projection; buig plan prices them per actie'),
    });
  }
  return report;
}
