// Malformed input, one fixture a classic mistake: the clean folder of helpers.ts with one file
// replaced. Each names the diagnostic it must produce and where (file, line, column).

import { csv } from './helpers.js';

export interface Fixture {
  name: string;
  files: Record<string, string | Uint8Array>;
  code: string;
  file: string;
  line: number;
  column: number;
}

export const MALFORMED: Fixture[] = [
  {
    name: 'unknown fase, with a did-you-mean',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitef,36896210
    `,
    },
    code: 'BUIG-E015',
    file: 'budget.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'a two-digit year',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      22,definitief,36896210
    `,
    },
    code: 'BUIG-E013',
    file: 'budget.csv',
    line: 2,
    column: 1,
  },
  {
    name: 'a year out of range',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210
      2202,voorlopig,37970947
    `,
    },
    code: 'BUIG-E013',
    file: 'budget.csv',
    line: 3,
    column: 1,
  },
  {
    name: 'text where an amount belongs',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,zesendertig miljoen
    `,
    },
    code: 'BUIG-E010',
    file: 'budget.csv',
    line: 2,
    column: 17,
  },
  {
    name: 'a negative budget',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,-36896210
    `,
    },
    code: 'BUIG-E022',
    file: 'budget.csv',
    line: 2,
    column: 17,
  },
  {
    name: 'a decimal comma in a comma-delimited file (splits the field)',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210,50
    `,
    },
    code: 'BUIG-E008',
    file: 'budget.csv',
    line: 2,
    column: 17,
  },
  {
    name: 'a quoted decimal comma in a comma-delimited file',
    files: {
      'lasten.csv': csv`
      jaar,lasten
      2022,"40552826,25"
    `,
    },
    code: 'BUIG-E008',
    file: 'lasten.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'an ambiguous thousands comma',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,"36,896,210"
    `,
    },
    code: 'BUIG-E009',
    file: 'budget.csv',
    line: 2,
    column: 17,
  },
  {
    name: 'English grouping in a Dutch (semicolon) file',
    files: {
      'lasten.csv': csv`
      jaar;lasten
      2022;40,552,826.00
    `,
    },
    code: 'BUIG-E009',
    file: 'lasten.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'a forgotten header row',
    files: {
      'budget.csv': csv`
      2022,definitief,36896210
      2023,voorlopig,37970947
    `,
    },
    code: 'BUIG-E003',
    file: 'budget.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'a required column missing (misspelt)',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrg
      2022,definitief,36896210
    `,
    },
    code: 'BUIG-E004',
    file: 'budget.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'a column twice in the header',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag,Fase
      2022,definitief,36896210,definitief
    `,
    },
    code: 'BUIG-E005',
    file: 'budget.csv',
    line: 1,
    column: 18,
  },
  {
    name: 'the same jaar and fase twice',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210
      # a correction pasted below instead of replacing the line
      2022,definitief,36900000
    `,
    },
    code: 'BUIG-E018',
    file: 'budget.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'a line with too many fields',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210,x,y
    `,
    },
    code: 'BUIG-E007',
    file: 'budget.csv',
    line: 2,
    column: 26,
  },
  {
    name: 'a line missing a required field',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief
    `,
    },
    code: 'BUIG-E007',
    file: 'budget.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'aandeel_pct written as a whole percentage out of range',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag,aandeel_pct
      2022,definitief,36896210,610
    `,
    },
    code: 'BUIG-E025',
    file: 'budget.csv',
    line: 2,
    column: 26,
  },
  {
    name: 'an empty file',
    files: { 'budget.csv': '' },
    code: 'BUIG-E002',
    file: 'budget.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'a quote that is never closed',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210
      2023,"voorlopig,37970947
    `,
    },
    code: 'BUIG-E020',
    file: 'budget.csv',
    line: 3,
    column: 6,
  },
  {
    name: 'an empty required cell',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,,36896210
    `,
    },
    code: 'BUIG-E017',
    file: 'budget.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'an unknown regeling',
    files: {
      'lasten.csv': csv`
      jaar,regeling,lasten
      2022,PX,40552826
    `,
    },
    code: 'BUIG-E016',
    file: 'lasten.csv',
    line: 2,
    column: 6,
  },
  {
    name: 'a year both as a total and per regeling',
    files: {
      'lasten.csv': csv`
      jaar,regeling,lasten
      2022,,40552826
      2022,PW,37284276
    `,
    },
    code: 'BUIG-E018',
    file: 'lasten.csv',
    line: 3,
    column: 1,
  },
  {
    name: 'month 13',
    files: {
      'volume.csv': csv`
      maand,regeling,aantal
      2022-01,PW,100
      2022-13,PW,102
    `,
    },
    code: 'BUIG-E014',
    file: 'volume.csv',
    line: 3,
    column: 1,
  },
  {
    name: 'a month written MM-YYYY',
    files: {
      'stromen.csv': csv`
      maand,regeling,instroom,uitstroom
      02-2022,PW,5,3
    `,
    },
    code: 'BUIG-E014',
    file: 'stromen.csv',
    line: 2,
    column: 1,
  },
  {
    name: 'a negative aantal',
    files: {
      'volume.csv': csv`
      maand,regeling,aantal
      2022-01,PW,100
      2022-02,PW,-102
    `,
    },
    code: 'BUIG-E012',
    file: 'volume.csv',
    line: 3,
    column: 12,
  },
  {
    name: 'a fractional aantal',
    files: {
      'volume.csv': csv`
      maand,regeling,aantal
      2022-01,PW,100.5
      2022-02,PW,102
    `,
    },
    code: 'BUIG-E011',
    file: 'volume.csv',
    line: 2,
    column: 12,
  },
  {
    name: 'a Dutch thousands dot in a count of a comma file',
    files: {
      'volume.csv': csv`
      maand,regeling,aantal
      2022-01,PW,2.551
      2022-02,PW,102
    `,
    },
    code: 'BUIG-E009',
    file: 'volume.csv',
    line: 2,
    column: 12,
  },
  {
    name: 'the same month and regeling twice',
    files: {
      'volume.csv': csv`
      maand,regeling,aantal
      2022-01,PW,100
      2022-02,PW,102
      2022-02,pw,102
    `,
    },
    code: 'BUIG-E018',
    file: 'volume.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'words where a count belongs',
    files: {
      'stromen.csv': csv`
      maand,regeling,instroom,uitstroom
      2022-02,PW,veel,3
    `,
    },
    code: 'BUIG-E011',
    file: 'stromen.csv',
    line: 2,
    column: 12,
  },
  {
    name: 'a negative uitstroom',
    files: {
      'stromen.csv': csv`
      maand,regeling,instroom,uitstroom
      2022-02,PW,5,-3
    `,
    },
    code: 'BUIG-E012',
    file: 'stromen.csv',
    line: 2,
    column: 14,
  },
  {
    name: 'a month with a stand in volume.csv but no flows in stromen.csv',
    files: {
      'volume.csv': csv`
        maand,regeling,aantal
        2022-01,PW,100
        2022-02,PW,102
        2022-03,PW,104
        2022-04,PW,106
      `,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom
        2022-02,PW,5,3
        2022-04,PW,5,3
      `,
    },
    code: 'BUIG-E070',
    file: 'stromen.csv',
    line: 3,
    column: 1,
  },
  {
    name: 'a month with flows in stromen.csv but no stand in volume.csv',
    files: {
      'volume.csv': csv`
        maand,regeling,aantal
        2022-01,PW,100
        2022-02,PW,102
        2022-04,PW,106
      `,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom
        2022-02,PW,5,3
        2022-03,PW,5,3
        2022-04,PW,5,3
      `,
    },
    code: 'BUIG-E071',
    file: 'volume.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'a prijs of zero',
    files: {
      'prijzen.csv': csv`
      jaar,regeling,prijs
      2022,PW,0
    `,
    },
    code: 'BUIG-E022',
    file: 'prijzen.csv',
    line: 2,
    column: 9,
  },
  {
    name: 'gemeente.json that is not JSON',
    files: { 'gemeente.json': "{ naam: 'Deventer' }" },
    code: 'BUIG-E027',
    file: 'gemeente.json',
    line: 1,
    column: 1,
  },
  {
    name: 'gemeente.json with a malformed cbs_code',
    files: { 'gemeente.json': '{ "naam": "Deventer", "cbs_code": "150" }' },
    code: 'BUIG-E027',
    file: 'gemeente.json',
    line: 1,
    column: 1,
  },
  {
    name: 'text in a Dutch-Excel (semicolon, BOM) lasten file',
    files: { 'lasten.csv': Buffer.from('\uFEFFjaar;lasten\r\n2022;€ veertig miljoen\r\n', 'utf8') },
    code: 'BUIG-E010',
    file: 'lasten.csv',
    line: 2,
    column: 6,
  },
];

/** Problems that are warnings: the run still succeeds (exit 0). */
export const WARNINGS: Fixture[] = [
  {
    name: 'an unknown column',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag,opmerking
      2022,definitief,36896210,ok
    `,
    },
    code: 'BUIG-W006',
    file: 'budget.csv',
    line: 1,
    column: 18,
  },
  {
    name: 'stands that do not reconcile with the flows',
    files: {
      'stromen.csv': csv`
      maand,regeling,instroom,uitstroom
      2022-02,PW,5,13
    `,
    },
    code: 'BUIG-W019',
    file: 'stromen.csv',
    line: 2,
    column: 12,
  },
  {
    name: 'a gap in the stands (and in the flows)',
    files: {
      'volume.csv': csv`
        maand,regeling,aantal
        2022-01,PW,100
        2022-02,PW,102
        2022-05,PW,104
      `,
      'stromen.csv': csv`
        maand,regeling,instroom,uitstroom
        2022-02,PW,5,3
        2022-05,PW,5,3
      `,
    },
    code: 'BUIG-W021',
    file: 'volume.csv',
    line: 4,
    column: 1,
  },
  {
    name: 'lasten that are not bruto - baten - fout_onzeker',
    files: {
      'lasten.csv': csv`
      jaar,bruto,baten,fout_onzeker,lasten
      2022,41142826,590000,0,40552800
    `,
    },
    code: 'BUIG-W023',
    file: 'lasten.csv',
    line: 2,
    column: 24,
  },
  {
    name: 'a header without data lines',
    files: { 'prijzen.csv': 'jaar,regeling,prijs\n' },
    code: 'BUIG-W024',
    file: 'prijzen.csv',
    line: 1,
    column: 1,
  },
  {
    name: 'bedrag that does not match macrobudget x aandeel',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag,macrobudget,aandeel_pct
      2022,definitief,36896210,6048559016,0.71
    `,
    },
    code: 'BUIG-W026',
    file: 'budget.csv',
    line: 2,
    column: 17,
  },
  {
    name: 'a misspelt file name',
    files: { 'budgetten.csv': 'jaar,fase,bedrag\n' },
    code: 'BUIG-W028',
    file: 'budgetten.csv',
    line: 0,
    column: 0,
  },
  {
    name: 'a Dutch thousands dot in an amount of a comma file',
    files: {
      'budget.csv': csv`
      jaar,fase,bedrag
      2022,definitief,36896210
      2023,voorlopig,37.970
    `,
    },
    code: 'BUIG-W031',
    file: 'budget.csv',
    line: 3,
    column: 16,
  },
];
