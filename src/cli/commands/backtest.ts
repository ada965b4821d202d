// buig backtest: rolling-origin backtest of the forecast methods against the data's own history.

import { type Command, Option } from 'commander';
import { runBacktest, STANDAARD_BACKTEST_RUNS } from '../../app/backtest.js';
import { STANDAARD_SEED } from '../../app/simulate.js';
import { renderBacktestCsv, renderBacktestMarkdown, renderBacktestTable } from '../../render/backtest.js';
import { backtestReport } from '../../report/backtest.js';
import { intArg, sourceArg } from '../args.js';
import { t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, envOf, failWith, showDiagnostics } from '../output.js';

type Opts = { breed?: boolean; scenario?: string; data?: string; standAlleen?: boolean; basis?: string; runs: string; seed: string; format: string; out?: string };

export function registerBacktest(command: Command, ctx: Context): void {
  addReportOptions(command, ctx)
    .option('--scenario <file>', t(ctx, 'scenariobestand: zijn datamap en basisperiode; standaard Deventer basis', 'scenario file: its data folder and base period; default Deventer basis'))
    .option('--data <dir>', t(ctx, 'een datamap', 'a data folder'))
    .option('--stand-alleen', t(ctx, 'alleen volume.csv (geen stromen): alleen de methoden zonder instroom en uitstroom', 'only volume.csv (no flows): only the methods that need no flows'))
    .option(
      '--basis <maanden>',
      t(
        ctx,
        'maanden basisperiode achter elke oorsprong (standaard die van het scenario, anders 24; minimaal 12)',
        "months of base period behind each origin (default the scenario's, else 24; at least 12)",
      ),
    )
    .addOption(
      new Option('--runs <n>', t(ctx, 'runs per oorsprong voor de band van stockflow (1 tot en met 10000)', 'runs per origin for the band of stockflow (1 to 10000)')).default(
        String(STANDAARD_BACKTEST_RUNS),
      ),
    )
    .addOption(new Option('--seed <s>', t(ctx, 'seed van de generator', 'seed of the generator')).default(String(STANDAARD_SEED)))
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig backtest\n  buig backtest --data mijn-gemeente --stand-alleen\n  buig backtest --basis 12 --format md\n\nPer methode en horizon (3, 6, 12, 24 maanden): MAE, MAPE, bias en de dekking van de band P10-P90.',
        '\nExamples:\n  buig backtest\n  buig backtest --data my-gemeente --stand-alleen\n  buig backtest --basis 12 --format md\n\nPer method and horizon (3, 6, 12, 24 months): MAE, MAPE, bias and the coverage of the P10-P90 band.',
      ),
    )
    .action((opts: Opts) => {
      const request = {
        source: sourceArg(ctx, opts),
        standAlleen: opts.standAlleen === true,
        ...(opts.basis !== undefined ? { basis: intArg(ctx, '--basis', opts.basis, 12, 600) } : {}),
        runs: intArg(ctx, '--runs', opts.runs, 1, 10_000),
        seed: intArg(ctx, '--seed', opts.seed, 0, 4_294_967_295),
      };
      const { value: run, diagnostics } = runBacktest(envOf(ctx), request);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      emitReport(ctx, backtestReport(run), { table: renderBacktestTable, md: renderBacktestMarkdown, csv: renderBacktestCsv }, opts);
    });
}
