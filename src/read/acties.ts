// The acties of a scenario: from an aanvalsplan CSV beside it, or inline in the scenario.
// Each actie keeps where it was written, so later checks (its start) can point at it.

import { diagnostic, reasonsIn, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import type { Actie } from '../domain/plan/actie.js';
import type { Lang } from '../money.js';
import type { Month } from '../period.js';
import { aanvalsplanFile } from './aanvalsplanFile.js';
import { readCsv } from './csvTable.js';
import { cellDiagnostic, type BuigIssue } from './fields.js';
import type { JsonPath } from './jsonc.js';
import { zodLocale } from './reasons.js';
import { readRows } from './rows.js';
import { zod } from './zod.js';

/**
 * The reason for a cell an inline actie lacks (the only problem of a row that is not a cell's
 * own): zod's words for a missing string, in the run's language, as when zod read the rows.
 * zod is loaded for this error only.
 */
const missingReason = (lang: Lang): string => zod().z.string().safeParse(undefined, zodLocale(lang)).error?.issues[0]?.message ?? '';

export interface LocatedActie {
  actie: Actie;
  /** Where its start is written. */
  start: Located;
  /** Where its aantal is written: a run the actie drives out of bounds points here. */
  aantal: Located;
}

export function readActiesCsv(file: string, bytes: Uint8Array): { acties: LocatedActie[]; diagnostics: Diagnostic[] } {
  const result = readRows(readCsv(file, bytes), aanvalsplanFile);
  return {
    acties: result.rows.map((row) => {
      const { file, line, ...actie } = row;
      return { actie, start: result.locate(line, 'start') ?? { file }, aantal: result.locate(line, 'aantal') ?? { file } };
    }),
    diagnostics: result.diagnostics,
  };
}

/**
 * Inline acties: each object's values read as the CSV cells would be, with the same schema.
 * `lang` is the language of the reasons of BUIG-E041.
 */
export function readActiesInline(list: readonly Record<string, unknown>[], locate: (path: JsonPath) => Located, lang: Lang): { acties: LocatedActie[]; diagnostics: Diagnostic[] } {
  const schema = aanvalsplanFile.schema({ decimalComma: false });
  const known = aanvalsplanFile.columns.map((c) => c.name);
  const acties: LocatedActie[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const input: Record<string, string> = {};
    for (const [k, v] of Object.entries(item)) {
      if (!known.includes(k)) {
        diagnostics.push(diagnostic('BUIG-E041', locate(['aanvalsplan', i, k]), { path: `aanvalsplan.${i}.${k}`, reason: reasonsIn(lang).unknownColumn(known) }));
        continue;
      }
      // As a CSV cell would hold it; a list or an object (the JSON reader's have no toString) as JSON text.
      input[k] = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const buig = (issue as { params?: { buig?: BuigIssue } }).params?.buig;
        const column = buig?.column ?? String(issue.path[0] ?? '');
        const at = locate(['aanvalsplan', i, column]);
        // A cell's problem as in the CSV; zod's own (a missing key) as a problem of the scenario.
        diagnostics.push(buig ? cellDiagnostic(buig, at, column, input[column] ?? '') : diagnostic('BUIG-E041', at, { path: `aanvalsplan.${i}.${column}`, reason: missingReason(lang) }));
      }
      return;
    }
    const actie = parsed.data;
    if (seen.has(actie.code)) {
      const first = locate(['aanvalsplan', seen.get(actie.code)!, 'code']);
      diagnostics.push(diagnostic('BUIG-E018', locate(['aanvalsplan', i, 'code']), { key: actie.code, firstLine: first.line ?? 1, what: 'code' }));
      return;
    }
    seen.set(actie.code, i);
    acties.push({ actie, start: locate(['aanvalsplan', i, 'start']), aantal: locate(['aanvalsplan', i, 'aantal']) });
  });
  return { acties, diagnostics };
}

/** An actie must start inside the projection. */
export function checkStarts(acties: readonly LocatedActie[], first: Month, horizon: Month): Diagnostic[] {
  return acties.filter(({ actie }) => actie.start < first || actie.start > horizon).map(({ actie, start }) => diagnostic('BUIG-E052', start, { value: actie.start, first, horizon }));
}
