// The starter data folder of `buig init`: every file with its header, one example row that
// validates, a comment line saying what the columns mean, and a commented scenario file. Pure:
// the command writes what this returns.

import type { Lang } from '../money.js';

export interface StarterOptions {
  gemeente: string;
  /** Dutch Excel: `;`, decimal comma, BOM and CRLF, as Excel saves "CSV (puntkomma)". */
  excel: boolean;
  lang: Lang;
}

interface CsvStarter {
  name: string;
  comment: Record<Lang, string>;
  header: string[];
  /** The example rows, with amounts written with a '.' decimal point. */
  rows: string[][];
}

const CSV_STARTERS: CsvStarter[] = [
  {
    name: 'budget.csv',
    comment: {
      nl: 'BUIG-budget per jaar en fase (voorlopig, nader_voorlopig, definitief) in euro; macrobudget en aandeel_pct mogen leeg blijven. Vervang de voorbeeldregel.',
      en: 'BUIG budget per year and fase (voorlopig, nader_voorlopig, definitief) in euros; macrobudget and aandeel_pct may stay empty. Replace the example row.',
    },
    header: ['jaar', 'fase', 'bedrag', 'macrobudget', 'aandeel_pct'],
    rows: [['2024', 'definitief', '10000000.00', '', '']],
  },
  {
    name: 'lasten.csv',
    comment: {
      nl: 'In aanmerking komende netto lasten per jaar in euro (uitkeringen min baten min fout/onzeker); regeling, bruto, baten en fout_onzeker mogen leeg blijven.',
      en: 'In aanmerking komende netto lasten per year in euros (benefits minus baten minus fout/onzeker); regeling, bruto, baten and fout_onzeker may stay empty.',
    },
    header: ['jaar', 'lasten', 'regeling', 'bruto', 'baten', 'fout_onzeker'],
    rows: [['2024', '10500000.00', '', '', '', '']],
  },
  {
    name: 'volume.csv',
    comment: {
      nl: 'Aantal uitkeringen aan het eind van elke maand (JJJJ-MM) per regeling (PW, IOAW, IOAZ, BBZ, LKS); minstens 13 maanden, liefst 25 of meer.',
      en: 'Number of benefits at the end of each month (YYYY-MM) per regeling (PW, IOAW, IOAZ, BBZ, LKS); at least 13 months, preferably 25 or more.',
    },
    header: ['maand', 'regeling', 'aantal'],
    rows: [
      ['2023-12', 'PW', '500'],
      ['2024-01', 'PW', '505'],
    ],
  },
  {
    name: 'stromen.csv',
    comment: {
      nl: 'Instroom en uitstroom per maand en regeling; stand vorige maand + instroom - uitstroom = stand deze maand.',
      en: "Instroom and uitstroom per month and regeling; previous stand + instroom - uitstroom = this month's stand.",
    },
    header: ['maand', 'regeling', 'instroom', 'uitstroom'],
    rows: [['2024-01', 'PW', '20', '15']],
  },
];

function csvFile(starter: CsvStarter, o: StarterOptions): string {
  const delimiter = o.excel ? ';' : ',';
  const cell = (text: string) => (o.excel ? text.replace('.', ',') : text);
  const lines = [`# ${starter.comment[o.lang]}`, starter.header.join(delimiter), ...starter.rows.map((r) => r.map(cell).join(delimiter))];
  return o.excel ? '\uFEFF' + lines.join('\r\n') + '\r\n' : lines.join('\n') + '\n';
}

function scenarioFile(o: StarterOptions): string {
  const nl = o.lang === 'nl';
  const c = (dutch: string, english: string) => (nl ? dutch : english);
  return `// ${c(`Scenario voor ${o.gemeente}, gemaakt door buig init.`, `Scenario for ${o.gemeente}, made by buig init.`)}
// ${c('Wat hier niet staat, staat op zijn standaardwaarde; de uitvoer noemt elke aanname.', 'What is not set here is at its default; the output names every assumption.')}
// ${c('Draaien', 'Run')}: buig forecast --scenario ${c('DEZE-MAP', 'THIS-FOLDER')}/scenario.json  (${c('alle sleutels: buig schema', 'every key: buig schema')})
{
  "naam": ${JSON.stringify(`${o.gemeente} basis`)},
  "data": ".", // ${c('de datamap, gezien vanaf dit bestand', 'the data folder, as seen from this file')}
  // "horizon": { "tot": "2028-12" }, // ${c('standaard: december, vier jaar na de gegevens', 'default: December, four years after the data')}
  // "basisperiode": { "van": "2023-01", "tot": "2024-12" }, // ${c('standaard: de laatste 24 maanden', 'default: the last 24 months')}
  "aannames": {
    "instroom_factor": 1, // ${c('"1,1" = 10% meer instroom dan in de basisperiode', '"1.1" = 10% more instroom than in the base period')}
    "uitstroom_factor": 1,
    "prijsindex_pct": {}, // ${c('bijvoorbeeld { "2025": "2,5" }; een jaar dat er niet staat: 0', 'for example { "2025": "2.5" }; a year not named: 0')}
    "budget_groei_pct": 0, // ${c('groei per jaar na het laatst gepubliceerde budget', 'growth a year after the last published budget')}
  },
  "schokken": [
    // { "maand": "2025-05", "regeling": "PW", "instroom": 85, "omschrijving": "statushouders" },
  ],
}
`;
}

/** The files of a starter data folder, by name. */
export function starterFiles(o: StarterOptions): Map<string, string> {
  const files = new Map<string, string>();
  for (const starter of CSV_STARTERS) files.set(starter.name, csvFile(starter, o));
  files.set('gemeente.json', JSON.stringify({ naam: o.gemeente }, null, 2) + '\n');
  files.set('scenario.json', scenarioFile(o));
  return files;
}
