// A user's vangnet rules file (`--rules FILE`): the shape of src/domain/vangnet/rules.ts as JSON.
// Percentages may be written as strings ("7.5") or numbers (7.5); they become exact decimals.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { VangnetRule } from '../domain/vangnet/rules.js';
import { D, type Lang } from '../money.js';
import type { Node } from 'jsonc-parser';
import { objectWithKey, readJsonFile } from './jsonc.js';
import { ownReason, reasonOf, zodLocale } from './reasons.js';
import { once, zod } from './zod.js';

// The schema is made (and zod loaded) the first time a rules file is read.
const schemas = once(() => {
const { z } = zod();

const pct = z
  .union([z.string().refine((v) => /^-?\d+(\.\d+)?$/.test(v), ownReason((w) => w.pctNumber)), z.number()])
  .transform((v) => D(String(v)));
const status = z.enum(['bevestigd', 'aangenomen']).default('aangenomen');

const route = z.strictObject({
  naam: z.enum(['regulier', 'uitgebreid']),
  drempel: z.strictObject({ pct, inclusief: z.boolean().default(false), status }),
  meerjarig: z
    .discriminatedUnion('soort', [
      z.strictObject({ soort: z.literal('cumulatief'), van: z.number().int().max(0), grens_pct: pct, inclusief: z.boolean().default(false), status }),
      z.strictObject({
        soort: z.literal('tekortjaren'),
        van: z.number().int().max(0),
        tot: z.number().int().max(0),
        minimum: z.number().int().min(1),
        grens_pct: pct,
        inclusief: z.boolean().default(true),
        status,
      }),
    ])
    .nullable()
    .default(null),
  treden: z
    .strictObject({ eigen_risico_pct: pct, boven_pct: pct, midden_vergoeding_pct: pct.default(D(50)), status })
    .refine((t) => t.eigen_risico_pct.lte(t.boven_pct), ownReason((w) => w.eigenRisicoAboveBoven)),
});

const rule = z
  .strictObject({
    id: z.string().min(1),
    van: z.number().int().min(1990).max(2100),
    tot: z.number().int().min(1990).max(2100),
    bron: z.string().min(1),
    routes: z.array(route).min(1),
  })
  .refine((r) => r.van <= r.tot, { ...ownReason((w) => w.vanAfterTot), path: ['tot'] })
  .refine((r) => new Set(r.routes.map((x) => x.naam)).size === r.routes.length, { ...ownReason((w) => w.routeTwice), path: ['routes'] });

// A bare list, or { "regels": [...] } (room for a "$schema" key). Chosen by shape rather than
// with z.union, so that an error names the path inside the rule instead of "invalid input".
const ruleList = z.array(rule);
const wrapped = z.strictObject({ $schema: z.string().optional(), regels: ruleList }).transform((f) => f.regels);
return { ruleList, wrapped };
});

/** The keys of a rule, as the schema above has them (listed here, so that recognising a file needs no zod). */
export const RULE_KEYS = ['id', 'van', 'tot', 'bron', 'routes'];

/**
 * Recognisably a rules file: an object with `regels`, a list whose first element is an object
 * with a key of a rule, or an empty list (written as one: `[default]` is no empty list).
 */
function isRulesFile(root: Node | undefined, clean: boolean): boolean {
  if (objectWithKey(root, ['regels'])) return true;
  if (root?.type !== 'array') return false;
  const first = root.children?.[0];
  return first === undefined ? clean : objectWithKey(first, RULE_KEYS);
}

/** Read a rules file; `lang` is the language of the reasons its diagnostics give. */
export function readRulesFile(file: string, bytes: Uint8Array, lang: Lang): { rules: VangnetRule[]; diagnostics: Diagnostic[] } {
  const read = readJsonFile(file, bytes, lang, {
    expected: 'regels',
    recognise: isRulesFile,
    syntax: (at, reason) => diagnostic('BUIG-E032', at, { path: '(JSON)', reason }),
  });
  if (!read.ok) return { rules: [], diagnostics: read.diagnostics };
  const json = read.parsed;
  const { ruleList, wrapped } = schemas();
  const parsed = Array.isArray(json.value) ? ruleList.safeParse(json.value, zodLocale(lang)) : wrapped.safeParse(json.value, zodLocale(lang));
  if (!parsed.success) {
    return {
      rules: [],
      diagnostics: parsed.error.issues.map((i) => {
        const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
        const where = path.map((_, n) => json.locate(path.slice(0, path.length - n))).find((w) => w !== undefined);
        // The path '' is the file as a whole.
        return diagnostic('BUIG-E032', { file, ...where }, { path: path.join('.'), reason: reasonOf(i, lang) });
      }),
    };
  }
  const rules: VangnetRule[] = parsed.data.map((r) => ({ ...r, herkomst: file }));
  return { rules, diagnostics: [] };
}
