// Scenario files (JSON with comments): every assumption defaulted, every problem reported with
// FILE:LINE:COL and its JSON path. The zod schema below defines what is valid and says what is
// wrong; it also gives `buig schema`. A scenario that plainly is valid is read without it
// (plainScenario: the same values, tested against the schema), so a run on a valid scenario does
// not load zod at all; anything else goes to the schema, which explains it.

import type { z as Z } from 'zod';
import { diagnostic, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import { LKS_BUDGET_STANDAARD, type Onzekerheid, type Scenario } from '../domain/forecast/scenario.js';
import { STANDAARD_ONZEKERHEID } from '../domain/simulate/settings.js';
import { closest, REGELINGEN, toRegeling, type Regeling } from '../domain/terms.js';
import { within, type BoundName } from '../domain/bounds.js';
import { D, Decimal, type Lang } from '../money.js';
import { parseMonth, type Month } from '../period.js';
import { objectWithKey, readJsonFile, type JsonPath } from './jsonc.js';
import { problem, reasonOf, zodLocale } from './reasons.js';
import { once, zod } from './zod.js';

/** An amount: a finite number, or a string read exactly ("2.5", with a Dutch decimal comma "2,5"). */
function amountOf(v: unknown): Decimal | undefined {
  if (typeof v !== 'number' && typeof v !== 'string') return undefined;
  const t = String(v).trim();
  if (/^-?\d+([.,]\d+)?$/.test(t) || (typeof v === 'number' && Number.isFinite(v))) return D(t.replace(',', '.'));
  return undefined;
}

/** A month written as YYYY-MM. */
function monthOf(text: string): Month | undefined {
  const parsed = parseMonth(text);
  return parsed.ok && /^\d{4}-\d{2}$/.test(text) ? parsed.month : undefined;
}

/** The schema, made (and zod loaded) the first time it is needed. */
export const scenarioSchema = once(() => {
  const { z } = zod();
  // A number, or a string read exactly; a Dutch decimal comma ("3,1") is read as 3.1.
  const amount = z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const t = String(v).trim();
      if (/^-?\d+([.,]\d+)?$/.test(t) || (typeof v === 'number' && Number.isFinite(v))) return D(t.replace(',', '.'));
      return problem(ctx, v, (w) => w.notANumber(String(v)));
    })
    .meta({ description: 'a number; as a string ("1.05" or "1,05") it is read exactly' });
  /** A regeling as the CSV readers accept it: PW, Participatiewet, WWB, Bbz, ... */
  const regeling = z.string().transform((text, ctx) => {
    const r = toRegeling(text);
    if (r) return r;
    const near = closest(text, REGELINGEN);
    return problem(ctx, text, (w) => w.unknownRegeling(text, near, REGELINGEN));
  });
  /** A month, YYYY-MM; a month as Excel writes it ("okt-24", "1-10-2024") is refused with the exact month to write. */
  const month = z
    .string()
    .transform((text, ctx) => {
      const parsed = parseMonth(text);
      if (parsed.ok && /^\d{4}-\d{2}$/.test(text)) return parsed.month;
      const meant = parsed.ok ? parsed.month : parsed.suggestion;
      return problem(ctx, text, (w) => w.notAMonth(text, meant));
    })
    .meta({ description: 'a month, YYYY-MM' });
  /**
   * A value within a bound of src/domain/bounds.ts; outside it the reader reports BUIG-E140 at the
   * key (the issue carries the bound and the value as written).
   */
  function inBound<T extends Z.ZodType<Decimal | number>>(schema: T, bound: BoundName) {
    return schema.superRefine((v, ctx) => {
      // A value its own schema refused (no Decimal yet) is reported there, not here.
      if ((v instanceof Decimal || typeof v === 'number') && !within(v, bound)) ctx.addIssue({ code: 'custom', message: `out of range (${bound})`, params: { bound, value: String(v) } });
    });
  }
  const bounded = (bound: BoundName) => inBound(amount, bound);
  const perYear = (what: string, bound: BoundName) => z.record(z.string().regex(/^\d{4}$/, { error: 'JJJJ (YYYY)' }), bounded(bound)).meta({ description: `${what} per year, e.g. { "2024": ... }` });

  // --- onzekerheid (buig simulate) -----------------------------------------------------------
  // Each source: false (off), true (on at its default), or its settings. Absent keys are on.
  const bereik = z
    .strictObject({ min_pct: amount, max_pct: amount })
    .refine((b) => b.min_pct.gte(0) && b.min_pct.lte(b.max_pct), { error: '0 <= min_pct <= max_pct' })
    .meta({ description: 'a range in percent of the planned figure, drawn uniformly' });
  const schakelaar = <T extends Z.ZodType>(settings: T) => z.union([z.boolean(), settings]).optional();
  const onzekerheidSchema = z
    .strictObject({
      instroom: z
        .union([z.literal(false), z.enum(['automatisch', 'poisson', 'overdispersie'])])
        .optional()
        .meta({ description: 'monthly instroom noise: automatisch (overdispersed when the base period shows it; default), poisson, overdispersie, or false' }),
      uitstroom: z.boolean().optional().meta({ description: 'monthly uitstroom drawn from the stand (binomial); default true' }),
      uitstroomkans: z.boolean().optional().meta({ description: 'the uitstroom rate drawn per run with its sampling error over the base period; default true' }),
      budget: schakelaar(z.strictObject({ sd_pct: amount.refine((v) => v.gte(0), { error: 'sd_pct >= 0' }).optional() })).meta({
        description: 'budget revisions of years not yet definitief; spread from budget.csv (years with voorlopig and definitief), else sd_pct, else 3%',
      }),
      acties: schakelaar(bereik).meta({ description: 'realisation share of each actie; default 50-100% (the acties file may give a range per actie)' }),
      schokken: schakelaar(bereik).meta({ description: 'size of each shock in percent of its stated size; default 50-150%' }),
    })
    .optional()
    .meta({ description: 'buig simulate: the sources of uncertainty, each switchable; report shows the band when this key is present' });

  return z
    .strictObject({
      $schema: z.string().optional(),
      naam: z.string().min(1).meta({ description: 'the name of the scenario, shown in every report' }),
      omschrijving: z.string().optional(),
      data: z.string().min(1).meta({ description: 'the data folder, relative to the scenario file' }),
      horizon: z.strictObject({ tot: month }).optional().meta({ description: 'the last month of the projection; default: December of the fourth year after the data' }),
      basisperiode: z
        .strictObject({ van: month, tot: month })
        .refine((b) => b.van <= b.tot, { error: 'van <= tot', path: ['tot'] })
        .optional()
        .meta({ description: 'the months I and u are estimated from; default: the last 24 months of the data' }),
      aannames: z
        .strictObject({
          instroom_factor: bounded('factor').optional().meta({ description: 'multiplies the base instroom; default 1 (0 to 10)' }),
          uitstroom_factor: bounded('factor').optional().meta({ description: 'multiplies the base uitstroom rate; default 1 (0 to 10, and the rate at most 1)' }),
          prijsindex_pct: perYear('price index in percent (above -100, at most 100)', 'groeiPct').optional(),
          budget: perYear('explicit future budget in euros (above 0)', 'positiefBedrag').optional(),
          budget_groei_pct: bounded('groeiPct').optional().meta({ description: 'budget growth in percent a year for later years without a budget; default 0 (above -100, at most 100)' }),
          baten: perYear('baten (terugvordering, verhaal) in euros (0 or more)', 'nietNegatiefBedrag').optional(),
          // The budget side: B = macrobudget x aandeel (issue 12).
          macrobudget: perYear('the national macrobudget in euros (above 0)', 'positiefBedrag').optional(),
          macro_volume_pct: perYear('the volume part of the macrobudget growth in percent; default 0', 'groeiPct').optional(),
          macro_prijs_pct: perYear('the price part of the macrobudget growth in percent; default the prijsindex_pct of the year', 'groeiPct').optional(),
          aandeel_pct: perYear("the gemeente's aandeel in the macrobudget in percent (above 0, at most 100); default the last published", 'aandeelPct').optional(),
          bijstelling_pct: perYear('revision of a published voorlopig or nader voorlopig budget to the expected definitief, in percent (above -100); default 0', 'groeiPct').optional(),
          lks_budget: z
            .strictObject({ vertraging_jaren: z.number().int().min(0).max(10), vergoeding_pct: bounded('pct') })
            .optional()
            .meta({ description: 'how the LKS deelbudget follows realised LKS lasten of acties: after how many years, and what share (default 2 years, 100%; assumed)' }),
        })
        .optional(),
      schokken: z
        .array(
          z.strictObject({
            maand: month,
            regeling: regeling.meta({ description: 'PW, IOAW, IOAZ, BBZ or LKS (aliases such as Participatiewet or Bbz are accepted)' }),
            segment: z.string().optional(),
            instroom: bounded('schok').meta({ description: 'extra instroom in that month (negative: fewer)' }),
            omschrijving: z.string().optional(),
          }),
        )
        .optional(),
      taakstelling: z
        .strictObject({ aantal: inBound(z.number().int().positive(), 'aantal'), maand: month, omschrijving: z.string().optional() })
        .optional()
        .meta({ description: 'a target of fewer benefits by a month, checked by buig plan (e.g. 300 by 2023-12)' }),
      aanvalsplan: z
        .union([z.string(), z.array(z.record(z.string(), z.unknown()))])
        .optional()
        .meta({ description: 'an aanvalsplan CSV relative to the scenario file, or an inline list of acties (priced by buig plan)' }),
      onzekerheid: onzekerheidSchema,
    })
    .meta({ title: 'buig scenario', description: 'A scenario for buig forecast and buig plan' });
});

