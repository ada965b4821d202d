// --format xlsx: the workbook opened as the zip archive it is. The published Deventer figures
// ([Deventer 2022-847], [Deventer Vangnet 2022] in docs/sources.md: budget 2022 definitief
// 36.896.210, tekort 9,91%, vangnet 444.700) must be in its cells as numbers, not text, with a
// euro or percent format; every sheet has a frozen, bold header row; and every amount in the
// workbook is the JSON's amount.

import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/money.js';
import { cli } from '../helpers.js';
import { cellAt, openWorkbook, type XCell, type XSheet } from './open.js';

const ROOT = process.cwd();
const scenario = (name: string) => join(ROOT, 'scenarios', name);

async function workbook(args: string[], lang = 'nl') {
  const dir = mkdtempSync(join(tmpdir(), 'buig-xlsx-'));
  const out = join(dir, 'uit.xlsx');
  const r = await cli([...args, '--format', 'xlsx', '--out', out, '--lang', lang], { cwd: ROOT });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  return { dir, out, stderr: r.stderr, ...openWorkbook(readFileSync(out)) };
}

const sheet = (sheets: XSheet[], name: string) => {
  const s = sheets.find((x) => x.name === name);
  expect(s, `sheet ${name} in ${sheets.map((x) => x.name).join(', ')}`).toBeDefined();
  return s!;
};

/** A number cell (no t="s"): its value as written in the file. */
function number(cell: XCell | undefined): number {
  expect(cell, 'cell').toBeDefined();
  expect(cell!.type).toBe('n');
  return Number(cell!.raw);
}

