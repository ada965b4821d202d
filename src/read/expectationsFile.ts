// The expectations file of `buig check` (CSV): scenario, jaar, grootheid, verwacht, tolerantie.

import { z } from 'zod';
import type { Decimal, NumberStyle } from '../money.js';
import { amount, optional, required, text, year, type CellResult } from './fields.js';
import type { FileSpec } from './rows.js';

export interface Expectation {
  scenario: string;
  jaar: number;
  grootheid: string;
  verwacht: string;
  tolerantie?: Decimal;
}

function nonNegative(style: NumberStyle) {
  const parse = amount(style);
  return (t: string): CellResult<Decimal> => {
    const r = parse(t);
    if (r.ok && r.value.isNegative()) return { ok: false, code: 'BUIG-E012', params: {} };
    return r;
  };
}

export const expectationsFile: FileSpec<Expectation> = {
  name: 'verwachtingen.csv',
  columns: [
    { name: 'scenario', required: true },
    { name: 'jaar', required: true },
    { name: 'grootheid', required: true },
    { name: 'verwacht', required: true },
    { name: 'tolerantie', required: false },
  ],
  schema: (s) =>
    z.object({
      scenario: required(text),
      jaar: required(year),
      grootheid: required(text),
      verwacht: required(text),
      tolerantie: optional(nonNegative(s)),
    }),
  key: (e) => `${e.scenario} ${e.jaar} ${e.grootheid}`,
  keyColumns: ['grootheid'],
  keyWhat: 'combinatie van scenario, jaar en grootheid',
};
