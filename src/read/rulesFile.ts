// A user's vangnet rules file (`--rules FILE`): the shape of src/domain/vangnet/rules.ts as JSON.
// Percentages may be written as strings ("7.5") or numbers (7.5); they become exact decimals.

import type { z as Z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { VangnetRule } from '../domain/vangnet/rules.js';
import { within, type BoundName } from '../domain/bounds.js';
import { D, Decimal, type Lang } from '../money.js';
import type { Node } from 'jsonc-parser';
import { objectWithKey, readJsonFile } from './jsonc.js';
import { ownReason, reasonOf, zodLocale } from './reasons.js';
import { once, zod } from './zod.js';

// The schema is made (and zod loaded) the first time a rules file is read.
const schemas = once(() => {
  const { z } = zod();

  /** A value within a bound of src/domain/bounds.ts; outside it, BUIG-E140 at the key. */
  function inBound<T extends Z.ZodType<Decimal | number>>(schema: T, bound: BoundName) {
    return schema.superRefine((v, ctx) => {
      // A value its own schema refused (no Decimal yet) is reported there, not here.
      if ((v instanceof Decimal || typeof v === 'number') && !within(v, bound)) ctx.addIssue({ code: 'custom', message: `out of range (${bound})`, params: { bound, value: String(v) } });
    });
  }

  /** Every percentage of a rule is a share: 0 to 100 (a vergoeding above 100% pays more than the tekort). */
  const pct = inBound(
    z
      .union([
        z.string().refine(
          (v) => /^-?\d+(\.\d+)?$/.test(v),
          ownReason((w) => w.pctNumber),
        ),
        z.number(),
      ])
      .transform((v) => D(String(v))),
    'pct',
  );
  /** A year of the multi-year window, relative to the year itself: at most 10 back. */
  const venster = inBound(z.number().int(), 'regelVenster');
  const status = z.enum(['bevestigd', 'aangenomen']).default('aangenomen');

  const route = z.strictObject({
    naam: z.enum(['regulier', 'uitgebreid']),
    drempel: z.strictObject({ pct, inclusief: z.boolean().default(false), status }),
    meerjarig: z
      .discriminatedUnion('soort', [
        z.strictObject({ soort: z.literal('cumulatief'), van: venster, grens_pct: pct, inclusief: z.boolean().default(false), status }),
        z
          .strictObject({
            soort: z.literal('tekortjaren'),
            van: venster,
            tot: venster,
            minimum: z.number().int().min(1),
            grens_pct: pct,
            inclusief: z.boolean().default(true),
            status,
          })
          .refine((m) => m.van <= m.tot, { ...ownReason((w) => w.vanAfterTot), path: ['tot'] })
          // A minimum the window can never reach would make the route silently never pay.
          .superRefine((m, ctx) => {
            const years = m.tot - m.van + 1;
            if (m.van <= m.tot && m.minimum > years) ctx.addIssue({ code: 'custom', message: 'minimum above window', path: ['minimum'], ...ownReason((w) => w.minimumAboveWindow(years)) });
          }),
      ])
      .nullable()
      .default(null),
    treden: z
      .strictObject({ eigen_risico_pct: pct, boven_pct: pct, midden_vergoeding_pct: pct.default(D(50)), status })
      // Compared only when both are numbers: a percentage that is not one is reported on its own.
      .refine(
        (t) => !(t.eigen_risico_pct instanceof Decimal && t.boven_pct instanceof Decimal) || t.eigen_risico_pct.lte(t.boven_pct),
        ownReason((w) => w.eigenRisicoAboveBoven),
      ),
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
  const prefix: (string | number)[] = Array.isArray(json.value) ? [] : ['regels'];
  const at = (path: (string | number)[]) => ({ file, ...path.map((_, n) => json.locate(path.slice(0, path.length - n))).find((w) => w !== undefined) });
  if (!parsed.success) {
    return {
      rules: [],
      diagnostics: parsed.error.issues.map((i): Diagnostic => {
        const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
        const outOfBound = (i as { params?: { bound?: BoundName; value?: string } }).params;
        if (outOfBound?.bound) return diagnostic('BUIG-E140', at(path), { column: path.join('.'), value: outOfBound.value ?? '', bound: outOfBound.bound });
        // The path '' is the file as a whole.
        return diagnostic('BUIG-E032', at(path), { path: path.join('.'), reason: reasonOf(i, lang) });
      }),
    };
  }
  const overlaps = overlapping(parsed.data).map(({ index, other, jaar }) =>
    diagnostic('BUIG-E141', at([...prefix, index, 'van']), { id: parsed.data[index]!.id, other: parsed.data[other]!.id, jaar }),
  );
  if (overlaps.length) return { rules: [], diagnostics: overlaps };
  const rules: VangnetRule[] = parsed.data.map((r) => ({ ...r, herkomst: file }));
  return { rules, diagnostics: [] };
}

/** Each rule that covers a year an earlier rule of the file covers too: the first such year. */
function overlapping(rules: readonly { van: number; tot: number }[]): { index: number; other: number; jaar: number }[] {
  const out: { index: number; other: number; jaar: number }[] = [];
  rules.forEach((r, index) => {
    const other = rules.findIndex((o, i) => i < index && o.van <= r.tot && r.van <= o.tot);
    if (other >= 0) out.push({ index, other, jaar: Math.max(r.van, rules[other]!.van) });
  });
  return out;
}