describe('forecast --format xlsx', () => {
  it('holds the published Deventer figures of 2022 as numbers with a euro and a percent format', async () => {
    const { sheets, stderr } = await workbook(['forecast']);
    expect(stderr).toMatch(/geschreven: .*uit\.xlsx \(Excel, \d+ kB\)/);
    const years = sheet(sheets, 'Prognose');
    const budget = cellAt(years, '2022', 'budget');
    expect(number(budget)).toBe(36896210);
    expect(budget!.format).toContain('€');
    expect(budget!.format).toContain('#,##0.00');
    const tekort = cellAt(years, '2022', 'tekort (% van budget)');
    // 9,91%: the cell holds the fraction, shown with a percent format of two decimals.
    expect(number(tekort).toFixed(4)).toBe('0.0991');
    expect(tekort!.format).toBe('0.00%');
    const vangnet = cellAt(years, '2022', 'vangnet');
    expect(number(vangnet)).toBe(444700);
    expect(vangnet!.format).toContain('€');
    // The same figures on the vangnet sheet.
    const v = sheet(sheets, 'Vangnet');
    expect(number(cellAt(v, '2022', 'vangnet'))).toBe(444700);
    expect(number(cellAt(v, '2022', 'tekort'))).toBe(3656616);
  });

  it('has a sheet per table, the assumptions on their own sheet, each with a frozen bold header row', async () => {
    const { sheets, parts } = await workbook(['forecast']);
    expect(sheets.map((s) => s.name)).toEqual(['Prognose', 'Regelingen', 'Vangnet', 'Maanden', 'Aannames', 'Waarschuwingen', 'Over']);
    for (const s of sheets) {
      expect(s.xml, s.name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(s.xml, s.name).toMatch(/<autoFilter ref="A1:/);
      expect(s.xml, s.name).toMatch(/<col [^>]*width="\d+(\.\d+)?" customWidth="1"/);
    }
    const styles = new TextDecoder().decode(parts['xl/styles.xml']);
    expect(styles).toContain('<b/>');
    const aannames = sheet(sheets, 'Aannames');
    expect(aannames.header).toEqual(['aanname', 'waarde', 'herkomst', 'toelichting']);
    // An estimated uitstroomkans is a percentage, a budget an amount: the JSON's value, as a number.
    expect(cellAt(aannames, 'uitstroomkans.PW', 'waarde')!.format).toBe('0.00%');
    const json = JSON.parse((await cli(['forecast', '--format', 'json'], { cwd: ROOT })).stdout) as { aannames: { sleutel: string; waarde: unknown }[] };
    const budgets = json.aannames.filter((a) => a.sleutel.startsWith('budget.'));
    expect(budgets.length).toBeGreaterThan(0);
    for (const a of budgets) {
      const cell = cellAt(aannames, a.sleutel, 'waarde');
      expect(number(cell)).toBe(Number(a.waarde));
      expect(cell!.format).toContain('€');
    }
  });

  it('writes every amount, percentage and count of the years exactly as the JSON has it', async () => {
    const json = JSON.parse((await cli(['forecast', '--format', 'json'], { cwd: ROOT })).stdout) as { jaren: Record<string, unknown>[] };
    const { sheets } = await workbook(['forecast']);
    const years = sheet(sheets, 'Prognose');
    for (const j of json.jaren) {
      const at = (column: string) => cellAt(years, String(j.jaar), column);
      for (const key of ['lasten', 'budget', 'saldo', 'resultaat', 'baten']) expect(number(at(key))).toBe(Number(j[key]));
      expect(number(at('gemiddeld volume'))).toBe(j.gemiddeld_volume);
      // The JSON's percentage (four decimals) divided by 100, written as its decimal text.
      const pct = String(j.tekort_pct);
      expect(number(at('tekort (% van budget)'))).toBe(Number(D(pct).div(100).toString()));
      expect(at('tekort (% van budget)')!.raw).toBe(D(pct).div(100).toString());
    }
  });

  it('speaks English with --lang en, with the same numbers', async () => {
    const { sheets } = await workbook(['forecast'], 'en');
    expect(sheets.map((s) => s.name)).toEqual(['Forecast', 'Regelingen', 'Vangnet', 'Months', 'Assumptions', 'Warnings', 'About']);
    expect(number(cellAt(sheet(sheets, 'Forecast'), '2022', 'budget'))).toBe(36896210);
  });

  it('opens on the months with --maanden', async () => {
    const { parts } = await workbook(['forecast', '--maanden']);
    expect(new TextDecoder().decode(parts['xl/workbook.xml'])).toMatch(/activeTab="3"/);
  });
});

describe('plan and compare --format xlsx', () => {
  it('plan: the acties ranked, the plan per year as numbers, the base assumptions', async () => {
    const json = JSON.parse((await cli(['plan', '--format', 'json'], { cwd: ROOT })).stdout) as {
      acties: { code: string; naam: string; netto_totaal: string }[];
      totaal: { jaren: { jaar: number; netto: string; delta_vangnet: string }[] };
    };
    const { sheets } = await workbook(['plan']);
    expect(sheets.map((s) => s.name)).toEqual(['Acties', 'Acties per jaar', 'Plan totaal', 'Toelichting', 'Aannames', 'Over']);
    const acties = sheet(sheets, 'Acties');
    json.acties.forEach((a, i) => {
      expect(number(cellAt(acties, String(i + 1), 'netto totaal'))).toBe(Number(a.netto_totaal));
      // Full names, never cut off.
      expect(cellAt(acties, String(i + 1), 'naam')!.raw).toBe(a.naam);
    });
    const totaal = sheet(sheets, 'Plan totaal');
    for (const y of json.totaal.jaren) {
      expect(number(cellAt(totaal, String(y.jaar), 'netto'))).toBe(Number(y.netto));
      expect(number(cellAt(totaal, String(y.jaar), 'verschil vangnet'))).toBe(Number(y.delta_vangnet));
    }
    expect(sheet(sheets, 'Aannames').cells.size).toBeGreaterThan(20);
  });

  it('compare: a column per scenario and per difference, numbers with their own format per row', async () => {
    const { sheets } = await workbook(['compare', scenario('deventer-basis.json'), scenario('deventer-statushouders.json')]);
    expect(sheets.map((s) => s.name)).toEqual(['Vergelijking', "Scenario's", 'Aannames', 'Over']);
    const v = sheet(sheets, 'Vergelijking');
    expect(v.header).toEqual(['jaar', 'grootheid', 'Deventer basis', 'Deventer statushouders', 'Deventer statushouders - Deventer basis']);
    const rows = [...v.cells.entries()].filter(([ref, c]) => ref.startsWith('A') && c.raw === '2022').map(([ref]) => ref.slice(1));
    const byLabel = new Map(rows.map((r) => [v.cells.get(`B${r}`)!.raw, r]));
    expect(number(v.cells.get(`C${byLabel.get('budget')}`))).toBe(36896210);
    expect(number(v.cells.get(`C${byLabel.get('vangnet')}`))).toBe(444700);
    expect(v.cells.get(`C${byLabel.get('tekort (% van budget)')}`)!.format).toBe('0.00%');
    // 2022 is realised: the statushouders scenario differs from 2023 on only.
    expect(number(v.cells.get(`E${byLabel.get('lasten')}`))).toBe(0);
    const aannames = sheet(sheets, 'Aannames');
    expect(aannames.header[0]).toBe('scenario');
  });

  it('writes only defined names Excel can read (a sheet name with an apostrophe doubled in a reference)', async () => {
    const { parts } = await workbook(['compare', scenario('deventer-basis.json'), scenario('deventer-statushouders.json')]);
    const names = [...new TextDecoder().decode(parts['xl/workbook.xml']).matchAll(/<definedName [^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^'(?:[^']|'')+'!\$1:\$1$/);
  });
});

describe('where a workbook goes', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'buig-xlsx-'));

  it('needs --out FILE.xlsx: a workbook is binary (exit 64, nothing written)', async () => {
    const cwd = dir();
    const none = await cli(['forecast', '--format', 'xlsx'], { cwd: ROOT });
    expect(none.code).toBe(64);
    expect(none.stderr).toContain('--out BESTAND.xlsx');
    expect(none.stdout).toBe('');
    const wrong = await cli(['forecast', '--format', 'xlsx', '--out', join(cwd, 'prognose.json')], { cwd: ROOT });
    expect(wrong.code).toBe(64);
    const unasked = await cli(['plan', '--out', join(cwd, 'plan.xlsx')], { cwd: ROOT });
    expect(unasked.code).toBe(64);
    expect(unasked.stderr).toContain('--format xlsx');
    const breed = await cli(['compare', scenario('deventer-basis.json'), scenario('deventer-statushouders.json'), '--format', 'xlsx', '--breed', '--out', join(cwd, 'c.xlsx')], { cwd: ROOT });
    expect(breed.code).toBe(64);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('is a format of forecast, plan and compare only', async () => {
    const r = await cli(['vangnet', '--year', '2022', '--format', 'xlsx', '--out', 'x.xlsx'], { cwd: dir() });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("'xlsx' is ongeldig; toegestaan: table, csv, csv-nl, json, md");
    const help = await cli(['forecast', '--help'], { cwd: ROOT });
    expect(help.stdout).toContain('xlsx');
  });

  it('is written atomically, into a new folder, and not for a failed run', async () => {
    const cwd = dir();
    const ok = await cli(['forecast', '--format', 'xlsx', '--out', 'nieuw/prognose.xlsx'], { cwd });
    // The default scenario is found from the package, wherever the command runs.
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'nieuw'))).toEqual(['prognose.xlsx']);
    const failed = await cli(['forecast', '--data', 'bestaat-niet', '--format', 'xlsx', '--out', 'mislukt.xlsx'], { cwd });
    expect(failed.code).toBe(66);
    expect(existsSync(join(cwd, 'mislukt.xlsx'))).toBe(false);
  });
});
