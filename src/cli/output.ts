// Where a report goes: stdout, or a file written atomically, and never a file for a failed run.

import { Option, type Command } from 'commander';
import { t, type Context } from './context.js';
import { writeFileAtomic } from './io.js';

/** A mistake in how the command was called: the CLI prints it and exits 64. */
export class UsageError extends Error {}

export const FORMATS = ['table', 'csv', 'json', 'md'] as const;

export function formatOption(ctx: Context): Option {
  return new Option('--format <format>', t(ctx, 'uitvoerformaat', 'output format')).choices(FORMATS).default('table');
}

export function emit(ctx: Context, report: string, out: string | undefined, succeeded: boolean): void {
  if (out === undefined) {
    ctx.io.stdout(report);
    return;
  }
  if (!succeeded) {
    ctx.io.stderr(t(ctx, `${out} is niet geschreven: de run is mislukt\n`, `${out} was not written: the run failed\n`));
    return;
  }
  writeFileAtomic(ctx.io, out, report);
}

/** --format and --out, as every reporting command takes them. */
export function addReportOptions(command: Command, ctx: Context): Command {
  return command
    .addOption(formatOption(ctx))
    .option('--out <file>', t(ctx, 'schrijf het rapport naar een bestand (atomair; niet bij een mislukte run)', 'write the report to a file (atomically; not for a failed run)'));
}
