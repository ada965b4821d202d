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
import { sourceArg } from '../args.js';
import { packageVersion, t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, emitWorkbook, envOf, failWith, showDiagnostics, UsageError, workbookOut } from '../output.js';

type Options = { scenario?: string; data?: string[]; rules?: string; format: string; out?: string; chart?: string; chartIndex?: boolean; maanden?: boolean; breed?: boolean };

export function registerForecast(command: Command, ctx: Context): void {
  addReportOptions(command, ctx, true)
    .option('--scenario <file>', t(ctx, 'scenariobestand (JSON); standaard het ingebouwde scenario Deventer basis', 'scenario file (JSON); default the embedded scenario Deventer basis'))
    .option('--data <dir...>', t(ctx, 'een datamap met alle aannames op hun standaardwaarde, zonder scenariobestand; meer mappen, of een map met datamappen: een rij per gemeente en jaar', 'a data folder with every assumption at its default, without a scenario file; several folders, or a folder of data folders: a row per gemeente and year'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels (zie buig vangnet --help)', 'JSON file with vangnet rules (see buig vangnet --help)'))
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data mijn-gemeente\n  buig forecast --data zutphen deventer apeldoorn --format csv\n  buig forecast --data regio/ --out regio.csv --format csv     # elke map in regio/ is een gemeente\n  buig forecast --scenario mijn-scenario.json --format json --out prognose.json\n  buig forecast --format xlsx --out prognose.xlsx\n  buig forecast --chart prognose.svg\n\nHet scenarioformaat: buig schema. Een map met fouten wordt gemeld en overgeslagen; de andere worden geschreven, met exit 65.',
        '\nExamples:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data my-gemeente\n  buig forecast --data zutphen deventer apeldoorn --format csv\n  buig forecast --data region/ --out region.csv --format csv     # every folder in region/ is a gemeente\n  buig forecast --scenario my-scenario.json --format json --out forecast.json\n  buig forecast --format xlsx --out forecast.xlsx\n  buig forecast --chart forecast.svg\n\nThe scenario format: buig schema. A folder with errors is reported and left out; the others are written, with exit 65.',
      ),
    )
    .option('--chart <file>', t(ctx, 'schrijf ook een grafiek (.svg of .png): volume per regeling en lasten tegen budget', 'also write a chart (.svg or .png): volume per regeling and lasten against budget'))
    .option('--chart-index', t(ctx, 'de volumegrafiek als index: de laatste gerealiseerde maand = 100', 'the volume chart as an index: the last realised month = 100'))
    .option('--maanden', t(ctx, 'de tabel per maand: volume, instroom en uitstroom per regeling (json: alleen scenario en maanden)', 'the table per month: volume, instroom and uitstroom per regeling (json: only scenario and maanden)'))
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
