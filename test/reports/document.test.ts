// buig report as Markdown, HTML and Word: the same document three ways. The Word file is opened
// as the zip it is; its tables carry the published Deventer figures and add up like the
// Markdown ones. No report says an option name, a JSON key, "Δ" or a file path outside its
// appendix.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/money.js';
import { cli, folder } from '../helpers.js';
import { mdTables, shown, tablesAddUp } from './markdown.js';

const here = (p: string) => join(process.cwd(), p);
const APPENDIX = { nl: 'Bijlage: rekenregels en aannames', en: 'Appendix: calculation rules and assumptions' };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A report written to a fresh folder; returns the folder and what was written. */
async function report(args: string[], out: string): Promise<{ root: string; stderr: string }> {
  const { root } = folder({});
  const r = await cli(['report', ...args, '--out', out], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  return { root, stderr: r.stderr };
}

interface Docx {
  xml: string;
  zip: JSZip;
}

async function openDocx(path: string): Promise<Docx> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return { xml, zip };
}

/** The text of a piece of WordprocessingML: its w:t runs joined. */
const wordText = (xml: string) => decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** The tables of a Word document: rows of cell texts, the header row first. */
function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => wordText(c[1]!))),
  );
}

/** The paragraphs of a Word document as text, in order. */
const docxParagraphs = (xml: string) => [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => wordText(p[0]));

/** The tables of an HTML file: rows of cell texts, the header row first. */
function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!))),
  );
}

/** The text a reader of the HTML sees: tags and the stylesheet gone. */
const htmlText = (html: string) =>
  decode(
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<title>[\s\S]*?<\/title>/, '')
      .replace(/<[^>]+>/g, '\n'),
  );

/** Markdown tables as header and body rows, bold marks gone. */
const mdBody = (md: string) => mdTables(md).map((t) => [t[0]!, ...t.slice(2)].map((r) => r.map((c) => c.replace(/\*\*/g, '').replace(/\\\|/g, '|'))));

const row = (tables: string[][][], first: string) => tables.flat().find((r) => r[0] === first);

describe('buig report --format docx', () => {
  it('is a Word document whose tables hold the published Deventer figures and add up like the Markdown ones', async () => {
    const { root, stderr } = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json'), '--format', 'docx'], 'stukken/raad.docx');
    expect(stderr).toMatch(/^buig: geschreven: stukken\/raad\.docx \(Word, \d+ kB\)$/m);
    const { xml, zip } = await openDocx(join(root, 'stukken', 'raad.docx'));
    const tables = docxTables(xml);
    // [Deventer 2022-847] and the vangnet decision: budget 2022 definitief, tekort 9,91%, vangnet 444.700.
    expect(row(tables, 'Budget 2022 (definitief)')).toEqual(['Budget 2022 (definitief)', '36.896.210']);
    expect(row(tables, 'Tekort in % van het budget')).toEqual(['Tekort in % van het budget', '9,91%']);
    expect(row(tables, 'Vangnetuitkering')).toEqual(['Vangnetuitkering', '444.700']);
    expect(row(tables, '2022')!.slice(0, 8)).toEqual(['2022', 'realisatie', '2.835', '36.896', 'definitief', '40.553', '3.657 N', '9,91% N']);
    // Every total row adds up: the lasten per regeling (8 years), the plan (5 columns), the vangnet bands (2).
    expect(tablesAddUp(tables, 'docx')).toBeGreaterThanOrEqual(8 + 5 + 2);
    // The same tables as the Markdown document, cell for cell.
    const md = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json')], 'raad.md');
    expect(tables).toEqual(mdBody(readFileSync(join(md.root, 'raad.md'), 'utf8')));
    // The chart as a PNG picture in the document.
    const png = await zip.file('word/media/image1.png')!.async('nodebuffer');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(xml).toContain('<pic:pic');
  });

  it('uses Word’s own heading styles, a header row that repeats, and right-aligned numbers', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-basis.json'), '--format', 'docx'], 'raad.docx');
    const { xml, zip } = await openDocx(join(root, 'raad.docx'));
    const styled = (style: string) => [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].filter((p) => p[0].includes(`<w:pStyle w:val="${style}"/>`)).map((p) => wordText(p[0]));
    expect(styled('Title')).toEqual(['BUIG-prognose: Deventer basis']);
    expect(styled('Heading1')).toEqual(['Samenvatting', 'Prognose', 'Vangnet', 'Let op', 'Aannames', 'Grafiek', APPENDIX.nl]);
    expect(styled('Heading2')).toContain('2022');
    expect(styled('Toelichting').length).toBeGreaterThanOrEqual(6);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"\/>/i);
    // The forecast table: a repeated header row, and its number cells aligned right.
    const forecast = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)][0]![1]!;
    expect(forecast).toContain('<w:tblHeader/>');
    const cells = [...forecast.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => ({ text: wordText(c[1]!), right: c[1]!.includes('<w:jc w:val="right"/>') }));
    const lasten = cells.find((c) => c.text === '40.553')!;
    expect(lasten.right).toBe(true);
    expect(cells.find((c) => c.text === 'realisatie')!.right).toBe(false);
  });

  it('needs --out, and writes nothing for a failed run', async () => {
    const { root } = folder({});
    const r = await cli(['report', '--format', 'docx'], { cwd: root });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--format docx maakt een Word-bestand: geef --out BESTAND.docx');
    const failed = await cli(['report', '--scenario', 'nope.json', '--format', 'docx', '--out', 'raad.docx'], { cwd: root });
    expect(failed.code).toBe(66);
    expect(existsSync(join(root, 'raad.docx'))).toBe(false);
  });
});

