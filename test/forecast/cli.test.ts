// buig forecast and buig schema through the whole CLI.

import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ForecastJson } from '../../src/report/forecast.js';
import type { Plain } from '../../src/report/values.js';
import { D, roundHalfUp } from '../../src/money.js';
import { cli, folder } from '../helpers.js';

async function forecastJson(argv: string[] = [], cwd?: string): Promise<Plain<ForecastJson>> {
  const r = await cli(['forecast', ...argv, '--format', 'json'], cwd ? { cwd } : {});
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Plain<ForecastJson>;
}

describe('buig forecast on the default scenario (Deventer basis)', () => {
  it('runs without arguments', async () => {
    const r = await cli(['forecast']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Prognose: Deventer basis');
  });

  it('reproduces the realised 2022: tekort 9.9% and vangnet EUR 444,700 ([Deventer Vangnet 2022])', async () => {
    const j = (await forecastJson()).jaren.find((y) => y.jaar === 2022)!;
    expect(j.soort).toBe('realisatie');
    expect(j.tekort_pct).toBe('9.9105');
    expect(j.vangnet!.vangnet).toBe('444700.00');
    expect(j.resultaat).toBe('-3211916.00');
  });

  it('projects 2023 on the published voorlopig budget and explains it by its assumptions', async () => {
    const f = await forecastJson();
    const j = f.jaren.find((y) => y.jaar === 2023)!;
    // The published voorlopig budget, carried by the scenario's stated bijstelling of 10,97% to the expected definitief.
    expect(j).toMatchObject({ soort: 'prognose', budget_gepubliceerd: '37970947.00', budget_fase: 'voorlopig', budget_herkomst: 'verwacht_definitief' });
    expect(D(j.budget).eq(roundHalfUp(D('37970947').times('1.1097'), 2))).toBe(true);
    const keys = f.aannames.map((a) => a.sleutel);
    expect(keys).toEqual(expect.arrayContaining(['basisperiode', 'instroom.PW', 'uitstroomkans.PW', 'prijs.PW', 'prijsindex_pct', 'baten.2023', 'budget.2023']));
    const instroom = f.aannames.find((a) => a.sleutel === 'instroom.PW')!;
    expect(instroom.herkomst).toBe('gegevens');
    expect(instroom.uitleg).toMatchObject({ soort: 'instroom', maanden: 24, factor: '1' });
    const table = await cli(['forecast']);
    expect(table.stdout).toMatch(/instroom\.PW .* per maand .*\[gegevens\] \d+ instroom in 24 maanden basisperiode/);
    // 2023 lasten = sum over regelingen of gemiddeld volume x prijs, minus baten; the JSON shows each
    // prijs to the cent, so the sum may be off by at most half a cent per benefit-year (plus a cent).
    const computed = j.regelingen.reduce((a, r) => a.plus(D(String(r.gemiddeld_volume)).times(D(r.prijs!))), D(0)).minus(D(j.baten));
    const bound = j.regelingen.reduce((a, r) => a.plus(D(String(r.gemiddeld_volume)).times('0.005')), D('0.01'));
    expect(computed.minus(D(j.lasten)).abs().lte(bound)).toBe(true);
  });

  it('keeps the identities in every year and month of the output', async () => {
    for (const scenario of ['scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json']) {
      const f = await forecastJson(['--scenario', scenario]);
      for (const j of f.jaren) {
        expect(D(j.saldo).eq(D(j.budget).minus(D(j.lasten))), `saldo ${j.jaar}`).toBe(true);
        expect(D(j.resultaat).eq(D(j.saldo).plus(D(j.vangnet?.vangnet ?? '0'))), `resultaat ${j.jaar}`).toBe(true);
      }
      const previous = new Map<string, number>();
      let checked = 0;
      for (const m of f.maanden) {
        const before = previous.get(m.regeling);
        if (before !== undefined && m.instroom !== null && m.uitstroom !== null) {
          expect(m.volume).toBeCloseTo(before + m.instroom - m.uitstroom, 9);
          checked++;
        }
        previous.set(m.regeling, m.volume);
      }
      expect(checked).toBeGreaterThan(400);
    }
  });

  it('raises 2023 with the statushouders shock, and says where the shock is', async () => {
    const basis = (await forecastJson()).jaren.find((y) => y.jaar === 2023)!;
    const f = await forecastJson(['--scenario', 'scenarios/deventer-statushouders.json']);
    const shocked = f.jaren.find((y) => y.jaar === 2023)!;
    expect(shocked.gemiddeld_volume).toBeGreaterThan(basis.gemiddeld_volume + 40);
    expect(D(shocked.lasten).gt(D(basis.lasten))).toBe(true);
    expect(f.aannames.find((a) => a.sleutel === 'schokken.0')).toMatchObject({ waarde: '2023-05 PW +85', herkomst: 'scenario' });
  });

  it('renders md and csv', async () => {
    const md = await cli(['forecast', '--format', 'md']);
    expect(md.stdout).toContain('| 2022 | realisatie |');
    const csv = await cli(['forecast', '--format', 'csv']);
    expect(csv.stdout.split('\n')).toContain('2022,realisatie,vangnet.vangnet,444700.00');
  });
});

describe('bad scenario files: exit 65, naming the file and the JSON path', () => {
  function scenarioIn(content: string | object) {
    const { root } = folder({}, 'scenarios');
    cpSync(join(process.cwd(), 'data', 'deventer'), join(root, 'data', 'deventer'), { recursive: true });
    writeFileSync(join(root, 'scenarios', 's.json'), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return root;
  }
  const base = { naam: 't', data: '../data/deventer' };

  it.each([
    ['an unknown key', { ...base, aannames: { instroomfactor: 1 } }, /scenarios\/s\.json:5:5: error BUIG-E041: scenario ongeldig bij aannames\.instroomfactor: Onbekende key/],
    ['a data folder that does not exist', { ...base, data: '../data/nergens' }, /scenarios\/s\.json:3:3: error BUIG-E042: de datamap '\.\.\/data\/nergens' bestaat niet/],
    ['a horizon before the data', { ...base, horizon: { tot: '2022-06' } }, /scenarios\/s\.json:5:5: error BUIG-E043: de horizon 2022-06 ligt niet na de laatste maand met gegevens \(2022-12\)/],
    [
      'a base period without data',
      { ...base, basisperiode: { van: '2017-01', tot: '2018-12' } },
      /scenarios\/s\.json:4:3: error BUIG-E044: de basisperiode 2017-01 tot 2018-12 heeft geen gegevens voor PW/,
    ],
    ['a month that is not a month', { ...base, schokken: [{ maand: '2023-13', regeling: 'PW', instroom: 5 }] }, /error BUIG-E041: scenario ongeldig bij schokken\.0\.maand/],
    ['an unknown regeling in a shock', { ...base, schokken: [{ maand: '2023-05', regeling: 'XX', instroom: 5 }] }, /error BUIG-E041: scenario ongeldig bij schokken\.0\.regeling/],
    ['a missing naam', { data: '../data/deventer' }, /error BUIG-E041: scenario ongeldig bij naam/],
    ['JSON with a missing comma', '{ "naam": "t"\n  "data": "../data/deventer",\n}', /scenarios\/s\.json:2:3: error BUIG-E040: scenariobestand is geen geldige JSON: komma verwacht/],
    ['an unclosed comment', '{ "naam": "t", /* open\n  "data": "../data/deventer"\n}', /scenarios\/s\.json:1:16: error BUIG-E040: scenariobestand is geen geldige JSON: commentaar niet afgesloten/],
  ])('%s', async (_, content, expected) => {
    const root = scenarioIn(content);
    const r = await cli(['forecast', '--scenario', 'scenarios/s.json', '--out', 'x.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).toContain('hint: ');
    expect(r.stdout).toBe('');
  });

  it('66 when the scenario file cannot be opened', async () => {
    expect((await cli(['forecast', '--scenario', 'no-such.json'])).code).toBe(66);
  });
});

describe('buig schema', () => {
  it('prints a JSON Schema that names every top-level key of the contract', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['naam', 'data', 'horizon', 'basisperiode', 'aannames', 'schokken', 'aanvalsplan']));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('buig forecast on a scenario with an aanvalsplan', () => {
  it('includes the acties: the same years as the plan run, lower lasten than the base', async () => {
    const basis = await forecastJson();
    const withPlan = await forecastJson(['--scenario', 'scenarios/deventer-aanvalsplan.json']);
    const plan = JSON.parse((await cli(['plan', '--format', 'json'])).stdout);
    for (const jaar of [2023, 2024, 2025, 2026]) {
      const b = basis.jaren.find((y) => y.jaar === jaar)!;
      const p = withPlan.jaren.find((y) => y.jaar === jaar)!;
      const delta = plan.totaal.jaren.find((y: { jaar: number }) => y.jaar === jaar);
      expect(D(p.lasten).minus(D(b.lasten)).minus(D(delta.delta_lasten)).abs().lte('0.01')).toBe(true);
    }
    expect(withPlan.aannames.find((a) => a.sleutel === 'aanvalsplan')).toMatchObject({ waarde: 27, herkomst: 'scenario' });
  });
});
