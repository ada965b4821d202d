// buig simulate through the whole CLI: the same seed gives the same bytes, another seed other
// draws; with every source of uncertainty off, P10 = P50 = P90 = the exact forecast to the cent;
// the JSON is the contract's and language-free; md, csv, the chart, the report's band.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from '../helpers.js';

const DEVENTER = resolve('data/deventer');
const OFF = { instroom: false, uitstroom: false, uitstroomkans: false, budget: false, acties: false, schokken: false };

/** A shipped scenario, copied with its data folder made absolute and an onzekerheid added. */
function scenarioWith(name: string, onzekerheid?: object): { root: string; file: string } {
  const json = JSON.parse(readFileSync(`scenarios/${name}`, 'utf8')) as Record<string, unknown>;
  json.data = DEVENTER;
  if (typeof json.aanvalsplan === 'string') json.aanvalsplan = resolve('scenarios', json.aanvalsplan);
  if (onzekerheid) json.onzekerheid = onzekerheid;
  const { root } = folder({});
  const file = join(root, name);
  writeFileSync(file, JSON.stringify(json));
  return { root, file };
}

type Band = { p10: unknown; p50: unknown; p90: unknown };
interface SimYear {
  jaar: number;
  gemiddeld_volume: Band;
  lasten: Band;
  budget: Band;
  tekort_pct: Band;
  vangnet: Band | null;
  resultaat: Band;
  kans_vangnet: number;
  kans_tekort_boven_drempel: number;
  kans_negatief_resultaat: number;
}

