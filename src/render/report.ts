// The document of `buig report`: a summary, the forecast in thousands with V/N, the vangnet per
// year with its tests in words, the aanvalsplan per actie, the assumptions and the chart.

import { formatEuro, formatNumber, type Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { Procent } from '../report/values.js';
import type { ForecastJson } from '../report/forecast.js';
import type { PlanJson } from '../report/plan.js';
import { renderForecastMarkdown } from './forecast.js';
import { renderPlanMarkdown } from './plan.js';
import type { SimulateJson } from '../report/simulate.js';
import { renderSimulateMarkdown } from './simulate.js';
import { scenarioLabel, tr } from './words.js';

const pct = (p: Procent, lang: Lang) => `${formatNumber(p.shown().abs(), 2, lang)}%`;

function summary(r: ForecastJson, lang: Lang): string[] {
  const out: string[] = [];
  const realised = r.jaren.filter((j) => j.soort === 'realisatie');
  const last = realised[realised.length - 1];
  if (last) {
    const tekort = last.saldo.shown().isNegative();
    out.push(
      `- ${last.jaar} (${tr(lang, 'realisatie', 'realised')}): ${tekort ? `${tr(lang, 'tekort', 'tekort')} ${formatEuro(last.saldo.shown().neg(), 0, lang)} (${pct(last.tekort_pct, lang)})` : `${tr(lang, 'overschot', 'overschot')} ${formatEuro(last.saldo.shown(), 0, lang)}`}` +
        (last.vangnet?.recht ? `; vangnet ${formatEuro(last.vangnet.vangnet.shown(), 0, lang)}` : `; ${tr(lang, 'geen vangnet', 'no vangnet')}`) +
        '.',
    );
  }
  for (const j of r.jaren.filter((y) => y.soort === 'prognose')) {
    const saldo = j.saldo.shown();
    out.push(
      `- ${j.jaar} (${tr(lang, 'prognose', 'projection')}, budget ${j.budget_fase}): ${saldo.isNegative() ? `${tr(lang, 'nadeel', 'nadeel')} ${formatEuro(saldo.neg(), 0, lang)} (${tr(lang, 'tekort', 'tekort')} ${pct(j.tekort_pct, lang)})` : `${tr(lang, 'voordeel', 'voordeel')} ${formatEuro(saldo, 0, lang)}`}` +
        (j.vangnet?.recht ? `; vangnet ${formatEuro(j.vangnet.vangnet.shown(), 0, lang)}` : '') +
        '.',
    );
  }
  return out;
}

function vangnetSection(r: ForecastJson, lang: Lang): string[] {
  const out = [`## ${tr(lang, 'Vangnet per jaar', 'Vangnet per year')}`, ''];
  for (const j of r.jaren) {
    const v = j.vangnet;
    if (!v) {
      out.push(`### ${j.jaar}`, '', tr(lang, 'Geen vangnetregels voor dit jaar.', 'No vangnet rules for this year.'), '');
      continue;
    }
    out.push(`### ${j.jaar}`, '');
    if (!v.tekort.shown().gt(0)) {
      out.push(tr(lang, `Geen tekort (${j.soort}): geen vangnet.`, `No tekort (${j.soort}): no vangnet.`), '');
      continue;
    }
    for (const route of v.routes) {
      const prefix = v.routes.length > 1 ? `route ${route.route}, ` : '';
      for (const toets of route.toetsen) out.push(`- ${prefix}${toets.naam}: ${wordsFor(lang).toets(toets, j.jaar)}`);
    }
    out.push(
      '',
      v.recht
        ? tr(lang, `Recht op vangnet: ja (route ${v.route}), ${formatEuro(v.vangnet.shown(), 0, lang)}; eigen risico ${formatEuro(v.eigen_risico.shown(), 0, lang)}. Regel ${v.regel.id} (${v.regel.status}).`, `Right to a vangnet: yes (route ${v.route}), ${formatEuro(v.vangnet.shown(), 0, lang)}; eigen risico ${formatEuro(v.eigen_risico.shown(), 0, lang)}. Rule ${v.regel.id} (${v.regel.status}).`)
        : tr(lang, `Recht op vangnet: nee. Regel ${v.regel.id} (${v.regel.status}).`, `Right to a vangnet: no. Rule ${v.regel.id} (${v.regel.status}).`),
      '',
    );
  }
  return out;
}

/** The Markdown document; `chart` is how the document refers to the chart, when there is one. */
export function renderReportMarkdown(r: ForecastJson, plan: PlanJson | undefined, lang: Lang, made: { version: string; chart?: string; onzekerheid?: SimulateJson }): string {
  const doc: string[] = [
    `# ${tr(lang, 'BUIG-prognose', 'BUIG forecast')}: ${r.scenario.naam}`,
    '',
    `${tr(lang, 'Scenario', 'Scenario')} \`${scenarioLabel(r.scenario, lang)}\`, data \`${r.scenario.data}\`; ${tr(lang, 'gemaakt met', 'made with')} buig ${made.version}.`,
    '',
    `## ${tr(lang, 'Samenvatting', 'Summary')}`,
    '',
    ...summary(r, lang),
    '',
    renderForecastMarkdown(r, lang),
    ...vangnetSection(r, lang),
  ];
  // buig simulate: the band and the probabilities, when the scenario names its onzekerheid.
  if (made.onzekerheid) doc.push(renderSimulateMarkdown(made.onzekerheid, lang));
  if (plan) doc.push(renderPlanMarkdown(plan, lang));
  doc.push(`## ${tr(lang, 'Grafiek', 'Chart')}`, '');
  if (made.chart !== undefined) doc.push(`![${tr(lang, 'Volume per regeling en lasten tegen budget', 'Volume per regeling and lasten against budget')}](${made.chart})`, '');
  else doc.push(tr(lang, 'Geen grafiek: geef --out of --chart.', 'No chart: pass --out or --chart.'), '');
  return doc.join('\n');
}
