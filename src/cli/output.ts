// Where a report goes: stdout, or a file written atomically, and never a file for a failed run.
// Nothing is written while the run is under way: every file and the report on stdout are kept
// until the run has ended (finishRun), so that a run that fails anywhere writes nothing.

import { Option, type Command } from 'commander';
import type { Env } from '../app/outcome.js';
import { UsageError } from '../app/outcome.js';
import { t, type Context } from './context.js';
import { colourEnabled, writeFilesAtomic } from './io.js';
import { exitCodeFor, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import type { CsvStyle } from '../render/csv.js';
import { D, formatNumber } from '../money.js';

/** A mistake in how the command was called: the CLI prints it and exits 64. */
export { UsageError } from '../app/outcome.js';

export const FORMATS = ['table', 'csv', 'csv-nl', 'json', 'md'] as const;

/** --format; `xlsx` only for the commands that write a workbook (forecast, plan, compare). */
export function formatOption(ctx: Context, xlsx = false): Option {
  const help = xlsx
    ? t(
        ctx,
        'uitvoerformaat (csv-nl: puntkomma, decimale komma, BOM: voor Nederlandse Excel; xlsx: een Excel-werkmap, met --out BESTAND.xlsx)',
        'output format (csv-nl: semicolon, decimal comma, BOM: for Dutch Excel; xlsx: an Excel workbook, with --out FILE.xlsx)',
      )
    : t(ctx, 'uitvoerformaat (csv-nl: puntkomma, decimale komma, BOM: voor Nederlandse Excel)', 'output format (csv-nl: semicolon, decimal comma, BOM: for Dutch Excel)');
  return new Option('--format <format>', help).choices(xlsx ? [...FORMATS, 'xlsx'] : FORMATS).default('table');
}

/** What a --format is called in the notice of a written file. */
function kindOfFormat(ctx: Context, format: string): string {
  const kinds: Record<string, string> = { table: t(ctx, 'tekst', 'text'), csv: 'CSV', 'csv-nl': 'csv-nl', json: 'JSON', md: 'Markdown', html: 'HTML', docx: 'Word', xlsx: 'Excel' };
  return kinds[format] ?? format;
}

/** Without a format: the kind from the file name, if it says one. */
function kindOfPath(ctx: Context, path: string): string | undefined {
  const kinds: Record<string, string> = { json: 'JSON', md: 'Markdown', svg: 'SVG', png: 'PNG', csv: 'CSV', html: 'HTML', docx: 'Word', xlsx: 'Excel', txt: t(ctx, 'tekst', 'text') };
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : kinds[ext];
}

/** `850 bytes`, `4,3 kB`, `12 kB`, `1,2 MB` (1 kB = 1000 bytes). */
function sizeText(ctx: Context, bytes: number): string {
  const n = D(bytes);
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 10_000) return `${formatNumber(n.div(1000), 1, ctx.lang)} kB`;
  if (bytes < 1_000_000) return `${formatNumber(n.div(1000), 0, ctx.lang)} kB`;
  return `${formatNumber(n.div(1_000_000), 1, ctx.lang)} MB`;
}

/**
 * An output file of the run, written when the run has ended and succeeded (finishRun), with the
 * other files of the run, and then named on stderr: `buig: geschreven: rapport.md (Markdown, 12 kB)`.
 * Every file buig writes goes through here; `notice: false` writes it without the notice.
 */
export function writeOutput(ctx: Context, path: string, content: string | Uint8Array, kind?: string, notice = true): void {
  ctx.pending.files.push({ path, content, ...(kind !== undefined ? { kind } : {}), notice });
}

/** The report to stdout (at the end of the run), or to the file `out` (only for a run that succeeded); `format` names it. */
export function emit(ctx: Context, report: string | Buffer, out: string | undefined, succeeded: boolean, format?: string): void {
  if (out === undefined) {
    ctx.pending.stdout.push(report.toString());
    return;
  }
  if (!succeeded) {
    ctx.io.stderr(notWritten(ctx, out));
    return;
  }
  writeOutput(ctx, out, report, format === undefined ? undefined : kindOfFormat(ctx, format));
}

const notWritten = (ctx: Context, path: string) => t(ctx, `${path} is niet geschreven: de run is mislukt\n`, `${path} was not written: the run failed\n`);

/**
 * The end of a run: its files, all or none (an OutputError when one cannot be written), then what
 * it has for stdout and its closing words on stderr. A run that failed writes no file.
 */
