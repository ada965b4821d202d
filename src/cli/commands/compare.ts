// buig compare: two or more scenarios side by side per year, with the differences.

import type { Command } from 'commander';
import { runForecasts } from '../../app/forecast.js';
import { renderCompareCsv, renderCompareMarkdown, renderCompareTable } from '../../render/compare.js';
import { renderCompareWorkbook } from '../../render/xlsx.js';
import { compareReport, realisedInEvery } from '../../report/compare.js';
import { forecastRunReport } from '../../report/forecast.js';
import { packageVersion, t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, emitWorkbook, envOf, failWith, showDiagnostics, UsageError, workbookOut } from '../output.js';

export function registerCompare(command: Command, ctx: Context): void {
  addReportOptions(command, ctx, true)
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .addOption(breedOption(ctx))
    .option('--alle', t(ctx, 'toon in de tabel ook de gerealiseerde jaren (die in elk scenario gelijk zijn)', 'also show the realised years in the table (they are the same in every scenario)'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig compare scenarios/deventer-basis.json scenarios/deventer-statushouders.json scenarios/deventer-aanvalsplan.json\n  buig compare scenarios/deventer-basis.json scenarios/deventer-statushouders.json --format xlsx --out vergelijking.xlsx',
        '\nExamples:\n  buig compare scenarios/deventer-basis.json scenarios/deventer-statushouders.json scenarios/deventer-aanvalsplan.json\n  buig compare scenarios/deventer-basis.json scenarios/deventer-statushouders.json --format xlsx --out comparison.xlsx',
      ),
    )
    .action(async (files: string[], opts: { rules?: string; format: string; out?: string; alle?: boolean; breed?: boolean }) => {
      if (files.length < 2) throw new UsageError(t(ctx, "geef minstens twee scenario's", 'give at least two scenarios'));
      const workbook = workbookOut(ctx, opts);
      const { value: runs, diagnostics } = runForecasts(envOf(ctx), files, opts.rules);
      if (!runs) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      const reports = runs.map((r) => forecastRunReport(r));
      const report = compareReport(reports);
      if (workbook !== undefined) return emitWorkbook(ctx, workbook, await renderCompareWorkbook(report, reports, ctx.lang, { version: packageVersion() }));
      const weglaten = opts.alle ? [] : realisedInEvery(reports, report);
      emitReport(ctx, report, { table: (r, lang, colour) => renderCompareTable(r, lang, colour, weglaten), md: renderCompareMarkdown, csv: renderCompareCsv }, opts);
    });
}
