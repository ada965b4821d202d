// The embedded Deventer data and scenarios: what a command runs without arguments.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest folder above this module with a package.json. The module may be
 * a source file (src/app), or a part of the bundled file in dist/ that bin/buig.js starts.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const PACKAGE_ROOT = packageRoot();

/** A shipped scenario: where it is, and how reports name it. */
export interface Shipped {
  path: string;
  label: string;
}

const shipped = (name: string): Shipped => ({ path: join(PACKAGE_ROOT, 'scenarios', name), label: `scenarios/${name}` });

export const DEFAULT_SCENARIO = shipped('deventer-basis.json');
export const DEFAULT_PLAN_SCENARIO = shipped('deventer-aanvalsplan.json');
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, 'data', 'deventer');
