// The command line: thin. It parses arguments with commander, runs one command, and returns an
// exit code; nothing below it calls process.exit. Tests call `run` in-process.

import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../money.js';
import { UsageError } from '../app/usageError.js';
import { hintPerCommand, speakCommander } from './commanderText.js';
import { packageVersion, t, type Context } from './context.js';
import { OutputError, type Io } from './io.js';

/** A command's module adds its options, help text and action to the command made from its row. */
type Register = (command: Command, ctx: Context) => void;

/**
 * The commands, in the order of `buig --help`. Only the module of the command that runs is
 * loaded (`load`); the others are listed from their row: name, description, arguments and
 * whether they take options. One row per command.
 */
const COMMANDS: { name: string; description: [nl: string, en: string]; args?: [spec: string, nl: string, en: string]; options?: true; load: () => Promise<Register> }[] = [
  { name: 'validate', options: true, description: ['controleer alle invoerbestanden van een datamap en toon alle problemen tegelijk', 'check every input file of a data folder and print all problems at once'], load: async () => (await import('./commands/validate.js')).registerValidate },
  { name: 'vangnet', options: true, description: ['de vangnetuitkering over een jaar, met alle tussenstappen: toetsen, treden, eigen risico, bedrag en regel', 'the vangnetuitkering over one year with every intermediate figure: tests, steps, eigen risico, amount and rule'], load: async () => (await import('./commands/vangnet.js')).registerVangnet },
  { name: 'forecast', options: true, description: ['projecteer volume, lasten, budget, saldo, tekort% en vangnet per jaar', 'project volume, lasten, budget, saldo, tekort% and vangnet per year'], load: async () => (await import('./commands/forecast.js')).registerForecast },
  { name: 'plan', options: true, description: ['prijs het aanvalsplan van een scenario: per actie en in totaal, per jaar, met het vangnet erin', 'price the aanvalsplan of a scenario: per actie and in total, per year, with the vangnet in the loop'], load: async () => (await import('./commands/plan.js')).registerPlan },
  { name: 'compare', options: true, args: ['<scenario...>', 'twee of meer scenariobestanden', 'two or more scenario files'], description: ["scenario's naast elkaar per jaar, met de verschillen ten opzichte van het eerste", 'scenarios side by side per year, with the differences against the first'], load: async () => (await import('./commands/compare.js')).registerCompare },
  { name: 'report', options: true, description: ['één Markdown-document voor een raadsmededeling: prognose, vangnet per jaar, aanvalsplan, aannames en grafiek', 'one Markdown document for a raadsmededeling: forecast, vangnet per year, aanvalsplan, assumptions and chart'], load: async () => (await import('./commands/report.js')).registerReport },
  { name: 'check', args: ['<verwachtingen>', 'CSV met scenario, jaar, grootheid, verwacht, tolerantie', 'CSV with scenario, jaar, grootheid, verwacht, tolerantie'], description: ['CI: vergelijk cijfers van prognoses met verwachte waarden; stil en exit 0 als alles klopt', 'CI: compare forecast figures with expected values; silent with exit 0 when all hold'], load: async () => (await import('./commands/check.js')).registerCheck },
  { name: 'init', options: true, args: ['<map>', 'de nieuwe datamap', 'the new data folder'], description: ['maak een startmap met de invoerbestanden (kopregel, voorbeeldregel, uitleg) en een scenario met commentaar', 'make a starter data folder with the input files (header, example row, explanation) and a commented scenario'], load: async () => (await import('./commands/init.js')).registerInit },
  { name: 'schema', options: true, description: ['het JSON Schema van het scenariobestand (voor editors)', 'the JSON Schema of the scenario file (for editors)'], load: async () => (await import('./commands/schema.js')).registerSchema },
];

export const EXIT = { ok: 0, checkFailed: 1, usage: 64, data: 65, noInput: 66, internal: 70, cannotCreate: 73 } as const;

const ISSUES_URL = 'the buig issue tracker (run `buig --version` and include the command you ran)';

