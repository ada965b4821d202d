// buig init: a starter data folder (headers, an example row, a comment per file) and a
// commented scenario, so that a new user's first forecast needs no other document.

import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { starterFiles } from '../../app/starter.js';
import { t, type Context } from '../context.js';
import { OutputError } from '../io.js';
import { writeOutput } from '../output.js';

export function registerInit(command: Command, ctx: Context): void {
  command
    .option('--gemeente <naam>', t(ctx, 'naam van de gemeente (standaard: de naam van de map)', 'name of the gemeente (default: the name of the folder)'))
    .option('--excel', t(ctx, 'bestanden zoals Nederlandse Excel ze bewaart: puntkomma, decimale komma', 'files as Dutch Excel saves them: semicolon, decimal comma'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeeld:\n  buig init mijn-gemeente --gemeente Zutphen\n  (vul de bestanden, dan:)\n  buig validate --data mijn-gemeente\n  buig forecast --data mijn-gemeente\n\nBestaande bestanden worden nooit overschreven.',
        '\nExample:\n  buig init my-gemeente --gemeente Zutphen\n  (fill in the files, then:)\n  buig validate --data my-gemeente\n  buig forecast --data my-gemeente\n\nExisting files are never overwritten.',
      ),
    )
    .action((dir: string, opts: { gemeente?: string; excel?: boolean }) => {
      const target = resolve(ctx.io.cwd, dir);
      const files = starterFiles({ gemeente: opts.gemeente ?? basename(target), excel: opts.excel === true, lang: ctx.lang });
      // All or nothing: refuse before writing anything when one of the files is there already.
      for (const name of files.keys()) {
        if (existsSync(join(target, name))) throw new OutputError(join(dir, name), t(ctx, 'bestaat al; buig init overschrijft niets', 'exists already; buig init overwrites nothing'));
      }
      for (const [name, content] of files) writeOutput(ctx, join(dir, name), content, undefined, false);
      ctx.pending.after.push(
        t(
          ctx,
          `buig: ${dir} gemaakt met ${[...files.keys()].join(', ')}.\nVul de bestanden met uw eigen cijfers (minstens 13 maanden volume en stromen), dan:\n  buig validate --data ${dir}\n  buig forecast --data ${dir}\n`,
          `buig: made ${dir} with ${[...files.keys()].join(', ')}.\nFill in the files with your own figures (at least 13 months of volume and stromen), then:\n  buig validate --data ${dir}\n  buig forecast --data ${dir}\n`,
        ),
      );
      ctx.exitCode = 0;
    });
}
