// buig report: one Markdown document a policy officer can paste into a raadsmededeling, with
// the chart written beside it.

import { basename, dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { runReport } from '../../app/report.js';
import { renderForecastChart } from '../../render/chart.js';
import { renderReportMarkdown } from '../../render/report.js';
import { forecastRunReport } from '../../report/forecast.js';
import { planReport } from '../../report/plan.js';
import { simulateReport } from '../../report/simulate.js';
import { sourceArg } from '../args.js';
import { packageVersion, t, type Context } from '../context.js';
import { emit, envOf, failWith, showDiagnostics, writeOutput } from '../output.js';

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
      const { value: run, diagnostics } = runReport(envOf(ctx), sourceArg(ctx, opts), opts.rules);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      const r = forecastRunReport(run.run);
      const { scenario, loaded } = run.run.prepared;
      const taakstelling = loaded.scenario.taakstelling;
      const plan = run.pricing ? planReport(run.pricing, { naam: scenario.naam, bestand: loaded.label ?? null }, taakstelling ? { taakstelling } : {}) : undefined;
      const chartPath = opts.chart ?? (opts.out !== undefined ? opts.out.replace(/\.md$/i, '') + '.svg' : undefined);
      // The document refers to the chart as seen from where the document is.
      const reference = chartPath === undefined ? undefined : opts.out !== undefined ? relative(dirname(resolve(ctx.io.cwd, opts.out)), resolve(ctx.io.cwd, chartPath)) || basename(chartPath) : chartPath;
      const onzekerheid = run.simulatie ? { onzekerheid: simulateReport(run.simulatie) } : {};
      const doc = renderReportMarkdown(r, plan, ctx.lang, { version: packageVersion(), ...(reference !== undefined ? { chart: reference } : {}), ...onzekerheid });
      if (chartPath !== undefined) writeOutput(ctx, chartPath, renderForecastChart(r, ctx.lang), 'SVG');
      emit(ctx, doc, opts.out, true, 'md');
      ctx.exitCode = 0;
    });
}
