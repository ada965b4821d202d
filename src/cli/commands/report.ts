// buig report: one document for a raadsmededeling, in Markdown (the chart beside it), HTML (one
// self-contained file) or Word.

import { type Command, Option } from 'commander';
import { runReport } from '../../app/report.js';
import { sourceArg } from '../args.js';
import { t, type Context } from '../context.js';
import { envOf, failWith, showDiagnostics } from '../output.js';
import { checkReportOptions, REPORT_FORMATS, writeReport, type ReportOptions } from '../report.js';

export function registerReport(command: Command, ctx: Context): void {
  command
    .option('--scenario <file>', t(ctx, 'scenariobestand; standaard Deventer basis', 'scenario file; default Deventer basis'))
    .option('--data <dir>', t(ctx, 'een datamap met alle aannames op hun standaardwaarde, zonder scenariobestand', 'a data folder with every assumption at its default, without a scenario file'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .addOption(
      new Option(
        '--format <format>',
        t(
          ctx,
          'md (de grafiek ernaast), html (één bestand, ook te plakken in Word) of docx (Word; vraagt --out)',
          'md (the chart beside it), html (one file, also to paste into Word) or docx (Word; needs --out)',
        ),
      )
        .choices(REPORT_FORMATS)
        .default('md'),
    )
    .option(
      '--out <file>',
      t(ctx, 'schrijf het document naar een bestand (atomair); bij md komt de grafiek ernaast als .svg', 'write the document to a file (atomically); with md the chart goes beside it as .svg'),
    )
    .option('--chart <file>', t(ctx, 'schrijf de grafiek (ook) naar dit bestand: .svg of .png', 'write the chart (also) to this file: .svg or .png'))
    .option('--chart-index', t(ctx, 'de volumegrafiek als index: de laatste gerealiseerde maand = 100', 'the volume chart as an index: the last realised month = 100'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig report --scenario scenarios/deventer-aanvalsplan.json --out raadsmededeling.md\n  buig report --scenario scenarios/deventer-aanvalsplan.json --format docx --out raadsmededeling.docx\n  buig report --format html --out rapport.html --chart grafiek.png',
        '\nExamples:\n  buig report --scenario scenarios/deventer-aanvalsplan.json --out raadsmededeling.md\n  buig report --scenario scenarios/deventer-aanvalsplan.json --format docx --out raadsmededeling.docx\n  buig report --format html --out report.html --chart chart.png',
      ),
    )
    .action(async (opts: ReportOptions) => {
      checkReportOptions(ctx, opts);
      const { value: run, diagnostics } = runReport(envOf(ctx), sourceArg(ctx, opts), opts.rules);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      await writeReport(ctx, run, opts);
      ctx.exitCode = 0;
    });
}
