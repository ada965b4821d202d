// zod, the schema library, loaded the first time a schema is needed: to explain a scenario file
// that does not validate, to read a rules file or an odd gemeente.json, and for `buig schema`.
// A valid scenario and every CSV cell are read without it, so the common run never loads it.
// (It is loaded from the installed dependency, not from the bundle: see scripts/build.mjs.)

import { createRequire } from 'node:module';

type Zod = typeof import('zod');

let loaded: Zod | undefined;

export function zod(): Zod {
  loaded ??= createRequire(import.meta.url)('zod') as Zod;
  return loaded;
}

/** A value made the first time it is asked for (a schema, built with zod). */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
