// A Dutch-Excel export (';', decimal comma, BOM, CRLF) and a Windows-1252 file must read to
// exactly the same data as their plain counterparts.

import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/read/csvTable.js';
import { readDataFiles } from '../src/read/dataFolder.js';
import { csv } from './helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes for text in Latin-1 plus the euro sign (0x80), as old Excel writes them. */
function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
}

const plain = {
  'budget.csv': csv`
    jaar,fase,bedrag,aandeel_pct
    2022,definitief,36896210,0.61
    2023,voorlopig,37970947.50,0.63
  `,
  'lasten.csv': csv`
    jaar,regeling,bruto,baten,lasten
    2022,PW,37874276.25,590000,37284276.25
    2022,BBZ,715000,0,715000
  `,
  'volume.csv': csv`
    maand,regeling,aantal,segment
    2022-08,PW,2573,Groeien
    2022-09,PW,2551,Groeien
  `,
  'stromen.csv': csv`
    maand,regeling,instroom,uitstroom,segment
    2022-09,PW,55,77,Groeien
  `,
};

const dutchExcel = {
  'budget.csv': '\uFEFFJaar;Fase;Bedrag;Aandeel_pct\r\n2022;Definitief;36.896.210;0,61\r\n2023;voorlopig;37.970.947,50;0,63\r\n',
  'lasten.csv': '\uFEFFjaar;regeling;bruto;baten;lasten\r\n2022;PW;37.874.276,25;590.000;37.284.276,25\r\n2022;Bbz;715.000;0;715.000\r\n',
  'volume.csv': '\uFEFFmaand;regeling;aantal;segment\r\n2022-08;pw;2.573;Groeien\r\n2022-09;PW;2.551;Groeien\r\n',
  'stromen.csv': '\uFEFFmaand;regeling;instroom;uitstroom;segment\r\n2022-09;PW;55;77;Groeien\r\n',
};

function read(files: Record<string, string | Uint8Array>) {
  const contents = new Map(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? utf8(v) : v]));
  return readDataFiles('data', contents, ['vangnet', 'forecast']);
}

/** The data with amounts as strings, without the source lines (which differ by design). */
function comparable(data: ReturnType<typeof read>['data']) {
  return JSON.parse(JSON.stringify(data, (k, v) => (k === 'line' ? undefined : v)));
}

describe('dialects', () => {
  it('reads a Dutch-Excel export to the same data as the plain file', () => {
    const a = read(plain);
    const b = read(dutchExcel);
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(comparable(b.data)).toEqual(comparable(a.data));
    expect(b.data.budget[1]!.bedrag.toString()).toBe('37970947.5');
  });

  it('reads a Windows-1252 file to the same data as its UTF-8 counterpart', () => {
    // A segment name with an accent and a euro sign in an amount: the bytes differ, the data not.
    // stromen.csv has flows for Groeien in 2022-09, so volume.csv keeps that stand too (E071).
    const text = 'maand;regeling;aantal;segment\r\n2022-09;PW;2.551;Zorg & Ontwikkeling café\r\n2022-09;PW;2.551;Groeien\r\n';
    const budget = 'jaar;fase;bedrag\r\n2022;definitief;€ 36.896.210\r\n';
    const fromUtf8 = read({ ...dutchExcel, 'volume.csv': utf8(text), 'budget.csv': utf8(budget) });
    const fromCp1252 = read({ ...dutchExcel, 'volume.csv': cp1252(text), 'budget.csv': cp1252(budget) });
    expect(fromCp1252.diagnostics).toEqual([]);
    expect(comparable(fromCp1252.data)).toEqual(comparable(fromUtf8.data));
    expect(fromCp1252.data.volume[0]!.segment).toBe('Zorg & Ontwikkeling café');
    expect(fromCp1252.data.budget[0]!.bedrag.toString()).toBe('36896210');
    expect(readCsv('v.csv', cp1252(text)).dialect.encoding).toBe('windows-1252');
  });

  it('detects the delimiter from the header and keeps positions exact around comments', () => {
    const t = readCsv('b.csv', utf8('# note, with; both\njaar;fase;bedrag\n\n# skipped\n2022;definitief;"1.234,5"\n'));
    expect(t.dialect).toMatchObject({ delimiter: ';', decimalComma: true, encoding: 'utf-8' });
    expect(t.header!.line).toBe(2);
    expect(t.records[0]!.line).toBe(5);
    expect(t.records[0]!.cells.map((c) => c.column)).toEqual([1, 6, 17]);
  });

  it('lets a quoted field span lines and still points at the right line afterwards', () => {
    const t = readCsv('b.csv', utf8('jaar,fase,bedrag\n2022,"defi\nnitief",1\n2023,voorlopig,2\n'));
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
    expect(t.records[0]!.cells[1]!.text).toBe('defi\nnitief');
  });
});

describe('Windows-1252', () => {
  it('decodes the bytes where it differs from Latin-1', async () => {
    const { decodeWindows1252 } = await import('../src/read/csvTable.js');
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94, 0x96, 0xe9]))).toBe('€ “a”–é');
  });
});
