// buig forecast: project volume, lasten, budget, saldo, tekort% and vangnet per year; with
// several data folders (or a folder of them), a row per gemeente and year.

import type { Command } from 'commander';
import { runForecast } from '../../app/forecast.js';
import { dataFolders, runGemeenten } from '../../app/gemeenten.js';
import { exitCodeFor } from '../../diagnostics/diagnostic.js';
import { renderForecastChart } from '../../render/chart.js';
import { renderForecastCsv, renderForecastMarkdown, renderForecastTable } from '../../render/forecast.js';
import { renderGemeentenCsv, renderGemeentenMarkdown, renderGemeentenTable } from '../../render/gemeenten.js';
import { monthsJson, renderMonthsCsv, renderMonthsMarkdown, renderMonthsTable } from '../../render/months.js';
import { renderForecastWorkbook } from '../../render/xlsx.js';
import { basisRunReport, forecastRunReport } from '../../report/forecast.js';
import { gemeenteReport, gemeentenReport } from '../../report/gemeenten.js';
import { chartKind, writeChart } from '../chart.js';
import { FORECAST } from '../help/forecast.js';
import { sourceArg } from '../args.js';
import { packageVersion, t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, emitWorkbook, envOf, failWith, showDiagnostics, UsageError, workbookOut } from '../output.js';

type Options = { scenario?: string; data?: string[]; rules?: string; format: string; out?: string; chart?: string; chartIndex?: boolean; maanden?: boolean; breed?: boolean };

export function registerForecast(command: Command, ctx: Context): void {
  addReportOptions(command, ctx, true)
    .option('--scenario <file>', t(ctx, ...FORECAST.scenario))
    .option('--data <dir...>', t(ctx, ...FORECAST.data))
    .option('--rules <file>', t(ctx, ...FORECAST.rules))
    .addOption(breedOption(ctx))
    .addHelpText('after', t(ctx, ...FORECAST.examples))
    .option('--chart <file>', t(ctx, ...FORECAST.chart))
    .option('--chart-index', t(ctx, ...FORECAST.chartIndex))
    .option('--maanden', t(ctx, ...FORECAST.maanden))
    .action(async (opts: Options) => {
      const named = opts.data && dataFolders(envOf(ctx), opts.data);
      if (named?.many) return forecastGemeenten(ctx, named.folders, opts);
      if (opts.chart !== undefined) chartKind(ctx, opts.chart);
      const workbook = workbookOut(ctx, opts);
      const { value: run, diagnostics } = runForecast(envOf(ctx), sourceArg(ctx, { ...opts, data: named?.folders[0] }), opts.rules);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      const report = forecastRunReport(run);
      const bytes = workbook !== undefined ? await renderForecastWorkbook(report, ctx.lang, { version: packageVersion(), maanden: opts.maanden === true }) : undefined;
      if (opts.chart !== undefined) {
        const gemeente = run.prepared.data.gemeente?.naam;
        const basis = basisRunReport(run);
        writeChart(ctx, opts.chart, renderForecastChart(report, ctx.lang, { ...(gemeente ? { gemeente } : {}), ...(basis ? { basis } : {}), ...(opts.chartIndex ? { index: true } : {}) }));
      }
      if (workbook !== undefined && bytes) return emitWorkbook(ctx, workbook, bytes);
      const months = { table: renderMonthsTable, md: renderMonthsMarkdown, csv: renderMonthsCsv, json: monthsJson };
      emitReport(ctx, report, opts.maanden ? months : { table: renderForecastTable, md: renderForecastMarkdown, csv: renderForecastCsv }, opts);
    });
}

/** Several gemeenten: the good ones written, the exit code of the ones that failed. */
function forecastGemeenten(ctx: Context, folders: string[], opts: Options): void {
  sourceArg(ctx, { ...opts, data: folders[0] });
  if (opts.chart !== undefined || opts.maanden || opts.format === 'xlsx') {
    throw new UsageError(t(ctx, '--chart, --maanden en --format xlsx horen bij één gemeente: geef één datamap', '--chart, --maanden and --format xlsx go with one gemeente: give one data folder'));
  }
  const { value: parts, diagnostics } = runGemeenten(envOf(ctx), folders, opts.rules, gemeenteReport);
  if (!parts) {
    failWith(ctx, diagnostics, opts.out);
    return;
  }
  showDiagnostics(ctx, diagnostics);
  emitReport(ctx, gemeentenReport(parts), { table: renderGemeentenTable, md: renderGemeentenMarkdown, csv: renderGemeentenCsv }, opts);
  // The gemeenten that ran are written; the folders that failed give the exit code.
  ctx.partialExit = exitCodeFor(diagnostics);
}
