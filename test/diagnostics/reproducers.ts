// One small run of the whole CLI per way a diagnostic is made: the malformed-input fixtures of
// test/fixtures.ts, and for every other code (open errors, vangnet, scenario, plan, check) and
// every variant of a message (each value of an enum parameter, each reader's own check) a
// reproducer of its own. test/diagnostics/catalogue.test.ts runs them all: together they must
// emit every code of the catalogue, and under --lang en not a word of Dutch prose.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Code } from '../../src/diagnostics/catalogue.js';
import { MALFORMED, WARNINGS } from '../fixtures.js';
import { CLEAN, cli, type CliResult } from '../helpers.js';
import { minimalXlsx } from '../xlsx/minimal.js';

export interface Reproducer {
  name: string;
  /** The command line, run in a fresh folder holding `files`. */
  argv: string[];
  /** Files by their path in that folder. */
  files: Record<string, string | Uint8Array>;
  /** The codes the run must emit (it may emit more). */
  codes: readonly Code[];
  /** Symbolic links by their path in that folder, to their target (issue 11: paths that are not files). */
  links?: Record<string, string>;
  /** Environment variables; `{root}` stands for the run's folder. */
  env?: Record<string, string>;
  exit: number;
}

/** `files` under `dir/`. */
const under = (dir: string, files: Record<string, string | Uint8Array>) => Object.fromEntries(Object.entries(files).map(([name, content]) => [`${dir}/${name}`, content]));

/** The clean folder of helpers.ts without one of its files. */
const cleanWithout = (name: string) => Object.fromEntries(Object.entries(CLEAN).filter(([file]) => file !== name));

/** Months `from` to `to` (inclusive) as YYYY-MM. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month === to) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/**
 * A small data folder a forecast runs on: PW, 100 benefits a month from 2021-01 to 2022-12,
 * 5 in and 5 out every month, a budget and lasten for 2021 and 2022.
 */
export function smallData(changes: Record<string, string> = {}, last = '2022-12'): Record<string, string> {
  const ms = months('2021-01', last);
  return {
    'budget.csv': 'jaar,fase,bedrag\n2021,definitief,10000000\n2022,definitief,10000000\n',
    'lasten.csv': 'jaar,lasten\n2021,9000000\n2022,11000000\n',
    'volume.csv': `maand,regeling,aantal\n${ms.map((m) => `${m},PW,100\n`).join('')}`,
    'stromen.csv': `maand,regeling,instroom,uitstroom\n${ms
      .slice(1)
      .map((m) => `${m},PW,5,5\n`)
      .join('')}`,
    ...changes,
  };
}

/** A scenario `s.json` on the small data folder `d`, with `extra` keys (or the text as written). */
function scenario(extra: object | string, data: Record<string, string> = smallData()): Record<string, string> {
  const text = typeof extra === 'string' ? extra : JSON.stringify({ naam: 't', data: 'd', ...extra }, null, 2);
  return { 's.json': text, ...under('d', data) };
}

const AANVALSPLAN = 'code,naam,hefboom,aantal,start,ingroei_maanden,lks_prijs,verlaging_pct,herinstroom_pct';

/** `buig plan` on a scenario whose aanvalsplan.csv holds `lines`. */
function plan(name: string, lines: string, codes: Code[]): Reproducer {
  return {
    name,
    argv: ['plan', '--scenario', 's.json'],
    files: { ...scenario({ aanvalsplan: 'plan.csv' }), 'plan.csv': `${AANVALSPLAN}\n${lines}\n` },
    codes,
    exit: 65,
  };
}

/** `buig plan` on a scenario with its acties inline. */
function inline(name: string, acties: object[], codes: Code[]): Reproducer {
  return { name, argv: ['plan', '--scenario', 's.json'], files: scenario({ aanvalsplan: acties }), codes, exit: 65 };
}

/** `buig forecast` on a scenario with `extra` keys. */
function forecast(name: string, extra: object | string, codes: Code[], data?: Record<string, string>): Reproducer {
  return { name, argv: ['forecast', '--scenario', 's.json'], files: scenario(extra, data), codes, exit: 65 };
}

