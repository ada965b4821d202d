// The input files of a data folder, each declared once: its columns, its cells, its key.

import type { BudgetRow, LastenRow, PrijsRow, StromenRow, VolumeRow } from '../domain/data.js';
import { aandeelPercentage, nonNegativeAmount, boundedAmount, count, fase, month, optional, positiveAmount, regeling, required, rowSchema, text, year } from './fields.js';
import type { FileSpec } from './rows.js';

const segmentKey = (s?: string) => (s ? `/${s}` : '');

export const budgetFile: FileSpec<BudgetRow> = {
  name: 'budget.csv',
  columns: [
    { name: 'jaar', required: true },
    { name: 'fase', required: true },
    { name: 'bedrag', required: true, amount: true },
    { name: 'macrobudget', required: false, amount: true },
    { name: 'aandeel_pct', required: false },
    { name: 'lks_deelbudget', required: false, amount: true },
  ],
  schema: (s) =>
    rowSchema({
      jaar: required(year),
      fase: required(fase),
      bedrag: required(positiveAmount(s)),
      macrobudget: optional(positiveAmount(s)),
      aandeel_pct: optional(aandeelPercentage(s)),
      lks_deelbudget: optional(nonNegativeAmount(s)),
    }),
  unique: { key: (r) => `${r.jaar} ${r.fase}`, columns: ['jaar', 'fase'], what: 'jaar-fase' },
};

export const lastenFile: FileSpec<LastenRow> = {
  name: 'lasten.csv',
  columns: [
    { name: 'jaar', required: true },
    { name: 'lasten', required: true, amount: true },
    { name: 'regeling', required: false },
    { name: 'bruto', required: false, amount: true },
    { name: 'baten', required: false, amount: true },
    { name: 'fout_onzeker', required: false, amount: true },
  ],
  schema: (s) =>
    rowSchema({
      jaar: required(year),
      lasten: required(boundedAmount(s)),
      regeling: optional(regeling),
      bruto: optional(boundedAmount(s)),
      baten: optional(boundedAmount(s)),
      fout_onzeker: optional(boundedAmount(s)),
    }),
  unique: { key: (r) => `${r.jaar}${r.regeling ? ` ${r.regeling}` : ''}`, columns: ['jaar'], what: 'jaar-regeling' },
};

export const volumeFile: FileSpec<VolumeRow> = {
  name: 'volume.csv',
  columns: [
    { name: 'maand', required: true },
    { name: 'regeling', required: true },
    { name: 'aantal', required: true },
    { name: 'segment', required: false },
  ],
  schema: (s) =>
    rowSchema({
      maand: required(month),
      regeling: required(regeling),
      aantal: required(count(s)),
      segment: optional(text),
    }),
  unique: { key: (r) => `${r.maand} ${r.regeling}${segmentKey(r.segment)}`, columns: ['maand'], what: 'maand-regeling-segment' },
};

export const stromenFile: FileSpec<StromenRow> = {
  name: 'stromen.csv',
  columns: [
    { name: 'maand', required: true },
    { name: 'regeling', required: true },
    { name: 'instroom', required: true },
    { name: 'uitstroom', required: true },
    { name: 'segment', required: false },
  ],
  schema: (s) =>
    rowSchema({
      maand: required(month),
      regeling: required(regeling),
      instroom: required(count(s)),
      uitstroom: required(count(s)),
      segment: optional(text),
    }),
  unique: { key: (r) => `${r.maand} ${r.regeling}${segmentKey(r.segment)}`, columns: ['maand'], what: 'maand-regeling-segment' },
};

export const prijzenFile: FileSpec<PrijsRow> = {
  name: 'prijzen.csv',
  columns: [
    { name: 'jaar', required: true },
    { name: 'regeling', required: true },
    { name: 'prijs', required: true, amount: true },
  ],
  schema: (s) => rowSchema({ jaar: required(year), regeling: required(regeling), prijs: required(positiveAmount(s)) }),
  unique: { key: (r) => `${r.jaar} ${r.regeling}`, columns: ['jaar'], what: 'jaar-regeling' },
};
