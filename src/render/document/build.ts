// The report document of `buig report`, built once from the typed reports: a summary, the
// forecast, the vangnet per year, the aanvalsplan, what to note, the assumptions and the chart,
// in words for the council; then the appendix with the technical detail. Every table of the
// body is in thousands of euros with V/N, and its rows add up to its totals as shown.

import { documentWordsFor, type DocumentWords } from '../../messages/document.js';
import { formatNumber, roundHalfUp, type Decimal, type Lang } from '../../money.js';
import type { ForecastJson } from '../../report/forecast.js';
import type { PlanJson } from '../../report/plan.js';
import { lastenColumns, shownYear } from '../forecast.js';
import { appendixSection } from './appendix.js';
import { assumptionSentences, noteSentences } from './sentences.js';
import type { Block, ReportDocument, Section } from './model.js';
import { planSection } from './plan.js';
import type { SimulateJson } from '../../report/simulate.js';
import { kansen } from '../simulate.js';

export interface ReportInput {
  forecast: ForecastJson;
  plan?: PlanJson;
  gemeente?: string;
  version: string;
  /** The command line that makes this report again (appendix only). */
  command: string;
  /** Whether the document has a chart to show. */
  chart: boolean;
  /** The band and the probabilities of buig simulate, when the scenario names its onzekerheid. */
  onzekerheid?: SimulateJson;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A percentage of the budget with V or N: '9,91% N'. */
export function pctVN(tekortPct: Decimal, w: DocumentWords): string {
  const shown = roundHalfUp(tekortPct, 2);
  const text = `${formatNumber(shown.abs(), 2, w.lang)}%`;
  return shown.isZero() ? text : `${text} ${shown.isNegative() ? 'V' : 'N'}`;
}

function summary(r: ForecastJson, plan: PlanJson | undefined, w: DocumentWords): Section {
  const realised = r.jaren.filter((j) => j.soort === 'realisatie');
  const shownYears = [...realised.slice(-1), ...r.jaren.filter((j) => j.soort === 'prognose')];
  const items = shownYears.map((j) =>
    w.samenvatting.jaar({
      jaar: j.jaar,
      soort: j.soort,
      fase: j.budget_fase,
      saldo: j.saldo.shown(),
      pct: j.tekort_pct.shown(),
      vangnet: j.vangnet ? j.vangnet.vangnet.shown() : null,
      resultaat: j.resultaat.shown(),
      budgetvolume: j.budgetvolume?.shown() ?? null,
      volume: j.gemiddeld_volume.shown(),
    }),
  );
  const blocks: Block[] = [
    { kind: 'toelichting', text: w.toelichting.samenvatting },
    { kind: 'list', items },
  ];
  if (plan)
    blocks.push({
      kind: 'paragraph',
      text: w.samenvatting.plan(
        plan.totaal.netto_totaal.shown(),
        plan.totaal.jaren.map((y) => y.jaar),
      ),
    });
  return { title: w.sections.samenvatting, blocks };
}

function forecastSection(r: ForecastJson, w: DocumentWords): Section {
  const t = w.tabel;
  const { regelingen, columns } = lastenColumns(r);
  const realised = r.jaren.filter((j) => j.soort === 'realisatie');
  const years = r.jaren.map((j) => String(j.jaar));
  const rows = r.jaren.map((j) => {
    const s = shownYear(j, 1000);
    return {
      cells: [
        String(j.jaar),
        w.soort(j.soort),
        formatNumber(j.gemiddeld_volume.shown(), 0, w.lang),
        formatNumber(s.budget, 0, w.lang),
        w.fase(j.budget_fase),
        formatNumber(s.lasten, 0, w.lang),
        w.vn(s.saldo),
        pctVN(j.tekort_pct.shown(), w),
        j.vangnet === null ? '-' : formatNumber(s.vangnet, 0, w.lang),
        w.vn(s.resultaat),
      ],
    };
  });
  const labels = [...regelingen.map((g) => cap(w.regeling(g, false))), t.lasten.acties, t.lasten.baten, t.lasten.overig];
  const lasten = labels.map((label, i) => ({ cells: [label, ...columns.map((c) => formatNumber(c[i]!, 0, w.lang))] })).filter((_, i) => i < regelingen.length || columns.some((c) => !c[i]!.isZero()));
  lasten.push({ cells: [t.lasten.totaal, ...r.jaren.map((j) => formatNumber(shownYear(j, 1000).lasten, 0, w.lang))], total: true } as (typeof lasten)[number]);
  return {
    title: w.sections.prognose,
    blocks: [
      {
        kind: 'toelichting',
        text: w.toelichting.prognose(
          regelingen.map((g) => w.regeling(g, true)),
          realised[realised.length - 1]?.jaar,
        ),
      },
      { kind: 'table', caption: t.prognose.caption, head: t.prognose.head, rows, right: [false, false, true, true, false, true, true, true, true, true] },
      { kind: 'table', caption: t.lasten.caption, head: [t.lasten.head, ...years], rows: lasten, right: [false, ...years.map(() => true)] },
      { kind: 'paragraph', text: t.afronding },
      { kind: 'toelichting', text: w.toelichting.budgetvolume },
      { kind: 'table', caption: t.budgetvolume.caption, head: t.budgetvolume.head, rows: budgetvolumeRows(r, w), right: [false, true, true, true] },
    ],
  };
}

/** Per year: the average number of benefits, the number the budget pays for, and the difference, as shown. */
function budgetvolumeRows(r: ForecastJson, w: DocumentWords): { cells: string[] }[] {
  return r.jaren
    .filter((j) => j.budgetvolume !== null)
    .map((j) => {
      const volume = roundHalfUp(j.gemiddeld_volume.shown(), 0);
      const gedekt = roundHalfUp(j.budgetvolume!.shown(), 0);
      const verschil = volume.minus(gedekt);
      return { cells: [String(j.jaar), formatNumber(volume, 0, w.lang), formatNumber(gedekt, 0, w.lang), `${verschil.gt(0) ? '+' : ''}${formatNumber(verschil, 0, w.lang)}`] };
    });
}

/** The vangnet in the year the money comes in (t+2), beside the year of the tekort it covers. */
function kasBlocks(r: ForecastJson, w: DocumentWords): Block[] {
  const paid = r.jaren.filter((j) => j.vangnet?.recht);
  const t = w.tabel.kas;
  if (paid.length === 0) return [{ kind: 'paragraph', text: t.geen }];
  const rows = paid.map((j) => ({ cells: [String(j.vangnet!.uitbetaling_jaar), String(j.jaar), formatNumber(roundHalfUp(j.vangnet!.vangnet.shown().div(1000), 0), 0, w.lang)] }));
  return [
    { kind: 'toelichting', text: w.toelichting.kas },
    { kind: 'table', caption: t.caption, head: t.head, rows, right: [false, true, true] },
  ];
}

function vangnetYear(j: ForecastJson['jaren'][number], w: DocumentWords): Section {
  const v = j.vangnet!;
  const items = v.routes.flatMap((route) => route.toetsen.map((toets) => (v.routes.length > 1 ? `${cap(w.vangnet.route(route.route))}. ` : '') + w.vangnet.toets(toets, j.jaar)));
  const blocks: Block[] = [{ kind: 'list', items }];
  blocks.push({
    kind: 'paragraph',
    text: v.recht && v.route ? w.vangnet.recht({ route: v.route, routes: v.routes.length, vangnet: v.vangnet.shown(), eigen_risico: v.eigen_risico.shown() }) : w.vangnet.geenRecht,
  });
  for (const o of v.opmerkingen)
    blocks.push({
      kind: 'paragraph',
      text: w.vangnet.beideRoutes(
        o.routes.map((r) => ({ route: r.route, vangnet: r.vangnet.shown() })),
        o.gekozen,
      ),
    });
  return { title: String(j.jaar), blocks };
}

function vangnetSection(r: ForecastJson, w: DocumentWords): Section {
  const t = w.tabel.vangnet;
  const rows = r.jaren.map((j) => {
    const v = j.vangnet;
    if (!v) return { cells: [String(j.jaar), '-', '-', t.geenRegels, '-', '-'] };
    const tekort = v.tekort.shown().gt(0);
    const drempel = v.toetsen.find((x) => x.naam === 'drempel')?.grens_pct.value;
    const thousand = (d: Decimal) => formatNumber(roundHalfUp(d.div(1000), 0), 0, w.lang);
    return {
      cells: [
        String(j.jaar),
        tekort ? `${formatNumber(v.tekort_pct.shown(), 2, w.lang)}%` : t.geenTekort,
        drempel ? `${formatNumber(drempel, Math.min(drempel.decimalPlaces(), 2), w.lang)}%` : '-',
        v.recht ? t.ja : t.nee,
        thousand(v.vangnet.shown()),
        v.recht ? thousand(v.eigen_risico.shown()) : '-',
      ],
    };
  });
  const withTekort = r.jaren.filter((j) => j.vangnet?.tekort.shown().gt(0));
  const without = r.jaren.filter((j) => j.vangnet && !j.vangnet.tekort.shown().gt(0)).map((j) => j.jaar);
  const noRules = r.jaren.filter((j) => !j.vangnet).map((j) => j.jaar);
  const blocks: Block[] = [
    { kind: 'toelichting', text: w.toelichting.vangnet },
    { kind: 'table', caption: t.caption, head: t.head, rows, right: [false, true, true, false, true, true] },
  ];
  if (without.length) blocks.push({ kind: 'paragraph', text: w.vangnet.geenTekort(without) });
  if (noRules.length) blocks.push({ kind: 'paragraph', text: w.vangnet.geenRegels(noRules) });
  blocks.push(...kasBlocks(r, w));
  return { title: w.sections.vangnet, blocks, sections: withTekort.map((j) => vangnetYear(j, w)) };
}

/** How sure the forecast is: the probabilities per year in sentences, and the P10-P90 band of each figure. */
function uncertaintySection(s: SimulateJson, w: DocumentWords): Section {
  const t = w.tabel.onzekerheid;
  const g = t.grootheden;
  const count = (d: Decimal) => formatNumber(roundHalfUp(d, 0), 0, w.lang);
  const thousand = (d: Decimal) => formatNumber(roundHalfUp(d.div(1000), 0), 0, w.lang);
  const saldo = (d: Decimal) => w.vn(roundHalfUp(d.div(1000), 0));
  const tableRows = s.jaren.flatMap((j) => {
    type V = { shown(): Decimal };
    const row = (label: string, band: { p10: V; p50: V; p90: V } | null, prognose: V | null, show: (d: Decimal) => string) => ({
      cells: [String(j.jaar), label, ...(band ? [band.p10, band.p50, band.p90].map((v) => show(v.shown())) : ['-', '-', '-']), prognose ? show(prognose.shown()) : '-'],
    });
    return [
      row(g.volume, j.gemiddeld_volume, j.prognose.gemiddeld_volume, count),
      row(g.lasten, j.lasten, j.prognose.lasten, thousand),
      row(g.budget, j.budget, j.prognose.budget, thousand),
      row(g.tekort, j.tekort_pct, j.prognose.tekort_pct, (d) => pctVN(d, w)),
      row(g.vangnet, j.vangnet, j.prognose.vangnet, thousand),
      row(g.resultaat, j.resultaat, j.prognose.resultaat, saldo),
    ];
  });
  return {
    title: w.sections.onzekerheid,
    blocks: [
      { kind: 'toelichting', text: w.toelichting.onzekerheid(s.runs) },
      { kind: 'list', items: s.jaren.map((j) => kansen(j, w.lang).join(' ')) },
      { kind: 'table', caption: t.caption, head: t.head, rows: tableRows, right: [false, false, true, true, true, true] },
    ],
  };
}

export function buildReportDocument(input: ReportInput, lang: Lang): ReportDocument {
  const w = documentWordsFor(lang);
  const r = input.forecast;
  const sections: Section[] = [summary(r, input.plan, w), forecastSection(r, w), vangnetSection(r, w)];
  if (input.onzekerheid) sections.push(uncertaintySection(input.onzekerheid, w));
  if (input.plan) sections.push(planSection(input.plan, w));
  const names = new Map(input.plan?.acties.map((a) => [a.code, `${a.naam} (${a.code})`]) ?? []);
  const notes = noteSentences(r, w, (code) => names.get(code) ?? code);
  if (notes.length)
    sections.push({
      title: w.sections.letOp,
      blocks: [
        { kind: 'toelichting', text: w.toelichting.letOp },
        { kind: 'list', items: notes },
      ],
    });
  sections.push({
    title: w.sections.aannames,
    blocks: [
      { kind: 'toelichting', text: w.toelichting.aannames },
      { kind: 'list', items: assumptionSentences(r, w) },
    ],
  });
  sections.push({
    title: w.sections.grafiek,
    blocks: input.chart
      ? [
          { kind: 'toelichting', text: w.toelichting.grafiek(input.plan !== undefined) },
          { kind: 'figure', caption: w.grafiek.caption },
        ]
      : [{ kind: 'paragraph', text: w.grafiek.geen }],
  });
  return {
    title: w.title(r.scenario.naam, input.gemeente),
    subtitle: w.subtitle(r.scenario.naam, input.gemeente, input.version),
    sections,
    appendix: appendixSection(input, lang),
  };
}
