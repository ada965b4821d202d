// The words of the report document (`buig report`): Dutch prose a raadslid reads without a
// glossary, one catalogue per language (nl/document.ts, en/document.ts). The builder
// (src/render/document/build.ts) decides what is said; these say it. No option names, JSON
// keys or file paths here: those belong to the appendix, which the builder fills itself.

import type { Decimal, Lang } from '../money.js';
import type { RouteNaam } from '../domain/vangnet/rules.js';
import type { ToetsJson } from '../report/vangnet.js';
import { words as en } from './en/document.js';
import { words as nl } from './nl/document.js';

export type Herkomst = 'scenario' | 'standaard' | 'gegevens';

/** A part of a vangnet rule that is assumed, not confirmed. */
export interface AangenomenDeel {
  route: RouteNaam;
  deel: 'drempel' | 'meerjarig' | 'treden';
  drempel_pct: Decimal;
  treden: { eigen_risico_pct: Decimal; midden_vergoeding_pct: Decimal; boven_pct: Decimal };
}

/** How a year's budget came about, with its figures. */
export interface BudgetWoorden {
  fase: string;
  herkomst: 'gepubliceerd' | 'verwacht_definitief' | 'scenario' | 'macrobudget' | 'groei';
  gepubliceerd: Decimal | null;
  bijstellingPct: Decimal | null;
  macrobudget: Decimal | null;
  aandeelPct: Decimal | null;
  groeiPct: Decimal;
  acties: Decimal;
}

export interface DocumentWords {
  lang: Lang;
  /** 'december 2022' */
  maand(m: string): string;
  /** '2021-2022' for whole years, else 'maart 2021 tot en met december 2022'. */
  periode(van: string, tot: string): string;
  /** '2019, 2020 en 2022'; a run of three or more as '2023 tot en met 2026'. */
  jaren(js: readonly number[]): string;
  /** A regeling by its code: in full the first time ('Participatiewet (PW)'), then short. */
  regeling(code: string, eerste: boolean): string;
  /** A series of the data, 'PW' or 'PW/jongeren', as words. */
  reeks(id: string): string;
  fase(f: string): string;
  soort(s: 'realisatie' | 'prognose'): string;
  hefboom(h: string): string;
  herkomst(h: Herkomst): string;
  /** A saldo as a word with the amount: 'nadeel € 3.656.616'. */
  saldo(bedrag: Decimal): string;

  title(scenario: string, gemeente: string | undefined): string;
  subtitle(scenario: string, gemeente: string | undefined, version: string): string;
  sections: {
    samenvatting: string;
    prognose: string;
    vangnet: string;
    aanvalsplan: string;
    letOp: string;
    aannames: string;
    grafiek: string;
    bijlage: string;
    onzekerheid: string;
  };
  toelichting: {
    onzekerheid(runs: number): string;
    samenvatting: string;
    prognose(regelingen: readonly string[], laatsteRealisatie: number | undefined): string;
    budgetvolume: string;
    vangnet: string;
    kas: string;
    aanvalsplan: string;
    letOp: string;
    aannames: string;
    grafiek(plan: boolean): string;
    bijlage: string;
  };

  samenvatting: {
    jaar(j: {
      jaar: number;
      soort: 'realisatie' | 'prognose';
      fase: string;
      saldo: Decimal;
      pct: Decimal;
      vangnet: Decimal | null;
      resultaat: Decimal;
      budgetvolume: Decimal | null;
      volume: Decimal;
    }): string;
    plan(netto: Decimal, jaren: readonly number[]): string;
  };

  tabel: {
    prognose: { caption: string; head: string[] };
    lasten: { caption: string; head: string; baten: string; acties: string; overig: string; totaal: string };
    afronding: string;
    vangnet: { caption: string; head: string[]; geenTekort: string; geenRegels: string; ja: string; nee: string };
    budgetvolume: { caption: string; head: string[] };
    onzekerheid: { caption: string; head: string[]; grootheden: { volume: string; lasten: string; budget: string; tekort: string; vangnet: string; resultaat: string } };
    kas: { caption: string; head: string[]; geen: string };
    plan: { caption: string; head: string[]; totaal: string };
    acties: { caption: string; head: string[]; totaal: string };
  };
  /** A shown amount with V or N: '3.657 N'; zero without a letter. */
  vn(shown: Decimal): string;

