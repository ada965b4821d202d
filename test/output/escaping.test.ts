// Names come from users: a scenario naam, an actie code or naam, an omschrijving, a gemeente's
// naam, a folder's name. In a spreadsheet they must stay text (never a formula), and in Markdown,
// HTML and SVG they must stay text (never markup).

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/money.js';
import { toCsv } from '../../src/render/csv.js';
import { mdTable, mdText } from '../../src/render/markdown.js';
import { Bedrag } from '../../src/report/values.js';
import { cli } from '../helpers.js';
import { openWorkbook } from '../xlsx/open.js';

const here = (f: string) => join(process.cwd(), f);

const NAAM = `<script>alert('naam')</script> & &amp;`;
const GEMEENTE = '<img src=x onerror=alert(1)>';

/** A scenario (with an aanvalsplan) and a data folder whose every name is hostile. */
function hostile(): { root: string; scenario: string } {
  const root = mkdtempSync(join(tmpdir(), 'buig-escape-'));
  const data = join(root, 'data<u>');
  cpSync(here('data/deventer'), data, { recursive: true });
  writeFileSync(join(data, 'gemeente.json'), JSON.stringify({ naam: GEMEENTE, cbs_code: 'GM0150' }));
  const plan = readFileSync(here('scenarios/deventer-aanvalsplan-2023.csv'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((line) => {
      if (line.startsWith('1A,')) return line.replace(/^1A,[^,]*,/, '=1+1,<script>alert(1)</script>,');
      if (line.startsWith('1C,')) return line.replace(/^1C,[^,]*,/, '@SUM(A1),+cmd|calc,');
      if (line.startsWith('2E,')) return line.replace(/^2E,[^,]*,/, '-2+3,<b>vet</b>,');
      return line;
    })
    .join('\n');
  writeFileSync(join(root, 'plan.csv'), plan);
  const scenario = JSON.parse(readFileSync(here('scenarios/deventer-aanvalsplan.json'), 'utf8')) as Record<string, unknown>;
  Object.assign(scenario, {
    naam: NAAM,
    omschrijving: '<i>omschrijving</i>',
    data: 'data<u>',
    aanvalsplan: 'plan.csv',
    taakstelling: { aantal: 300, maand: '2023-12', omschrijving: '<a href="x">taak</a>' },
  });
  writeFileSync(join(root, 'scenario.json'), JSON.stringify(scenario, null, 2));
  writeFileSync(join(root, '=HYPERLINK(x).json'), JSON.stringify(scenario, null, 2));
  return { root, scenario: join(root, 'scenario.json') };
}

describe('a CSV cell that a spreadsheet would take for a formula', () => {
  it('is text with a leading apostrophe; a number, negative or not, stays a number', () => {
    const rows = [['=1+1'], ['+31 6 1234'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['-1200.00'], [-5], ['-'], [new Bedrag(D('-1200'))], ['gewoon'], ['a=b']];
    expect(toCsv(['cel'], rows)).toBe(`cel\n'=1+1\n'+31 6 1234\n'-2+3\n'@SUM(A1)\n'\tx\n"'\rx"\n-1200.00\n-5\n'-\n-1200.00\ngewoon\na=b\n`);
    expect(toCsv(['cel'], [['=1+1'], ['-1200.00'], [new Bedrag(D('-1200.5'))]], { dutch: true })).toBe(`\uFEFFcel\r\n'=1+1\r\n-1200,00\r\n-1200,50\r\n`);
  });

  it('plan --format csv and csv-nl: the actie codes neutralised, the amounts still numbers', async () => {
    const { root, scenario } = hostile();
    for (const format of ['csv', 'csv-nl']) {
      const r = await cli(['plan', '--scenario', scenario, '--format', format], { cwd: root });
      expect(r.code, r.stderr).toBe(0);
      const sep = format === 'csv' ? ',' : ';';
      const cells = r.stdout
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .flatMap((l) => l.split(sep));
      expect(cells).toContain("'=1+1");
      expect(cells).toContain("'@SUM(A1)");
      expect(cells).toContain("'-2+3");
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
      expect(cells.filter((c) => /^-/.test(c) && !/^-\d+([.,]\d+)?$/.test(c))).toEqual([]);
      expect(cells.some((c) => /^-\d+[.,]\d\d$/.test(c))).toBe(true);
    }
  });

  it('compare --format csv: a scenario file named like a formula', async () => {
    const { root } = hostile();
    const r = await cli(['compare', 'scenario.json', '=HYPERLINK(x).json', '--format', 'csv'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(",'=HYPERLINK(x).json,");
    expect(r.stdout).not.toMatch(/(^|,)=/m);
  });

  it('an Excel workbook keeps such a cell a string, formatted as text (it stays text when edited)', async () => {
    const { root, scenario } = hostile();
    const r = await cli(['plan', '--scenario', scenario, '--format', 'xlsx', '--out', 'plan.xlsx'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const { sheets } = openWorkbook(readFileSync(join(root, 'plan.xlsx')));
    const risky = sheets.flatMap((s) => [...s.cells.values()].filter((c) => /^[=+\-@]/.test(c.raw) && c.type !== 'n'));
    expect(risky.map((c) => c.raw)).toEqual(expect.arrayContaining(['=1+1', '@SUM(A1)', '-2+3', '+cmd|calc']));
    for (const c of risky) expect([c.raw, c.type, c.format]).toEqual([c.raw, 's', 'builtin 49']);
    for (const s of sheets) expect(s.xml).not.toContain('<f>');
  });
});

/** Every `<` in a Markdown text: none may come from a name. */
const tags = (md: string) => md.match(/<[^\s]/g) ?? [];

describe('Markdown', () => {
  it('mdText: no tag, comment or autolink can open, and a name shows as it was typed', () => {
    expect(mdText('<script>x</script>')).toBe('&lt;script>x&lt;/script>');
    expect(mdText('<!-- c -->')).toBe('&lt;!-- c -->');
    expect(mdText('<https://example.org>')).toBe('&lt;https://example.org>');
    expect(mdText('R&D, B&W 2022-847, a & b')).toBe('R&D, B&W 2022-847, a & b');
    expect(mdText('&amp; &lt; &#60; &#x3C; &AElig;')).toBe('&amp;amp; &amp;lt; &amp;#60; &amp;#x3C; &amp;AElig;');
    expect(mdText('tekort 9,91% > 7,5%')).toBe('tekort 9,91% > 7,5%');
    expect(mdTable(['naam'], [['<b>a|b</b>']])).toBe('| naam |\n| --- |\n| &lt;b>a\\|b&lt;/b> |\n');
  });

  it('escapes HTML in every name, in every md report', async () => {
    const { root, scenario } = hostile();
    const runs = [
      ['forecast', '--scenario', scenario],
      ['forecast', '--maanden', '--scenario', scenario],
      ['plan', '--scenario', scenario],
      ['compare', scenario, '=HYPERLINK(x).json'],
      ['simulate', '--runs', '20', '--scenario', scenario],
      ['backtest', '--scenario', scenario],
      ['vangnet', '--year', '2022', '--data', 'data<u>'],
      ['validate', '--data', 'data<u>'],
      ['report', '--scenario', scenario],
    ];
    for (const argv of runs) {
      const r = await cli([...argv, '--format', 'md'], { cwd: root });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      expect(tags(r.stdout), argv.join(' ')).toEqual([]);
    }
    const report = await cli(['report', '--scenario', scenario], { cwd: root });
    expect(report.stdout).toContain('&lt;script>alert(1)&lt;/script>');
    expect(report.stdout).toContain(GEMEENTE.replace('<', '&lt;'));
    // An entity in a name is shown as typed, not as the character it names.
    expect(report.stdout).toContain(`&lt;script>alert('naam')&lt;/script> & &amp;amp;`);
  });

  it('a table cell keeps its pipes escaped as before', async () => {
    const { root, scenario } = hostile();
    const r = await cli(['plan', '--scenario', scenario, '--format', 'md'], { cwd: root });
    expect(r.stdout).toContain('| +cmd\\|calc |');
  });
});

describe('HTML and SVG', () => {
  it('the HTML report escapes every name', async () => {
    const { root, scenario } = hostile();
    const r = await cli(['report', '--scenario', scenario, '--format', 'html'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    for (const raw of ['<script>alert', '<img src', '<b>vet', '<i>omschrijving', '<a href', '<u>']) expect(r.stdout).not.toContain(raw);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the SVG charts escape every name', async () => {
    const { root, scenario } = hostile();
    expect((await cli(['forecast', '--scenario', scenario, '--chart', 'f.svg'], { cwd: root })).code).toBe(0);
    expect((await cli(['simulate', '--runs', '20', '--scenario', scenario, '--chart', 's.svg'], { cwd: root })).code).toBe(0);
    for (const f of ['f.svg', 's.svg']) {
      const svg = readFileSync(join(root, f), 'utf8');
      for (const raw of ['<script', '<img', '<u>']) expect(svg, f).not.toContain(raw);
      expect(svg, f).toContain('&lt;script&gt;');
    }
  });
});