/** The language is needed before commander builds its help texts, so it is read first. */
function languageOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1] === 'en' ? 'en' : 'nl';
    if (a.startsWith('--lang=')) return a.slice(7) === 'en' ? 'en' : 'nl';
  }
  return 'nl';
}

/** The command the arguments ask for (`buig help X` asks for X), if any: the one module to load. */
function commandOf(argv: readonly string[]): string | undefined {
  const words = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  return words[0] === 'help' ? words[1] : words[0];
}

async function buildProgram(ctx: Context, argv: readonly string[]): Promise<Command> {
  const program = new Command('buig');
  // Before the subcommands: they inherit commander's texts in the language of the run.
  speakCommander(program, ctx, packageVersion());
  program
    .description(
      t(
        ctx,
        'Prognose van het BUIG-budget, het tekort en de vangnetuitkering van een gemeente, uit CSV-bestanden.',
        'Forecast the BUIG budget, the tekort and the vangnetuitkering of a gemeente from CSV files.',
      ),
    )
    .addOption(new Option('--lang <lang>', t(ctx, 'taal van de uitvoer', 'language of the output')).choices(['nl', 'en']).default('nl'))
    .option('--debug', t(ctx, 'toon bij een interne fout de volledige stack trace', 'show the full stack trace on an internal error'))
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      t(
        ctx,
        '\nBegin hier:\n  buig forecast\n  buig init mijn-gemeente\n  buig validate --data data/deventer\n  buig vangnet --year 2022 --data data/deventer\n\nExitcodes: 0 gelukt, 1 check niet gehaald, 64 gebruiksfout, 65 fout in de gegevens, 66 bestand niet te openen, 70 interne fout, 73 uitvoer niet te schrijven.',
        '\nStart here:\n  buig forecast\n  buig init my-gemeente\n  buig validate --data data/deventer\n  buig vangnet --year 2022 --data data/deventer\n\nExit codes: 0 success, 1 check failed, 64 usage error, 65 data error, 66 cannot open input, 70 internal error, 73 cannot write output.',
      ),
    );
  const wanted = commandOf(argv);
  for (const c of COMMANDS) {
    const command = program.command(c.name).description(t(ctx, ...c.description));
    if (c.args) command.argument(c.args[0], t(ctx, c.args[1], c.args[2]));
    if (c.name === wanted) (await c.load())(command, ctx);
    // Listed only: `[options]` in the list of commands, as the command itself would show.
    else if (c.options) command.addOption(new Option('--options').hideHelp());
  }
  hintPerCommand(program, ctx);
  return program;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const ctx: Context = { io, lang: languageOf(argv), exitCode: EXIT.ok };
  const debug = argv.includes('--debug');
  try {
    const program = await buildProgram(ctx, argv);
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof OutputError) {
      io.stderr(`buig: ${t(ctx, 'fout', 'error')}: ${t(ctx, `kan ${e.path} niet schrijven`, `cannot write ${e.path}`)} (${e.reason})\n`);
      return EXIT.cannotCreate;
    }
    if (e instanceof UsageError) {
      io.stderr(`buig: ${t(ctx, 'fout', 'error')}: ${e.message}\n${t(ctx, 'Zie buig --help.', 'See buig --help.')}\n`);
      return EXIT.usage;
    }
    if (e instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version'].includes(e.code)) return EXIT.ok;
      // `buig help` asks for help (0); options without a command get it as an error (64), like `buig`.
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    const err = e as Error;
    io.stderr(
      t(
        ctx,
        `buig: interne fout: ${err.message}\nDit is een fout in buig, niet in uw gegevens. Meld het via ${ISSUES_URL}.\n`,
        `buig: internal error: ${err.message}\nThis is a bug in buig, not in your data. Please report it via ${ISSUES_URL}.\n`,
      ) + (debug ? `${err.stack ?? ''}\n` : t(ctx, 'Voer opnieuw uit met --debug voor details.\n', 'Run again with --debug for details.\n')),
    );
    return EXIT.internal;
  }
}

/** The process edge, used by bin/buig.js. */
export async function runFromProcess(): Promise<number> {
  return run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  });
}
