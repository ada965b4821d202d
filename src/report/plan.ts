// The plan report: the contract's `{ scenario, acties, totaal }`, acties ranked by their net
// effect, with the marginal value of a euro per year, cliffs, the taakstelling and the solver.

import type { Actie } from '../domain/plan/actie.js';
import type { PlanEffects } from '../domain/plan/effects.js';
import { reductionAt, type Doel, type PlanPricing, type SolveResult, type YearDelta } from '../domain/plan/price.js';
import { formatEuro, formatNumber, jsonAmount, roundHalfUp, sum, type Decimal, type Lang } from '../money.js';
import type { Month } from '../period.js';

export interface YearDeltaJson {
  jaar: number;
  delta_volume: number;
  delta_lasten: string;
  delta_vangnet: string;
  delta_resultaat: string;
  kosten: string;
  netto: string;
}

export interface ActieJson {
  code: string;
  naam: string;
  hefboom: string;
  aantal: number;
  start: string;
  ingroei_maanden: number;
  actielijn: string | null;
  /** The actie alone against the base. */
  jaren: YearDeltaJson[];
  /** The plan against the plan without this actie. */
  als_laatste: YearDeltaJson[];
  netto_totaal: string;
  /** Kosten per benefit-year avoided over the horizon; null without kosten or avoided years. */
  kosten_per_uitkeringsjaar: string | null;
}

export interface PlanJson {
  scenario: { naam: string; bestand: string | null };
  acties: ActieJson[];
  totaal: { jaren: YearDeltaJson[]; netto_totaal: string };
  marginaal: { jaar: number; waarde: string; cliff: { verlies: string } | null }[];
  taakstelling: { aantal: number; maand: string; reductie: number; bereikt: boolean; omschrijving: string | null } | null;
  oplossing: {
    jaar: number;
    doel: string;
    vanaf: string;
    per_maand: number | null;
    saldo: string | null;
    tekort_pct: string | null;
    een_minder: { saldo: string; tekort_pct: string } | null;
  } | null;
  waarschuwingen: string[];
}

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);
const volume = (d: Decimal) => Number(roundHalfUp(d, 4).toFixed(4));

function yearJson(y: YearDelta): YearDeltaJson {
  return {
    jaar: y.jaar,
    delta_volume: volume(y.deltaVolume),
    delta_lasten: jsonAmount(y.deltaLasten),
    delta_vangnet: jsonAmount(y.deltaVangnet),
    delta_resultaat: jsonAmount(y.deltaResultaat),
    kosten: jsonAmount(y.kosten),
    netto: jsonAmount(y.netto),
  };
}

const total = (ys: readonly YearDelta[]) => sum(ys.map((y) => y.netto));

function actieJson(a: Actie, alleen: YearDelta[], alsLaatste: YearDelta[]): ActieJson {
  const kosten = sum(alleen.map((y) => y.kosten));
  const avoided = sum(alleen.map((y) => y.deltaVolume)).neg();
  return {
    code: a.code,
    naam: a.naam,
    hefboom: a.hefboom,
    aantal: a.aantal,
    start: a.start,
    ingroei_maanden: a.ingroei_maanden,
    actielijn: a.actielijn ?? null,
    jaren: alleen.map(yearJson),
    als_laatste: alsLaatste.map(yearJson),
    netto_totaal: jsonAmount(total(alleen)),
    kosten_per_uitkeringsjaar: kosten.gt(0) && avoided.gt(0) ? jsonAmount(kosten.div(avoided)) : null,
  };
}

export function planReport(
  p: PlanPricing,
  source: { naam: string; bestand: string | null },
  lang: Lang,
  extra: { taakstelling?: { aantal: number; maand: Month; omschrijving?: string }; oplossing?: SolveResult } = {},
): PlanJson {
  const acties = p.acties
    .map((a) => ({ a, netto: total(a.alleen) }))
    .sort((x, y) => y.netto.comparedTo(x.netto) || x.a.actie.code.localeCompare(y.a.actie.code))
    .map(({ a }) => actieJson(a.actie, a.alleen, a.alsLaatste));

  const waarschuwingen: string[] = [];
  for (const m of p.marginaal) {
    if (m.cliff) {
      waarschuwingen.push(
        tr(
          lang,
          `${m.jaar}: het plan brengt het tekort onder de drempel en kost daarmee het hele vangnet (${formatEuro(m.cliff.verlies, 0, lang)})`,
          `${m.jaar}: the plan brings the tekort below the threshold and so costs the whole vangnet (${formatEuro(m.cliff.verlies, 0, lang)})`,
        ),
      );
    }
  }
  waarschuwingen.push(...effectNotes(p, lang));
  const zero = p.acties.filter((a) => a.actie.aantal === 0).map((a) => a.actie.code);
  if (zero.length) {
    waarschuwingen.push(tr(lang, `acties zonder aantal (het plan noemt geen getal): ${zero.join(', ')}`, `acties without a number (the plan gives none): ${zero.join(', ')}`));
  }

  let taakstelling: PlanJson['taakstelling'] = null;
  if (extra.taakstelling) {
    const t = extra.taakstelling;
    const reductie = reductionAt(p.base, p.plan, t.maand);
    taakstelling = { aantal: t.aantal, maand: t.maand, reductie: volume(reductie), bereikt: reductie.gte(t.aantal), omschrijving: t.omschrijving ?? null };
  }

  let oplossing: PlanJson['oplossing'] = null;
  if (extra.oplossing) {
    const o = extra.oplossing;
    oplossing = {
      jaar: o.jaar,
      doel: doelText(o.doel),
      vanaf: o.vanaf,
      per_maand: o.perMaand ?? null,
      saldo: o.met ? jsonAmount(o.met.saldo) : null,
      tekort_pct: o.met ? roundHalfUp(o.met.tekortFractie.times(100), 4).toFixed(4) : null,
      een_minder: o.eenMinder ? { saldo: jsonAmount(o.eenMinder.saldo), tekort_pct: roundHalfUp(o.eenMinder.tekortFractie.times(100), 4).toFixed(4) } : null,
    };
  }

  return {
    scenario: source,
    acties,
    totaal: { jaren: p.totaal.map(yearJson), netto_totaal: jsonAmount(total(p.totaal)) },
    marginaal: p.marginaal.map((m) => ({ jaar: m.jaar, waarde: m.waarde.toString(), cliff: m.cliff ? { verlies: jsonAmount(m.cliff.verlies) } : null })),
    taakstelling,
    oplossing,
    waarschuwingen,
  };
}

export function doelText(d: Doel): string {
  return d.soort === 'saldo' ? 'saldo>=0' : `tekort_pct<=${d.max.toString()}`;
}


/** What happened to acties that do not map onto one series: left out, or spread over segments. */
export function effectNotes(e: Pick<PlanEffects, 'zonderReeks' | 'verdeeld'>, lang: Lang): string[] {
  const out = e.zonderReeks.map((code) =>
    tr(lang, `actie ${code}: de gegevens hebben geen reeks voor haar regeling; niet meegerekend`, `actie ${code}: the data have no series for its regeling; left out`),
  );
  for (const v of e.verdeeld) {
    const delen = v.delen.map((d) => `${d.reeks} ${formatNumber(d.aandeel.times(100), 1, lang)}%`).join(', ');
    out.push(tr(lang, `actie ${v.code}: verdeeld over de segmenten naar hun stand: ${delen}`, `actie ${v.code}: spread over the segments by their stand: ${delen}`));
  }
  return out;
}
