// buig report: one Markdown document a policy officer can paste into a raadsmededeling: the
// forecast, the vangnet per year with its tests in words, the aanvalsplan per actie, the
// assumptions, and the chart written beside it.

import { basename, dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { exitCodeFor, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { pricePlan } from '../../domain/plan/price.js';
import { D, formatEuro, formatNumber, type Lang } from '../../money.js';
import { renderForecastChart } from '../../render/chart.js';
import { renderDiagnosticsText } from '../../render/diagnostics.js';
import { renderForecastMarkdown } from '../../render/forecast.js';
import { renderPlanMarkdown } from '../../render/plan.js';
import type { ForecastJson } from '../../report/forecast.js';
import { planReport } from '../../report/plan.js';
import { packageVersion, t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { emit, failWith, writeOutput } from '../output.js';
import { loadRules } from '../rules.js';
import { buildForecast } from './forecast.js';

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);
const pct = (s: string, lang: Lang) => `${formatNumber(D(s).abs(), 2, lang)}%`;

function summary(r: ForecastJson, lang: Lang): string[] {
  const out: string[] = [];
  const realised = r.jaren.filter((j) => j.soort === 'realisatie');
  const last = realised[realised.length - 1];
  if (last) {
    const tekort = D(last.saldo).isNegative();
    out.push(
      `- ${last.jaar} (${tr(lang, 'realisatie', 'realised')}): ${tekort ? `${tr(lang, 'tekort', 'tekort')} ${formatEuro(D(last.saldo).neg(), 0, lang)} (${pct(last.tekort_pct, lang)})` : `${tr(lang, 'overschot', 'overschot')} ${formatEuro(D(last.saldo), 0, lang)}`}` +
        (last.vangnet?.recht ? `; vangnet ${formatEuro(D(last.vangnet.vangnet), 0, lang)}` : `; ${tr(lang, 'geen vangnet', 'no vangnet')}`) +
        '.',
    );
  }
  for (const j of r.jaren.filter((y) => y.soort === 'prognose')) {
    const saldo = D(j.saldo);
    out.push(
      `- ${j.jaar} (${tr(lang, 'prognose', 'projection')}, budget ${j.budget_fase}): ${saldo.isNegative() ? `${tr(lang, 'nadeel', 'nadeel')} ${formatEuro(saldo.neg(), 0, lang)} (${tr(lang, 'tekort', 'tekort')} ${pct(j.tekort_pct, lang)})` : `${tr(lang, 'voordeel', 'voordeel')} ${formatEuro(saldo, 0, lang)}`}` +
        (j.vangnet?.recht ? `; vangnet ${formatEuro(D(j.vangnet.vangnet), 0, lang)}` : '') +
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
    if (!D(v.tekort).gt(0)) {
      out.push(tr(lang, `Geen tekort (${j.soort}): geen vangnet.`, `No tekort (${j.soort}): no vangnet.`), '');
      continue;
    }
    for (const route of v.routes) {
      const prefix = v.routes.length > 1 ? `route ${route.route}, ` : '';
      for (const toets of route.toetsen) out.push(`- ${prefix}${toets.naam}: ${toets.uitleg}`);
    }
    out.push(
      '',
      v.recht
        ? tr(lang, `Recht op vangnet: ja (route ${v.route}), ${formatEuro(D(v.vangnet), 0, lang)}; eigen risico ${formatEuro(D(v.eigen_risico), 0, lang)}. Regel ${v.regel.id} (${v.regel.status}).`, `Right to a vangnet: yes (route ${v.route}), ${formatEuro(D(v.vangnet), 0, lang)}; eigen risico ${formatEuro(D(v.eigen_risico), 0, lang)}. Rule ${v.regel.id} (${v.regel.status}).`)
        : tr(lang, `Recht op vangnet: nee. Regel ${v.regel.id} (${v.regel.status}).`, `Right to a vangnet: no. Rule ${v.regel.id} (${v.regel.status}).`),
      '',
    );
  }
  return out;
}

export function registerReport(program: Command, ctx: Context): void {
  program
    .command('report')
    .description(t(ctx, 'één Markdown-document voor een raadsmededeling: prognose, vangnet per jaar, aanvalsplan, aannames en grafiek', 'one Markdown document for a raadsmededeling: forecast, vangnet per year, aanvalsplan, assumptions and chart'))
    .option('--scenario <file>', t(ctx, 'scenariobestand; standaard Deventer basis', 'scenario file; default Deventer basis'))
    .option('--data <dir>', t(ctx, 'een datamap met alle aannames op hun standaardwaarde, zonder scenariobestand', 'a data folder with every assumption at its default, without a scenario file'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .option('--out <file.md>', t(ctx, 'schrijf het document naar een bestand (atomair); de grafiek komt ernaast als .svg', 'write the document to a file (atomically); the chart goes beside it as .svg'))
    .option('--chart <file.svg>', t(ctx, 'waar de grafiek komt (standaard naast --out)', 'where the chart goes (default beside --out)'))
    .addHelpText('after', t(ctx, '\nVoorbeeld:\n  buig report --scenario scenarios/deventer-aanvalsplan.json --out raadsmededeling.md', '\nExample:\n  buig report --scenario scenarios/deventer-aanvalsplan.json --out raadsmededeling.md'))
    .action((opts: { scenario?: string; data?: string; rules?: string; out?: string; chart?: string }) => {
      const lang = ctx.lang;
      const diagnostics: Diagnostic[] = [];
      const rules = loadRules(ctx, opts.rules, diagnostics, 'buig report --rules');
      const built = exitCodeFor(diagnostics) === 0 ? buildForecast(ctx, opts, rules, diagnostics) : undefined;
      if (!built) return failWith(ctx, diagnostics, opts.out);
      const prepared = built.prepared;
      ctx.io.stderr(renderDiagnosticsText(diagnostics, lang, colourEnabled(ctx.io)));
      const r = built.report;

      const chartPath = opts.chart ?? (opts.out !== undefined ? opts.out.replace(/\.md$/i, '') + '.svg' : undefined);
      const doc: string[] = [
        `# ${tr(lang, 'BUIG-prognose', 'BUIG forecast')}: ${r.scenario.naam}`,
        '',
        `${tr(lang, 'Scenario', 'Scenario')} \`${r.scenario.bestand}\`, data \`${r.scenario.data}\`; ${tr(lang, 'gemaakt met', 'made with')} buig ${packageVersion()}.`,
        '',
        `## ${tr(lang, 'Samenvatting', 'Summary')}`,
        '',
        ...summary(r, lang),
        '',
        renderForecastMarkdown(r, lang).replace(/^## /m, '## '),
        ...vangnetSection(r, lang),
      ];
      if (prepared.acties.length) {
        const priced = pricePlan({ data: prepared.data, scenario: prepared.scenario, rules, acties: prepared.acties.map((a) => a.actie) });
        if (!('problems' in priced)) {
          const taakstelling = prepared.loaded.scenario.taakstelling;
          doc.push(renderPlanMarkdown(planReport(priced.pricing, { naam: r.scenario.naam, bestand: r.scenario.bestand }, lang, taakstelling ? { taakstelling } : {}), lang));
        }
      }
      doc.push(`## ${tr(lang, 'Grafiek', 'Chart')}`, '');
      if (chartPath !== undefined) {
        const reference = opts.out !== undefined ? relative(dirname(resolve(ctx.io.cwd, opts.out)), resolve(ctx.io.cwd, chartPath)) : chartPath;
        doc.push(`![${tr(lang, 'Volume per regeling en lasten tegen budget', 'Volume per regeling and lasten against budget')}](${reference || basename(chartPath)})`, '');
      } else {
        doc.push(tr(lang, 'Geen grafiek: geef --out of --chart.', 'No chart: pass --out or --chart.'), '');
      }
      if (chartPath !== undefined) writeOutput(ctx, chartPath, renderForecastChart(r, lang), 'SVG');
      emit(ctx, doc.join('\n'), opts.out, true, 'md');
      ctx.exitCode = 0;
    });
}
