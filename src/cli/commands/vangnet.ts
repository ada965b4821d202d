// buig vangnet: the vangnetuitkering over one year, with every intermediate figure.

import type { Command } from 'commander';
import { runVangnet } from '../../app/vangnet.js';
import type { JaarCijfers } from '../../domain/vangnet/compute.js';
import type { Decimal } from '../../money.js';
import { renderVangnetCsv, renderVangnetMarkdown, renderVangnetTable } from '../../render/vangnet.js';
import { vangnetReport } from '../../report/vangnet.js';
import { amountArg, budgetArg, collect, saldoArg, yearArg } from '../args.js';
import { t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, envOf, failWith, showDiagnostics, UsageError } from '../output.js';

interface Options {
  year: string;
  data?: string;
  budget?: string;
  lasten?: string;
  saldo: string[];
  rules?: string;
  aanvraag?: boolean;
  format: string;
  out?: string;
}

export function registerVangnet(command: Command, ctx: Context): void {
  addReportOptions(command, ctx)
    .requiredOption('--year <jaar>', t(ctx, 'het jaar van het tekort', 'the year of the tekort'))
    .option('--data <dir>', t(ctx, 'datamap met budget.csv en lasten.csv', 'data folder with budget.csv and lasten.csv'))
    .option('--budget <bedrag>', t(ctx, 'het definitieve budget van het jaar (zonder --data)', 'the definitief budget of the year (without --data)'))
    .option('--lasten <bedrag>', t(ctx, 'de in aanmerking komende netto lasten van het jaar (zonder --data)', 'the net lasten of the year (without --data)'))
    .option(
      '--saldo <jaar=bedrag[/budget]>',
      t(ctx, 'saldo (budget - lasten) van een eerder jaar; herhaalbaar; negatief is een tekort', 'saldo (budget - lasten) of an earlier year; repeatable; negative is a tekort'),
      collect,
      [],
    )
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels die de ingebouwde regels aanvullen of vervangen', 'JSON file with vangnet rules that add to or replace the built-in ones'))
    .option(
      '--aanvraag',
      t(
        ctx,
        'voor een echte aanvraag: een ontbrekend eerder jaar of een niet-definitief budget is een fout',
        'for a real application: a missing earlier year or a budget that is not definitief is an error',
      ),
    )
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig vangnet --year 2022 --data data/deventer\n  buig vangnet --year 2022 --budget 36896210 --lasten 40552826 --saldo 2020=-1200000 --saldo 2021=1500000\n  buig vangnet --year 2025 --budget 10000000 --lasten 10700000 --saldo 2022=-600000/10000000 --saldo 2023=-500000/10000000 --saldo 2024=0/10000000\n\n--saldo JAAR=SALDO/BUDGET geeft ook het budget van dat jaar, nodig voor de toets van het uitgebreide vangnet (2025+).',
        "\nExamples:\n  buig vangnet --year 2022 --data data/deventer\n  buig vangnet --year 2022 --budget 36896210 --lasten 40552826 --saldo 2020=-1200000 --saldo 2021=1500000\n  buig vangnet --year 2025 --budget 10000000 --lasten 10700000 --saldo 2022=-600000/10000000 --saldo 2023=-500000/10000000 --saldo 2024=0/10000000\n\n--saldo YEAR=SALDO/BUDGET also gives that year's budget, needed for the test of the uitgebreid vangnet (2025+).",
      ),
    )
    .action((opts: Options) => {
      const jaar = yearArg(ctx, '--year', opts.year);
      const direct = opts.budget !== undefined || opts.lasten !== undefined;
      if (opts.data !== undefined && direct) throw new UsageError(t(ctx, 'kies --data of --budget/--lasten, niet allebei', 'choose --data or --budget/--lasten, not both'));
      if (opts.data === undefined && !(opts.budget !== undefined && opts.lasten !== undefined)) {
        throw new UsageError(t(ctx, 'geef --data DIR, of zowel --budget als --lasten', 'pass --data DIR, or both --budget and --lasten'));
      }
      if (opts.data !== undefined && opts.saldo.length)
        throw new UsageError(t(ctx, '--saldo hoort bij --budget/--lasten; met --data komen de saldi uit de map', '--saldo goes with --budget/--lasten; with --data the saldi come from the folder'));
      const figures = opts.data !== undefined ? { data: opts.data } : directFigures(ctx, opts);
      const { value: result, diagnostics } = runVangnet(envOf(ctx), { jaar, ...(opts.rules ? { rulesFile: opts.rules } : {}), ...(opts.aanvraag ? { aanvraag: true } : {}), ...figures });
      if (!result) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      emitReport(ctx, vangnetReport(result), { table: renderVangnetTable, md: renderVangnetMarkdown, csv: renderVangnetCsv }, opts);
    });
}

/** --budget, --lasten and --saldo: the year's figures without a data folder. */
function directFigures(ctx: Context, opts: Options): { budget: Decimal; lasten: Decimal; andereJaren: JaarCijfers[] } {
  const budget = budgetArg(ctx, '--budget', opts.budget!);
  return { budget, lasten: amountArg(ctx, '--lasten', opts.lasten!), andereJaren: opts.saldo.map((s) => saldoArg(ctx, s)) };
}
