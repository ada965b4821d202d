// The forecast's named steps, each on its own, with answers worked out by hand; and the paths
// of the whole forecast that the Deventer data never takes (prijzen.csv, no budget, no rules,
// a horizon that ends mid-year).

import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../src/domain/data.js';
import { defaultBasisperiode, estimateSeries, histories, projectionWindow } from '../../src/domain/forecast/base.js';
import { forecast } from '../../src/domain/forecast/forecast.js';
import { shocksPerSeries, volumeIndex } from '../../src/domain/forecast/months.js';
import { basePrices, prijsIn } from '../../src/domain/forecast/prijs.js';
import { defaultAannames, type Scenario } from '../../src/domain/forecast/scenario.js';
import type { MonthRow, SeriesAssumption } from '../../src/domain/forecast/types.js';
import { budgetFor } from '../../src/domain/forecast/budget.js';
import { reportYears } from '../../src/domain/forecast/years.js';
import { D } from '../../src/money.js';
import { addMonths, asMonth, monthIndex } from '../../src/period.js';

/** PW stands 1000, 1010, 1020, ... from 2021-01 for `months` months, with instroom 30 and uitstroom 20 a month. */
function linearData(months: number, extra: Partial<DataSet> = {}): DataSet {
  const first = asMonth('2021-01');
  const volume: DataSet['volume'] = [];
  const stromen: DataSet['stromen'] = [];
  for (let i = 0; i < months; i++) {
    volume.push({ maand: addMonths(first, i), regeling: 'PW', aantal: 1000 + 10 * i });
    if (i > 0) stromen.push({ maand: addMonths(first, i), regeling: 'PW', instroom: 30, uitstroom: 20 });
  }
  return {
    budget: [{ jaar: 2022, fase: 'definitief', bedrag: D(13_000_000) }],
    lasten: [{ jaar: 2022, lasten: D(12_000_000) }],
    volume,
    stromen,
    prijzen: [],
    ...extra,
  };
}

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    naam: 'test',
    aannames: defaultAannames(),
    schokken: [],
    gezet: new Set(),
    ...extra,
  };
}

describe('projection window', () => {
  it('defaults the horizon to December four years on and the base period to the last 24 months', () => {
    const w = projectionWindow(histories(linearData(30)), {});
    expect(w).toEqual({ eersteMaand: '2021-01', laatsteMaand: '2023-06', horizon: '2027-12', basisperiode: { van: '2021-07', tot: '2023-06' } });
  });
  it('takes 23 months from an export of 24 and refuses one with fewer than 12 months that have a previous stand', () => {
    const series = histories(linearData(24));
    expect(defaultBasisperiode(series, monthIndex(asMonth('2022-12')))).toEqual({ van: '2021-02', tot: '2022-12' });
    expect(defaultBasisperiode(histories(linearData(13)), monthIndex(asMonth('2022-01')))).toEqual({ van: '2021-02', tot: '2022-01' });
    expect(defaultBasisperiode(histories(linearData(12)), monthIndex(asMonth('2021-12')))).toEqual({ soort: 'te-weinig-maanden', maanden: 11, minimum: 12, eerste: '2021-01', laatste: '2021-12' });
  });
  it('refuses a horizon that is not after the data', () => {
    expect(projectionWindow(histories(linearData(24)), { horizon: asMonth('2022-12') })).toEqual({ soort: 'horizon', horizon: '2022-12', laatste: '2022-12' });
  });
});

describe('estimating the series', () => {
  it('gives I = mean instroom and u = uitstroom / sum of previous stands, times the factors', () => {
    const series = histories(linearData(24));
    const w = projectionWindow(series, {});
    if ('soort' in w) throw new Error('window');
    const [pw] = estimateSeries(series, w, { instroom_factor: D('1.1'), uitstroom_factor: D(2) }) as SeriesAssumption[];
    // 23 months of 20 exits over the stands 1000..1210 of the months before.
    const somVorige = Array.from({ length: 23 }, (_, i) => 1000 + 10 * i).reduce((x, y) => x + y, 0);
    expect(pw!.base.somVorigeStanden).toBe(somVorige);
    expect(pw!.instroom.toString()).toBe('33');
    expect(pw!.uitstroomKans.eq(D(20 * 23 * 2).div(somVorige))).toBe(true);
    expect(pw!.startVolume).toBe(1230);
  });
  it('names the months a series lacks in its base period', () => {
    const data = linearData(24);
    data.stromen = data.stromen.filter((s) => s.maand !== '2022-08');
    const series = histories(data);
    const w = { eersteMaand: asMonth('2021-01'), laatsteMaand: asMonth('2022-12'), horizon: asMonth('2024-12'), basisperiode: { van: asMonth('2022-01'), tot: asMonth('2022-12') } };
    expect(estimateSeries(series, w, { instroom_factor: D(1), uitstroom_factor: D(1) })).toEqual([
      { soort: 'basisperiode', van: '2022-01', tot: '2022-12', reeks: 'PW', maanden: ['2022-08'], eerste: '2021-01', laatste: '2022-12' },
    ]);
  });
});

