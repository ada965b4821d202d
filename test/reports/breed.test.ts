// --breed: csv and csv-nl with a column per grootheid instead of a row per grootheid; the same
// numbers as the tidy csv, and csv-nl --breed reads back through buig's own reader.

import { describe, expect, it } from 'vitest';
import { D, parseAmount, type Decimal } from '../../src/money.js';
import { readCsv } from '../../src/read/csvTable.js';
import { cli } from '../helpers.js';

const SCENARIOS = ['scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json'];
const COMMANDS: Record<string, string[]> = {
  forecast: ['forecast'],
  vangnet: ['vangnet', '--year', '2022', '--data', 'data/deventer'],
  'vangnet 2025': ['vangnet', '--year', '2025', '--budget', '10000000', '--lasten', '10700000', '--saldo', '2022=-600000/10000000', '--saldo', '2023=-500000/10000000', '--saldo', '2024=0/10000000'],
  plan: ['plan'],
  compare: ['compare', ...SCENARIOS],
};

async function out(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The rows of a CSV read by the project's own reader, as records keyed by the header. */
function records(text: string): { delimiter: string; header: string[]; rows: Record<string, string>[]; decimalComma: boolean } {
  const table = readCsv('x.csv', new TextEncoder().encode(text));
  const header = table.header!.cells.map((c) => c.text);
  const rows = table.records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]?.text ?? ''])));
  return { delimiter: table.dialect.delimiter, header, rows, decimalComma: table.dialect.decimalComma };
}

/** A cell's value: a number parsed in its file's dialect, or its text (ja/nee as true/false). */
function value(text: string, decimalComma: boolean): Decimal | string {
  const n = parseAmount(text, { decimalComma });
  if (n.ok && /\d/.test(text)) return n.value;
  return ({ ja: 'true', nee: 'false' } as Record<string, string>)[text] ?? text;
}

describe('--breed', () => {
  it('forecast: a row per year, a column per grootheid', async () => {
    const text = await out(['forecast', '--format', 'csv', '--breed']);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'jaar,soort,gemiddeld_volume,lasten,baten,budget,budget_fase,budget_gepubliceerd,budget_herkomst,budgetvolume,saldo,tekort_pct,vangnet.recht,vangnet.vangnet,resultaat,' +
        'PW.gemiddeld_volume,PW.prijs,IOAW.gemiddeld_volume,IOAW.prijs,IOAZ.gemiddeld_volume,IOAZ.prijs,BBZ.gemiddeld_volume,BBZ.prijs,LKS.gemiddeld_volume,LKS.prijs',
    );
    expect(lines).toHaveLength(1 + 8); // 2019-2026
    const { rows } = records(text);
    expect(rows.find((r) => r.jaar === '2022')).toMatchObject({
      soort: 'realisatie',
      budget: '36896210.00',
      lasten: '40552826.00',
      budget_fase: 'definitief',
      tekort_pct: '9.9105',
      'vangnet.recht': 'true',
      'vangnet.vangnet': '444700.00',
      resultaat: '-3211916.00',
    });
  });

  it('forecast: the same figures as the tidy csv', async () => {
    const tidy = records(await out(['forecast', '--format', 'csv'])).rows;
    const wide = records(await out(['forecast', '--format', 'csv', '--breed'])).rows;
    expect(tidy).toHaveLength(wide.length * (Object.keys(wide[0]!).length - 2));
    for (const t of tidy) expect(wide.find((w) => w.jaar === t.jaar)![t.grootheid!], `${t.jaar} ${t.grootheid}`).toBe(t.waarde);
  });

  it('vangnet: one row, with the quantities of each route under its name', async () => {
    const { header, rows } = records(await out([...COMMANDS.vangnet!, '--format', 'csv', '--breed']));
    expect(header.slice(0, 4)).toEqual(['jaar', 'budget', 'budget_fase', 'lasten']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ jaar: '2022', recht: 'true', vangnet: '444700.00', 'regulier.toets.drempel.voldaan': 'true', 'regulier.trede.2.vergoeding': '444700.13' });
  });

  it('plan: a row per actie (and totaal) and year', async () => {
    const text = await out(['plan', '--format', 'csv', '--breed']);
    expect(text.split('\n')[0]).toBe('code,jaar,delta_volume,delta_lasten,delta_vangnet,delta_resultaat,kosten,netto');
    const totaal = records(text).rows.filter((r) => r.code === 'totaal');
    expect(totaal.map((r) => r.jaar)).toEqual(['2023', '2024', '2025', '2026']);
    const t = totaal[0]!;
    expect(D(t.netto!).eq(D(t.delta_resultaat!).minus(D(t.kosten!)))).toBe(true);
  });

  it('compare: a row per year and scenario, the values and then the differences against the first', async () => {
    const text = await out(['compare', ...SCENARIOS, '--format', 'csv', '--breed']);
    expect(text.split('\n')[0]).toBe(
      'jaar,scenario,gemiddeld_volume,lasten,budget,saldo,tekort_pct,vangnet,resultaat,' +
        'verschil.gemiddeld_volume,verschil.lasten,verschil.budget,verschil.saldo,verschil.tekort_pct,verschil.vangnet,verschil.resultaat',
    );
    const { rows } = records(text);
    expect(rows).toHaveLength(8 * 3);
    expect(rows.find((r) => r.jaar === '2022' && r.scenario === SCENARIOS[1])).toMatchObject({ vangnet: '444700.00', 'verschil.lasten': '0.00' });
    const basis = rows.find((r) => r.jaar === '2023' && r.scenario === SCENARIOS[0])!;
    const status = rows.find((r) => r.jaar === '2023' && r.scenario === SCENARIOS[1])!;
    expect(D(status.lasten!).minus(D(basis.lasten!)).toFixed(2)).toBe(status['verschil.lasten']);
  });

  it.each(Object.keys(COMMANDS))('%s: csv-nl --breed reads back to the same numbers as csv --breed', async (name) => {
    const plain = records(await out([...COMMANDS[name]!, '--format', 'csv', '--breed']));
    const nl = records(await out([...COMMANDS[name]!, '--format', 'csv-nl', '--breed']));
    expect(nl.delimiter).toBe(';');
    expect(nl.header).toEqual(plain.header);
    expect(nl.rows).toHaveLength(plain.rows.length);
    let numbers = 0;
    nl.rows.forEach((row, i) => {
      for (const h of plain.header) {
        const v = value(row[h]!, true);
        const p = value(plain.rows[i]![h]!, false);
        if (typeof v === 'string' || typeof p === 'string') expect(String(v), `${name} ${i} ${h}`).toBe(String(p));
        else {
          expect(v.eq(p), `${name} ${i} ${h}: ${v} vs ${p}`).toBe(true);
          numbers++;
        }
      }
    });
    expect(numbers).toBeGreaterThan(5);
  });

  it('belongs to csv and csv-nl: with another format it is a usage error', async () => {
    const r = await cli(['forecast', '--breed']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('buig: fout: --breed hoort bij --format csv of csv-nl');
    expect((await cli(['forecast', '--format', 'json', '--breed'])).code).toBe(64);
  });
});
