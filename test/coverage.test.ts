// validate checks what forecast needs of volume.csv and stromen.csv together: flows for every
// month with a stand (E070), a stand for every month with flows (E071), per regeling and segment.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../src/app/defaults.js';
import { CLEAN, cli, csv, folder } from './helpers.js';

interface JsonDiagnostic {
  code: string;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
}

const deventer = (name: string) => readFileSync(join(DEFAULT_DATA_DIR, name), 'utf8');
const without = (text: string, ...prefixes: string[]) =>
  text
    .split('\n')
    .filter((l) => !prefixes.some((p) => l.startsWith(p)))
    .join('\n');
/** The line number of the first line starting with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

async function validate(files: Record<string, string>, lang: 'nl' | 'en' = 'nl') {
  const { root } = folder(files, 'fx');
  const r = await cli(['validate', '--data', 'fx', '--format', 'json', '--lang', lang], { cwd: root });
  const diagnostics = JSON.parse(r.stdout || '[]') as JsonDiagnostic[];
  return { root, code: r.code, diagnostics, at: diagnostics.map((d) => [d.code, d.file, d.line, d.column]) };
}

const deventerWith = (changes: Record<string, string>) => ({
  'budget.csv': deventer('budget.csv'),
  'lasten.csv': deventer('lasten.csv'),
  'volume.csv': deventer('volume.csv'),
  'stromen.csv': deventer('stromen.csv'),
  ...changes,
});

describe('a month with a stand but no flows (E070)', () => {
  it('fails validate where the month is missing in stromen.csv, as forecast would fail', async () => {
    const stromen = without(deventer('stromen.csv'), '2022-08,PW,');
    const { root, code, diagnostics, at } = await validate(deventerWith({ 'stromen.csv': stromen }));
    expect(code).toBe(65);
    expect(at).toEqual([['BUIG-E070', 'fx/stromen.csv', lineOf(stromen, '2022-09,PW,'), 1]]);
    expect(diagnostics[0]!.message).toBe('geen instroom en uitstroom voor PW in 2022-08');
    expect(diagnostics[0]!.hint).toContain('volume.csv heeft voor deze maand(en) wel een stand');
    const en = await validate(deventerWith({ 'stromen.csv': stromen }), 'en');
    expect(en.diagnostics[0]!.message).toBe('no instroom and uitstroom for PW in 2022-08');
    expect(en.diagnostics[0]!.hint).toContain('volume.csv has a stand for these month(s)');
    // forecast stops at the same place (it said E044 at the scenario's basisperiode before).
    writeFileSync(join(root, 's.json'), '{ "naam": "gat", "data": "fx" }\n');
    const f = await cli(['forecast', '--scenario', 's.json'], { cwd: root });
    expect(f.code).toBe(65);
    expect(f.stderr).toContain(`fx/stromen.csv:${lineOf(stromen, '2022-09,PW,')}:1: error BUIG-E070:`);
  });

  it('names a run of months once, and a run at the end at the header row', async () => {
    const stromen = without(deventer('stromen.csv'), '2022-05,PW,', '2022-06,PW,', '2022-07,PW,', '2022-08,PW,', '2022-12,IOAW,');
    const { diagnostics, at } = await validate(deventerWith({ 'stromen.csv': stromen }));
    expect(at).toEqual([
      ['BUIG-E070', 'fx/stromen.csv', 3, 1],
      ['BUIG-E070', 'fx/stromen.csv', lineOf(stromen, '2022-09,PW,'), 1],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual(['geen instroom en uitstroom voor IOAW in 2022-12', 'geen instroom en uitstroom voor PW in 2022-05 .. 2022-08 (4)']);
  });

  it('reports a regeling without any flows, at the header row', async () => {
    const lks = deventer('stromen.csv')
      .split('\n')
      .filter((l) => !/^\d{4}-\d{2},LKS,/.test(l))
      .join('\n');
    const { diagnostics, at } = await validate(deventerWith({ 'stromen.csv': lks }));
    expect(at).toEqual([['BUIG-E070', 'fx/stromen.csv', 3, 1]]);
    expect(diagnostics[0]!.message).toBe('geen instroom en uitstroom voor LKS in 2019-01 .. 2022-12 (48)');
  });

  it('is per segment, and lets flows start later than the stands, but not inside the default base period', async () => {
    // Stands from 2019-12 to 2022-12. jong has flows from 2020-06: the months before lie before
    // the default base period (the last 24 months, 2021-01 .. 2022-12) and are clean. oud has
    // flows from 2021-06, so the base period lacks 2021-01 .. 2021-05.
    const months = Array.from({ length: 37 }, (_, i) => `${2019 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}`);
    expect([months[0], months[36]]).toEqual(['2019-12', '2022-12']);
    const volume = ['maand,regeling,aantal,segment', ...months.flatMap((m) => [`${m},PW,100,jong`, `${m},PW,50,oud`])].join('\n') + '\n';
    const stromen =
      ['maand,regeling,instroom,uitstroom,segment', ...months.filter((m) => m >= '2020-06').map((m) => `${m},PW,4,4,jong`), ...months.filter((m) => m >= '2021-06').map((m) => `${m},PW,2,2,oud`)].join(
        '\n',
      ) + '\n';
    const { diagnostics, at } = await validate({ ...CLEAN, 'volume.csv': volume, 'stromen.csv': stromen });
    expect(at).toEqual([['BUIG-E070', 'fx/stromen.csv', lineOf(stromen, '2021-06,PW,2,2,oud'), 1]]);
    expect(diagnostics[0]!.message).toBe('geen instroom en uitstroom voor PW/oud in 2021-01 .. 2021-05 (5)');
    expect(diagnostics[0]!.hint).toContain('(standaard de laatste 24 maanden)');
  });

  it('is per segment at the end too', async () => {
    const { diagnostics, at } = await validate({
      ...CLEAN,
      'volume.csv': csv`
        maand,regeling,aantal,segment
        2022-01,PW,100,jong
        2022-02,PW,102,jong
        2022-03,PW,104,jong
        2022-01,PW,50,oud
        2022-02,PW,50,oud
        2022-03,PW,50,oud
      `,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom,segment
        2022-02,PW,5,3,jong
        2022-03,PW,5,3,jong
        2022-02,PW,1,1,oud
      `,
    });
    expect(at).toEqual([['BUIG-E070', 'fx/stromen.csv', 1, 1]]);
    expect(diagnostics[0]!.message).toBe('geen instroom en uitstroom voor PW/oud in 2022-03');
  });
});

describe('a month with flows but no stand (E071)', () => {
  it('fails validate where the stand is missing in volume.csv', async () => {
    const volume = without(deventer('volume.csv'), '2022-08,PW,');
    const { diagnostics, at } = await validate(deventerWith({ 'volume.csv': volume }));
    const line = lineOf(volume, '2022-09,PW,');
    // W021 (a gap in the stands) was there already; E071 says stromen.csv has the month.
    expect(at).toEqual([
      ['BUIG-E071', 'fx/volume.csv', line, 1],
      ['BUIG-W021', 'fx/volume.csv', line, 1],
    ]);
    expect(diagnostics[0]!.message).toBe('geen stand voor PW in 2022-08');
    expect(diagnostics[0]!.hint).toContain('stromen.csv heeft voor deze maand(en) wel instroom en uitstroom');
  });

  it('reports flows after the last stand at the header row, and flows before the first stand', async () => {
    const stromen = `${deventer('stromen.csv').trimEnd()}\n2023-01,PW,50,50\n2023-02,PW,50,50\n2018-12,BBZ,1,1\n2018-11,BBZ,1,1\n`;
    const { diagnostics, at } = await validate(deventerWith({ 'stromen.csv': stromen }));
    const volume = deventer('volume.csv');
    expect(at).toEqual([
      ['BUIG-E071', 'fx/volume.csv', 3, 1],
      ['BUIG-E071', 'fx/volume.csv', lineOf(volume, '2018-12,BBZ,'), 1],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual(['geen stand voor PW in 2023-01 .. 2023-02 (2)', 'geen stand voor BBZ in 2018-11']);
  });
});

describe('a file with errors', () => {
  it('is not checked for missing months: its rows with an error are not missing', async () => {
    // 2022-03 in volume.csv is unreadable (E014): no E071 for it; stromen.csv lacks 2022-04.
    const { at } = await validate({
      ...CLEAN,
      'volume.csv': csv`
        maand,regeling,aantal
        2022-01,PW,100
        2022-02,PW,102
        mrt-22,PW,104
        2022-04,PW,106
      `,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom
        2022-02,PW,5,3
        2022-03,PW,5,3
      `,
    });
    expect(at.filter(([code]) => String(code).startsWith('BUIG-E07'))).toEqual([['BUIG-E070', 'fx/stromen.csv', 1, 1]]);
    expect(at).toContainEqual(['BUIG-E014', 'fx/volume.csv', 4, 1]);

    const other = await validate({
      ...CLEAN,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom
        feb-22,PW,5,3
      `,
    });
    expect(other.at).toEqual([['BUIG-E014', 'fx/stromen.csv', 2, 1]]);
  });
});
