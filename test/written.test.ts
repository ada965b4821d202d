// Every file buig writes is named on stderr, with its kind and size; stdout stays the report.

import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from './helpers.js';

const here = (f: string) => join(process.cwd(), f);

/** The notices on stderr: [path, kind, size in bytes as shown]. */
function notices(stderr: string, word = 'geschreven'): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const m of stderr.matchAll(new RegExp(`^buig: ${word}: (.+) \\((.+), ([\\d.,]+) (bytes|kB)\\)$`, 'gm'))) {
    const n = Number(m[3]!.replace(',', '.'));
    out.push([m[1]!, m[2]!, m[4] === 'kB' ? n * 1000 : n]);
  }
  return out;
}

/** The shown size is the file's size, rounded to what is shown (at most 5%). */
function sizeMatches(root: string, path: string, shown: number): boolean {
  const size = statSync(join(root, path)).size;
  return Math.abs(size - shown) <= size * 0.05;
}

describe('what was written', () => {
  it('--out names the file, its format and its size; stdout stays empty', async () => {
    const { root } = folder({});
    const r = await cli(['forecast', '--scenario', here('scenarios/deventer-basis.json'), '--format', 'json', '--out', 'uit/prognose.json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const [n] = notices(r.stderr);
    expect(n![0]).toBe('uit/prognose.json');
    expect(n![1]).toBe('JSON');
    expect(sizeMatches(root, 'uit/prognose.json', n![2])).toBe(true);
    expect(r.stderr).toMatch(/^buig: geschreven: uit\/prognose\.json \(JSON, \d+ kB\)$/m);
  });

  it('names the format that was asked for, whatever the file is called', async () => {
    const { root } = folder({});
    const r = await cli(['vangnet', '--year', '2022', '--data', here('data/deventer'), '--format', 'csv-nl', '--out', 'vangnet.txt'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(notices(r.stderr).map(([p, k]) => [p, k])).toEqual([['vangnet.txt', 'csv-nl']]);
    expect(r.stderr).toMatch(/\(csv-nl, \d+ bytes\)/);
  });

  it('report: the chart beside it and the document, each once', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--scenario', here('scenarios/deventer-basis.json'), '--out', 'stukken/raad.md'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const n = notices(r.stderr);
    expect(n.map(([p, k]) => [p, k])).toEqual([
      ['stukken/raad.svg', 'SVG'],
      ['stukken/raad.md', 'Markdown'],
    ]);
    for (const [p, , size] of n) expect(sizeMatches(root, p, size), p).toBe(true);
  });

  it('forecast --chart: the chart, while the table goes to stdout', async () => {
    const { root } = folder({});
    const r = await cli(['forecast', '--scenario', here('scenarios/deventer-basis.json'), '--chart', 'prognose.svg'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Prognose: Deventer basis');
    expect(notices(r.stderr).map(([p, k]) => [p, k])).toEqual([['prognose.svg', 'SVG']]);
  });

  it('schema and validate --out, from the file name when no format is asked for', async () => {
    const { root } = folder({});
    const schema = await cli(['schema', '--out', 'scenario.schema.json'], { cwd: root });
    expect(notices(schema.stderr).map(([p, k]) => [p, k])).toEqual([['scenario.schema.json', 'JSON']]);
    const validate = await cli(['validate', '--data', here('data/deventer'), '--format', 'md', '--out', 'problemen.md'], { cwd: root });
    expect(notices(validate.stderr).map(([p, k]) => [p, k])).toEqual([['problemen.md', 'Markdown']]);
  });

  it('says it in English with --lang en', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--scenario', here('scenarios/deventer-basis.json'), '--out', 'report.md', '--lang', 'en'], { cwd: root });
    expect(notices(r.stderr, 'wrote').map(([p, k]) => [p, k])).toEqual([
      ['report.svg', 'SVG'],
      ['report.md', 'Markdown'],
    ]);
    expect(r.stderr).toMatch(/^buig: wrote: report\.md \(Markdown, \d+(\.\d)? kB\)$/m);
  });

  it('says nothing was written when the run fails', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'raad.md'), 'old');
    const r = await cli(['report', '--scenario', 'nope.json', '--out', 'raad.md'], { cwd: root });
    expect(r.code).toBe(66);
    expect(r.stderr).not.toContain('buig: geschreven');
    expect(r.stderr).toContain('raad.md is niet geschreven');
  });
});
