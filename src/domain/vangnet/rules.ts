// The vangnetuitkering rules, year by year: THE place where they are written down.
// Each entry covers a period of years and holds one or two routes (regulier; from 2025 also the
// uitgebreid vangnet of Stb. 2025, 222). Every part of a route carries its own status, because
// the texts confirm some parts and not others (2025: the entry test is confirmed, the bands not).
// A computation that uses an `aangenomen` (assumed) part warns about it.
//
// Percentages are of the definitief budget of the year itself (B_t). See docs/model.md
// ("The vangnet rules, year by year") and the sources named per entry (`bron`).
//
// A user can override or add years with `buig vangnet --rules FILE` (same shape, as JSON).

import { D, type Decimal } from '../../money.js';

export type Status = 'bevestigd' | 'aangenomen';

/** Entry test: tekort% of the year itself above (or, if inclusief, at least) the threshold. */
export interface Drempel {
  pct: Decimal;
  inclusief: boolean;
  status: Status;
}

/**
 * Multi-year test.
 * - `cumulatief`: the signed saldi of years t+van .. t added up (an overschot offsets a tekort);
 *   the summed tekort must exceed grens_pct of the budget of year t only.
 * - `tekortjaren`: in at least `minimum` of the years t+van .. t+tot, a tekort of (at least)
 *   grens_pct of that year's own budget.
 */
export type Meerjarig =
  | { soort: 'cumulatief'; van: number; grens_pct: Decimal; inclusief: boolean; status: Status }
  | { soort: 'tekortjaren'; van: number; tot: number; minimum: number; grens_pct: Decimal; inclusief: boolean; status: Status };

/**
 * The three steps: 0 - eigen_risico_pct the gemeente's own; eigen_risico_pct - boven_pct
 * compensated at midden_vergoeding_pct; above boven_pct fully.
 */
export interface Treden {
  eigen_risico_pct: Decimal;
  boven_pct: Decimal;
  midden_vergoeding_pct: Decimal;
  status: Status;
}

export type RouteNaam = 'regulier' | 'uitgebreid';

export interface Route {
  naam: RouteNaam;
  drempel: Drempel;
  meerjarig: Meerjarig | null;
  treden: Treden;
}

export interface VangnetRule {
  id: string;
  van: number;
  tot: number;
  routes: Route[];
  bron: string;
  /** Where the rule came from: built in, or a user's rules file. */
  herkomst?: string;
}

const pct = (s: string) => D(s);

function regulier(drempelPct: string, meerjarig: Meerjarig | null, eigenRisico: string, boven: string, status: { drempel: Status; treden: Status }): Route {
  return {
    naam: 'regulier',
    drempel: { pct: pct(drempelPct), inclusief: false, status: status.drempel },
    meerjarig,
    treden: { eigen_risico_pct: pct(eigenRisico), boven_pct: pct(boven), midden_vergoeding_pct: pct('50'), status: status.treden },
  };
}

const cumulatief = (van: number, grens: string, status: Status): Meerjarig => ({
  soort: 'cumulatief',
  van,
  grens_pct: pct(grens),
  inclusief: false,
  status,
});

/** The uitgebreid vangnet (Stb. 2025, 222), for year t: tekortjaren among t-3 .. t-1. */
function uitgebreid(status: { drempel: Status; meerjarig: Status; treden: Status }): Route {
  return {
    naam: 'uitgebreid',
    drempel: { pct: pct('5'), inclusief: false, status: status.drempel },
    meerjarig: { soort: 'tekortjaren', van: -3, tot: -1, minimum: 2, grens_pct: pct('5'), inclusief: true, status: status.meerjarig },
    // Own risk 5% is confirmed; the bands above it are not: assumed 5-12.5% half, > 12.5% full.
    treden: { eigen_risico_pct: pct('5'), boven_pct: pct('12.5'), midden_vergoeding_pct: pct('50'), status: status.treden },
  };
}

/**
 * The vangnet over year t is requested in t+1 and paid in t+2, out of the macrobudget of t+2
 * (Toetsingscommissie vangnet Participatiewet; VNG): the year the money arrives.
 */
export const UITBETALING_NA_JAREN = 2;

