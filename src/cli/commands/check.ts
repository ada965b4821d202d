// buig check: compare figures of scenario forecasts with expected values, like a balance
// assertion. Silent with exit 0 when every expectation holds; otherwise expected, actual and the
// difference per deviation, and exit 1. A malformed file: diagnostics and exit 65.

import type { Command } from 'commander';
import { runCheck } from '../../app/check.js';
import { exitCodeFor } from '../../diagnostics/diagnostic.js';
import { renderDeviations } from '../../render/check.js';
import { checkExpectations } from '../../report/check.js';
import { t, type Context } from '../context.js';
import { envOf, failWith, showDiagnostics } from '../output.js';

export function registerCheck(command: Command, ctx: Context): void {
  command
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeeld:\n  buig check test/verwachtingen/deventer.csv\n\nBestand:\n  scenario,jaar,grootheid,verwacht,tolerantie\n  ../../scenarios/deventer-basis.json,2022,vangnet.vangnet,444700,0\n\nExitcodes: 0 alles klopt, 1 een verwachting klopt niet, 65 fout in het bestand, 66 bestand niet te openen.',
        '\nExample:\n  buig check test/verwachtingen/deventer.csv\n\nFile:\n  scenario,jaar,grootheid,verwacht,tolerantie\n  ../../scenarios/deventer-basis.json,2022,vangnet.vangnet,444700,0\n\nExit codes: 0 all hold, 1 an expectation does not hold, 65 error in the file, 66 cannot open the file.',
      ),
    )
    .action((file: string) => {
      const { value: run, diagnostics } = runCheck(envOf(ctx), file);
      const checked = run ? checkExpectations(run) : undefined;
      if (checked) diagnostics.push(...checked.diagnostics);
      if (!checked || exitCodeFor(diagnostics) !== 0) return failWith(ctx, diagnostics, undefined);
      ctx.io.stderr(renderDeviations(file, checked.deviations, ctx.lang));
      // Warnings of the input (not deviations) are shown, but a passing check stays silent on stdout.
      if (diagnostics.length) showDiagnostics(ctx, diagnostics);
      ctx.exitCode = checked.deviations.length ? 1 : 0;
    });
}