/** A vangnet rules file for 2027 with `change` applied to its one rule (or the text as written). */
function rules(name: string, change: object | string, codes: Code[] = ['BUIG-E032']): Reproducer {
  const rule = {
    id: '2027-test',
    van: 2027,
    tot: 2027,
    bron: 'test',
    routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: '2.5', boven_pct: 10 } }],
  };
  const text = typeof change === 'string' ? change : JSON.stringify([{ ...rule, ...change }], null, 2);
  return {
    name,
    argv: ['vangnet', '--year', '2027', '--budget', '10000000', '--lasten', '10600000', '--rules', 'regels.json'],
    files: { 'regels.json': text },
    codes,
    exit: 65,
  };
}

/** `buig check` on expectations for the scenario s.json. */
function check(name: string, lines: string, codes: Code[]): Reproducer {
  return {
    name,
    argv: ['check', 'v.csv'],
    files: { ...scenario({}), 'v.csv': `scenario,jaar,grootheid,verwacht,tolerantie\n${lines}\n` },
    codes,
    exit: 65,
  };
}

const fromFixtures: Reproducer[] = [...MALFORMED, ...WARNINGS].map((f) => ({
  name: `validate: ${f.name}`,
  argv: ['validate', '--data', 'fx'],
  files: under('fx', { ...CLEAN, ...f.files }),
  codes: [f.code as Code],
  exit: MALFORMED.includes(f) ? 65 : 0,
}));

