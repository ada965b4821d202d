// The expectations file of `buig check` (CSV): scenario, jaar, grootheid, verwacht, tolerantie.

import type { Decimal } from '../money.js';
import { nonNegativeAmount, optional, required, rowSchema, text, year } from './fields.js';
import type { FileSpec } from './rows.js';

export interface Expectation {
  scenario: string;
  jaar: number;
  grootheid: string;
  verwacht: string;
  tolerantie?: Decimal;
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
    rowSchema({
      scenario: required(text),
      jaar: required(year),
      grootheid: required(text),
      verwacht: required(text),
      tolerantie: optional(nonNegativeAmount(s)),
    }),
  unique: { key: (e) => `${e.scenario} ${e.jaar} ${e.grootheid}`, columns: ['grootheid'], what: 'scenario-jaar-grootheid' },
};