describe('buig simulate: reproducible', () => {
  it('gives the same bytes for the same seed, and other draws for another seed', async () => {
    const a = await cli(['simulate', '--runs', '300', '--seed', '7', '--format', 'json']);
    const b = await cli(['simulate', '--runs', '300', '--seed', '7', '--format', 'json']);
    const c = await cli(['simulate', '--runs', '300', '--seed', '8', '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const years = (s: string) => (JSON.parse(s) as { jaren: SimYear[] }).jaren;
    expect(years(c.stdout).map((y) => y.lasten.p50)).not.toEqual(years(a.stdout).map((y) => y.lasten.p50));
  });

  it('prints the contract JSON: runs, seed, jaren with p10/p50/p90 per figure and three probabilities in [0, 1]', async () => {
    const r = await cli(['simulate', '--runs', '200', '--seed', '3', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { runs: number; seed: number; jaren: SimYear[]; rekenwijze: { paden: string } };
    expect(json.runs).toBe(200);
    expect(json.seed).toBe(3);
    expect(json.rekenwijze.paden).toBe('float64');
    expect(json.jaren.map((j) => j.jaar)).toEqual([2023, 2024, 2025, 2026]);
    for (const j of json.jaren) {
      for (const key of ['gemiddeld_volume', 'lasten', 'budget', 'tekort_pct', 'vangnet', 'resultaat'] as const) expect(Object.keys(j[key]!)).toEqual(['p10', 'p50', 'p90']);
      expect(j.lasten.p50).toMatch(/^-?\d+\.\d{2}$/);
      expect(typeof j.gemiddeld_volume.p50).toBe('number');
      for (const k of [j.kans_vangnet, j.kans_tekort_boven_drempel, j.kans_negatief_resultaat]) {
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is byte-identical in JSON under --lang nl and --lang en, and differs in the table', async () => {
    const nl = await cli(['simulate', '--runs', '200', '--format', 'json', '--lang', 'nl']);
    const en = await cli(['simulate', '--runs', '200', '--format', 'json', '--lang', 'en']);
    expect(en.stdout).toBe(nl.stdout);
    const nlText = await cli(['simulate', '--runs', '200', '--lang', 'nl']);
    const enText = await cli(['simulate', '--runs', '200', '--lang', 'en']);
    expect(enText.stdout).not.toBe(nlText.stdout);
    expect(nlText.stdout).toContain('schattingen uit 200 runs');
    expect(enText.stdout).toContain('estimates from 200 runs');
  });
});

describe('buig simulate with every source of uncertainty off', () => {
  it.each(['deventer-basis.json', 'deventer-statushouders.json', 'deventer-aanvalsplan.json'])('%s: P10 = P50 = P90 = the exact forecast to the cent', async (name) => {
    const { file } = scenarioWith(name, OFF);
    const sim = await cli(['simulate', '--scenario', file, '--runs', '50', '--format', 'json']);
    const fc = await cli(['forecast', '--scenario', file, '--format', 'json']);
    expect(sim.code, sim.stderr).toBe(0);
    const years = (JSON.parse(sim.stdout) as { jaren: SimYear[] }).jaren;
    const forecast = (
      JSON.parse(fc.stdout) as {
        jaren: { jaar: number; soort: string; gemiddeld_volume: number; lasten: string; budget: string; tekort_pct: string; vangnet: { vangnet: string }; resultaat: string }[];
      }
    ).jaren.filter((j) => j.soort === 'prognose');
    expect(years.map((y) => y.jaar)).toEqual(forecast.map((y) => y.jaar));
    years.forEach((y, i) => {
      const f = forecast[i]!;
      const same = (band: Band, value: unknown) => expect(band, `${y.jaar}`).toEqual({ p10: value, p50: value, p90: value });
      same(y.lasten, f.lasten);
      same(y.budget, f.budget);
      same(y.resultaat, f.resultaat);
      same(y.vangnet!, f.vangnet.vangnet);
      same(y.tekort_pct, f.tekort_pct);
      same(y.gemiddeld_volume, Number(f.gemiddeld_volume.toFixed(2)));
      expect([0, 1]).toContain(y.kans_negatief_resultaat);
    });
  });

  it('reads the switches from the scenario file, and an unknown switch is an error at its line', async () => {
    const { file } = scenarioWith('deventer-basis.json', { ...OFF, instroom: 'gauss' });
    const r = await cli(['simulate', '--scenario', file, '--runs', '10']);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/error BUIG-E041: .*onzekerheid\.instroom/);
  });
});

describe('buig simulate: formats and options', () => {
  it('md reads as a raadsmededeling: the probability of a vangnet per year, and that the band is an estimate', async () => {
    const r = await cli(['simulate', '--runs', '300', '--format', 'md']);
    expect(r.stdout).toMatch(/Kans op een vangnet in 2024: \d+%\./);
    expect(r.stdout).toMatch(/Kans op een negatief resultaat in 2023: \d+%\./);
    expect(r.stdout).toContain('binaire drijvende komma');
    expect(r.stdout).toContain('| 2024 | resultaat |');
  });

  it('csv is tidy: jaar, grootheid, waarde', async () => {
    const r = await cli(['simulate', '--runs', '100', '--format', 'csv']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('jaar,grootheid,waarde');
    expect(lines).toContain(lines.find((l) => /^2023,lasten\.p10,\d+\.\d\d$/.test(l)));
    expect(lines.some((l) => /^2025,kans_vangnet\.uitgebreid,[\d.]+$/.test(l))).toBe(true);
  });

  it('--chart writes an SVG with the P10-P90 band of volume and resultaat and the forecast as a line', async () => {
    const { root } = folder({});
    const r = await cli(['simulate', '--runs', '200', '--chart', 'band.svg', '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(join(root, 'band.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('class="band" data-grootheid="volume"');
    expect(svg.match(/class="band" data-grootheid="resultaat"/g)).toHaveLength(4);
    expect(svg).toContain('class="prognose" data-grootheid="volume"');
    expect(svg).toContain('class="prognose" data-grootheid="resultaat"');
    expect(svg).toContain('Resultaat per jaar');
    expect(svg).not.toMatch(/<script|href="http/);
  });

  it('refuses runs and seeds that are not whole numbers in range (exit 64)', async () => {
    for (const argv of [
      ['--runs', '0'],
      ['--runs', '1.5'],
      ['--seed', '-1'],
      ['--seed', 'abc'],
      ['--seed', '4294967296'],
    ]) {
      const r = await cli(['simulate', ...argv]);
      expect(r.code, argv.join(' ')).toBe(64);
    }
  });

  it('draws a progress bar on a terminal only, and not with --quiet', async () => {
    const { run } = await import('../../src/cli/main.js');
    const runWith = async (stderrIsTTY: boolean, extra: string[] = []) => {
      let stderr = '';
      await run(['simulate', '--runs', '2000', '--format', 'json', ...extra], { stdout: () => {}, stderr: (s) => (stderr += s), cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY });
      return stderr;
    };
    expect(await runWith(true)).toContain('2000/2000');
    expect(await runWith(false)).toBe('');
    expect(await runWith(true, ['--quiet'])).toBe('');
  });
});

describe('buig report with an onzekerheid', () => {
  it('includes the band and the probabilities when the scenario names its onzekerheid, and not otherwise', async () => {
    const { root, file } = scenarioWith('deventer-basis.json', {});
    const withBand = await cli(['report', '--scenario', file, '--out', 'r.md'], { cwd: root });
    expect(withBand.code, withBand.stderr).toBe(0);
    const doc = readFileSync(join(root, 'r.md'), 'utf8');
    expect(doc).toContain('## Hoe zeker is de prognose');
    expect(doc).toMatch(/Kans op een vangnet in 2023: \d+%/);
    const plain = await cli(['report', '--out', 'p.md'], { cwd: root });
    expect(plain.code).toBe(0);
    expect(readFileSync(join(root, 'p.md'), 'utf8')).not.toContain('Hoe zeker is de prognose');
    expect(existsSync(join(root, 'r.svg'))).toBe(true);
  });
});
