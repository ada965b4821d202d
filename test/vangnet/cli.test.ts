// buig vangnet through the whole CLI: both modes, the contract's JSON, formats, errors.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, csv, folder } from '../helpers.js';

const json = async (argv: string[], cwd?: string) => {
  const r = await cli([...argv, '--format', 'json'], cwd ? { cwd } : {});
  return { ...r, report: r.code === 0 ? JSON.parse(r.stdout) : undefined };
};

describe('buig vangnet on the Deventer data folder', () => {
  it('reproduces the published 2022 vangnet of EUR 444,700 from a tekort of 9.9% ([Deventer Vangnet 2022])', async () => {
    const { code, report } = await json(['vangnet', '--year', '2022', '--data', 'data/deventer']);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      jaar: 2022,
      budget: '36896210.00',
      budget_fase: 'definitief',
      lasten: '40552826.00',
      tekort: '3656616.00',
      tekort_pct: '9.9105',
      regel: { id: '2019-2024', status: 'bevestigd' },
      recht: true,
      eigen_risico: '3211916.00',
      vangnet: '444700.00',
      vangnet_exact: '444700.125',
      route: 'regulier',
      waarschuwingen: [],
    });
    expect(report.toetsen.map((t: { naam: string; voldaan: boolean }) => [t.naam, t.voldaan])).toEqual([
      ['drempel', true],
      ['meerjarig', true],
    ]);
    // The JSON holds the numbers of each test; the words are in the text formats.
    expect(report.toetsen[1].uitleg).toEqual({
      soort: 'cumulatief',
      jaren: [
        { jaar: 2020, saldo: '-1200000.00', ontbreekt: false },
        { jaar: 2021, saldo: '1500000.00', ontbreekt: false },
        { jaar: 2022, saldo: '-3656616.00', ontbreekt: false },
      ],
      budget: '36896210.00',
      fractie_pct: '9.0975',
      inclusief: false,
    });
    expect(report.treden).toEqual([
      { van_pct: '0.0000', tot_pct: '7.5000', vergoeding_pct: '0.0000', deel: '2767215.75', vergoeding: '0.00' },
      { van_pct: '7.5000', tot_pct: '12.5000', vergoeding_pct: '50.0000', deel: '889400.25', vergoeding: '444700.13' },
      { van_pct: '12.5000', tot_pct: null, vergoeding_pct: '100.0000', deel: '0.00', vergoeding: '0.00' },
    ]);
  });

  it('gives the same figures from the command line mode', async () => {
    const { code, report } = await json(['vangnet', '--year', '2022', '--budget', '36896210', '--lasten', '40552826', '--saldo', '2020=-1200000', '--saldo', '2021=1500000']);
    expect(code).toBe(0);
    expect(report.vangnet).toBe('444700.00');
    expect(report.budget_fase).toBeNull();
  });

  it('accepts Dutch amounts on the command line', async () => {
    const { report } = await json(['vangnet', '--year', '2019', '--budget', '8.088.748', '--lasten', '9.072.001', '--saldo', '2017=0', '--saldo', '2018=0']);
    expect(report.vangnet).toBe('188298.00');
    expect(report.vangnet_exact).toBe('188298.45');
    expect(report.eigen_risico).toBe('794955.00');
  });

  it('warns about the missing earlier years when --saldo is left out', async () => {
    const { report } = await json(['vangnet', '--year', '2019', '--budget', '8088748', '--lasten', '9072001']);
    expect(report.waarschuwingen).toEqual([
      { soort: 'jaar-ontbreekt', jaar: 2017 },
      { soort: 'jaar-ontbreekt', jaar: 2018 },
    ]);
    const table = await cli(['vangnet', '--year', '2019', '--budget', '8088748', '--lasten', '9072001']);
    expect(table.stdout).toContain('- saldo 2017 ontbreekt en telt als 0');
  });

  it('uses the latest phase when there is no definitief budget, and says the result is provisional', async () => {
    const { root } = folder({
      'budget.csv': csv`
        jaar,fase,bedrag
        2023,voorlopig,37970947
        2023,nader_voorlopig,37500000
      `,
      'lasten.csv': 'jaar,lasten\n2023,41000000\n',
    });
    const { report } = await json(['vangnet', '--year', '2023', '--data', 'data'], root);
    expect(report.budget).toBe('37500000.00');
    expect(report.voorlopig).toBe(true);
    expect(report.waarschuwingen).toContainEqual({ soort: 'budget-niet-definitief', jaar: 2023, fase: 'nader_voorlopig' });
    const table = await cli(['vangnet', '--year', '2023', '--data', 'data'], { cwd: root });
    expect(table.stdout).toContain('het budget 2023 is nader_voorlopig, niet definitief: de uitkomst is voorlopig');
  });

  it('evaluates both routes in 2025 and takes the larger, saying so', async () => {
    const { report } = await json([
      'vangnet',
      '--year',
      '2025',
      '--budget',
      '10000000',
      '--lasten',
      '11000000',
      '--saldo',
      '2022=-600000/10000000',
      '--saldo',
      '2023=-100000/10000000',
      '--saldo',
      '2024=-500000/10000000',
    ]);
    expect(report.route).toBe('uitgebreid');
    expect(report.vangnet).toBe('250000.00');
    expect(report.routes.map((r: { route: string; vangnet: string }) => [r.route, r.vangnet])).toEqual([
      ['regulier', '125000.00'],
      ['uitgebreid', '250000.00'],
    ]);
    expect(report.opmerkingen[0]).toEqual({
      soort: 'beide-routes',
      routes: [
        { route: 'regulier', vangnet: '125000.00' },
        { route: 'uitgebreid', vangnet: '250000.00' },
      ],
      gekozen: 'uitgebreid',
    });
    expect(report.regel.status).toBe('aangenomen');
    expect(report.waarschuwingen).toContainEqual(expect.objectContaining({ soort: 'aangenomen', route: 'uitgebreid', deel: 'treden' }));
    const md = await cli([
      'vangnet',
      '--year',
      '2025',
      '--budget',
      '10000000',
      '--lasten',
      '11000000',
      '--saldo',
      '2022=-600000/10000000',
      '--saldo',
      '2023=-100000/10000000',
      '--saldo',
      '2024=-500000/10000000',
      '--format',
      'md',
    ]);
    expect(md.stdout).toContain('de hoogste uitkering geldt: uitgebreid');
    expect(md.stdout).toMatch(/route uitgebreid: aangenomen, niet bevestigd: de treden \(eigen risico 5%/);
  });

  it('renders table, md and csv, and English with --lang en', async () => {
    const base = ['vangnet', '--year', '2022', '--data', 'data/deventer'];
    const table = await cli(base);
    expect(table.stdout).toContain('(-1.200.000 + 1.500.000 - 3.656.616) / budget 2022 36.896.210 = -9,10%');
    expect(table.stdout).toContain('Recht op vangnet: ja (route regulier), € 444.700');
    const md = await cli([...base, '--format', 'md']);
    expect(md.stdout).toContain('| **totaal** |  | **€ 3.656.616** | **€ 444.700** |');
    const c = await cli([...base, '--format', 'csv']);
    expect(c.stdout.split('\n')).toContain('2022,,vangnet_exact,444700.125');
    const en = await cli([...base, '--lang', 'en']);
    expect(en.stdout).toContain('Right to a vangnet: yes (route regulier), €444,700');
  });
});

