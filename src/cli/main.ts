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
  {
    name: 'validate',
    options: true,
    description: ['controleer alle invoerbestanden van een datamap en toon alle problemen tegelijk', 'check every input file of a data folder and print all problems at once'],
    load: async () => (await import('./commands/validate.js')).registerValidate,
  },
  {
    name: 'vangnet',
    options: true,
    description: [
      'de vangnetuitkering over een jaar, met alle tussenstappen: toetsen, treden, eigen risico, bedrag en regel',
      'the vangnetuitkering over one year with every intermediate figure: tests, steps, eigen risico, amount and rule',
    ],
    load: async () => (await import('./commands/vangnet.js')).registerVangnet,
  },
  {
    name: 'forecast',
    options: true,
    description: ['projecteer volume, lasten, budget, saldo, tekort% en vangnet per jaar', 'project volume, lasten, budget, saldo, tekort% and vangnet per year'],
    load: async () => (await import('./commands/forecast.js')).registerForecast,
  },
  {
    name: 'plan',
    options: true,
    description: [
      'prijs het aanvalsplan van een scenario: per actie en in totaal, per jaar, met het vangnet erin',
      'price the aanvalsplan of a scenario: per actie and in total, per year, with the vangnet in the loop',
    ],
    load: async () => (await import('./commands/plan.js')).registerPlan,
  },
  {
    name: 'compare',
    options: true,
    args: ['<scenario...>', 'twee of meer scenariobestanden', 'two or more scenario files'],
    description: ["scenario's naast elkaar per jaar, met de verschillen ten opzichte van het eerste", 'scenarios side by side per year, with the differences against the first'],
    load: async () => (await import('./commands/compare.js')).registerCompare,
  },
  {
    name: 'report',
    options: true,
    description: [
      'één document voor een raadsmededeling (Markdown, HTML of Word): prognose, vangnet per jaar, aanvalsplan, aannames en grafiek',
      'one document for a raadsmededeling (Markdown, HTML or Word): forecast, vangnet per year, aanvalsplan, assumptions and chart',
    ],
    load: async () => (await import('./commands/report.js')).registerReport,
  },
  {
    name: 'check',
    args: ['<verwachtingen>', 'CSV met scenario, jaar, grootheid, verwacht, tolerantie', 'CSV with scenario, jaar, grootheid, verwacht, tolerantie'],
    description: ['CI: vergelijk cijfers van prognoses met verwachte waarden; stil en exit 0 als alles klopt', 'CI: compare forecast figures with expected values; silent with exit 0 when all hold'],
    load: async () => (await import('./commands/check.js')).registerCheck,
  },
  {
    name: 'init',
    options: true,
    args: ['<map>', 'de nieuwe datamap', 'the new data folder'],
    description: [
      'maak een startmap met de invoerbestanden (kopregel, voorbeeldregel, uitleg) en een scenario met commentaar',
      'make a starter data folder with the input files (header, example row, explanation) and a commented scenario',
    ],
    load: async () => (await import('./commands/init.js')).registerInit,
  },
  {
    name: 'simulate',
    options: true,
    description: [
      'onzekerheid: P10, P50 en P90 per jaar en de kans op een vangnet, een tekort boven de drempel en een negatief resultaat',
      'uncertainty: P10, P50 and P90 per year and the probability of a vangnet, a tekort above the threshold and a negative resultaat',
    ],
    load: async () => (await import('./commands/simulate.js')).registerSimulate,
  },
  {
    name: 'backtest',
    options: true,
    description: ['rolling-origin backtest van de prognosemethoden op de eigen geschiedenis van de gegevens', "rolling-origin backtest of the forecast methods against the data's own history"],
    load: async () => (await import('./commands/backtest.js')).registerBacktest,
  },
  {
    name: 'schema',
    options: true,
    description: ['het JSON Schema van het scenariobestand (voor editors)', 'the JSON Schema of the scenario file (for editors)'],
    load: async () => (await import('./commands/schema.js')).registerSchema,
  },
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

/**
 * The program with every command listed; only the command `argv` asks for is loaded, with its
 * options and action. Without `argv` every command is loaded (the test of repeated options
 * looks at all of them).
 */
