// Every format of forecast, vangnet and plan on the Deventer scenarios: the published figures in
// each notation, csv-nl read back by the project's own reader to the same numbers, and Markdown
// tables whose shown rows add up to their shown totals.

import { describe, expect, it } from 'vitest';
import { D, parseAmount, type Decimal } from '../../src/money.js';
import { readCsv } from '../../src/read/csvTable.js';
import { cli } from '../helpers.js';
import { mdTables, shown, totalsAddUp } from './markdown.js';

const COMMANDS: Record<string, string[]> = {
  forecast: ['forecast'],
  'forecast statushouders': ['forecast', '--scenario', 'scenarios/deventer-statushouders.json'],
  'forecast aanvalsplan': ['forecast', '--scenario', 'scenarios/deventer-aanvalsplan.json'],
  vangnet: ['vangnet', '--year', '2022', '--data', 'data/deventer'],
  plan: ['plan'],
};

async function out(argv: string[], format: string): Promise<string> {
  const r = await cli([...argv, '--format', format]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('the published Deventer 2022 figures in every format', () => {
  // [Deventer 2022-847], [Deventer Vangnet 2022]: budget 36,896,210; tekort 9.9%; vangnet 444,700.
  it.each([
    ['table', ['€ 36.896.210', '9,91%', '€ 444.700']],
    ['csv', ['36896210.00', '444700.00']],
    ['csv-nl', ['36896210,00', '444700,00']],
    ['json', ['"36896210.00"', '"444700.00"', '"9.9105"']],
    ['md', ['€ 36.896.210', '€ 444.700']],
  ])('vangnet as %s', async (format, figures) => {
    const text = await out(COMMANDS.vangnet!, format);
    for (const f of figures) expect(text).toContain(f);
  });

  it.each([
    ['table', ['€ 36.896.210', '9,91%', 'ja € 444.700']],
    ['csv', ['2022,realisatie,budget,36896210.00', '2022,realisatie,vangnet.vangnet,444700.00']],
    ['csv-nl', ['2022;realisatie;budget;36896210,00', '2022;realisatie;vangnet.vangnet;444700,00']],
    ['json', ['"budget": "36896210.00"', '"tekort_pct": "9.9105"']],
    ['md', ['| 2022 | realisatie | 2.835 | 36.896 | 40.553 | 3.657 N | 9,91% | 445 | 3.212 N |']],
  ])('forecast as %s', async (format, figures) => {
    const text = await out(COMMANDS.forecast!, format);
    for (const f of figures) expect(text).toContain(f);
  });

  it.each([
    ['table', ['Taakstelling: 300 uitkeringen minder in 2023-12']],
    ['csv', ['code,jaar,grootheid,waarde', 'totaal,2023,netto,']],
    ['csv-nl', ['code;jaar;grootheid;waarde', 'totaal;2023;netto;']],
    ['json', ['"aantal": 300']],
    ['md', ['Taakstelling: 300 uitkeringen minder in 2023-12']],
  ])('plan as %s', async (format, figures) => {
    const text = await out(COMMANDS.plan!, format);
    for (const f of figures) expect(text).toContain(f);
  });
});

/** The cells of a CSV read by the project's own reader, numbers parsed in the file's dialect. */
function cells(text: string): { delimiter: string; encoding: string; rows: (string | Decimal)[][] } {
  const table = readCsv('x.csv', new TextEncoder().encode(text));
  const rows = [table.header!, ...table.records].map((r) =>
    r.cells.map((c) => {
      const n = parseAmount(c.text, table.dialect);
      return n.ok && /\d/.test(c.text) ? n.value : c.text;
    }),
  );
  return { delimiter: table.dialect.delimiter, encoding: table.dialect.encoding, rows };
}

describe('ja/nee in Dutch outputs', () => {
  it('csv-nl says ja/nee where csv says true/false; JSON keeps booleans', async () => {
    const forecastNl = await out(COMMANDS.forecast!, 'csv-nl');
    expect(forecastNl).toContain('2022;realisatie;vangnet.recht;ja\r\n');
    expect(forecastNl).toContain('2019;realisatie;vangnet.recht;nee\r\n');
    expect(await out(COMMANDS.forecast!, 'csv')).toContain('2022,realisatie,vangnet.recht,true\n');
    const vangnetNl = await out(COMMANDS.vangnet!, 'csv-nl');
    expect(vangnetNl).toContain('2022;;recht;ja\r\n');
    expect(vangnetNl).toContain('2022;regulier;toets.drempel.voldaan;ja\r\n');
    expect(await out(COMMANDS.vangnet!, 'json')).toContain('"recht": true');
  });

  it.each(Object.keys(COMMANDS))('%s: no true or false in table, md or csv-nl', async (name) => {
    for (const format of ['table', 'md', 'csv-nl']) expect(await out(COMMANDS[name]!, format), format).not.toMatch(/\b(true|false)\b/);
  });
});

/** csv-nl writes ja/nee for the booleans csv writes as true/false. */
const BOOLEAN: Record<string, string> = { ja: 'true', nee: 'false' };

describe('csv-nl', () => {
  it.each(Object.keys(COMMANDS))('%s: reads back to the same numbers as csv', async (name) => {
    const plain = cells(await out(COMMANDS[name]!, 'csv'));
    const nl = cells(await out(COMMANDS[name]!, 'csv-nl'));
    expect(nl.delimiter).toBe(';');
    expect(nl.encoding).toBe('utf-8-bom');
    expect(nl.rows.length).toBe(plain.rows.length);
    nl.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        const p = plain.rows[i]![j]!;
        if (typeof v === 'string' || typeof p === 'string') expect(BOOLEAN[String(v)] ?? String(v)).toBe(String(p));
        else expect(v.eq(p), `${name} row ${i} col ${j}: ${v} vs ${p}`).toBe(true);
      });
    });
  });
});

describe('Markdown tables add up', () => {
  // The plan has no total row: acties overlap and the vangnet is not linear, so they do not add up.
  it.each(Object.keys(COMMANDS).filter((name) => name !== 'plan'))('%s: every total row is the sum of the rows above it', async (name) => {
    expect(totalsAddUp(await out(COMMANDS[name]!, 'md'), name)).toBeGreaterThan(0);
  });

  it('plan: netto = delta resultaat - kosten on every year of the plan as a whole (within the euro of rounding)', async () => {
    const tables = mdTables(await out(COMMANDS.plan!, 'md'));
    const whole = tables.find((t) => t[0]!.includes('netto') && t[0]!.includes('kosten'))!;
    const rows = whole.slice(2);
    expect(rows.length).toBe(4);
    for (const row of rows) {
      const [resultaat, kosten, netto] = row.slice(4, 7).map(shown);
      expect(netto!.minus(resultaat!.minus(kosten!)).abs().lte(1), row.join(' | ')).toBe(true);
      expect(netto!.isZero(), row.join(' | ')).toBe(false);
    }
  });

  it.each(['forecast', 'forecast statushouders', 'forecast aanvalsplan'])('%s: saldo = budget - lasten and resultaat = saldo + vangnet on every row', async (name) => {
    const [years] = mdTables(await out(COMMANDS[name]!, 'md'));
    for (const row of years!.slice(2)) {
      const [budget, lasten, saldo, , vangnet, resultaat] = row.slice(3).map(shown);
      expect(budget!.minus(lasten!).eq(saldo!), row.join(' | ')).toBe(true);
      expect(saldo!.plus(vangnet ?? D(0)).eq(resultaat!), row.join(' | ')).toBe(true);
    }
  });
});
