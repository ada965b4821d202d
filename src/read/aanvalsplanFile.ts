// The aanvalsplan CSV (and inline acties in a scenario, read with the same row schema).

import type { Actie, Hefboom } from '../domain/plan/actie.js';
import { HEFBOMEN } from '../domain/plan/actie.js';
import { closest } from '../domain/terms.js';
import { ZERO } from '../money.js';
import { count, month, nonNegativeAmount, optional, percentage, positiveCount, regeling, required, rowSchema, text, type BuigIssue, type CellResult, type RowIssue } from './fields.js';
import type { FileSpec } from './rows.js';

function hefboom(t: string): CellResult<Hefboom> {
  const v = t.trim().toLowerCase();
  if ((HEFBOMEN as readonly string[]).includes(v)) return { ok: true, value: v as Hefboom };
  const near = closest(v, HEFBOMEN);
  return { ok: false, code: 'BUIG-E050', params: near ? { suggestion: near } : {} };
}

export const aanvalsplanFile: FileSpec<Actie> = {
  name: 'aanvalsplan.csv',
  columns: [
    { name: 'code', required: true },
    { name: 'naam', required: true },
    { name: 'hefboom', required: true },
    { name: 'aantal', required: true },
    { name: 'start', required: true },
    { name: 'ingroei_maanden', required: false },
    { name: 'actielijn', required: false },
    { name: 'regeling', required: false },
    { name: 'herinstroom_pct', required: false },
    { name: 'herinstroom_na_maanden', required: false },
    { name: 'kosten', required: false, amount: true },
    { name: 'lks_prijs', required: false, amount: true },
    { name: 'verlaging_pct', required: false },
    { name: 'realisatie_min_pct', required: false },
    { name: 'realisatie_max_pct', required: false },
  ],
  schema: (s) =>
    rowSchema(
      {
        code: required(text),
        naam: required(text),
        hefboom: required(hefboom),
        aantal: required(count(s)),
        start: required(month),
        ingroei_maanden: optional(positiveCount(s)),
        actielijn: optional(text),
        regeling: optional(regeling),
        herinstroom_pct: optional(percentage(s)),
        herinstroom_na_maanden: optional(positiveCount(s)),
        kosten: optional(nonNegativeAmount(s)),
        lks_prijs: optional(nonNegativeAmount(s)),
        verlaging_pct: optional(percentage(s)),
        realisatie_min_pct: optional(percentage(s)),
        realisatie_max_pct: optional(percentage(s)),
      },
      {
        refine: (a): RowIssue[] => {
          const out: RowIssue[] = [];
          const issue = (buig: BuigIssue): RowIssue => ({ path: [], message: buig.code, params: { buig } });
          const need = (needs: 'lks_prijs' | 'verlaging_pct') => out.push(issue({ code: 'BUIG-E051', params: { hefboom: a.hefboom, needs }, column: 'hefboom' }));
          if (a.hefboom === 'lks' && a.lks_prijs === undefined) need('lks_prijs');
          if (a.hefboom === 'verlaging' && a.verlaging_pct === undefined) need('verlaging_pct');
          // buig simulate: a realisation range needs both ends, the lower one first.
          const [lo, hi] = [a.realisatie_min_pct, a.realisatie_max_pct];
          if ((lo === undefined) !== (hi === undefined) || (lo && hi && lo.gt(hi))) {
            const column = lo === undefined ? 'realisatie_min_pct' : hi === undefined ? 'realisatie_max_pct' : 'realisatie_max_pct';
            out.push(issue({ code: 'BUIG-E090', params: { min: lo?.toString() ?? '', max: hi?.toString() ?? '' }, column }));
          }
          return out;
        },
        transform: (a): Actie => ({
          code: a.code,
          naam: a.naam,
          hefboom: a.hefboom,
          aantal: a.aantal,
          start: a.start,
          ingroei_maanden: a.ingroei_maanden ?? 12,
          ...(a.actielijn ? { actielijn: a.actielijn } : {}),
          regeling: a.regeling ?? 'PW',
          herinstroom_pct: a.herinstroom_pct ?? ZERO,
          herinstroom_na_maanden: a.herinstroom_na_maanden ?? 12,
          kosten: a.kosten ?? ZERO,
          ...(a.lks_prijs ? { lks_prijs: a.lks_prijs } : {}),
          ...(a.verlaging_pct ? { verlaging_pct: a.verlaging_pct } : {}),
          ...(a.realisatie_min_pct && a.realisatie_max_pct ? { realisatie_min_pct: a.realisatie_min_pct, realisatie_max_pct: a.realisatie_max_pct } : {}),
        }),
      },
    ),
  unique: { key: (a) => a.code, columns: ['code'], what: 'code' },
};