  vangnet: {
    toets(t: ToetsJson, jaar: number): string;
    recht(v: { route: RouteNaam; routes: number; vangnet: Decimal; eigen_risico: Decimal }): string;
    geenRecht: string;
    geenTekort(jaren: readonly number[]): string;
    geenRegels(jaren: readonly number[]): string;
    route(r: RouteNaam): string;
    beideRoutes(routes: { route: RouteNaam; vangnet: Decimal }[], gekozen: RouteNaam): string;
  };

  plan: {
    marginaal(groups: { jaren: number[]; waarde: Decimal }[]): string;
    klif(jaar: number, verlies: Decimal): string;
    taakstelling(t: { aantal: number; maand: string; reductie: Decimal; bereikt: boolean; omschrijving: string | null }): string;
    oplossing(o: {
      jaar: number;
      doel: { soort: 'saldo' } | { soort: 'tekort'; max: string };
      vanaf: string;
      per_maand: number | null;
      saldo: Decimal | null;
      pct: Decimal | null;
      een_minder: { saldo: Decimal; pct: Decimal } | null;
    }): string;
    zonderAantal(namen: readonly string[]): string;
  };

  aanname: {
    horizon(tot: string, laatste: string, h: Herkomst): string;
    basisperiode(van: string, tot: string, maanden: number, h: Herkomst): string;
    factoren(instroom: Decimal, uitstroom: Decimal, h: Herkomst): string;
    instroom(reeks: string, perMaand: Decimal, periode: string): string;
    uitstroomkans(reeks: string, pct: Decimal, periode: string): string;
    prijs(regeling: string, bedrag: Decimal, jaar: number, opgegeven: boolean): string;
    prijsindex(groups: { jaren: number[]; pct: Decimal }[], h: Herkomst): string;
    baten(jaren: readonly number[], bedrag: Decimal, basisjaar: number | null, h: Herkomst): string;
    budget(jaar: number, bedrag: Decimal, b: BudgetWoorden): string;
    schok(maand: string, reeks: string, aantal: string, omschrijving: string | null): string;
    aanvalsplan(n: number): string;
  };

  letOp: {
    budget(fase: string, budgetJaren: readonly number[], uitkomstJaren: readonly number[]): string;
    budgetBijgesteld(jaar: number, fase: string, gepubliceerd: Decimal, pct: Decimal, budget: Decimal): string;
    budgetNietBijgesteld(jaar: number, fase: string, prijsindexPct: Decimal): string;
    saldoOntbreekt(jaar: number, toetsJaren: readonly number[]): string;
    budgetOntbreekt(jaar: number, toetsJaren: readonly number[]): string;
    aangenomen(jaren: readonly number[], delen: readonly AangenomenDeel[]): string;
    geenRegels(jaar: number): string;
    schokNietToegepast(maand: string, reeks: string, reden: string): string;
    schokVerdeeld(maand: string, regeling: string, delen: string): string;
    geenPrijs(regeling: string): string;
    onvolledigJaar(jaar: number, maanden: number): string;
    actieZonderReeks(actie: string): string;
    actieVerdeeld(actie: string, delen: string): string;
  };

  grafiek: { caption: string; geen: string };

  bijlage: {
    herkomst: string;
    bestanden(scenario: string | null, data: string, version: string, command: string): string[];
    rekenregels: string;
    regels: string[];
    regel(id: string, status: string, bron: string, jaren: readonly number[]): string;
    vangnetberekening(jaar: number): string;
    vangnetCaption: string;
    vangnetHead: string[];
    vangnetRijen: { budget(jaar: number, fase: string | null): string; lasten(jaar: number): string; tekort: string; pct: string; eigenRisico: string; vangnet: string };
    tredenCaption(route: string): string;
    tredenHead: string[];
    tredenTotaal: string;
    aannames: string;
    aannamesCaption: string;
    aannamesHead: string[];
    meldingen: string;
  };
}

export const documentWordsFor = (lang: Lang): DocumentWords => (lang === 'nl' ? nl : en);