describe('buig vangnet errors', () => {
  it('64 for a missing --year, both modes at once, or neither', async () => {
    expect((await cli(['vangnet', '--data', 'data/deventer'])).code).toBe(64);
    expect((await cli(['vangnet', '--year', '2022', '--data', 'data/deventer', '--budget', '1'])).code).toBe(64);
    const neither = await cli(['vangnet', '--year', '2022']);
    expect(neither.code).toBe(64);
    expect(neither.stderr).toContain('geef --data DIR, of zowel --budget als --lasten');
    expect((await cli(['vangnet', '--year', '2022', '--budget', 'veel', '--lasten', '1'])).code).toBe(64);
    expect((await cli(['vangnet', '--year', '2022', '--budget', '1', '--lasten', '1', '--saldo', '2021:5'])).code).toBe(64);
  });

  it('65 with BUIG-E033 for a year without rules: never a silent default', async () => {
    const r = await cli(['vangnet', '--year', '2030', '--budget', '10000000', '--lasten', '11000000']);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('error BUIG-E033: er zijn geen vangnetregels voor 2030');
    expect(r.stderr).toContain('ingebouwd zijn de jaren 2015 tot en met 2026');
  });

  it('65 with BUIG-E034 when the data folder has no lasten for the year', async () => {
    const r = await cli(['vangnet', '--year', '2023', '--data', 'data/deventer']);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('data/deventer/lasten.csv: error BUIG-E034: geen lasten voor 2023');
  });

  it('65 for data errors in the folder, with the diagnostics', async () => {
    const { root } = folder({ 'budget.csv': 'jaar,fase,bedrag\n2022,definitef,1\n', 'lasten.csv': 'jaar,lasten\n2022,2\n' });
    const r = await cli(['vangnet', '--year', '2022', '--data', 'data', '--out', 'x.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('BUIG-E015');
    expect(r.stdout).toBe('');
  });
});

describe('--rules', () => {
  const rule2027 = {
    id: '2027-test',
    van: 2027,
    tot: 2027,
    bron: 'test',
    routes: [
      {
        naam: 'regulier',
        drempel: { pct: 5, status: 'aangenomen' },
        meerjarig: null,
        treden: { eigen_risico_pct: '2.5', boven_pct: 10, status: 'aangenomen' },
      },
    ],
  };

  it('adds a year, and warns that its parts are assumed', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'regels.json'), JSON.stringify({ regels: [rule2027] }));
    const { code, report } = await json(['vangnet', '--year', '2027', '--budget', '10000000', '--lasten', '10600000', '--rules', 'regels.json'], root);
    expect(code).toBe(0);
    // 0.5 x (600,000 - 250,000) = 175,000
    expect(report.vangnet).toBe('175000.00');
    expect(report.regel).toEqual({ id: '2027-test', status: 'aangenomen', bron: 'test (regels.json)' });
    expect(report.waarschuwingen.length).toBe(2);
  });

  it('overrides a built-in year', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'regels.json'), JSON.stringify([{ ...rule2027, id: '2022-anders', van: 2022, tot: 2022 }]));
    const { report } = await json(['vangnet', '--year', '2022', '--budget', '10000000', '--lasten', '10600000', '--rules', 'regels.json'], root);
    expect(report.regel.id).toBe('2022-anders');
  });

  it('reports a malformed rules file with BUIG-E032 and the JSON path', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'regels.json'), JSON.stringify([{ ...rule2027, routes: [{ ...rule2027.routes[0], naam: 'speciaal' }] }]));
    const r = await cli(['vangnet', '--year', '2027', '--budget', '1', '--lasten', '2', '--rules', 'regels.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/regels\.json:1:67: error BUIG-E032: regelbestand ongeldig bij 0\.routes\.0\.naam/);
    writeFileSync(join(root, 'kapot.json'), '[\n  { "id": "x"\n  "van": 2027 }\n]');
    const broken = await cli(['vangnet', '--year', '2027', '--budget', '1', '--lasten', '2', '--rules', 'kapot.json'], { cwd: root });
    expect(broken.code).toBe(65);
    expect(broken.stderr).toMatch(/kapot\.json:3:3: error BUIG-E032/);
  });

  it('66 when the rules file cannot be opened', async () => {
    expect((await cli(['vangnet', '--year', '2022', '--budget', '1', '--lasten', '2', '--rules', 'nope.json'])).code).toBe(66);
  });
});
