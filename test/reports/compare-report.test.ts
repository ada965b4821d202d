// buig compare and buig report on the Deventer scenarios.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { D, formatNumber, roundHalfUp } from '../../src/money.js';
import type { CompareJson } from '../../src/report/compare.js';
import type { Plain } from '../../src/report/values.js';
import { cli, folder } from '../helpers.js';
import { totalsAddUp } from './markdown.js';

const here = (f: string) => join(process.cwd(), f);

describe('buig compare', () => {
  it('puts scenarios side by side per year, with the differences against the first', async () => {
    const r = await cli(['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Plain<CompareJson>;
    expect(c.scenarios.map((s) => s.naam)).toEqual(['Deventer basis', 'Deventer statushouders', 'Deventer aanvalsplan']);
    const get = (jaar: number, g: string) => c.jaren.find((y) => y.jaar === jaar)!.grootheden.find((x) => x.grootheid === g)!;
    // The realised years are the same in every scenario: no differences.
    expect(get(2022, 'vangnet').waarden).toEqual(['444700.00', '444700.00', '444700.00']);
    expect(get(2022, 'lasten').verschil).toEqual(['0.00', '0.00', '0.00']);
    // 2023: statushouders cost more, the aanvalsplan less; each difference is the second minus the first.
    const lasten = get(2023, 'lasten');
    expect(D(lasten.verschil[1] as string).gt(0)).toBe(true);
    expect(D(lasten.verschil[2] as string).lt(0)).toBe(true);
    expect(
      D(lasten.waarden[1] as string)
        .minus(D(lasten.waarden[0] as string))
        .toFixed(2),
    ).toBe(lasten.verschil[1]);
  });

  it('renders table, md, csv and csv-nl, and needs two scenarios', async () => {
    const args = ['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json'];
    expect((await cli(args)).stdout).toContain('B = Deventer statushouders (scenarios/deventer-statushouders.json)');
    expect((await cli([...args, '--format', 'md'])).stdout).toContain('| 2022 | vangnet | € 444.700 | € 444.700 | € 0 |');
    expect((await cli([...args, '--format', 'csv'])).stdout).toContain('2022,vangnet,scenarios/deventer-statushouders.json,444700.00,0.00');
    expect((await cli([...args, '--format', 'csv-nl'])).stdout).toContain('2022;vangnet;scenarios/deventer-statushouders.json;444700,00;0,00');
    expect((await cli(['compare', 'scenarios/deventer-basis.json'])).code).toBe(64);
  });
});

describe('buig compare in the terminal', () => {
  const three = ['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json'];
  /** The table rows of a year and grootheid: the cells between the borders. */
  const row = (text: string, jaar: number, label: string) =>
    text
      .split('\n')
      .find((l) => new RegExp(`^│ ${jaar} +│ ${label.replace('%', '\\%')} +│`).test(l))
      ?.split('│')
      .slice(1, -1)
      .map((c) => c.trim());

  it('fits 120 columns: labels A, B, C with a legend, amounts in thousands, the realised years left out', async () => {
    const r = await cli(three);
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
    expect(r.stdout).toContain('A = Deventer basis (scenarios/deventer-basis.json)');
    expect(r.stdout).toContain('B = Deventer statushouders (scenarios/deventer-statushouders.json)');
    expect(r.stdout).toContain('C = Deventer aanvalsplan (scenarios/deventer-aanvalsplan.json)');
    expect(r.stdout).toMatch(/│ jaar │ grootheid +│ +A │ +B │ +C │ +B - A │ +C - A │/);
    expect(r.stdout).toContain('Bedragen x € 1.000');
    expect(r.stdout).toMatch(/2019-2022.*--alle/s);
    for (const jaar of [2019, 2020, 2021, 2022]) expect(r.stdout).not.toMatch(new RegExp(`│ ${jaar} `));
    // 2023 lasten of the basis in thousands, as its own forecast gives it; each difference is the shown figure minus the shown first.
    const basis = JSON.parse((await cli(['forecast', '--format', 'json'])).stdout).jaren.find((j: { jaar: number }) => j.jaar === 2023);
    const lasten = row(r.stdout, 2023, 'lasten')!;
    expect(lasten[2]).toBe(formatNumber(roundHalfUp(D(basis.lasten).div(1000), 0), 0, 'nl'));
    const shown = (s: string) => D(s.replace(/\./g, '').replace(',', '.'));
    expect(shown(lasten[5]!).eq(shown(lasten[3]!).minus(shown(lasten[2]!)))).toBe(true);
    expect(shown(lasten[6]!).eq(shown(lasten[4]!).minus(shown(lasten[2]!)))).toBe(true);
    expect(lasten[5]).toMatch(/^\+/);
    expect(row(r.stdout, 2023, 'tekort%')![2]).toBe(`${formatNumber(D(basis.tekort_pct), 2, 'nl')}%`);
    // Saldo and resultaat from the shown figures: every shown column adds up.
    for (const jaar of [2023, 2024, 2025, 2026]) {
      const [budget, lasten, saldo, vangnet, resultaat] = ['budget', 'lasten', 'saldo', 'vangnet', 'resultaat'].map((g) => row(r.stdout, jaar, g)!.slice(2).map(shown));
      saldo!.forEach((s, i) => {
        expect(s.eq(budget![i]!.minus(lasten![i]!)), `${jaar} saldo column ${i}`).toBe(true);
        expect(resultaat![i]!.eq(s.plus(vangnet![i]!)), `${jaar} resultaat column ${i}`).toBe(true);
      });
    }
  });

  it('--alle brings the realised years back, still within 120 columns', async () => {
    const r = await cli([...three, '--alle']);
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
    expect(row(r.stdout, 2022, 'vangnet')).toEqual(['2022', 'vangnet', '445', '445', '445', '0', '0']);
    for (const jaar of [2019, 2020, 2021]) expect(row(r.stdout, jaar, 'lasten'), String(jaar)).toBeDefined();
    expect(r.stdout).not.toContain('--alle');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli([...three, '--lang', 'en']);
    expect(r.stdout).toContain('A = Deventer basis (scenarios/deventer-basis.json)');
    expect(r.stdout).toContain('Amounts x € 1,000');
    const basis = JSON.parse((await cli(['forecast', '--format', 'json'])).stdout).jaren.find((j: { jaar: number }) => j.jaar === 2023);
    expect(row(r.stdout, 2023, 'lasten')![2]).toBe(formatNumber(roundHalfUp(D(basis.lasten).div(1000), 0), 0, 'en'));
  });

  it('keeps every year in md, csv and json', async () => {
    expect((await cli([...three, '--format', 'md'])).stdout).toContain('| 2019 | lasten |');
    expect((await cli([...three, '--format', 'csv'])).stdout).toContain('2019,lasten,scenarios/deventer-basis.json,');
    expect((JSON.parse((await cli([...three, '--format', 'json'])).stdout) as Plain<CompareJson>).jaren[0]!.jaar).toBe(2019);
  });
});

describe('buig report', () => {
  it('writes one Markdown document with the forecast, the vangnet in words, the plan and the chart beside it', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--scenario', here('scenarios/deventer-aanvalsplan.json'), '--out', 'stukken/raad.md'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(root, 'stukken', 'raad.md'), 'utf8');
    for (const heading of [
      '# BUIG-prognose: Deventer aanvalsplan',
      '## Samenvatting',
      '## Prognose',
      '## Vangnet',
      '### 2022',
      '## Aanvalsplan',
      '## Aannames',
      '## Grafiek',
      '## Bijlage: rekenregels en aannames',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('- 2022 (realisatie, budget definitief): nadeel € 3.656.616, 9,91% van het budget; vangnetuitkering € 444.700; resultaat na vangnet: nadeel € 3.211.916.');
    expect(md).toContain(
      '- Meerjarige toets: de saldi van 2020 tot en met 2022 samen (-1.200.000 + 1.500.000 - 3.656.616 = -3.356.616) zijn een tekort van 9,10% van het budget 2022; dat is meer dan 7,5%: voldaan.',
    );
    expect(md).toContain('Recht op een vangnetuitkering: ja, € 444.700. Het eigen risico, het deel van het tekort dat de gemeente zelf draagt, is € 3.211.916.');
    expect(md).toContain('Taakstelling: 300 uitkeringen minder in december 2023');
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