export async function finishRun(ctx: Context): Promise<void> {
  const { files, stdout, after } = ctx.pending;
  if (ctx.exitCode !== 0) {
    for (const f of files) ctx.io.stderr(notWritten(ctx, f.path));
  } else if (files.length > 0) {
    await writeFilesAtomic(ctx.io, ctx.lang, files);
    for (const f of files.filter((x) => x.notice)) {
      const size = typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength;
      const what = [f.kind ?? kindOfPath(ctx, f.path), sizeText(ctx, size)].filter((x) => x !== undefined).join(', ');
      ctx.io.stderr(`buig: ${t(ctx, 'geschreven', 'wrote')}: ${f.path} (${what})\n`);
    }
  }
  for (const text of stdout) ctx.io.stdout(text);
  for (const text of after) ctx.io.stderr(text);
}

/** --breed, for the commands whose csv has a row per grootheid. */
export function breedOption(ctx: Context): Option {
  return new Option('--breed', t(ctx, 'csv en csv-nl breed: een kolom per grootheid in plaats van een rij per grootheid', 'csv and csv-nl wide: a column per quantity instead of a row per quantity'));
}

/** --format and --out, as every reporting command takes them; `xlsx` adds the workbook format. */
export function addReportOptions(command: Command, ctx: Context, xlsx = false): Command {
  return command
    .addOption(formatOption(ctx, xlsx))
    .option('--out <file>', t(ctx, 'schrijf het rapport naar een bestand (atomair; niet bij een mislukte run)', 'write the report to a file (atomically; not for a failed run)'));
}

export interface Renderers<R> {
  table: (report: R, lang: Context['lang'], colour: boolean) => string;
  md: (report: R, lang: Context['lang']) => string;
  csv: (report: R, style?: CsvStyle) => string;
  /** What --format json prints; the report itself when not given. */
  json?: (report: R) => unknown;
}

const isXlsxPath = (path: string) => /\.xlsx$/i.test(path);

/**
 * The file a workbook goes to, checked before the run: --format xlsx writes binary, so it needs
 * --out FILE.xlsx; an .xlsx file of another format would not open in Excel. Undefined when the
 * format is not xlsx.
 */
export function workbookOut(ctx: Context, opts: { format: string; out?: string; breed?: boolean }): string | undefined {
  if (opts.format !== 'xlsx') {
    if (opts.out !== undefined && isXlsxPath(opts.out)) {
      throw new UsageError(t(ctx, `--out ${opts.out}: een .xlsx-bestand is een Excel-werkmap; geef --format xlsx`, `--out ${opts.out}: an .xlsx file is an Excel workbook; give --format xlsx`));
    }
    return undefined;
  }
  if (opts.out === undefined) {
    throw new UsageError(t(ctx, '--format xlsx schrijft een Excel-werkmap naar een bestand: geef --out BESTAND.xlsx', '--format xlsx writes an Excel workbook to a file: give --out FILE.xlsx'));
  }
  if (!isXlsxPath(opts.out)) throw new UsageError(t(ctx, `--out ${opts.out}: een Excel-werkmap heeft de extensie .xlsx`, `--out ${opts.out}: an Excel workbook has the extension .xlsx`));
  if (opts.breed) throw new UsageError(t(ctx, '--breed hoort bij --format csv of csv-nl', '--breed goes with --format csv or csv-nl'));
  return opts.out;
}

/** Write a workbook (a run that succeeded) to the file `workbookOut` checked. */
export function emitWorkbook(ctx: Context, out: string, bytes: Uint8Array): void {
  ctx.exitCode = 0;
  writeOutput(ctx, out, bytes, 'Excel');
}

/** Render a report in the chosen format (JSON is the report itself) and emit it. */
export function emitReport<R>(ctx: Context, report: R, renderers: Renderers<R>, opts: { format: string; out?: string; breed?: boolean }): void {
  const csv = opts.format === 'csv' || opts.format === 'csv-nl';
  if (opts.breed && !csv) throw new UsageError(t(ctx, '--breed hoort bij --format csv of csv-nl', '--breed goes with --format csv or csv-nl'));
  const text =
    opts.format === 'json'
      ? JSON.stringify(renderers.json ? renderers.json(report) : report, null, 2) + '\n'
      : opts.format === 'md'
        ? renderers.md(report, ctx.lang)
        : csv
          ? renderers.csv(report, { dutch: opts.format === 'csv-nl', breed: opts.breed === true })
          : renderers.table(report, ctx.lang, colourEnabled(ctx.io) && opts.out === undefined);
  ctx.exitCode = 0;
  emit(ctx, text, opts.out, true, opts.format);
}

/** A run that failed on its input: print the diagnostics, set 65/66, write no output file. */
export function failWith(ctx: Context, diagnostics: readonly Diagnostic[], out: string | undefined): void {
  ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));
  ctx.exitCode = exitCodeFor(diagnostics) || 65;
  if (out !== undefined) emit(ctx, '', out, false);
}

/** What the application pipeline needs of the command line. */
export const envOf = (ctx: Context): Env => ({ cwd: ctx.io.cwd, lang: ctx.lang });

/** Warnings of a run that succeeded still go to stderr. */
export function showDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): void {
  ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));
}
