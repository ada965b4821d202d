// buig schema: the JSON Schema of the scenario file, for editors.

import type { Command } from 'commander';
import { scenarioJsonSchema } from '../../read/scenarioFile.js';
import { t, type Context } from '../context.js';
import { emit } from '../output.js';

export function registerSchema(command: Command, ctx: Context): void {
  command
    .option('--out <file>', t(ctx, 'schrijf het schema naar een bestand (atomair)', 'write the schema to a file (atomically)'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeeld:\n  buig schema --out scenario.schema.json\n  (en in het scenario: "$schema": "./scenario.schema.json")',
        '\nExample:\n  buig schema --out scenario.schema.json\n  (and in the scenario: "$schema": "./scenario.schema.json")',
      ),
    )
    .action((opts: { out?: string }) => {
      emit(ctx, JSON.stringify(scenarioJsonSchema(), null, 2) + '\n', opts.out, true);
    });
}
