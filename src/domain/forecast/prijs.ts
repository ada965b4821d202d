// The prijs per regeling: from prijzen.csv, else derived as bruto / gemiddeld volume of the last
// realised year that has both; the latest one is indexed forward by the scenario's prijsindex.

import type { DataSet } from '../data.js';
import type { Regeling } from '../terms.js';
import { D, sum, ZERO, type Decimal } from '../../money.js';
import type { Aannames } from './scenario.js';
import type { Forecast, ForecastProblem, ForecastWarning } from './types.js';

type VolumeOf = (jaar: number, regeling: Regeling) => Decimal | undefined;

/** Bruto lasten of a year (of one regeling): lasten + baten + fout_onzeker when bruto is absent, so baten are never subtracted twice. */
export function brutoOf(data: Pick<DataSet, 'lasten'>, jaar: number, regeling?: Regeling): Decimal {
  return sum(data.lasten.filter((l) => l.jaar === jaar && (regeling === undefined || l.regeling === regeling)).map((l) => l.bruto ?? l.lasten.plus(l.baten ?? ZERO).plus(l.fout_onzeker ?? ZERO)));
}

/** Whether lasten.csv gives its lasten per regeling (else one total per year). */
export const lastenPerRegeling = (data: Pick<DataSet, 'lasten'>) => data.lasten.some((l) => l.regeling !== undefined);

/** The last known prijs per regeling, and a warning for a regeling without one. */
export function basePrices(
  data: Pick<DataSet, 'lasten' | 'prijzen'>,
  regelingen: readonly Regeling[],
  realisedYears: readonly number[],
  volumeOf: VolumeOf,
): { prijzen: Forecast['prijzen']; waarschuwingen: ForecastWarning[] } {
  const perRegeling = lastenPerRegeling(data);
  const prijzen: Forecast['prijzen'] = [];
  const waarschuwingen: ForecastWarning[] = [];
  for (const regeling of regelingen) {
    const listed = data.prijzen.filter((p) => p.regeling === regeling).sort((x, y) => y.jaar - x.jaar)[0];
    let derived: { jaar: number; prijs: Decimal } | undefined;
    for (const jaar of [...realisedYears].reverse()) {
      const volume = perRegeling ? volumeOf(jaar, regeling) : sumDefined(regelingen.map((r) => volumeOf(jaar, r)));
      const hasLasten = data.lasten.some((l) => l.jaar === jaar && (!perRegeling || l.regeling === regeling));
      if (volume && !volume.isZero() && hasLasten) {
        derived = { jaar, prijs: brutoOf(data, jaar, perRegeling ? regeling : undefined).div(volume) };
        break;
      }
    }
    // Every listed year from the derived one on is a base of its own: a prijs for a future year
    // holds from that year, and the years before it keep the derived prijs.
    const bases = data.prijzen.filter((p) => p.regeling === regeling && (!derived || p.jaar >= derived.jaar)).sort((x, y) => x.jaar - y.jaar);
    if (derived && !bases.some((p) => p.jaar === derived!.jaar)) prijzen.push({ regeling, ...derived, bron: 'afgeleid' });
    for (const p of bases) prijzen.push({ regeling, jaar: p.jaar, prijs: p.prijs, bron: 'prijzen.csv' });
    if (!derived && !listed) waarschuwingen.push({ soort: 'geen-prijs', regeling });
  }
  return { prijzen, waarschuwingen };
}

/**
 * The prijs of a regeling in a year: listed for that year, else the latest base up to that year
 * indexed to it; undefined before the first base.
 */
export function prijsIn(data: Pick<DataSet, 'prijzen'>, prijzen: Forecast['prijzen'], a: Pick<Aannames, 'prijsindex_pct'>, regeling: Regeling, jaar: number): Decimal | undefined {
  const listed = data.prijzen.find((p) => p.regeling === regeling && p.jaar === jaar);
  if (listed) return listed.prijs;
  const base = prijzen
    .filter((p) => p.regeling === regeling && p.jaar <= jaar)
    .sort((x, y) => x.jaar - y.jaar)
    .pop();
  if (!base) return undefined;
  let prijs = base.prijs;
  for (let y = base.jaar + 1; y <= jaar; y++) prijs = prijs.times(D(1).plus((a.prijsindex_pct.get(y) ?? ZERO).div(100)));
  return prijs;
}

/**
 * prijsIn as a table: the same figures, each indexed year computed once from the year before
 * (the same multiplications in the same order as prijsIn makes from its base year).
 */
export function priceTable(data: Pick<DataSet, 'prijzen'>, prijzen: Forecast['prijzen'], a: Pick<Aannames, 'prijsindex_pct'>): (regeling: Regeling, jaar: number) => Decimal | undefined {
  const listed = new Map<string, Decimal>();
  // The first listed row of a year wins, as in prijsIn's find.
  for (const p of [...data.prijzen].reverse()) listed.set(`${p.regeling} ${p.jaar}`, p.prijs);
  // Per regeling its bases in order of year (a stable sort, as prijsIn's), each with its indexed chain.
  const bases = new Map<Regeling, { jaar: number; chain: Decimal[] }[]>();
  const basesOf = (g: Regeling) =>
    bases.get(g) ??
    bases
      .set(
        g,
        prijzen
          .filter((p) => p.regeling === g)
          .sort((x, y) => x.jaar - y.jaar)
          .map((p) => ({ jaar: p.jaar, chain: [p.prijs] })),
      )
      .get(g)!;
  return (regeling, jaar) => {
    const own = listed.get(`${regeling} ${jaar}`);
    if (own) return own;
    // The latest base up to the year (the last of equal years, as prijsIn's pop).
    const base = basesOf(regeling)
      .filter((b) => b.jaar <= jaar)
      .pop();
    if (!base) return undefined;
    const chain = base.chain;
    while (chain.length <= jaar - base.jaar) chain.push(chain[chain.length - 1]!.times(D(1).plus((a.prijsindex_pct.get(base.jaar + chain.length) ?? ZERO).div(100))));
    return chain[jaar - base.jaar];
  };
}

/** A projected year before the first prijs of a regeling that has one: a problem, never a regeling priced at 0. */
export function missingPrices(prognose: readonly number[], prijzen: Forecast['prijzen'], regelingen: readonly Regeling[]): ForecastProblem[] {
  const problems: ForecastProblem[] = [];
  for (const regeling of regelingen) {
    const eerste = Math.min(...prijzen.filter((p) => p.regeling === regeling).map((p) => p.jaar));
    const jaar = prognose.find((j) => j < eerste);
    if (Number.isFinite(eerste) && jaar !== undefined) problems.push({ soort: 'geen-prijs-jaar', regeling, jaar, eerste });
  }
  return problems;
}

function sumDefined(xs: (Decimal | undefined)[]): Decimal | undefined {
  const defined = xs.filter((x): x is Decimal => x !== undefined);
  return defined.length ? sum(defined) : undefined;
}