export type ScenarioJson = Z.output<ReturnType<typeof scenarioSchema>>;
type OnzekerheidJson = ScenarioJson['onzekerheid'];

// --- onzekerheid (buig simulate) ---
/** The scenario's onzekerheid with every default filled in. */
function onzekerheidOf(o: OnzekerheidJson): Onzekerheid | undefined {
  if (o === undefined) return undefined;
  const range = (v: boolean | { min_pct: Decimal; max_pct: Decimal } | undefined, standaard: Onzekerheid['acties']) =>
    v === undefined || v === true ? standaard : v === false ? { ...standaard, aan: false } : { aan: true, bereik: v };
  const budget = o.budget;
  return {
    instroom: o.instroom === false ? 'uit' : (o.instroom ?? 'automatisch'),
    uitstroom: o.uitstroom ?? true,
    uitstroomkans: o.uitstroomkans ?? true,
    budget: budget === undefined || budget === true ? { aan: true } : budget === false ? { aan: false } : { aan: true, ...(budget.sd_pct ? { sd_pct: budget.sd_pct } : {}) },
    acties: range(o.acties, STANDAARD_ONZEKERHEID.acties),
    schokken: range(o.schokken, STANDAARD_ONZEKERHEID.schokken),
  };
}

/** A file is recognisably a scenario when it is an object with one of these keys (naam, data, ...): the schema's keys but $schema. */
const SCENARIO_KEYS = ['naam', 'omschrijving', 'data', 'horizon', 'basisperiode', 'aannames', 'schokken', 'taakstelling', 'aanvalsplan', 'onzekerheid'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object with only the keys named, each present one read by its reader; undefined if any is not as it plainly should be. */
function plainObject(v: unknown, readers: Record<string, (x: unknown) => unknown>, required: readonly string[] = []): Json | undefined {
  if (!isObject(v) || Object.keys(v).some((k) => !(k in readers)) || required.some((k) => v[k] === undefined)) return undefined;
  const out: Json = {};
  for (const [k, read] of Object.entries(readers)) {
    if (v[k] === undefined) continue;
    const value = read(v[k]);
    if (value === undefined) return undefined;
    out[k] = value;
  }
  return out;
}
const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
const nonEmpty = (x: unknown) => (typeof x === 'string' && x.length > 0 ? x : undefined);
const monthValue = (x: unknown) => (typeof x === 'string' ? monthOf(x) : undefined);
const regelingValue = (x: unknown): Regeling | undefined => (typeof x === 'string' ? toRegeling(x) : undefined);
/** An amount within a bound of src/domain/bounds.ts (outside it, the schema reports E140). */
const amountIn = (bound: BoundName) => (x: unknown) => {
  const a = amountOf(x);
  return a && within(a, bound) ? a : undefined;
};
const perYearIn =
  (bound: BoundName) =>
  (x: unknown): Record<string, Decimal> | undefined => {
    if (!isObject(x)) return undefined;
    const out: Record<string, Decimal> = {};
    for (const [k, v] of Object.entries(x)) {
      const a = amountIn(bound)(v);
      if (!/^\d{4}$/.test(k) || !a) return undefined;
      out[k] = a;
    }
    return out;
  };
const listOf =
  <T>(read: (x: unknown) => T | undefined) =>
  (x: unknown) => {
    if (!Array.isArray(x)) return undefined;
    const out = x.map(read);
    return out.every((v) => v !== undefined) ? out : undefined;
  };
const lksBudgetValue = (x: unknown) =>
  plainObject(x, { vertraging_jaren: (n) => (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 10 ? n : undefined), vergoeding_pct: amountIn('pct') }, [
    'vertraging_jaren',
    'vergoeding_pct',
  ]);

/**
 * A scenario that plainly is valid, read as the schema reads it: every key known, every value of
 * its type, well-formed and within its bound. Undefined for anything else, which the schema then judges and
 * explains (so this may refuse what the schema accepts, never the other way round). A scenario
 * with `onzekerheid` (buig simulate) always goes to the schema.
 */
export function plainScenario(v: unknown): ScenarioJson | undefined {
  const basisperiode = (x: unknown) => {
    const b = plainObject(x, { van: monthValue, tot: monthValue }, ['van', 'tot']);
    return b && (b.van as string) <= (b.tot as string) ? b : undefined;
  };
  const aannames = (x: unknown) =>
    plainObject(x, {
      instroom_factor: amountIn('factor'),
      uitstroom_factor: amountIn('factor'),
      prijsindex_pct: perYearIn('groeiPct'),
      budget: perYearIn('positiefBedrag'),
      budget_groei_pct: amountIn('groeiPct'),
      baten: perYearIn('nietNegatiefBedrag'),
      macrobudget: perYearIn('positiefBedrag'),
      macro_volume_pct: perYearIn('groeiPct'),
      macro_prijs_pct: perYearIn('groeiPct'),
      aandeel_pct: perYearIn('aandeelPct'),
      bijstelling_pct: perYearIn('groeiPct'),
      lks_budget: lksBudgetValue,
    });
  return plainObject(
    v,
    {
      $schema: str,
      naam: nonEmpty,
      omschrijving: str,
      data: nonEmpty,
      horizon: (x) => plainObject(x, { tot: monthValue }, ['tot']),
      basisperiode,
      aannames,
      schokken: listOf((x) => plainObject(x, { maand: monthValue, regeling: regelingValue, segment: str, instroom: amountIn('schok'), omschrijving: str }, ['maand', 'regeling', 'instroom'])),
      taakstelling: (x) =>
        plainObject(x, { aantal: (n) => (Number.isSafeInteger(n) && (n as number) > 0 && within(n as number, 'aantal') ? n : undefined), maand: monthValue, omschrijving: str }, ['aantal', 'maand']),
      aanvalsplan: (x) => (typeof x === 'string' ? x : listOf((a) => (isObject(a) ? { ...a } : undefined))(x)),
    },
    ['naam', 'data'],
  ) as ScenarioJson | undefined;
}

export interface ScenarioRead {
  scenario?: Scenario;
  /** The "data" value as written, and the raw aanvalsplan value. */
  data?: string;
  aanvalsplan?: ScenarioJson['aanvalsplan'];
  taakstelling?: { aantal: number; maand: Month; omschrijving?: string };
  diagnostics: Diagnostic[];
  /** Where a JSON path is in the file, for checks made after reading. */
  locate: (path: JsonPath) => Located;
}

/** Read a scenario file. `file` is how the user named it, for diagnostics. */
export function readScenarioFile(file: string, bytes: Uint8Array, lang: Lang): ScenarioRead {
  const read = readJsonFile(file, bytes, lang, {
    expected: 'scenario',
    recognise: (root) => objectWithKey(root, SCENARIO_KEYS),
    syntax: (at, reason) => diagnostic('BUIG-E040', at, { reason }),
  });
  if (!read.ok) return { diagnostics: read.diagnostics, locate: () => ({ file }) };
  const json = read.parsed;
  const locate = (path: JsonPath): Located => {
    for (let n = path.length; n >= 0; n--) {
      const where = json.locate(path.slice(0, n));
      if (where) return { file, ...where };
    }
    return { file };
  };

  const plain = plainScenario(json.value);
  const parsed = plain ? { success: true as const, data: plain } : scenarioSchema().safeParse(json.value, zodLocale(lang));
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.flatMap((issue): Diagnostic[] => {
      // An unknown key is reported on its parent; point at the key itself.
      const paths: JsonPath[] = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path.map(String), k]) : [issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
      const outOfBound = (issue as { params?: { bound?: BoundName; value?: string } }).params;
      if (outOfBound?.bound) return [diagnostic('BUIG-E140', locate(paths[0]!), { column: paths[0]!.join('.'), value: outOfBound.value ?? '', bound: outOfBound.bound })];
      const reason = reasonOf(issue, lang);
      return paths.map((path) => diagnostic('BUIG-E041', locate(path), { path: path.length ? path.join('.') : '(scenario)', reason }));
    });
    return { diagnostics, locate };
  }

  const s = parsed.data;
  const scenario = scenarioOf(s);
  return {
    scenario,
    data: s.data,
    ...(s.aanvalsplan !== undefined ? { aanvalsplan: s.aanvalsplan } : {}),
    ...(s.taakstelling ? { taakstelling: { ...s.taakstelling, maand: s.taakstelling.maand as Month } } : {}),
    diagnostics: [],
    locate,
  };
}

