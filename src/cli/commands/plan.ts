// buig plan: price the aanvalsplan of a scenario, per actie and in total, per year.

import type { Command } from 'commander';
import { runPlan } from '../../app/plan.js';
import { renderPlanCsv, renderPlanMarkdown, renderPlanTable } from '../../render/plan.js';
import { renderPlanWorkbook } from '../../render/xlsx.js';
import { forecastRunReport } from '../../report/forecast.js';
import { planReport } from '../../report/plan.js';
import { doelArg, monthArg, sourceArg } from '../args.js';
import { packageVersion, t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, emitWorkbook, envOf, failWith, showDiagnostics, workbookOut } from '../output.js';

export function registerPlan(command: Command, ctx: Context): void {
  addReportOptions(command, ctx, true)
    .option(
      '--scenario <file>',
      t(ctx, 'scenariobestand met een aanvalsplan; standaard het ingebouwde Deventer-aanvalsplan', 'scenario file with an aanvalsplan; default the embedded Deventer aanvalsplan'),
    )
    .option('--data <dir>', t(ctx, 'een datamap met de standaardaannames (zonder aanvalsplan: alleen met --doel)', 'a data folder with the default assumptions (no aanvalsplan: only with --doel)'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .addOption(breedOption(ctx))
    .option(
      '--doel <jaar:doel>',
      t(
        ctx,
        'zoek de kleinste extra uitstroom per maand voor een doel: 2024:saldo of 2024:tekort_pct<=7,5',
        'find the smallest extra uitstroom a month for a target: 2024:saldo or 2024:tekort_pct<=7.5',
      ),
    )
    .option(
      '--vanaf <maand>',
      t(
        ctx,
        'vanaf welke maand de extra uitstroom van --doel loopt (standaard: de eerste maand van de prognose)',
        'the month the extra uitstroom of --doel starts (default: the first projected month)',
      ),
    )
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig plan\n  buig plan --scenario scenarios/deventer-aanvalsplan.json --format md\n  buig plan --doel 2024:saldo --vanaf 2023-07\n  buig plan --format xlsx --out aanvalsplan.xlsx\n\nHet aanvalsplan: een CSV met code, naam, hefboom (instroom|uitstroom|lks|verlaging), aantal, start, ingroei_maanden, ...; zie README.md.',
        '\nExamples:\n  buig plan\n  buig plan --scenario scenarios/deventer-aanvalsplan.json --format md\n  buig plan --doel 2024:saldo --vanaf 2023-07\n  buig plan --format xlsx --out aanvalsplan.xlsx\n\nThe aanvalsplan: a CSV with code, naam, hefboom (instroom|uitstroom|lks|verlaging), aantal, start, ingroei_maanden, ...; see README.md.',
      ),
    )
    .action(async (opts: { scenario?: string; data?: string; rules?: string; doel?: string; vanaf?: string; format: string; out?: string; breed?: boolean }) => {
      const workbook = workbookOut(ctx, opts);
      const doel = opts.doel !== undefined ? doelArg(ctx, opts.doel) : undefined;
      const vanaf = opts.vanaf !== undefined ? monthArg(ctx, '--vanaf', opts.vanaf) : undefined;
      const request = { source: sourceArg(ctx, opts), ...(opts.rules ? { rulesFile: opts.rules } : {}), ...(doel ? { doel } : {}), ...(vanaf ? { vanaf } : {}) };
      const { value: run, diagnostics } = runPlan(envOf(ctx), request);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      const { scenario, loaded } = run.prepared;
      const taakstelling = loaded.scenario.taakstelling;
      const report = planReport(
        run.pricing,
        { naam: scenario.naam, bestand: loaded.label ?? null },
        { ...(taakstelling ? { taakstelling } : {}), ...(run.oplossing ? { oplossing: run.oplossing } : {}) },
      );
      // The workbook lists the assumptions of the base forecast the plan is priced on.
      if (workbook !== undefined)
        return emitWorkbook(
          ctx,
          workbook,
          await renderPlanWorkbook(report, forecastRunReport({ prepared: run.prepared, forecast: run.prepared.runner.base }), ctx.lang, { version: packageVersion() }),
        );
      emitReport(ctx, report, { table: renderPlanTable, md: renderPlanMarkdown, csv: renderPlanCsv }, opts);
    });
}
