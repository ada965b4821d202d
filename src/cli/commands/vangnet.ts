// buig vangnet: the vangnetuitkering over one year, with every intermediate figure.

import { Command } from 'commander';
import { diagnostic, exitCodeFor, hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { computeVangnet, type JaarCijfers } from '../../domain/vangnet/compute.js';
import { jaarCijfers, yearFigures } from '../../domain/vangnet/fromData.js';
import { BUILT_IN_RULES, ruleFor } from '../../domain/vangnet/rules.js';
import { parseAmount, type Decimal } from '../../money.js';
import { readDataFolder } from '../../read/dataFolder.js';
import { renderDiagnosticsText } from '../../render/diagnostics.js';
import { renderVangnetCsv, renderVangnetMarkdown, renderVangnetTable } from '../../render/vangnet.js';
import { vangnetReport } from '../../report/vangnet.js';
import { t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { addReportOptions, breedOption, emitReport, failWith, UsageError } from '../output.js';
import { loadRules } from '../rules.js';

interface Options {
  year: string;
  data?: string;
  budget?: string;
  lasten?: string;
  saldo: string[];
  rules?: string;
  format: string;
  out?: string;
}

/** An amount on the command line: `36896210`, `36896210.50` or the Dutch `36.896.210,50`. */
function amountArg(ctx: Context, flag: string, text: string): Decimal {
  const plain = parseAmount(text, { decimalComma: false });
  if (plain.ok) return plain.value;
  const dutch = parseAmount(text, { decimalComma: true });
  if (dutch.ok) return dutch.value;
  throw new UsageError(t(ctx, `${flag}: '${text}' is geen bedrag (schrijf bijvoorbeeld 36896210)`, `${flag}: '${text}' is not an amount (write e.g. 36896210)`));
}

/** `--saldo 2020=-1200000` or, with that year's budget for the uitgebreid test, `2020=-1200000/36000000`. */
function saldoArg(ctx: Context, text: string): JaarCijfers {
  const m = /^(\d{4})=([^/]+)(?:\/(.+))?$/.exec(text.trim());
  if (!m) throw new UsageError(t(ctx, `--saldo: '${text}' moet de vorm JAAR=SALDO hebben, bijvoorbeeld 2021=1500000`, `--saldo: '${text}' must look like YEAR=SALDO, e.g. 2021=1500000`));
  const saldo = amountArg(ctx, '--saldo', m[2]!);
  const budget = m[3] !== undefined ? amountArg(ctx, '--saldo', m[3]) : undefined;
  return { jaar: Number(m[1]), saldo, ...(budget ? { budget, lasten: budget.minus(saldo) } : {}) };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerVangnet(program: Command, ctx: Context): void {
  addReportOptions(program.command('vangnet'), ctx)
    .description(t(ctx, 'de vangnetuitkering over een jaar, met alle tussenstappen: toetsen, treden, eigen risico, bedrag en regel', 'the vangnetuitkering over one year with every intermediate figure: tests, steps, eigen risico, amount and rule'))
    .requiredOption('--year <jaar>', t(ctx, 'het jaar van het tekort', 'the year of the tekort'))
    .option('--data <dir>', t(ctx, 'datamap met budget.csv en lasten.csv', 'data folder with budget.csv and lasten.csv'))
    .option('--budget <bedrag>', t(ctx, 'het definitieve budget van het jaar (zonder --data)', 'the definitief budget of the year (without --data)'))
    .option('--lasten <bedrag>', t(ctx, 'de in aanmerking komende netto lasten van het jaar (zonder --data)', 'the net lasten of the year (without --data)'))
    .option('--saldo <jaar=bedrag[/budget]>', t(ctx, 'saldo (budget - lasten) van een eerder jaar; herhaalbaar; negatief is een tekort', 'saldo (budget - lasten) of an earlier year; repeatable; negative is a tekort'), collect, [])
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels die de ingebouwde regels aanvullen of vervangen', 'JSON file with vangnet rules that add to or replace the built-in ones'))
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig vangnet --year 2022 --data data/deventer\n  buig vangnet --year 2022 --budget 36896210 --lasten 40552826 --saldo 2020=-1200000 --saldo 2021=1500000\n  buig vangnet --year 2025 --budget 10000000 --lasten 10700000 --saldo 2022=-600000/10000000 --saldo 2023=-500000/10000000 --saldo 2024=0/10000000\n\n--saldo JAAR=SALDO/BUDGET geeft ook het budget van dat jaar, nodig voor de toets van het uitgebreide vangnet (2025+).',
        '\nExamples:\n  buig vangnet --year 2022 --data data/deventer\n  buig vangnet --year 2022 --budget 36896210 --lasten 40552826 --saldo 2020=-1200000 --saldo 2021=1500000\n  buig vangnet --year 2025 --budget 10000000 --lasten 10700000 --saldo 2022=-600000/10000000 --saldo 2023=-500000/10000000 --saldo 2024=0/10000000\n\n--saldo YEAR=SALDO/BUDGET also gives that year\'s budget, needed for the test of the uitgebreid vangnet (2025+).',
      ),
    )
    .action((opts: Options) => {
      const jaar = Number(opts.year);
      if (!/^\d{4}$/.test(opts.year)) throw new UsageError(t(ctx, `--year: '${opts.year}' is geen jaar`, `--year: '${opts.year}' is not a year`));
      const direct = opts.budget !== undefined || opts.lasten !== undefined;
      if (opts.data !== undefined && direct) throw new UsageError(t(ctx, 'kies --data of --budget/--lasten, niet allebei', 'choose --data or --budget/--lasten, not both'));
      if (opts.data === undefined && !(opts.budget !== undefined && opts.lasten !== undefined)) {
        throw new UsageError(t(ctx, 'geef --data DIR, of zowel --budget als --lasten', 'pass --data DIR, or both --budget and --lasten'));
      }
      if (opts.data !== undefined && opts.saldo.length) throw new UsageError(t(ctx, '--saldo hoort bij --budget/--lasten; met --data komen de saldi uit de map', '--saldo goes with --budget/--lasten; with --data the saldi come from the folder'));

      const diagnostics: Diagnostic[] = [];
      const userRules = loadRules(ctx, opts.rules, diagnostics, 'buig vangnet --rules');

      let budget: Decimal | undefined;
      let lasten: Decimal | undefined;
      let budgetFase;
      let andereJaren: JaarCijfers[] = [];
      if (opts.data !== undefined) {
        const folder = readDataFolder(opts.data, ['vangnet'], ctx.io.cwd);
        diagnostics.push(...folder.diagnostics.filter((d) => d.code !== 'BUIG-W030'));
        const figures = yearFigures(folder.data).get(jaar);
        if (!hasErrors(diagnostics)) {
          const name = (f: string) => `${opts.data}/${f}`;
          if (!figures?.budget) diagnostics.push(diagnostic('BUIG-E034', { file: name('budget.csv') }, { what: 'budget', jaar, name: 'budget.csv' }));
          if (!figures?.lasten) diagnostics.push(diagnostic('BUIG-E034', { file: name('lasten.csv') }, { what: 'lasten', jaar, name: 'lasten.csv' }));
        }
        budget = figures?.budget;
        lasten = figures?.lasten;
        budgetFase = figures?.budgetFase;
        andereJaren = jaarCijfers(folder.data).filter((j) => j.jaar !== jaar);
      } else {
        budget = amountArg(ctx, '--budget', opts.budget!);
        lasten = amountArg(ctx, '--lasten', opts.lasten!);
        if (!budget.gt(0)) throw new UsageError(t(ctx, '--budget moet groter zijn dan nul', '--budget must be greater than zero'));
        andereJaren = opts.saldo.map((s) => saldoArg(ctx, s));
      }

      const rule = ruleFor(jaar, userRules);
      if (!rule && !hasErrors(diagnostics)) {
        const years = BUILT_IN_RULES.map((r) => [r.van, r.tot]).flat();
        diagnostics.push(diagnostic('BUIG-E033', { file: opts.rules ?? '(buig)' }, { jaar, van: Math.min(...years), tot: Math.max(...years) }));
      }

      if (exitCodeFor(diagnostics) !== 0 || !rule || !budget || !lasten) return failWith(ctx, diagnostics, opts.out);
      // Warnings (from the data folder) still go to stderr.
      ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));

      const result = computeVangnet({ jaar, budget, lasten, ...(budgetFase ? { budgetFase } : {}), andereJaren, rule });
      const report = vangnetReport(result, ctx.lang);
      emitReport(ctx, report, { table: renderVangnetTable, md: renderVangnetMarkdown, csv: renderVangnetCsv }, opts);
    });
}
