// buig compare and buig report on the Deventer scenarios.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/money.js';
import type { CompareJson } from '../../src/report/compare.js';
import { cli, folder } from '../helpers.js';
import { totalsAddUp } from './markdown.js';

const here = (f: string) => join(process.cwd(), f);

describe('buig compare', () => {
  it('puts scenarios side by side per year, with the differences against the first', async () => {
    const r = await cli(['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as CompareJson;
    expect(c.scenarios.map((s) => s.naam)).toEqual(['Deventer basis', 'Deventer statushouders', 'Deventer aanvalsplan']);
    const get = (jaar: number, g: string) => c.jaren.find((y) => y.jaar === jaar)!.grootheden.find((x) => x.grootheid === g)!;
    // The realised years are the same in every scenario: no differences.
    expect(get(2022, 'vangnet').waarden).toEqual(['444700.00', '444700.00', '444700.00']);
    expect(get(2022, 'lasten').verschil).toEqual(['0.00', '0.00', '0.00']);
    // 2023: statushouders cost more, the aanvalsplan less; each difference is the second minus the first.
    const lasten = get(2023, 'lasten');
    expect(D(lasten.verschil[1] as string).gt(0)).toBe(true);
    expect(D(lasten.verschil[2] as string).lt(0)).toBe(true);
    expect(D(lasten.waarden[1] as string).minus(D(lasten.waarden[0] as string)).toFixed(2)).toBe(lasten.verschil[1]);
  });

  it('renders table, md, csv and csv-nl, and needs two scenarios', async () => {
    const args = ['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json'];
    expect((await cli(args)).stdout).toContain('Deventer statushouders - Deventer basis');
    expect((await cli([...args, '--format', 'md'])).stdout).toContain('| 2022 | vangnet | € 444.700 | € 444.700 | € 0 |');
    expect((await cli([...args, '--format', 'csv'])).stdout).toContain('2022,vangnet,scenarios/deventer-statushouders.json,444700.00,0.00');
    expect((await cli([...args, '--format', 'csv-nl'])).stdout).toContain('2022;vangnet;scenarios/deventer-statushouders.json;444700,00;0,00');
    expect((await cli(['compare', 'scenarios/deventer-basis.json'])).code).toBe(64);
  });
});

describe('buig report', () => {
  it('writes one Markdown document with the forecast, the vangnet in words, the plan and the chart beside it', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--scenario', here('scenarios/deventer-aanvalsplan.json'), '--out', 'stukken/raad.md'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(root, 'stukken', 'raad.md'), 'utf8');
    for (const heading of ['# BUIG-prognose: Deventer aanvalsplan', '## Samenvatting', '## Prognose', '### Aannames', '## Vangnet per jaar', '## Aanvalsplan', '## Grafiek']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('- 2022 (realisatie): tekort € 3.656.616 (9,91%); vangnet € 444.700.');
    expect(md).toContain('- meerjarig: saldi 2020-2022: (-1.200.000 + 1.500.000 - 3.656.616) / budget 2022 36.896.210 = -9,10%: tekort 9,10% > 7,5%: voldaan');
    expect(md).toContain('Recht op vangnet: ja (route regulier), € 444.700; eigen risico € 3.211.916.');
    expect(md).toContain('Taakstelling: 300 uitkeringen minder in 2023-12');
    expect(md).toContain('](raad.svg)');
    expect(existsSync(join(root, 'stukken', 'raad.svg'))).toBe(true);
    expect(totalsAddUp(md, 'report')).toBeGreaterThanOrEqual(8); // the lasten table: one column per year
  });

  it('fails like forecast on a bad scenario, writing nothing', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--scenario', 'nope.json', '--out', 'raad.md'], { cwd: root });
    expect(r.code).toBe(66);
    expect(existsSync(join(root, 'raad.md'))).toBe(false);
  });
});
