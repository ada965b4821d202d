// The plan report: the contract's `{ scenario, acties, totaal }`, acties ranked by their net
// effect, with the marginal value of a euro per year, cliffs, the taakstelling and the solver.

import type { Actie } from '../domain/plan/actie.js';
import type { PlanEffects } from '../domain/plan/effects.js';
import { reductionAt, type Doel, type PlanPricing, type SolveResult, type YearDelta } from '../domain/plan/price.js';
import { sum, type Decimal } from '../money.js';
import { Aantal, Bedrag, Getal, Procent } from './values.js';
import type { Month } from '../period.js';

export interface YearDeltaJson {
  jaar: number;
  delta_volume: Aantal;
  delta_lasten: Bedrag;
  delta_vangnet: Bedrag;
  delta_resultaat: Bedrag;
  kosten: Bedrag;
  netto: Bedrag;
}

/** What happened to acties that do not map onto one series: left out, or spread over segments. */
export type EffectNote = { soort: 'actie-zonder-reeks'; code: string } | { soort: 'actie-verdeeld'; code: string; delen: { reeks: string; aandeel_pct: Procent }[] };

/** What the plan report warns about, as data. */
export type PlanWaarschuwing = { soort: 'klif'; jaar: number; verlies: Bedrag } | { soort: 'acties-zonder-aantal'; codes: string[] } | EffectNote;

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
  netto_totaal: Bedrag;
  /** Kosten per benefit-year avoided over the horizon; null without kosten or avoided years. */
  kosten_per_uitkeringsjaar: Bedrag | null;
}

export interface PlanJson {
  scenario: { naam: string; bestand: string | null };
  acties: ActieJson[];
  totaal: { jaren: YearDeltaJson[]; netto_totaal: Bedrag };
  marginaal: { jaar: number; waarde: Getal; cliff: { verlies: Bedrag } | null }[];
  taakstelling: { aantal: number; maand: string; reductie: Aantal; bereikt: boolean; omschrijving: string | null } | null;
  oplossing: {
    jaar: number;
    doel: string;
    vanaf: string;
    per_maand: number | null;
    saldo: Bedrag | null;
    tekort_pct: Procent | null;
    een_minder: { saldo: Bedrag; tekort_pct: Procent } | null;
  } | null;
  waarschuwingen: PlanWaarschuwing[];
}

const volume = (d: Decimal) => new Aantal(d, 4);

function yearJson(y: YearDelta): YearDeltaJson {
  return {
    jaar: y.jaar,
    delta_volume: volume(y.deltaVolume),
    delta_lasten: new Bedrag(y.deltaLasten),
    delta_vangnet: new Bedrag(y.deltaVangnet),
    delta_resultaat: new Bedrag(y.deltaResultaat),
    kosten: new Bedrag(y.kosten),
    netto: new Bedrag(y.netto),
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
    netto_totaal: new Bedrag(total(alleen)),
    kosten_per_uitkeringsjaar: kosten.gt(0) && avoided.gt(0) ? new Bedrag(kosten.div(avoided)) : null,
  };
}

export function planReport(
  p: PlanPricing,
  source: { naam: string; bestand: string | null },
  extra: { taakstelling?: { aantal: number; maand: Month; omschrijving?: string }; oplossing?: SolveResult } = {},
): PlanJson {
  const acties = p.acties
    .map((a) => ({ a, netto: total(a.alleen) }))
    .sort((x, y) => y.netto.comparedTo(x.netto) || x.a.actie.code.localeCompare(y.a.actie.code))
    .map(({ a }) => actieJson(a.actie, a.alleen, a.alsLaatste));

  const waarschuwingen: PlanWaarschuwing[] = p.marginaal.flatMap((m) => (m.cliff ? [{ soort: 'klif' as const, jaar: m.jaar, verlies: new Bedrag(m.cliff.verlies) }] : []));
  waarschuwingen.push(...effectNotes(p));
  const zero = p.acties.filter((a) => a.actie.aantal === 0).map((a) => a.actie.code);
  if (zero.length) waarschuwingen.push({ soort: 'acties-zonder-aantal', codes: zero });

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
      saldo: o.met ? new Bedrag(o.met.saldo) : null,
      tekort_pct: o.met ? Procent.ofFraction(o.met.tekortFractie) : null,
      een_minder: o.eenMinder ? { saldo: new Bedrag(o.eenMinder.saldo), tekort_pct: Procent.ofFraction(o.eenMinder.tekortFractie) } : null,
    };
  }

  return {
    scenario: source,
    acties,
    totaal: { jaren: p.totaal.map(yearJson), netto_totaal: new Bedrag(total(p.totaal)) },
    marginaal: p.marginaal.map((m) => ({ jaar: m.jaar, waarde: new Getal(m.waarde), cliff: m.cliff ? { verlies: new Bedrag(m.cliff.verlies) } : null })),
    taakstelling,
    oplossing,
    waarschuwingen,
  };
}

export function doelText(d: Doel): string {
  return d.soort === 'saldo' ? 'saldo>=0' : `tekort_pct<=${d.max.toString()}`;
}

/** What happened to acties that do not map onto one series: left out, or spread over segments. */
export function effectNotes(e: Pick<PlanEffects, 'zonderReeks' | 'verdeeld'>): EffectNote[] {
  return [
    ...e.zonderReeks.map((code) => ({ soort: 'actie-zonder-reeks' as const, code })),
    ...e.verdeeld.map((v) => ({ soort: 'actie-verdeeld' as const, code: v.code, delen: v.delen.map((d) => ({ reeks: d.reeks, aandeel_pct: Procent.ofFraction(d.aandeel) })) })),
  ];
}