export const BUILT_IN_RULES: readonly VangnetRule[] = [
  {
    id: '2015',
    van: 2015,
    tot: 2015,
    routes: [regulier('7.5', null, '7.5', '12.5', { drempel: 'bevestigd', treden: 'aangenomen' })],
    bron: 'Stb. 2015, 453 (drempel verlaagd van 10% naar 7,5%, met terugwerkende kracht); treden niet bevestigd',
  },
  {
    id: '2016',
    van: 2016,
    tot: 2016,
    routes: [regulier('5', null, '5', '10', { drempel: 'aangenomen', treden: 'aangenomen' })],
    bron: 'Besluit Participatiewet (Stb. 2014, 537) zoals gewijzigd; alleen secundaire bronnen',
  },
  {
    id: '2017',
    van: 2017,
    tot: 2017,
    routes: [regulier('5', cumulatief(-1, '5', 'bevestigd'), '5', '12.5', { drempel: 'bevestigd', treden: 'bevestigd' })],
    bron: 'Toetsingscommissie vangnet Participatiewet, voorwaarden 2017; Stb. 2016, 355',
  },
  {
    id: '2018',
    van: 2018,
    tot: 2018,
    routes: [regulier('5', cumulatief(-2, '5', 'bevestigd'), '5', '12.5', { drempel: 'bevestigd', treden: 'bevestigd' })],
    bron: 'Toetsingscommissie vangnet Participatiewet, voorwaarden 2018',
  },
  {
    id: '2019-2024',
    van: 2019,
    tot: 2024,
    routes: [regulier('7.5', cumulatief(-2, '7.5', 'bevestigd'), '7.5', '12.5', { drempel: 'bevestigd', treden: 'bevestigd' })],
    bron: 'Toetsingscommissie vangnet Participatiewet, voorwaarden 2021 en 2024, berekening 2024; Renkum 2019 sluit tot op de euro',
  },
  {
    id: '2025',
    van: 2025,
    tot: 2025,
    routes: [
      regulier('7.5', cumulatief(-2, '7.5', 'bevestigd'), '7.5', '12.5', { drempel: 'bevestigd', treden: 'aangenomen' }),
      uitgebreid({ drempel: 'bevestigd', meerjarig: 'bevestigd', treden: 'aangenomen' }),
    ],
    bron: 'Toetsingscommissie vangnet Participatiewet, voorwaarden 2025; Stb. 2025, 222 (uitgebreid vangnet); treden boven het eigen risico niet bevestigd',
  },
  {
    id: '2026',
    van: 2026,
    tot: 2026,
    routes: [
      regulier('7.5', cumulatief(-2, '7.5', 'aangenomen'), '7.5', '12.5', { drempel: 'aangenomen', treden: 'aangenomen' }),
      uitgebreid({ drempel: 'aangenomen', meerjarig: 'aangenomen', treden: 'aangenomen' }),
    ],
    bron: 'aangenomen: als 2025 met het venster een jaar verschoven; een verlaging van het eigen risico naar 2,5% is aangekondigd maar niet vastgesteld',
  },
];

/**
 * The rule for a year: a user's rules win over the built-in ones. Undefined when no rule covers
 * the year; callers must report that, never fall back to a neighbouring year.
 */
export function ruleFor(jaar: number, userRules: readonly VangnetRule[] = []): VangnetRule | undefined {
  const covers = (r: VangnetRule) => r.van <= jaar && jaar <= r.tot;
  return userRules.find(covers) ?? BUILT_IN_RULES.find(covers);
}

/** The parts of a route that are assumed, for the warnings. */
export function assumedParts(route: Route): ('drempel' | 'meerjarig' | 'treden')[] {
  const parts: ('drempel' | 'meerjarig' | 'treden')[] = [];
  if (route.drempel.status === 'aangenomen') parts.push('drempel');
  if (route.meerjarig?.status === 'aangenomen') parts.push('meerjarig');
  if (route.treden.status === 'aangenomen') parts.push('treden');
  return parts;
}

export function ruleStatus(rule: VangnetRule): Status {
  return rule.routes.some((r) => assumedParts(r).length > 0) ? 'aangenomen' : 'bevestigd';
}