/** The Scenario of a scenario file that validated: every assumption not given at its default. */
function scenarioOf(s: ScenarioJson): Scenario {
  const a = s.aannames ?? {};
  const gezet = new Set<string>(Object.keys(a));
  if (s.horizon) gezet.add('horizon');
  if (s.basisperiode) gezet.add('basisperiode');
  const years = (m?: Record<string, ReturnType<typeof D>>) => new Map(Object.entries(m ?? {}).map(([k, v]) => [Number(k), v]));
  return {
    naam: s.naam,
    ...(s.horizon ? { horizon: s.horizon.tot as Month } : {}),
    ...(s.basisperiode ? { basisperiode: { van: s.basisperiode.van as Month, tot: s.basisperiode.tot as Month } } : {}),
    aannames: {
      instroom_factor: a.instroom_factor ?? D(1),
      uitstroom_factor: a.uitstroom_factor ?? D(1),
      prijsindex_pct: years(a.prijsindex_pct),
      budget: years(a.budget),
      budget_groei_pct: a.budget_groei_pct ?? D(0),
      baten: years(a.baten),
      macrobudget: years(a.macrobudget),
      macro_volume_pct: years(a.macro_volume_pct),
      macro_prijs_pct: years(a.macro_prijs_pct),
      aandeel_pct: years(a.aandeel_pct),
      bijstelling_pct: years(a.bijstelling_pct),
      lks_budget: a.lks_budget ?? { ...LKS_BUDGET_STANDAARD },
    },
    schokken: (s.schokken ?? []).map((k) => ({
      maand: k.maand as Month,
      regeling: k.regeling,
      ...(k.segment ? { segment: k.segment } : {}),
      instroom: k.instroom,
      ...(k.omschrijving ? { omschrijving: k.omschrijving } : {}),
    })),
    gezet,
    ...(s.onzekerheid !== undefined ? { onzekerheid: onzekerheidOf(s.onzekerheid)! } : {}),
  };
}

/**
 * The scenario `{ "naam": naam, "data": "." }` as readScenarioFile reads it: every assumption at
 * its default. A data folder run on the defaults needs no file, and no schema, to get it.
 */
export function defaultScenario(naam: string): Scenario {
  return scenarioOf({ naam, data: '.' });
}

/** The JSON Schema of the scenario file, for editors (`buig schema`). */
export function scenarioJsonSchema(): unknown {
  return zod().z.toJSONSchema(scenarioSchema(), { io: 'input' });
}
