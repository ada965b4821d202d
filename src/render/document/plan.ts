// The aanvalsplan in the report document: the plan as a whole per year (with a total row that
// adds up), what a euro saved is worth in words, the taakstelling, and the acties ranked by
// their net effect. Every amount is an effect on the gemeente in thousands with V or N.

import type { DocumentWords } from '../../messages/document.js';
import { formatNumber, roundToTotal, sum, type Decimal } from '../../money.js';
import type { PlanJson } from '../../report/plan.js';
import type { Block, Section, TableRow } from './model.js';

const k = (d: Decimal) => d.div(1000);

/** Each column rounded by largest remainder, so the year rows add up to the total row. */
function totalsTable(p: PlanJson, w: DocumentWords): TableRow[] {
  const ys = p.totaal.jaren;
  const lasten = roundToTotal(ys.map((y) => k(y.delta_lasten.shown().neg())));
  const vangnet = roundToTotal(ys.map((y) => k(y.delta_vangnet.shown())));
  const kosten = roundToTotal(ys.map((y) => k(y.kosten.shown().neg())));
  const row = (label: string, l: Decimal, v: Decimal, c: Decimal, volume: string, total = false): TableRow => ({
    cells: [label, volume, w.vn(l), w.vn(v), w.vn(l.plus(v)), w.vn(c), w.vn(l.plus(v).plus(c))],
    ...(total ? { total } : {}),
  });
  const rows = ys.map((y, i) => row(String(y.jaar), lasten[i]!, vangnet[i]!, kosten[i]!, formatNumber(y.delta_volume.shown().neg(), 1, w.lang)));
  rows.push(row(w.tabel.plan.totaal, sum(lasten), sum(vangnet), sum(kosten), '', true));
  return rows;
}

/** Per actie: the years rounded so that they add up to the actie's shown total. */
function actieRows(p: PlanJson, w: DocumentWords): TableRow[] {
  return p.acties.map((a) => {
    const years = roundToTotal(a.jaren.map((y) => k(y.netto.shown())));
    return { cells: [a.code, a.naam, w.hefboom(a.hefboom), String(a.aantal), ...years.map((y) => w.vn(y)), w.vn(sum(years))] };
  });
}

function marginalText(p: PlanJson, w: DocumentWords): string[] {
  const groups: { jaren: number[]; waarde: Decimal }[] = [];
  for (const m of p.marginaal.filter((x) => !x.cliff)) {
    const same = groups.find((g) => g.waarde.eq(m.waarde.value));
    if (same) same.jaren.push(m.jaar);
    else groups.push({ jaren: [m.jaar], waarde: m.waarde.value });
  }
  const out = groups.length ? [w.plan.marginaal(groups)] : [];
  for (const m of p.marginaal) if (m.cliff) out.push(w.plan.klif(m.jaar, m.cliff.verlies.shown()));
  return out;
}

export function planSection(p: PlanJson, w: DocumentWords): Section {
  const t = w.tabel;
  const years = p.totaal.jaren.map((y) => String(y.jaar));
  const blocks: Block[] = [
    { kind: 'toelichting', text: w.toelichting.aanvalsplan },
    { kind: 'table', caption: t.plan.caption, head: t.plan.head, rows: totalsTable(p, w), right: [false, true, true, true, true, true, true] },
    ...marginalText(p, w).map((text) => ({ kind: 'paragraph' as const, text })),
  ];
  if (p.taakstelling) blocks.push({ kind: 'paragraph', text: w.plan.taakstelling({ ...p.taakstelling, reductie: p.taakstelling.reductie.shown() }) });
  if (p.oplossing) {
    const o = p.oplossing;
    const doel = o.doel.startsWith('saldo') ? { soort: 'saldo' as const } : { soort: 'tekort' as const, max: o.doel.slice(o.doel.indexOf('<=') + 2) };
    blocks.push({
      kind: 'paragraph',
      text: w.plan.oplossing({
        jaar: o.jaar,
        doel,
        vanaf: o.vanaf,
        per_maand: o.per_maand,
        saldo: o.saldo?.shown() ?? null,
        pct: o.tekort_pct?.shown() ?? null,
        een_minder: o.een_minder ? { saldo: o.een_minder.saldo.shown(), pct: o.een_minder.tekort_pct.shown() } : null,
      }),
    });
  }
  const names = new Map(p.acties.map((a) => [a.code, `${a.naam} (${a.code})`]));
  for (const x of p.waarschuwingen) if (x.soort === 'acties-zonder-aantal') blocks.push({ kind: 'paragraph', text: w.plan.zonderAantal(x.codes.map((c) => names.get(c) ?? c)) });
  blocks.push({
    kind: 'table',
    caption: t.acties.caption,
    head: [...t.acties.head, ...years, t.acties.totaal],
    rows: actieRows(p, w),
    right: [false, false, false, true, ...years.map(() => true), true],
  });
  return { title: w.sections.aanvalsplan, blocks };
}
