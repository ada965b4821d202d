// buig forecast --maanden: the monthly table (maand, regeling[, segment], volume, instroom,
// uitstroom, soort) in every format, with the same figures as the JSON's `maanden`.

import { describe, expect, it } from 'vitest';
import { D, parseAmount } from '../../src/money.js';
import { readCsv } from '../../src/read/csvTable.js';
import type { ForecastJson, MaandJson } from '../../src/report/forecast.js';
import type { Plain } from '../../src/report/values.js';
import { cli, csv, folder } from '../helpers.js';

async function run(argv: string[], cwd?: string): Promise<string> {
  const r = await cli(['forecast', ...argv], cwd ? { cwd } : {});
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const months = async (): Promise<Plain<MaandJson>[]> => (JSON.parse(await run(['--format', 'json'])) as Plain<ForecastJson>).maanden;

/** The cells of the table rows (between the borders) that start with a month. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => /^│ \d{4}-\d{2} /.test(l))
    .map((l) =>
      l
        .split('│')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

const nl = (s: string) => D(s.replace(/\./g, '').replace(',', '.'));

describe('buig forecast --maanden', () => {
  it('table: a row per month and regeling, realised whole, projected to one decimal, adding up as shown', async () => {
    const text = await run(['--maanden']);
    const all = await months();
    expect(text).toContain('Prognose per maand: Deventer basis');
    expect(text).toMatch(/│ maand +│ regeling │ +volume │ +instroom │ +uitstroom │ soort +│/);
    const rows = tableRows(text);
    expect(rows).toHaveLength(all.length);
    const dec = all.find((m) => m.maand === '2022-12' && m.regeling === 'PW')!;
    expect(rows.find((r) => r[0] === '2022-12' && r[1] === 'PW')).toEqual(['2022-12', 'PW', '2.530', String(dec.instroom), String(dec.uitstroom), 'realisatie']);
    expect(rows.find((r) => r[0] === '2018-12' && r[1] === 'PW')!.slice(3, 5)).toEqual(['-', '-']);
    const jan = rows.find((r) => r[0] === '2023-01' && r[1] === 'PW')!;
    expect(jan[5]).toBe('prognose');
    expect(jan[2]).toMatch(/^\d\.\d{3},\d$/);
    // A projected month: shown stand = shown previous stand + shown instroom - shown uitstroom.
    rows.forEach((r, i) => {
      if (r[5] !== 'prognose') return;
      const before = rows[i - 1]!;
      expect(nl(before[2]!).plus(nl(r[3]!)).minus(nl(r[4]!)).eq(nl(r[2]!)), r.join(' ')).toBe(true);
    });
    for (const line of text.split('\n')) expect(line).not.toMatch(/true|false/);
  });

  it('csv: the JSON figures, one row per month and regeling', async () => {
    const text = await run(['--maanden', '--format', 'csv']);
    const all = await months();
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('maand,regeling,volume,instroom,uitstroom,soort');
    expect(lines).toHaveLength(1 + all.length);
    all.forEach((m, i) => {
      const [maand, regeling, volume, instroom, uitstroom, soort] = lines[i + 1]!.split(',');
      expect([maand, regeling, soort]).toEqual([m.maand, m.regeling, m.soort]);
      expect(D(volume!).eq(D(String(m.volume)))).toBe(true);
      expect(instroom === '' ? null : D(instroom!).eq(D(String(m.instroom)))).toBe(m.instroom === null ? null : true);
      expect(uitstroom === '' ? null : D(uitstroom!).eq(D(String(m.uitstroom)))).toBe(m.uitstroom === null ? null : true);
    });
  });

  it("csv-nl: reads back through buig's reader to the same numbers as csv", async () => {
    const read = (text: string) => {
      const t = readCsv('m.csv', new TextEncoder().encode(text));
      return { dialect: t.dialect, rows: [t.header!, ...t.records].map((r) => r.cells.map((c) => c.text)) };
    };
    const plain = read(await run(['--maanden', '--format', 'csv']));
    const dutch = read(await run(['--maanden', '--format', 'csv-nl']));
    expect(dutch.dialect.delimiter).toBe(';');
    expect(dutch.rows).toHaveLength(plain.rows.length);
    let numbers = 0;
    dutch.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        const p = plain.rows[i]![j]!;
        const a = parseAmount(cell, dutch.dialect);
        const b = parseAmount(p, plain.dialect);
        if (a.ok && b.ok && /^-?\d/.test(cell)) {
          expect(a.value.eq(b.value), `${i}:${j} ${cell} vs ${p}`).toBe(true);
          numbers++;
        } else expect(cell).toBe(p);
      });
    });
    expect(numbers).toBeGreaterThan(1000);
  });

  it('md: a table with Dutch headings', async () => {
    const text = await run(['--maanden', '--format', 'md']);
    expect(text).toContain('## Prognose per maand: Deventer basis');
    expect(text).toContain('| maand | regeling | volume | instroom | uitstroom | soort |');
    expect(text).toMatch(/^\| 2022-12 \| PW \| 2\.530 \| \d+ \| \d+ \| realisatie \|$/m);
    expect(text).toMatch(/^\| 2023-01 \| PW \| \d\.\d{3},\d \| \d+,\d \| \d+,\d \| prognose \|$/m);
  });

  it('json: only the scenario and its months, as in the full JSON', async () => {
    const only = JSON.parse(await run(['--maanden', '--format', 'json'])) as Partial<ForecastJson>;
    const full = JSON.parse(await run(['--format', 'json'])) as Plain<ForecastJson>;
    expect(Object.keys(only)).toEqual(['scenario', 'maanden']);
    expect(only.scenario).toEqual(full.scenario);
    expect(only.maanden).toEqual(full.maanden);
  });

  it('English headings with --lang en', async () => {
    const text = await run(['--maanden', '--lang', 'en']);
    expect(text).toContain('Forecast per month: Deventer basis');
    expect(text).toMatch(/│ month +│ regeling │ +volume │ +instroom │ +uitstroom │ kind +│/);
    expect(text).toMatch(/│ 2023-01 │ PW +│ +\d,\d{3}\.\d │/);
  });

  it('shows the segment when the data has segments', async () => {
    const rows = ['maand,regeling,segment,aantal'];
    const flows = ['maand,regeling,segment,instroom,uitstroom'];
    for (const [segment, stand] of [
      ['Groeien', 600],
      ['Zorg', 400],
    ] as const) {
      rows.push(`2020-12,PW,${segment},${stand}`);
      for (let m = 1; m <= 24; m++) {
        const maand = `${2021 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
        rows.push(`${maand},PW,${segment},${stand}`);
        flows.push(`${maand},PW,${segment},${stand / 50},${stand / 50}`);
      }
    }
    const { root } = folder({
      'budget.csv': csv`
        jaar,fase,bedrag
        2021,definitief,12000000
        2022,definitief,12000000
      `,
      'lasten.csv': csv`
        jaar,regeling,lasten
        2021,PW,12000000
        2022,PW,12000000
      `,
      'volume.csv': rows.join('\n') + '\n',
      'stromen.csv': flows.join('\n') + '\n',
    });
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(join(root, 's.json'), JSON.stringify({ naam: 'seg', data: 'data', horizon: { tot: '2023-12' } }));
    const text = await run(['--scenario', 's.json', '--maanden', '--format', 'csv'], root);
    expect(text.split('\n')[0]).toBe('maand,regeling,segment,volume,instroom,uitstroom,soort');
    expect(text).toContain('\n2021-01,PW,Groeien,600,12,12,realisatie\n');
    expect(text).toMatch(/\n2023-01,PW,Zorg,[\d.]+,[\d.]+,[\d.]+,prognose\n/);
    const table = await run(['--scenario', 's.json', '--maanden'], root);
    expect(table).toMatch(/│ maand +│ regeling │ segment +│ +volume │/);
    expect(tableRows(table).find((r) => r[0] === '2021-01' && r[2] === 'Zorg')).toEqual(['2021-01', 'PW', 'Zorg', '400', '8', '8', 'realisatie']);
  });
});