export const REPRODUCERS: Reproducer[] = [
  ...fromFixtures,

  // --- files and folders that cannot be opened ---------------------------------------------
  { name: 'a scenario file that does not exist', argv: ['forecast', '--scenario', 'nergens.json'], files: {}, codes: ['BUIG-E001'], exit: 66 },
  { name: 'an expectations file that does not exist', argv: ['check', 'nergens.csv'], files: {}, codes: ['BUIG-E001'], exit: 66 },
  {
    name: 'a rules file that does not exist',
    argv: ['vangnet', '--year', '2022', '--budget', '1', '--lasten', '2', '--rules', 'nergens.json'],
    files: {},
    codes: ['BUIG-E001'],
    exit: 66,
  },
  {
    name: 'a data folder without lasten.csv, volume.csv and stromen.csv',
    argv: ['validate', '--data', 'd'],
    files: { 'd/budget.csv': CLEAN['budget.csv']! },
    codes: ['BUIG-E001', 'BUIG-W030'],
    exit: 66,
  },
  { name: 'validate: a data folder that does not exist', argv: ['validate', '--data', 'nergens'], files: {}, codes: ['BUIG-E029'], exit: 66 },
  { name: 'forecast --data: a data folder that does not exist', argv: ['forecast', '--data', 'nergens'], files: {}, codes: ['BUIG-E029'], exit: 66 },

  // --- more variants of the data folder's own codes ----------------------------------------
  {
    name: 'the same maand, regeling and segment twice in stromen.csv',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'stromen.csv': 'maand,regeling,instroom,uitstroom\n2022-02,PW,5,3\n2022-02,PW,5,3\n' }),
    codes: ['BUIG-E018'],
    exit: 65,
  },
  {
    name: 'the same jaar and regeling twice in lasten.csv',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'lasten.csv': 'jaar,regeling,lasten\n2022,PW,1\n2022,PW,2\n' }),
    codes: ['BUIG-E018'],
    exit: 65,
  },
  {
    name: 'the same jaar and regeling twice in prijzen.csv',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'prijzen.csv': 'jaar,regeling,prijs\n2022,PW,1\n2022,PW,2\n' }),
    codes: ['BUIG-E018'],
    exit: 65,
  },
  {
    name: 'gemeente.json with an unknown key and a naam that is not text',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'gemeente.json': '{ "naam": 150, "provincie": "Overijssel" }' }),
    codes: ['BUIG-E027'],
    exit: 65,
  },
  {
    name: 'gemeente.json that is a list',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'gemeente.json': '["Deventer"]' }),
    codes: ['BUIG-E027'],
    exit: 65,
  },
  {
    name: 'a quote in the middle of a field',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'budget.csv': 'jaar,fase,bedrag\n2022,"definitief"x,36896210\n' }),
    codes: ['BUIG-E020'],
    exit: 65,
  },
  {
    name: 'a quote that opens in the middle of a field',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'budget.csv': 'jaar,fase,bedrag\n2022,defin"itief,36896210\n' }),
    codes: ['BUIG-E020'],
    exit: 65,
  },
  {
    name: 'an amount with text and a decimal comma in a Dutch file',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'budget.csv': 'jaar;fase;bedrag\n2022;definitief;ongeveer 36,9 miljoen\n' }),
    codes: ['BUIG-E010'],
    exit: 65,
  },
  {
    name: 'a month as Excel writes it',
    argv: ['validate', '--data', 'fx'],
    files: under('fx', { ...CLEAN, 'volume.csv': 'maand,regeling,aantal\n1-1-2022,PW,100\n2022-02,PW,102\n' }),
    codes: ['BUIG-E014'],
    exit: 65,
  },

  // --- vangnet ------------------------------------------------------------------------------
  {
    name: 'a year without vangnet rules',
    argv: ['vangnet', '--year', '2030', '--budget', '10000000', '--lasten', '11000000'],
    files: {},
    codes: ['BUIG-E033'],
    exit: 65,
  },
  {
    name: 'a data folder without lasten for the year',
    argv: ['vangnet', '--year', '2023', '--data', 'd'],
    files: under('d', smallData({ 'budget.csv': 'jaar,fase,bedrag\n2023,voorlopig,10000000\n' })),
    codes: ['BUIG-E034'],
    exit: 65,
  },
  {
    name: 'a data folder without a budget for the year',
    argv: ['vangnet', '--year', '2022', '--data', 'd'],
    files: under('d', smallData({ 'budget.csv': 'jaar,fase,bedrag\n2021,definitief,10000000\n' })),
    codes: ['BUIG-E034'],
    exit: 65,
  },
  rules('a rules file that is not JSON', '[\n  { "id": "x"\n  "van": 2027 }\n]'),
  rules('a rules file with an unknown route', { routes: [{ naam: 'speciaal', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] }),
  rules('a percentage written with a decimal comma', { routes: [{ naam: 'regulier', drempel: { pct: '7,5' }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] }),
  rules('an eigen risico above the upper step', { routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 12, boven_pct: 10 } }] }),
  rules('van after tot', { van: 2028 }),
  rules('a route twice', {
    routes: [
      { naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } },
      { naam: 'regulier', drempel: { pct: 6 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } },
    ],
  }),
  rules('a rule without bron, with an unknown key', { bron: undefined, opmerking: 'x' }),
  // Issue 11: a file that is not recognisably a rules file is described, never echoed (E137).
  rules('a rules file that is an object without regels', '{ "regel": [] }', ['BUIG-E137']),
  rules('a rules file that is text', '"regels"', ['BUIG-E137']),

  // --- scenarios ----------------------------------------------------------------------------
  forecast('a scenario that is not JSON', '{ "naam": "t"\n  "data": "d",\n}', ['BUIG-E040']),
  forecast('a scenario with an unclosed comment', '{ "naam": "t", /* open\n  "data": "d"\n}', ['BUIG-E040']),
  forecast('a scenario with an unknown key', { aannames: { instroomfactor: 1 } }, ['BUIG-E041']),
  forecast('a scenario without naam', '{ "data": "d" }', ['BUIG-E041']),
  // Issue 11: a file that is not recognisably a scenario is described, never echoed (E137).
  forecast('a scenario that is a list', '[]', ['BUIG-E137']),
  forecast('a factor that is not a number', { aannames: { instroom_factor: 'veel' } }, ['BUIG-E041']),
  forecast('a shock with an unknown regeling', { schokken: [{ maand: '2023-05', regeling: 'PX', instroom: 5 }] }, ['BUIG-E041']),
  forecast('a shock in month 13', { schokken: [{ maand: '2023-13', regeling: 'PW', instroom: 5 }] }, ['BUIG-E041']),
  forecast('a shock in a month as Excel writes it', { schokken: [{ maand: 'okt-23', regeling: 'PW', instroom: 5 }] }, ['BUIG-E041']),
  forecast('a price index for a year of two digits', { aannames: { prijsindex_pct: { 23: 2 } } }, ['BUIG-E041']),
  forecast('a base period that ends before it starts', { basisperiode: { van: '2022-06', tot: '2022-01' } }, ['BUIG-E041']),
  forecast('a taakstelling of zero', { taakstelling: { aantal: 0, maand: '2023-12' } }, ['BUIG-E041']),
  forecast('a data folder that does not exist', { data: 'nergens' }, ['BUIG-E042']),
  forecast('a horizon before the data', { horizon: { tot: '2022-06' } }, ['BUIG-E043']),
  forecast('a base period without data', { basisperiode: { van: '2019-01', tot: '2020-12' } }, ['BUIG-E044']),
  {
    name: 'a realised year without a budget',
    argv: ['forecast', '--data', 'd'],
    files: under('d', smallData({ 'budget.csv': 'jaar,fase,bedrag\n2022,definitief,10000000\n' })),
    codes: ['BUIG-E034'],
    exit: 65,
  },
  {
    name: 'a volume.csv with only a header',
    argv: ['forecast', '--data', 'd'],
    files: under('d', smallData({ 'volume.csv': 'maand,regeling,aantal\n', 'stromen.csv': 'maand,regeling,instroom,uitstroom\n' })),
    codes: ['BUIG-E034', 'BUIG-W024'],
    exit: 65,
  },
  {
    name: 'too few months for a forecast',
    argv: ['forecast', '--data', 'd'],
    files: under('d', smallData({}, '2021-06')),
    codes: ['BUIG-E045'],
    exit: 65,
  },

  // --- aanvalsplan --------------------------------------------------------------------------
  plan('an unknown hefboom', 'X1,test,uitsroom,10,2023-01,12,,,', ['BUIG-E050']),
  plan('lks without lks_prijs', 'X1,test,lks,10,2023-01,12,,,', ['BUIG-E051']),
  plan('verlaging without verlaging_pct', 'X1,test,verlaging,10,2023-01,12,,,', ['BUIG-E051']),
  plan('a start before the projection', 'X1,test,uitstroom,10,2022-06,12,,,', ['BUIG-E052']),
  plan('a herinstroom_pct above 100', 'X1,test,uitstroom,10,2023-01,12,,,150', ['BUIG-E053']),
  plan('two acties with the same code', 'X1,test,uitstroom,10,2023-01,12,,,\nX1,test,uitstroom,5,2023-01,12,,,', ['BUIG-E018']),
  plan('an ingroei of zero months', 'X1,test,uitstroom,10,2023-01,0,,,', ['BUIG-E022']),
  {
    name: 'an aanvalsplan file that does not exist',
    argv: ['plan', '--scenario', 's.json'],
    files: scenario({ aanvalsplan: 'nergens.csv' }),
    codes: ['BUIG-E054'],
    exit: 65,
  },
  { name: 'a scenario without an aanvalsplan to price', argv: ['plan', '--scenario', 's.json'], files: scenario({}), codes: ['BUIG-E055'], exit: 65 },
  {
    name: 'an .xlsx data file that is not a workbook',
    argv: ['validate', '--data', 'd'],
    files: under('d', { ...cleanWithout('budget.csv'), 'budget.xlsx': 'jaar,fase,bedrag\n' }),
    codes: ['BUIG-E115'],
    exit: 65,
  },
  {
    name: 'a workbook cell with a formula and no stored result',
    argv: ['validate', '--data', 'd'],
    files: under('d', {
      ...cleanWithout('budget.csv'),
      'budget.xlsx': minimalXlsx([
        ['jaar', 'fase', 'bedrag'],
        [2022, 'definitief', { formula: 'B1*2' }],
      ]),
    }),
    codes: ['BUIG-E116'],
    exit: 65,
  },
  {
    name: 'a data file both as .csv and as .xlsx',
    argv: ['validate', '--data', 'd'],
    files: under('d', {
      ...CLEAN,
      'budget.xlsx': minimalXlsx([
        ['jaar', 'fase', 'bedrag'],
        [2022, 'definitief', 36896210],
      ]),
    }),
    codes: ['BUIG-E117'],
    exit: 65,
  },
  {
    name: 'values in a workbook column without a header',
    argv: ['validate', '--data', 'd'],
    files: under('d', {
      ...cleanWithout('budget.csv'),
      'budget.xlsx': minimalXlsx([
        ['jaar', 'fase', 'bedrag'],
        [2022, 'definitief', 36896210, 'x'],
      ]),
    }),
    codes: ['BUIG-E118'],
    exit: 65,
  },
  {
    name: 'an actie with a reversed realisation range',
    argv: ['simulate', '--scenario', 's.json', '--runs', '10'],
    files: { ...scenario({ aanvalsplan: 'plan.csv' }), 'plan.csv': 'code,naam,hefboom,aantal,start,realisatie_min_pct,realisatie_max_pct\nA1,x,uitstroom,10,2023-01,90,60\n' },
    codes: ['BUIG-E090'],
    exit: 65,
  },
  {
    name: 'a folder too short for a backtest',
    argv: ['backtest', '--data', 'd', '--stand-alleen'],
    files: under('d', {
      'volume.csv': `maand,regeling,aantal\n${months('2021-01', '2022-08')
        .map((m) => `${m},PW,1000\n`)
        .join('')}`,
    }),
    codes: ['BUIG-E091'],
    exit: 65,
  },
  {
    name: 'a chart as a picture on a machine without a font',
    argv: ['forecast', '--data', 'd', '--chart', 'g.png'],
    files: { ...under('d', smallData()), 'geen-fonts/.leeg': '' },
    env: { BUIG_FONTS: '{root}/geen-fonts' },
    codes: ['BUIG-W110'],
    exit: 0,
  },
  {
    name: 'an application without the saldi of the earlier years',
    argv: ['vangnet', '--year', '2019', '--budget', '8088748', '--lasten', '9072001', '--aanvraag'],
    files: {},
    codes: ['BUIG-E120'],
    exit: 65,
  },
  {
    name: 'an application on a budget that is not definitief',
    argv: ['vangnet', '--year', '2023', '--data', 'd', '--aanvraag'],
    files: under('d', {
      'budget.csv': 'jaar,fase,bedrag\n2021,definitief,37000000\n2022,definitief,36000000\n2023,voorlopig,37500000\n',
      'lasten.csv': 'jaar,lasten\n2021,37000000\n2022,36000000\n2023,41000000\n',
    }),
    codes: ['BUIG-E121'],
    exit: 65,
  },
  inline('an inline actie with an unknown key', [{ code: 'I1', naam: 'x', hefboom: 'uitstroom', aantal: 5, start: '2023-01', opmerking: 'x' }], ['BUIG-E041']),
  inline('an inline actie without naam', [{ code: 'I1', hefboom: 'uitstroom', aantal: 5, start: '2023-01' }], ['BUIG-E041']),
  inline('an inline lks actie without lks_prijs', [{ code: 'I1', naam: 'x', hefboom: 'lks', aantal: 5, start: '2023-01' }], ['BUIG-E051']),
  inline(
    'two inline acties with the same code',
    [
      { code: 'I1', naam: 'x', hefboom: 'uitstroom', aantal: 5, start: '2023-01' },
      { code: 'I1', naam: 'y', hefboom: 'uitstroom', aantal: 5, start: '2023-01' },
    ],
    ['BUIG-E018'],
  ),

  // --- issue 11: paths and files that are not what they should be, conflicts -----------------
  { name: 'a scenario path that is a folder', argv: ['forecast', '--scenario', 'map'], files: { 'map/.leeg': '' }, codes: ['BUIG-E130'], exit: 66 },
  { name: '--data that is a file', argv: ['validate', '--data', 'd.csv'], files: { 'd.csv': 'jaar,lasten\n' }, codes: ['BUIG-E130'], exit: 66 },
  {
    name: 'a data file that is a broken symlink',
    argv: ['validate', '--data', 'd'],
    files: under('d', cleanWithout('budget.csv')),
    links: { 'd/budget.csv': 'oud/budget.csv' },
    codes: ['BUIG-E130'],
    exit: 66,
  },
  {
    name: 'a data file that is a symlink to itself',
    argv: ['validate', '--data', 'd'],
    files: under('d', cleanWithout('lasten.csv')),
    links: { 'd/lasten.csv': 'lasten.csv' },
    codes: ['BUIG-E130'],
    exit: 66,
  },
  {
    name: 'an aanvalsplan that is a folder',
    argv: ['plan', '--scenario', 's.json'],
    files: { ...scenario({ aanvalsplan: 'plannen' }), 'plannen/.leeg': '' },
    codes: ['BUIG-E131'],
    exit: 65,
  },
  forecast('a scenario whose data is a file', { data: 'd/budget.csv' }, ['BUIG-E131']),
  {
    name: 'budget.csv beside Budget.csv',
    argv: ['validate', '--data', 'd'],
    files: under('d', { ...CLEAN, 'Budget.csv': CLEAN['budget.csv']! }),
    codes: ['BUIG-E132'],
    exit: 65,
  },
  {
    name: 'a count of hundreds of digits',
    argv: ['validate', '--data', 'd'],
    files: under('d', { ...CLEAN, 'volume.csv': `maand,regeling,aantal\n2022-01,PW,100\n2022-02,PW,${'9'.repeat(300)}\n` }),
    codes: ['BUIG-E133'],
    exit: 65,
  },
  forecast('a scenario nested thousands of levels deep', `{ "naam": "t", "data": "d", "omschrijving": ${'['.repeat(5000)}${']'.repeat(5000)} }`, ['BUIG-E134']),
  rules('a rules file nested thousands of levels deep', `[${'['.repeat(5000)}${']'.repeat(5000)}]`, ['BUIG-E134']),
  forecast('a key twice in a scenario', '{ "naam": "t",\n  "data": "d",\n  "naam": "u" }', ['BUIG-E135']),
  rules('a key twice in a rule', '[{ "id": "x", "van": 2027,\n   "van": 2026, "tot": 2027, "bron": "b", "routes": [] }]', ['BUIG-E135']),
  {
    name: 'an aanvalsplan that is some other text file',
    argv: ['plan', '--scenario', 's.json'],
    files: { ...scenario({ aanvalsplan: 'notities.txt' }), 'notities.txt': 'wachtwoord: geheim\n' },
    codes: ['BUIG-E136'],
    exit: 65,
  },
  {
    name: 'an expectations file that is a binary file',
    argv: ['check', 'v.csv'],
    files: { 'v.csv': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) },
    codes: ['BUIG-E136'],
    exit: 65,
  },
  rules('a rules file that is some other JSON file', '{ "token": "geheim" }', ['BUIG-E137']),
  forecast('a scenario that is an empty file', '', ['BUIG-E137']),
  {
    name: 'gemeente.json that is some other JSON file',
    argv: ['validate', '--data', 'd'],
    files: under('d', { ...CLEAN, 'gemeente.json': '{ "token": "geheim" }' }),
    codes: ['BUIG-E137'],
    exit: 65,
  },

  // --- buig check ---------------------------------------------------------------------------
  check('an unknown grootheid', 's.json,2022,vangnet.bedrag,1,', ['BUIG-E060']),
  check('a year outside the forecast', 's.json,2031,lasten,1,', ['BUIG-E061']),
  check('the same expectation twice', 's.json,2022,lasten,1,\ns.json,2022,lasten,2,', ['BUIG-E018']),

  // --- issue 11: bounds and impossible states ----------------------------------------------
  {
    name: 'a count of hundreds of digits in volume.csv',
    argv: ['validate', '--data', 'd'],
    files: under('d', smallData({ 'volume.csv': smallData()['volume.csv']!.replace('2022-12,PW,100', `2022-12,PW,${'9'.repeat(300)}`) })),
    codes: ['BUIG-E133'],
    exit: 65,
  },
  {
    name: 'a budget beyond the bound of amounts in budget.csv',
    argv: ['validate', '--data', 'd'],
    files: under('d', smallData({ 'budget.csv': 'jaar,fase,bedrag\n2021,definitief,1000000000000000\n2022,definitief,10000000\n' })),
    codes: ['BUIG-E140'],
    exit: 65,
  },
  plan('an ingroei of a million months', 'X1,test,uitstroom,10,2023-01,1000000,,,', ['BUIG-E140']),
  inline('an inline actie with an aantal beyond the bound of counts', [{ code: 'I1', naam: 'x', hefboom: 'uitstroom', aantal: 20000000, start: '2023-01' }], ['BUIG-E133']),
  forecast('a scenario budget of zero', { aannames: { budget: { 2024: 0 } } }, ['BUIG-E140']),
  forecast('a scenario aandeel_pct above 100', { aannames: { aandeel_pct: { 2024: 150 } } }, ['BUIG-E140']),
  forecast('a scenario bijstelling_pct of -100', { aannames: { bijstelling_pct: { 2023: -100 } } }, ['BUIG-E140']),
  forecast('a negative instroom_factor', { aannames: { instroom_factor: '-1' } }, ['BUIG-E140']),
  forecast('negative scenario baten', { aannames: { baten: { 2024: -5 } } }, ['BUIG-E140']),
  forecast('a lks_budget vergoeding above 100', { aannames: { lks_budget: { vertraging_jaren: 2, vergoeding_pct: 150 } } }, ['BUIG-E140']),
  forecast('a shock beyond the bound of counts', { schokken: [{ maand: '2023-05', regeling: 'PW', instroom: 20000000 }] }, ['BUIG-E140']),
  forecast('a taakstelling beyond the bound of counts', { taakstelling: { aantal: 20000000, maand: '2023-12' } }, ['BUIG-E140']),
  rules('a negative drempel percentage', { routes: [{ naam: 'regulier', drempel: { pct: -5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] }, ['BUIG-E140']),
  rules('a middle compensation above 100%', { routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10, midden_vergoeding_pct: 300 } }] }, ['BUIG-E140']),
  rules(
    'a multi-year window 1000 years back',
    { routes: [{ naam: 'regulier', drempel: { pct: 5 }, meerjarig: { soort: 'cumulatief', van: -1000, grens_pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] },
    ['BUIG-E140'],
  ),
  rules('a tekortjaren minimum above its window', {
    routes: [{ naam: 'uitgebreid', drempel: { pct: 5 }, meerjarig: { soort: 'tekortjaren', van: -3, tot: -1, minimum: 4, grens_pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }],
  }),
  rules('a tekortjaren window whose van is after its tot', {
    routes: [{ naam: 'uitgebreid', drempel: { pct: 5 }, meerjarig: { soort: 'tekortjaren', van: -1, tot: -3, minimum: 1, grens_pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }],
  }),
  rules(
    'two rules for the same year',
    JSON.stringify([
      { id: 'a', van: 2026, tot: 2027, bron: 'test', routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] },
      { id: 'b', van: 2027, tot: 2028, bron: 'test', routes: [{ naam: 'regulier', drempel: { pct: 5 }, treden: { eigen_risico_pct: 2, boven_pct: 10 } }] },
    ]),
    ['BUIG-E141'],
  ),
  forecast('a horizon more than 30 years after the data', { horizon: { tot: '2060-12' } }, ['BUIG-E142']),
  forecast(
    'an uitstroom_factor that takes the rate above 1',
    { aannames: { uitstroom_factor: 10 } },
    ['BUIG-E143'],
    smallData({ 'stromen.csv': smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,25,25') }),
  ),
  forecast('more uitstroom in the base period than there were benefits', {}, ['BUIG-E143', 'BUIG-W019'], smallData({ 'stromen.csv': smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,5,150') })),
  forecast('a negative shock that drives the stand below zero', { schokken: [{ maand: '2023-05', regeling: 'PW', instroom: -150 }] }, ['BUIG-E144']),
  plan('acties that drive the stand below zero', 'X1,test,uitstroom,60,2023-01,6,,,\nX2,test,instroom,200,2023-01,12,,,', ['BUIG-E144']),
  forecast('a shock that makes the stand explode', { schokken: [{ maand: '2023-05', regeling: 'PW', instroom: 1000000 }] }, ['BUIG-E145']),
  forecast(
    'an instroom_factor that makes the stand explode',
    { horizon: { tot: '2052-12' }, aannames: { instroom_factor: 10 } },
    ['BUIG-E145'],
    smallData({ 'stromen.csv': smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,5,0') }),
  ),
  forecast('a long horizon on data whose stand only grows', { horizon: { tot: '2052-12' } }, ['BUIG-E145'], smallData({ 'stromen.csv': smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,40,0') })),
  {
    name: 'data whose stand grows beyond the bound by the default horizon',
    argv: ['forecast', '--data', 'd'],
    files: under('d', smallData({ 'stromen.csv': smallData()['stromen.csv']!.replace(/,PW,5,5/g, ',PW,250,0') })),
    codes: ['BUIG-E145'],
    exit: 65,
  },
  forecast('scenario baten larger than the bruto lasten', { aannames: { baten: { 2024: 50000000 } } }, ['BUIG-E146']),
  forecast(
    'baten of the data larger than the bruto lasten of a shrinking caseload',
    { aannames: { uitstroom_factor: 10 } },
    ['BUIG-E146'],
    smallData({ 'lasten.csv': 'jaar,lasten,baten\n2021,9000000,0\n2022,11000000,12000000\n' }),
  ),
  {
    name: 'acties that shrink the caseload until the baten exceed the bruto lasten',
    argv: ['plan', '--scenario', 's.json'],
    files: {
      ...scenario({ aanvalsplan: 'plan.csv' }, smallData({ 'lasten.csv': 'jaar,lasten,baten\n2021,9000000,0\n2022,6000000,5000000\n' })),
      'plan.csv': `${AANVALSPLAN}\nX1,test,uitstroom,90,2023-01,3,,,\n`,
    },
    codes: ['BUIG-E146'],
    exit: 65,
  },
  forecast(
    'a prijs only for a later year and nothing to derive one from',
    {},
    ['BUIG-E147'],
    smallData({ 'lasten.csv': 'jaar,lasten\n2020,9000000\n', 'budget.csv': 'jaar,fase,bedrag\n2020,definitief,10000000\n', 'prijzen.csv': 'jaar,regeling,prijs\n2025,PW,150000\n' }),
  ),
  plan('a verlaging of more benefits than there are', 'X1,test,verlaging,5000,2023-01,1,,50,', ['BUIG-E148']),
  forecast('a budget growth of -99% a year', { aannames: { budget_groei_pct: -99 } }, ['BUIG-E149']),
  forecast(
    'a bijstelling of -99.99% on a small voorlopig budget',
    { aannames: { bijstelling_pct: { 2023: '-99.99' } } },
    ['BUIG-E149'],
    smallData({ 'budget.csv': 'jaar,fase,bedrag\n2021,definitief,10000000\n2022,definitief,10000000\n2023,voorlopig,5000\n' }),
  ),
  forecast('an aandeel of 1e-10 percent of the macrobudget', { aannames: { macrobudget: { 2023: 1000000000 }, aandeel_pct: { 2023: '0.0000000001' } } }, ['BUIG-E149']),
  forecast('a scenario budget above zero but below one euro', { aannames: { budget: { 2026: 7e-323 } } }, ['BUIG-E140']),
  {
    name: 'a lasten row for a year after the data',
    argv: ['forecast', '--data', 'd'],
    files: under(
      'd',
      smallData({
        'lasten.csv': 'jaar,lasten\n2021,9000000\n2022,11000000\n2025,12000000\n',
        'budget.csv': 'jaar,fase,bedrag\n2021,definitief,10000000\n2022,definitief,10000000\n2025,voorlopig,10500000\n',
      }),
    ),
    codes: ['BUIG-W140'],
    exit: 0,
  },
];

export interface Run extends CliResult {
  /** The codes the run emitted, from its JSON (validate --format json) or its stderr. */
  emitted: Set<string>;
}

/** Run a reproducer in a fresh folder, with `extra` arguments after its own. */
export async function runReproducer(r: Reproducer, extra: string[] = []): Promise<Run> {
  const root = mkdtempSync(join(tmpdir(), 'buig-repro-'));
  for (const [path, content] of Object.entries(r.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const [path, target] of Object.entries(r.links ?? {})) symlinkSync(target, join(root, path));
  const env = Object.fromEntries(Object.entries(r.env ?? {}).map(([k, v]) => [k, v.replaceAll('{root}', root)]));
  const result = await cli([...r.argv, ...extra], { cwd: root, env });
  const emitted = new Set<string>();
  for (const m of result.stderr.matchAll(/: (?:error|warning) (BUIG-[EW]\d{3}):/g)) emitted.add(m[1]!);
  if (extra.includes('json') && result.stdout.startsWith('[')) {
    for (const d of JSON.parse(result.stdout) as { code: string }[]) emitted.add(d.code);
  }
  return { ...result, emitted };
}
