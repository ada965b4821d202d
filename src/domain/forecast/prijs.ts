// The prijs per regeling: from prijzen.csv, else derived as bruto / gemiddeld volume of the last
// realised year that has both; the latest one is indexed forward by the scenario's prijsindex.

import type { DataSet } from '../data.js';
import type { Regeling } from '../terms.js';
import { D, sum, ZERO, type Decimal } from '../../money.js';
import type { Aannames } from './scenario.js';
import type { Forecast, ForecastWarning } from './types.js';

type VolumeOf = (jaar: number, regeling: Regeling) => Decimal | undefined;

/** Bruto lasten of a year (of one regeling): lasten + baten + fout_onzeker when bruto is absent, so baten are never subtracted twice. */
export function brutoOf(data: Pick<DataSet, 'lasten'>, jaar: number, regeling?: Regeling): Decimal {
  return sum(
    data.lasten
      .filter((l) => l.jaar === jaar && (regeling === undefined || l.regeling === regeling))
      .map((l) => l.bruto ?? l.lasten.plus(l.baten ?? ZERO).plus(l.fout_onzeker ?? ZERO)),
  );
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
    if (listed && (!derived || listed.jaar >= derived.jaar)) prijzen.push({ regeling, jaar: listed.jaar, prijs: listed.prijs, bron: 'prijzen.csv' });
    else if (derived) prijzen.push({ regeling, ...derived, bron: 'afgeleid' });
    else waarschuwingen.push({ soort: 'geen-prijs', regeling });
  }
  return { prijzen, waarschuwingen };
}

/** The prijs of a regeling in a year: listed for that year, else the base prijs indexed to it; undefined before the base year. */
export function prijsIn(data: Pick<DataSet, 'prijzen'>, prijzen: Forecast['prijzen'], a: Pick<Aannames, 'prijsindex_pct'>, regeling: Regeling, jaar: number): Decimal | undefined {
  const listed = data.prijzen.find((p) => p.regeling === regeling && p.jaar === jaar);
  if (listed) return listed.prijs;
  const base = prijzen.find((p) => p.regeling === regeling);
  if (!base || jaar < base.jaar) return undefined;
  let prijs = base.prijs;
  for (let y = base.jaar + 1; y <= jaar; y++) prijs = prijs.times(D(1).plus((a.prijsindex_pct.get(y) ?? ZERO).div(100)));
  return prijs;
}

/**
 * prijsIn as a table: the same figures, each indexed year computed once from the year before
 * (the same multiplications in the same order as prijsIn makes from the base year).
 */
export function priceTable(data: Pick<DataSet, 'prijzen'>, prijzen: Forecast['prijzen'], a: Pick<Aannames, 'prijsindex_pct'>): (regeling: Regeling, jaar: number) => Decimal | undefined {
  const listed = new Map<string, Decimal>();
  // The first listed row of a year wins, as in prijsIn's find.
  for (const p of [...data.prijzen].reverse()) listed.set(`${p.regeling} ${p.jaar}`, p.prijs);
  const indexed = new Map<Regeling, Decimal[]>();
  return (regeling, jaar) => {
    const own = listed.get(`${regeling} ${jaar}`);
    if (own) return own;
    const base = prijzen.find((p) => p.regeling === regeling);
    if (!base || jaar < base.jaar) return undefined;
    const chain = indexed.get(regeling) ?? indexed.set(regeling, [base.prijs]).get(regeling)!;
    while (chain.length <= jaar - base.jaar) chain.push(chain[chain.length - 1]!.times(D(1).plus((a.prijsindex_pct.get(base.jaar + chain.length) ?? ZERO).div(100))));
    return chain[jaar - base.jaar];
  };
}

function sumDefined(xs: (Decimal | undefined)[]): Decimal | undefined {
  const defined = xs.filter((x): x is Decimal => x !== undefined);
  return defined.length ? sum(defined) : undefined;
}