export async function buildProgram(ctx: Context, argv?: readonly string[]): Promise<Command> {
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
        '\nBegin hier:\n  buig forecast\n  buig init mijn-gemeente\n  buig validate --data data/deventer\n  buig vangnet --year 2022 --data data/deventer\n\nExitcodes: 0 gelukt, 1 check niet gehaald, 64 gebruiksfout, 65 fout in de gegevens, 66 bestand niet te openen, 70 interne fout, 73 uitvoer niet te schrijven. Een lezer die eerder stopt (buig ... | head) is geen fout: de exitcode blijft die van de run.',
        '\nStart here:\n  buig forecast\n  buig init my-gemeente\n  buig validate --data data/deventer\n  buig vangnet --year 2022 --data data/deventer\n\nExit codes: 0 success, 1 check failed, 64 usage error, 65 data error, 66 cannot open input, 70 internal error, 73 cannot write output. A reader that stops early (buig ... | head) is no error: the exit code stays that of the run.',
      ),
    );
  const wanted = argv === undefined ? undefined : commandOf(argv);
  for (const c of COMMANDS) {
    const command = program.command(c.name).description(t(ctx, ...c.description));
    if (c.args) command.argument(c.args[0], t(ctx, c.args[1], c.args[2]));
    if (argv === undefined || c.name === wanted) (await c.load())(command, ctx);
    // Listed only: `[options]` in the list of commands, as the command itself would show.
    else if (c.options) command.addOption(new Option('--options').hideHelp());
  }
  hintPerCommand(program, ctx);
  return program;
}

/**
 * A single-valued option given more than once (`--year 2022 --year 2023`): commander would keep
 * the last without a word. Found from the options commander knows, for the program and the
 * command named in `argv`; an option with a collector (`--saldo`) is repeatable.
 */
export function repeatedOption(program: Command, argv: readonly string[]): { flag: string; values: string[] } | undefined {
  const seen = new Map<string, string[]>();
  let command: Command | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') {
      command ??= program.commands.find((c) => c.name() === token || c.aliases().includes(token));
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq > 0 && token.startsWith('--') ? token.slice(0, eq) : token;
    const option = [...(command?.options ?? []), ...program.options].find((o) => o.long === flag || o.short === flag);
    if (!option || !(option.required || option.optional)) continue;
    // commander takes the next word as a required option's value, whatever it looks like.
    const value = eq > 0 && token.startsWith('--') ? token.slice(eq + 1) : option.required || !argv[i + 1]?.startsWith('-') ? argv[++i] : undefined;
    if (option.variadic || Array.isArray(option.defaultValue)) continue;
    const values = [...(seen.get(option.name()) ?? []), value ?? ''];
    if (values.length > 1) return { flag: option.long ?? flag, values };
    seen.set(option.name(), values);
  }
  return undefined;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const ctx: Context = { io, lang: languageOf(argv), exitCode: EXIT.ok, pending: { files: [], stdout: [], after: [] } };
  const debug = argv.includes('--debug');
  try {
    const program = await buildProgram(ctx, argv);
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return EXIT.usage;
    }
    const twice = repeatedOption(program, argv);
    if (twice) {
      const values = twice.values.filter((v) => v !== '').join(', ');
      throw new UsageError(t(ctx, `${twice.flag} is meer dan eens gegeven (${values}); geef het één keer`, `${twice.flag} is given more than once (${values}); give it once`));
    }
    await program.parseAsync([...argv], { from: 'user' });
    // Every output of the run written at its end; output.js is loaded by then (a command ran).
    await (await import('./output.js')).finishRun(ctx);
    return ctx.exitCode || (ctx.partialExit ?? EXIT.ok);
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

/**
 * A stream of the process as a function that writes to it. A reader that has gone (EPIPE:
 * `buig ... | head`) is no error: what is left is dropped, quietly. Any other failure (a full disk
 * behind stdout) is reported once, through `failed`.
 */
function writerTo(stream: NodeJS.WriteStream, failed: (code: string) => void): (text: string) => void {
  let open = true;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!open) return;
    open = false;
    if (e.code !== 'EPIPE') failed(e.code ?? String(e));
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** On an interrupt while files are written: clean up, then end as the signal would (130, 143, 129 in a shell). */
function guardInterrupts(cleanup: () => void): () => void {
  const release = () => {
    for (const s of SIGNALS) process.off(s, interrupted);
  };
  function interrupted(signal: NodeJS.Signals): void {
    cleanup();
    release();
    process.kill(process.pid, signal);
  }
  for (const s of SIGNALS) process.on(s, interrupted);
  return release;
}

/** The process edge, used by bin/buig.js. */
export async function runFromProcess(): Promise<number> {
  const argv = process.argv.slice(2);
  const ctx = { lang: languageOf(argv) };
  const stderr = writerTo(process.stderr, () => undefined);
  let streamFailed = false;
  const stdout = writerTo(process.stdout, (code) => {
    stderr(`buig: ${t(ctx, 'fout', 'error')}: ${t(ctx, 'kan stdout niet schrijven', 'cannot write stdout')} (${code})\n`);
    streamFailed = true;
    // After the run has returned its code: the stream failed while the last of it was written.
    process.exitCode = EXIT.cannotCreate;
  });
  const code = await run(argv, {
    stdout,
    stderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    guardInterrupts,
  });
  return streamFailed ? EXIT.cannotCreate : code;
}