describe('shocks and months', () => {
  const reeks = (segment: string, startVolume: number): SeriesAssumption => ({ key: { regeling: 'PW', segment }, startMaand: asMonth('2022-12'), startVolume }) as SeriesAssumption;
  it('spreads a regeling shock over segments by stand and warns for one before the start', () => {
    const r = shocksPerSeries(
      [reeks('a', 300), reeks('b', 100)],
      [
        { maand: asMonth('2023-05'), regeling: 'PW', instroom: D(80) },
        { maand: asMonth('2022-11'), regeling: 'PW', segment: 'a', instroom: D(5) },
        { maand: asMonth('2023-05'), regeling: 'BBZ', instroom: D(5) },
      ],
    );
    const mei = monthIndex(asMonth('2023-05'));
    expect(r.shocks.get('PW/a')?.get(mei)?.toString()).toBe('60');
    expect(r.shocks.get('PW/b')?.get(mei)?.toString()).toBe('20');
    expect(r.waarschuwingen.map((w) => w.soort)).toEqual(['schok-verdeeld', 'schok-niet-toegepast', 'schok-niet-toegepast']);
  });
  it('indexes a year: the mean of the month-end stands summed over segments', () => {
    const row = (maand: string, segment: string, volume: number): MonthRow => ({ maand: asMonth(maand), key: { regeling: 'PW', segment }, soort: 'prognose', volume: D(volume) });
    const volumeOf = volumeIndex([row('2023-01', 'a', 10), row('2023-02', 'a', 20), row('2023-01', 'b', 1), row('2023-02', 'b', 2), row('2024-01', 'a', 99)]);
    expect(volumeOf(2023, 'PW')?.toString()).toBe('16.5');
    expect(volumeOf(2024, 'PW')?.toString()).toBe('99');
    expect(volumeOf(2023, 'BBZ')).toBeUndefined();
  });
});

describe('prijs', () => {
  const volumeOf = () => D(1000);
  it('uses prijzen.csv when its year is at least the derived one, else derives bruto / volume', () => {
    const lasten = [{ jaar: 2022, lasten: D(12_000_000) }];
    const listed = basePrices({ lasten, prijzen: [{ jaar: 2022, regeling: 'PW', prijs: D(13_000) }] }, ['PW'], [2022], volumeOf);
    expect(listed.prijzen).toEqual([{ regeling: 'PW', jaar: 2022, prijs: D(13_000), bron: 'prijzen.csv' }]);
    const older = basePrices({ lasten, prijzen: [{ jaar: 2021, regeling: 'PW', prijs: D(13_000) }] }, ['PW'], [2022], volumeOf);
    expect(older.prijzen).toEqual([{ regeling: 'PW', jaar: 2022, prijs: D(12_000), bron: 'afgeleid' }]);
  });
  it('warns for a regeling without any prijs', () => {
    expect(basePrices({ lasten: [], prijzen: [] }, ['PW'], [], volumeOf).waarschuwingen).toEqual([{ soort: 'geen-prijs', regeling: 'PW' }]);
  });
  it('indexes forward year by year, and takes a listed year as it is', () => {
    const prijzen = [{ regeling: 'PW' as const, jaar: 2022, prijs: D(12_000), bron: 'afgeleid' as const }];
    const a = {
      prijsindex_pct: new Map([
        [2023, D(2)],
        [2024, D(3)],
      ]),
    };
    expect(prijsIn({ prijzen: [] }, prijzen, a, 'PW', 2024)?.toString()).toBe('12607.2');
    expect(prijsIn({ prijzen: [{ jaar: 2024, regeling: 'PW', prijs: D(12_500) }] }, prijzen, a, 'PW', 2024)?.toString()).toBe('12500');
    expect(prijsIn({ prijzen: [] }, prijzen, a, 'PW', 2021)).toBeUndefined();
  });
});

