// The embedded Deventer data and scenarios: what a command runs without arguments.

import { fileURLToPath } from 'node:url';

/** A shipped scenario: where it is, and how reports name it. */
export interface Shipped {
  path: string;
  label: string;
}

const shipped = (name: string): Shipped => ({ path: fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url)), label: `scenarios/${name}` });

export const DEFAULT_SCENARIO = shipped('deventer-basis.json');
export const DEFAULT_PLAN_SCENARIO = shipped('deventer-aanvalsplan.json');
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/deventer', import.meta.url));
