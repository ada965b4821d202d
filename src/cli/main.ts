// The command line: thin. It parses arguments with commander, runs one command, and returns an
// exit code; nothing below it calls process.exit. Tests call `run` in-process.

import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../money.js';
import { registerValidate } from './commands/validate.js';
import { registerVangnet } from './commands/vangnet.js';
import { registerForecast } from './commands/forecast.js';
import { registerSchema } from './commands/schema.js';
import { registerPlan } from './commands/plan.js';
import { registerCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerReport } from './commands/report.js';
import { registerInit } from './commands/init.js';
import { registerSimulate } from './commands/simulate.js';
import { registerBacktest } from './commands/backtest.js';
import { finishRun, UsageError } from './output.js';
import { hintPerCommand, speakCommander } from './commanderText.js';
import { packageVersion, t, type Context } from './context.js';
import { OutputError, type Io } from './io.js';

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

export function buildProgram(ctx: Context): Command {
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
  registerValidate(program, ctx);
  registerVangnet(program, ctx);
  registerForecast(program, ctx);
  registerPlan(program, ctx);
  registerCompare(program, ctx);
  registerReport(program, ctx);
  registerCheck(program, ctx);
  registerInit(program, ctx);
  registerSimulate(program, ctx);
  registerBacktest(program, ctx);
  registerSchema(program, ctx);
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
    const program = buildProgram(ctx);
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return EXIT.usage;
    }
    const twice = repeatedOption(program, argv);
    if (twice) {
      const values = twice.values.filter((v) => v !== '').join(', ');
      throw new UsageError(
        t(ctx, `${twice.flag} is meer dan eens gegeven (${values}); geef het één keer`, `${twice.flag} is given more than once (${values}); give it once`),
      );
    }
    await program.parseAsync([...argv], { from: 'user' });
    await finishRun(ctx);
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