describe('years and budgets', () => {
  it('drops a last year that the horizon ends inside, with a warning', () => {
    const r = reportYears({ lasten: [{ jaar: 2022, lasten: D(1) }] }, asMonth('2022-12'), asMonth('2025-06'));
    expect(r.years).toEqual([2022, 2023, 2024]);
    expect(r.waarschuwingen).toEqual([{ soort: 'onvolledig-jaar', jaar: 2025, maanden: 6 }]);
  });
  it('takes the published budget, then the scenario, then growth; none is a problem', () => {
    const a = { ...defaultAannames(), budget: new Map([[2024, D(20)]]), budget_groei_pct: D(10) };
    const gezet = new Set<string>();
    expect(budgetFor(2023, 'prognose', { jaar: 2023, fase: 'voorlopig', bedrag: D(7) }, a, gezet, {})).toEqual({ budget: D(7), budgetFase: 'voorlopig', budgetBron: 'budget.csv', gepubliceerd: D(7) });
    expect(budgetFor(2024, 'prognose', undefined, a, gezet, { previous: { jaar: 2023, budget: D(7) } })).toEqual({ budget: D(20), budgetFase: 'raming', budgetBron: 'scenario' });
    expect(budgetFor(2026, 'prognose', undefined, a, gezet, { previous: { jaar: 2024, budget: D(100) } })).toEqual({ budget: D(121), budgetFase: 'raming', budgetBron: 'groei' });
    expect(budgetFor(2022, 'realisatie', undefined, a, gezet, { previous: { jaar: 2021, budget: D(100) } })).toEqual({ soort: 'geen-budget', jaar: 2022 });
  });
});

describe('whole-forecast paths the Deventer data does not take', () => {
  it('prices projected years with prijzen.csv and its index', () => {
    const data = linearData(24, { prijzen: [{ jaar: 2022, regeling: 'PW', prijs: D(10_000) }] });
    const r = forecast({ data, scenario: scenario({ horizon: asMonth('2023-12'), aannames: { ...scenario().aannames, prijsindex_pct: new Map([[2023, D(5)]]) } }) });
    if ('problems' in r) throw new Error(JSON.stringify(r.problems));
    const y2023 = r.forecast.jaren.find((j) => j.jaar === 2023)!;
    expect(r.forecast.prijzen[0]).toMatchObject({ bron: 'prijzen.csv', jaar: 2022 });
    expect(y2023.regelingen[0]!.prijs?.toString()).toBe('10500');
    expect(y2023.lasten.eq(y2023.gemiddeldVolume.times(10_500))).toBe(true);
  });
  it('stops with geen-budget when a realised year has lasten but no budget', () => {
    const data = linearData(24, {
      lasten: [
        { jaar: 2021, lasten: D(1) },
        { jaar: 2022, lasten: D(12_000_000) },
      ],
    });
    expect(forecast({ data, scenario: scenario() })).toEqual({ problems: [{ soort: 'geen-budget', jaar: 2021 }] });
  });
  it('warns for a year without vangnet rules and leaves its vangnet empty', () => {
    const r = forecast({ data: linearData(24), scenario: scenario({ horizon: asMonth('2027-12') }) });
    if ('problems' in r) throw new Error(JSON.stringify(r.problems));
    expect(r.forecast.waarschuwingen).toContainEqual({ soort: 'geen-regels', jaar: 2027 });
    const y2027 = r.forecast.jaren.find((j) => j.jaar === 2027)!;
    expect(y2027.vangnet).toBeNull();
    expect(y2027.resultaat.eq(y2027.saldo)).toBe(true);
  });
  it('reports the incomplete last year as a warning, not as a year', () => {
    const r = forecast({ data: linearData(24), scenario: scenario({ horizon: asMonth('2024-06') }) });
    if ('problems' in r) throw new Error(JSON.stringify(r.problems));
    expect(r.forecast.jaren.map((j) => j.jaar)).toEqual([2022, 2023]);
    expect(r.forecast.waarschuwingen).toContainEqual({ soort: 'onvolledig-jaar', jaar: 2024, maanden: 6 });
  });
});
