// buig validate: check every input file of a data folder and print all problems at once.

import { BoxTable as Table } from '../../render/table.js';
import type { Command } from 'commander';
import { exitCodeFor, hintOf, locationOf, messageOf, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { validate } from '../../app/validate.js';
import { countSummary, diagnosticsToJson, renderDiagnosticsText } from '../../render/diagnostics.js';
import { toCsv } from '../../render/csv.js';
import { mdTable } from '../../render/markdown.js';
import { t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { addReportOptions, emit, envOf, UsageError } from '../output.js';

export function registerValidate(command: Command, ctx: Context): void {
  addReportOptions(command, ctx)
    .option(
      '--data <dir>',
      t(
        ctx,
        'datamap met budget.csv, lasten.csv, volume.csv, stromen.csv (standaard: de ingebouwde Deventer-data)',
        'data folder with budget.csv, lasten.csv, volume.csv, stromen.csv (default: the embedded Deventer data)',
      ),
    )
    .option('--scenario <file>', t(ctx, 'controleer een scenario: het bestand, zijn aanvalsplan en zijn datamap', 'check a scenario: the file, its aanvalsplan and its data folder'))
    .option('--strict', t(ctx, 'waarschuwingen tellen als fouten (exit 65)', 'warnings count as errors (exit 65)'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig validate --data data/deventer\n  buig validate --data mijn-gemeente --format json\n  buig validate --scenario scenarios/deventer-aanvalsplan.json\n\nExitcodes: 0 schoon (waarschuwingen mogen), 65 fouten in de gegevens, 66 bestand of map niet te openen.',
        '\nExamples:\n  buig validate --data data/deventer\n  buig validate --data my-gemeente --format json\n  buig validate --scenario scenarios/deventer-aanvalsplan.json\n\nExit codes: 0 clean (warnings allowed), 65 data errors, 66 a file or folder cannot be opened.',
      ),
    )
    .action((opts: { data?: string; scenario?: string; format: string; out?: string; strict?: boolean }) => {
      if (opts.data !== undefined && opts.scenario !== undefined) {
        throw new UsageError(t(ctx, 'kies --data of --scenario; een scenario noemt zijn eigen datamap', 'choose --data or --scenario; a scenario names its own data folder'));
      }
      const read = validate(envOf(ctx), opts);
      const ds = sortDiagnostics(read.diagnostics);
      const code = exitCodeFor(ds, opts.strict);
      const lang = ctx.lang;

      let report: string;
      if (opts.format === 'json') {
        report = JSON.stringify(diagnosticsToJson(ds, lang), null, 2) + '\n';
      } else if (opts.format === 'csv' || opts.format === 'csv-nl') {
        report = toCsv(
          ['code', 'severity', 'file', 'line', 'column', 'message', 'hint'],
          ds.map((d) => [d.code, d.severity, d.file, d.line ?? '', d.column ?? '', messageOf(d, lang), hintOf(d, lang)]),
          { dutch: opts.format === 'csv-nl' },
        );
      } else if (opts.format === 'md') {
        report = mdTable(
          [t(ctx, 'code', 'code'), t(ctx, 'plaats', 'location'), t(ctx, 'melding', 'message')],
          ds.map((d) => [d.code, locationOf(d), messageOf(d, lang)]),
        );
      } else {
        // Problems go to stderr like a compiler's; the summary of what was read to stdout.
        ctx.io.stderr(renderDiagnosticsText(ds, lang, colourEnabled(ctx.io)));
        const table = new Table({
          head: [t(ctx, 'bestand', 'file'), t(ctx, 'regels', 'rows'), t(ctx, 'scheidingsteken', 'delimiter'), t(ctx, 'codering', 'encoding')],
          style: { head: colourEnabled(ctx.io) ? ['bold'] : [], border: colourEnabled(ctx.io) ? ['grey'] : [] },
        });
        // A workbook: the sheet read beside the file; it has no delimiter.
        for (const f of read.files)
          table.push([f.sheet !== undefined ? `${f.file} (${f.sheet})` : f.file, f.rows, f.sheet !== undefined ? '' : (f.dialect?.delimiter ?? ''), f.dialect?.encoding ?? '']);
        report = (read.files.length ? table.toString() + '\n' : '') + `${opts.scenario ?? opts.data ?? 'data/deventer'}: ${countSummary(ds, lang)}\n`;
      }
      ctx.exitCode = code;
      emit(ctx, report, opts.out, code === 0);
    });
}
