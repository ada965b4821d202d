// buig simulate: Monte Carlo on the scenario's own model: percentiles and probabilities per year.

import { type Command, Option } from 'commander';
import { runSimulate, STANDAARD_RUNS, STANDAARD_SEED } from '../../app/simulate.js';
import { renderSimulateChart } from '../../render/simulateChart.js';
import { renderSimulateCsv, renderSimulateMarkdown, renderSimulateTable } from '../../render/simulate.js';
import { simulateChart, simulateReport } from '../../report/simulate.js';
import { intArg, sourceArg } from '../args.js';
import { t, type Context } from '../context.js';
import { addReportOptions, breedOption, emitReport, envOf, failWith, showDiagnostics, writeOutput } from '../output.js';

type Opts = { breed?: boolean; scenario?: string; data?: string; rules?: string; runs: string; seed: string; chart?: string; quiet?: boolean; format: string; out?: string };

/** A progress bar on stderr, only on a terminal and without --quiet. */
function progress(ctx: Context, quiet: boolean | undefined): ((klaar: number, totaal: number) => void) | undefined {
  if (quiet || !ctx.io.stderrIsTTY) return undefined;
  return (klaar, totaal) => {
    const filled = Math.round((klaar / totaal) * 30);
    ctx.io.stderr(`\r${t(ctx, 'simuleren', 'simulating')} [${'#'.repeat(filled)}${' '.repeat(30 - filled)}] ${klaar}/${totaal}${klaar === totaal ? '\r\x1b[K' : ''}`);
  };
}

export function registerSimulate(command: Command, ctx: Context): void {
  addReportOptions(command, ctx)
    .option(
      '--scenario <file>',
      t(
        ctx,
        'scenariobestand; standaard Deventer basis; "onzekerheid" in het scenario zet bronnen aan of uit',
        'scenario file; default Deventer basis; "onzekerheid" in the scenario switches sources on or off',
      ),
    )
    .option('--data <dir>', t(ctx, 'een datamap met alle aannames op hun standaardwaarde', 'a data folder with every assumption at its default'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .addOption(new Option('--runs <n>', t(ctx, 'aantal runs (1 tot en met 100000)', 'number of runs (1 to 100000)')).default(String(STANDAARD_RUNS)))
    .addOption(
      new Option(
        '--seed <s>',
        t(ctx, 'seed van de generator (0 tot en met 4294967295): dezelfde seed geeft dezelfde uitvoer', 'seed of the generator (0 to 4294967295): the same seed gives the same output'),
      ).default(String(STANDAARD_SEED)),
    )
    .option(
      '--chart <file.svg>',
      t(
        ctx,
        'schrijf ook een grafiek (SVG): de band P10-P90 van volume en resultaat, met de prognose als lijn',
        'also write a chart (SVG): the P10-P90 band of volume and resultaat, with the forecast as a line',
      ),
    )
    .option('--quiet', t(ctx, 'geen voortgangsbalk', 'no progress bar'))
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig simulate\n  buig simulate --scenario scenarios/deventer-aanvalsplan.json --runs 20000 --seed 7\n  buig simulate --format md --out onzekerheid.md --chart band.svg\n\nP10, P50 en P90 zijn schattingen (binaire drijvende komma); de prognose ernaast is exact.',
        '\nExamples:\n  buig simulate\n  buig simulate --scenario scenarios/deventer-aanvalsplan.json --runs 20000 --seed 7\n  buig simulate --format md --out uncertainty.md --chart band.svg\n\nP10, P50 and P90 are estimates (binary floating point); the forecast beside them is exact.',
      ),
    )
    .action((opts: Opts) => {
      const runs = intArg(ctx, '--runs', opts.runs, 1, 100_000);
      const seed = intArg(ctx, '--seed', opts.seed, 0, 4_294_967_295);
      const voortgang = progress(ctx, opts.quiet);
      const request = { source: sourceArg(ctx, opts), runs, seed, perMaand: opts.chart !== undefined, ...(opts.rules ? { rulesFile: opts.rules } : {}), ...(voortgang ? { voortgang } : {}) };
      const { value: run, diagnostics } = runSimulate(envOf(ctx), request);
      if (!run) return failWith(ctx, diagnostics, opts.out);
      showDiagnostics(ctx, diagnostics);
      const report = simulateReport(run);
      if (opts.chart !== undefined) writeOutput(ctx, opts.chart, renderSimulateChart(simulateChart(run, report), ctx.lang), 'SVG');
      emitReport(ctx, report, { table: renderSimulateTable, md: renderSimulateMarkdown, csv: renderSimulateCsv }, opts);
    });
}
