// The appendix of the report document, "Bijlage: rekenregels en aannames": where the figures come
// from (files, the command that makes the report again), the calculation rules and the vangnet
// rules used, the vangnet calculation to the euro, and every assumption with its key. Technical
// detail lives here and nowhere else in the document.

import { documentWordsFor } from '../../messages/document.js';
import { wordsFor } from '../../messages/report.js';
import { formatNumber, roundToTotal, sum, type Decimal, type Lang } from '../../money.js';
import type { JaarJson } from '../../report/forecast.js';
import type { TredeJson } from '../../report/vangnet.js';
import type { ReportInput } from './build.js';
import type { Section, TableRow } from './model.js';

const pctText = (d: Decimal, lang: Lang) => `${formatNumber(d, Math.min(d.decimalPlaces(), 2), lang)}%`;
const band = (t: TredeJson, lang: Lang) => (t.tot_pct === null ? `> ${pctText(t.van_pct.value, lang)}` : `${pctText(t.van_pct.value, lang)} – ${pctText(t.tot_pct.value, lang)}`);

function vangnetCalculation(j: JaarJson, lang: Lang): Section {
  const w = documentWordsFor(lang).bijlage;
  const v = j.vangnet!;
  const euros = (d: Decimal) => formatNumber(d, 0, lang);
  const outcome: TableRow[] = [
    { cells: [w.vangnetRijen.budget(j.jaar, v.budget_fase), euros(v.budget.shown())] },
    { cells: [w.vangnetRijen.lasten(j.jaar), euros(v.lasten.shown())] },
    { cells: [w.vangnetRijen.tekort, euros(v.tekort.shown())] },
    { cells: [w.vangnetRijen.pct, `${formatNumber(v.tekort_pct.shown(), 2, lang)}%`] },
    { cells: [w.vangnetRijen.vangnet, euros(v.vangnet.shown())] },
    { cells: [w.vangnetRijen.eigenRisico, euros(v.eigen_risico.shown())] },
  ];
  const delen = roundToTotal(v.treden.map((t) => t.deel.shown()));
  const vergoedingen = roundToTotal(
    v.treden.map((t) => t.vergoeding.shown()),
    v.vangnet.shown(),
  );
  const treden: TableRow[] = v.treden.map((t, i) => ({ cells: [band(t, lang), `${formatNumber(t.vergoeding_pct.value, 0, lang)}%`, euros(delen[i]!), euros(vergoedingen[i]!)] }));
  treden.push({ cells: [w.tredenTotaal, '', euros(sum(delen)), euros(sum(vergoedingen))], total: true });
  const route = v.routes.length > 1 && v.route ? documentWordsFor(lang).vangnet.route(v.route) : '';
  return {
    title: w.vangnetberekening(j.jaar),
    blocks: [
      { kind: 'table', caption: w.vangnetCaption, head: w.vangnetHead, rows: outcome, right: [false, true] },
      { kind: 'table', caption: w.tredenCaption(route), head: w.tredenHead, rows: treden, right: [false, true, true, true] },
    ],
  };
}

function rulesUsed(jaren: readonly JaarJson[], lang: Lang): string[] {
  const rules = new Map<string, { status: string; bron: string; jaren: number[] }>();
  for (const j of jaren) {
    if (!j.vangnet) continue;
    const r = j.vangnet.regel;
    (rules.get(r.id) ?? rules.set(r.id, { status: r.status, bron: r.bron, jaren: [] }).get(r.id)!).jaren.push(j.jaar);
  }
  return [...rules].map(([id, r]) => documentWordsFor(lang).bijlage.regel(id, r.status, r.bron, r.jaren));
}

export function appendixSection(input: ReportInput, lang: Lang): Section {
  const w = documentWordsFor(lang);
  const r = input.forecast;
  const report = wordsFor(lang);
  const meldingen = [
    ...r.waarschuwingen.map((x) => report.forecastWaarschuwing(x)),
    ...(input.plan?.waarschuwingen ?? []).filter((x) => x.soort === 'klif' || x.soort === 'acties-zonder-aantal').map((x) => report.planWaarschuwing(x)),
  ];
  const aannames: TableRow[] = r.aannames.map((a) => {
    const t = report.aanname(a);
    return { cells: [a.sleutel, t.waarde, a.herkomst, t.uitleg] };
  });
  const sections: Section[] = [
    { title: w.bijlage.herkomst, blocks: [{ kind: 'list', items: w.bijlage.bestanden(r.scenario.bestand, r.scenario.data, input.version, input.command) }] },
    { title: w.bijlage.rekenregels, blocks: [{ kind: 'list', items: [...w.bijlage.regels, ...rulesUsed(r.jaren, lang)] }] },
    ...r.jaren.filter((j) => j.vangnet?.recht).map((j) => vangnetCalculation(j, lang)),
    { title: w.bijlage.aannames, blocks: [{ kind: 'table', caption: w.bijlage.aannamesCaption, head: w.bijlage.aannamesHead, rows: aannames, right: [false, false, false, false] }] },
  ];
  if (meldingen.length) sections.push({ title: w.bijlage.meldingen, blocks: [{ kind: 'list', items: meldingen }] });
  return { title: w.sections.bijlage, blocks: [{ kind: 'toelichting', text: w.toelichting.bijlage }], sections };
}