describe('buig report --format html', () => {
  it('is one self-contained file with the chart inline, a print stylesheet for A4, and the Markdown’s tables', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json'), '--format', 'html'], 'raad.html');
    const html = readFileSync(join(root, 'raad.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\((?!#)/);
    expect(html).toMatch(/@page \{ size: A4;/);
    // Right alignment on the cells themselves, so that it survives a paste into Word.
    expect(html).toContain('<td style="text-align:right;white-space:nowrap">36.896.210</td>');
    const md = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json')], 'raad.md');
    expect(htmlTables(html)).toEqual(mdBody(readFileSync(join(md.root, 'raad.md'), 'utf8')));
    expect(existsSync(join(root, 'raad.svg'))).toBe(false);
  });
});

/** What a report says outside its appendix, in md, html and docx, for one way of running it. */
async function bodies(args: string[], lang: 'nl' | 'en'): Promise<{ format: string; body: string; appendix: string }[]> {
  const out: { format: string; body: string; appendix: string }[] = [];
  const { root } = folder({});
  for (const format of ['md', 'html', 'docx']) {
    const r = await cli(['report', ...args, '--format', format, '--out', `raad.${format}`, '--lang', lang], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    // Markdown as a reader sees it: a picture's file name is markup, not text.
    const text =
      format === 'md'
        ? readFileSync(join(root, 'raad.md'), 'utf8').replace(/(!\[[^\]]*\])\([^)]*\)/g, '$1')
        : format === 'html'
          ? htmlText(readFileSync(join(root, 'raad.html'), 'utf8'))
          : docxParagraphs((await openDocx(join(root, 'raad.docx'))).xml).join('\n');
    const at = text.lastIndexOf(APPENDIX[lang]);
    expect(at, `${format}: the appendix`).toBeGreaterThan(0);
    out.push({ format, body: text.slice(0, at), appendix: text.slice(at) });
  }
  return out;
}

/** Keys of the JSON output (the contract's), as a reader would see them. */
async function jsonKeys(args: string[]): Promise<string[]> {
  const r = await cli(['forecast', ...args, '--format', 'json']);
  const json = JSON.parse(r.stdout) as { aannames: { sleutel: string }[]; jaren: Record<string, unknown>[] };
  return [
    ...json.aannames.map((a) => a.sleutel),
    ...Object.keys(json.jaren[0]!),
    'budget_groei_pct',
    'instroom_factor',
    'uitstroom_factor',
    'prijsindex_pct',
    'delta_lasten',
    'delta_resultaat',
    'netto_totaal',
    'vangnet_exact',
  ];
}

const RUNS: { name: string; args: string[]; lang: 'nl' | 'en'; paths: string[] }[] = [
  { name: 'basis', args: ['--scenario', here('scenarios/deventer-basis.json')], lang: 'nl', paths: ['scenarios/deventer-basis.json', 'data/deventer'] },
  { name: 'statushouders', args: ['--scenario', here('scenarios/deventer-statushouders.json')], lang: 'nl', paths: ['scenarios/deventer-statushouders.json', 'data/deventer'] },
  {
    name: 'aanvalsplan',
    args: ['--scenario', here('scenarios/deventer-aanvalsplan.json')],
    lang: 'nl',
    paths: ['scenarios/deventer-aanvalsplan.json', 'deventer-aanvalsplan-2023.csv', 'data/deventer'],
  },
  { name: 'data folder', args: ['--data', here('data/deventer')], lang: 'nl', paths: ['data/deventer'] },
  { name: 'aanvalsplan, English', args: ['--scenario', here('scenarios/deventer-aanvalsplan.json')], lang: 'en', paths: ['scenarios/deventer-aanvalsplan.json', 'data/deventer'] },
];

/** Everything a council document must not say in its body; the reason for each. */
function offences(body: string, keys: string[], paths: string[]): string[] {
  const found: string[] = [];
  const option = /(^|[\s(])--[a-z][a-z-]*/m.exec(body);
  if (option) found.push(`option ${option[0].trim()}`);
  for (const key of keys) if (new RegExp(`(^|[^\\p{L}\\d_])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d_])`, 'u').test(body) && /[._]/.test(key)) found.push(`key ${key}`);
  const snake = /\b[a-z]+_[a-z_]+\b/.exec(body);
  if (snake) found.push(`key ${snake[0]}`);
  const dotted = /\b[a-z]+\.(PW|IOAW|IOAZ|BBZ|LKS|\d{4})\b/.exec(body);
  if (dotted) found.push(`key ${dotted[0]}`);
  for (const bad of ['Δ', 'klif', 'waarde €1', '…']) if (body.includes(bad)) found.push(`word ${bad}`);
  for (const p of paths) if (body.includes(p)) found.push(`path ${p}`);
  const file = /[\w-]+\.(json|csv|svg|png|md|docx|html)\b/.exec(body);
  if (file) found.push(`file ${file[0]}`);
  if (body.includes(process.cwd())) found.push('path of the repository');
  return found;
}

describe('words for the council', () => {
  it.each(RUNS.map((r) => [r.name, r] as const))('%s: no option name, JSON key, Δ or file path outside the appendix (md, html, docx)', async (_, run) => {
    const keys = await jsonKeys(run.args);
    for (const { format, body, appendix } of await bodies(run.args, run.lang)) {
      expect(offences(body, keys, run.paths), format).toEqual([]);
      // The detail is there, in the appendix: the split is where it should be.
      expect(appendix, format).toContain('--rules');
      expect(offences(appendix, keys, run.paths).length, format).toBeGreaterThan(0);
    }
  });

  it('would see each kind of offence (the check itself can fail)', () => {
    const keys = ['uitstroomkans.PW', 'budget_groei_pct'];
    expect(offences('geef regels met --rules', keys, [])).toEqual(['option --rules']);
    expect(offences('de uitstroomkans.PW is 2%', keys, [])).toEqual(['key uitstroomkans.PW', 'key uitstroomkans.PW']);
    expect(offences('plus budget_groei_pct', keys, [])).toEqual(['key budget_groei_pct', 'key budget_groei_pct']);
    expect(offences('Δ lasten', keys, [])).toEqual(['word Δ']);
    expect(offences('data/deventer', keys, ['data/deventer'])).toEqual(['path data/deventer']);
    expect(offences('zie plan.csv', keys, [])).toEqual(['file plan.csv']);
  });

  it('has every body table in thousands with V/N where a saldo is shown, and its numbers right-aligned', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json')], 'raad.md');
    const md = readFileSync(join(root, 'raad.md'), 'utf8');
    const body = md.slice(0, md.indexOf(`## ${APPENDIX.nl}`));
    const captions = [...body.matchAll(/^(.*)\n\n\|/gm)].map((m) => m[1]!);
    // Every table of amounts in thousands; the one table of counts (the volume the budget pays for) says so.
    expect(captions.length).toBe(7);
    for (const c of captions) expect(c.includes('Bedragen x € 1.000') || c.startsWith('Het aantal uitkeringen dat het budget dekt'), c).toBe(true);
    for (const t of mdTables(body)) {
      const [head, sep, ...rows] = t;
      head!.forEach((h, col) => {
        if (col === 0) return; // the row labels: years, names
        const numeric = rows.every((r) => r[col] === '' || r[col] === '-' || shown(r[col]!) !== undefined || /^[\d.,]+% [VN]$|^[\d.,]+%$/.test(r[col]!.replace(/\*\*/g, '')));
        if (numeric && rows.some((r) => /\d/.test(r[col]!))) expect(sep![col], `column ${h}`).toBe('---:');
      });
    }
    // Full actie names, never cut off.
    expect(body).toContain('| 3N | Pilot afboeken schuld en compensatie verlies toeslag |');
  });

  it('lets the forecast and plan rows add up as shown: saldo = budget - lasten, netto = resultaat - kosten, an actie’s years to its total', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-aanvalsplan.json')], 'raad.md');
    const tables = mdBody(readFileSync(join(root, 'raad.md'), 'utf8'));
    const n = (c: string) => shown(c) ?? D(0);
    const forecast = tables[0]!;
    for (const r of forecast.slice(1)) {
      expect(n(r[3]!).minus(n(r[5]!)).toString(), `saldo ${r[0]}`).toBe(n(r[6]!).toString());
      expect(n(r[6]!).plus(n(r[8]!)).toString(), `resultaat ${r[0]}`).toBe(n(r[9]!).toString());
    }
    const plan = tables.find((t) => t[0]![1] === 'uitkeringen minder (gemiddeld)')!;
    expect(plan.length).toBe(6); // header, four years, total
    for (const r of plan.slice(1)) {
      expect(n(r[2]!).plus(n(r[3]!)).toString(), `resultaat ${r[0]}`).toBe(n(r[4]!).toString());
      expect(n(r[4]!).plus(n(r[5]!)).toString(), `netto ${r[0]}`).toBe(n(r[6]!).toString());
    }
    const acties = tables.find((t) => t[0]![0] === 'code')!;
    expect(acties.length).toBe(28);
    for (const r of acties.slice(1))
      expect(
        r
          .slice(4, 8)
          .reduce((a, c) => a.plus(n(c)), D(0))
          .toString(),
        r[0],
      ).toBe(n(r[8]!).toString());
  });

  it('says the assumptions as sentences with value and origin', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-basis.json')], 'raad.md');
    const md = readFileSync(join(root, 'raad.md'), 'utf8');
    expect(md).toContain('- Uitstroomkans Participatiewet: 2,68% per maand, geschat over 2021-2022.');
    expect(md).toContain('- Budget 2024: € 43.189.769, raming: 0,6313% van een landelijk budget van € 6.841,6 mln, dat meegroeit met de prijzen.');
    expect(md).toContain('Participatiewet (PW), IOAW (inkomensvoorziening voor oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers)');
    // A surplus is a voordeel, never a negative tekort.
    expect(md).toMatch(/- 2025 \(prognose, budget raming\): voordeel € [\d.]+, [\d,]+% van het budget; het budget dekt [\d.]+ uitkeringen, de prognose is [\d.]+\./);
    expect(md).not.toMatch(/tekort -\d/);
  });
});

describe('the chart in the report', () => {
  it('md: beside the document as .svg by default, or as the .png asked for', async () => {
    const { root } = await report(['--scenario', here('scenarios/deventer-basis.json'), '--chart', 'grafiek/raad.png'], 'raad.md');
    expect(readFileSync(join(root, 'raad.md'), 'utf8')).toContain('](grafiek/raad.png)');
    expect(
      readFileSync(join(root, 'grafiek', 'raad.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('refuses a chart that is neither .svg nor .png before running anything', async () => {
    const { root } = folder({});
    mkdirSync(join(root, 'x'), { recursive: true });
    writeFileSync(join(root, 'raad.md'), 'old');
    const r = await cli(['report', '--chart', 'grafiek.jpg', '--out', 'raad.md'], { cwd: root });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--chart grafiek.jpg: de grafiek wordt .svg of .png');
    expect(readFileSync(join(root, 'raad.md'), 'utf8')).toBe('old');
  });
});
