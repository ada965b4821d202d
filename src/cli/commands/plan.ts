// buig plan: price the aanvalsplan of a scenario, per actie and in total, per year.

import { Command } from 'commander';
import { diagnostic, exitCodeFor, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { pricePlan, solveExits, type Doel } from '../../domain/plan/price.js';
import { D } from '../../money.js';
import { addMonths, parseMonth, type Month } from '../../period.js';
import { renderDiagnosticsText } from '../../render/diagnostics.js';
import { renderPlanCsv, renderPlanMarkdown, renderPlanTable } from '../../render/plan.js';
import { planReport } from '../../report/plan.js';
import { DEFAULT_PLAN_SCENARIO, t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { addReportOptions, breedOption, emitReport, failWith, UsageError } from '../output.js';
import { loadRules } from '../rules.js';
import { prepareScenario, problemDiagnostic } from './forecast.js';

/** `--doel 2024:saldo` or `--doel 2024:tekort_pct<=7.5`. */
function parseDoel(ctx: Context, text: string): { jaar: number; doel: Doel } {
  const m = /^(\d{4}):(saldo(?:>=0)?|tekort_pct<=(-?\d+(?:[.,]\d+)?))$/.exec(text.trim());
  if (!m) throw new UsageError(t(ctx, `--doel: '${text}' moet de vorm JAAR:saldo of JAAR:tekort_pct<=X hebben`, `--doel: '${text}' must look like YEAR:saldo or YEAR:tekort_pct<=X`));
  return { jaar: Number(m[1]), doel: m[3] !== undefined ? { soort: 'tekort_pct', max: D(m[3].replace(',', '.')) } : { soort: 'saldo' } };
}

export function registerPlan(program: Command, ctx: Context): void {
  addReportOptions(program.command('plan'), ctx)
    .description(t(ctx, 'prijs het aanvalsplan van een scenario: per actie en in totaal, per jaar, met het vangnet erin', 'price the aanvalsplan of a scenario: per actie and in total, per year, with the vangnet in the loop'))
    .option('--scenario <file>', t(ctx, 'scenariobestand met een aanvalsplan; standaard het ingebouwde Deventer-aanvalsplan', 'scenario file with an aanvalsplan; default the embedded Deventer aanvalsplan'))
    .option('--data <dir>', t(ctx, 'een datamap met de standaardaannames (zonder aanvalsplan: alleen met --doel)', 'a data folder with the default assumptions (no aanvalsplan: only with --doel)'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels', 'JSON file with vangnet rules'))
    .addOption(breedOption(ctx))
    .option('--doel <jaar:doel>', t(ctx, 'zoek de kleinste extra uitstroom per maand voor een doel: 2024:saldo of 2024:tekort_pct<=7,5', 'find the smallest extra uitstroom a month for a target: 2024:saldo or 2024:tekort_pct<=7.5'))
    .option('--vanaf <maand>', t(ctx, 'vanaf welke maand de extra uitstroom van --doel loopt (standaard: de eerste maand van de prognose)', 'the month the extra uitstroom of --doel starts (default: the first projected month)'))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig plan\n  buig plan --scenario scenarios/deventer-aanvalsplan.json --format md\n  buig plan --doel 2024:saldo --vanaf 2023-07\n\nHet aanvalsplan: een CSV met code, naam, hefboom (instroom|uitstroom|lks|verlaging), aantal, start, ingroei_maanden, ...; zie README.md.',
        '\nExamples:\n  buig plan\n  buig plan --scenario scenarios/deventer-aanvalsplan.json --format md\n  buig plan --doel 2024:saldo --vanaf 2023-07\n\nThe aanvalsplan: a CSV with code, naam, hefboom (instroom|uitstroom|lks|verlaging), aantal, start, ingroei_maanden, ...; see README.md.',
      ),
    )
    .action((opts: { scenario?: string; data?: string; rules?: string; doel?: string; vanaf?: string; format: string; out?: string }) => {
      const doel = opts.doel !== undefined ? parseDoel(ctx, opts.doel) : undefined;
      let vanaf: Month | undefined;
      if (opts.vanaf !== undefined) {
        const parsed = parseMonth(opts.vanaf);
        if (!parsed.ok) throw new UsageError(t(ctx, `--vanaf: '${opts.vanaf}' is geen maand (JJJJ-MM)`, `--vanaf: '${opts.vanaf}' is not a month (YYYY-MM)`));
        vanaf = parsed.month;
      }

      const diagnostics: Diagnostic[] = [];
      const fail = () => failWith(ctx, diagnostics, opts.out);
      const rules = loadRules(ctx, opts.rules, diagnostics, 'buig plan --rules');
      const prepared = exitCodeFor(diagnostics) === 0 ? prepareScenario(ctx, opts, rules, diagnostics, { path: DEFAULT_PLAN_SCENARIO, label: 'scenarios/deventer-aanvalsplan.json' }) : undefined;
      if (!prepared) return fail();
      const { loaded, scenario, acties } = prepared;
      const read = loaded.scenario;
      // Nothing to price: an empty table with exit 0 would read as "the plan does nothing".
      if (acties.length === 0 && !doel) {
        const where = read.aanvalsplan !== undefined ? read.locate(['aanvalsplan']) : read.locate([]);
        diagnostics.push(diagnostic('BUIG-E055', where));
        return fail();
      }
      const input = { data: prepared.data, scenario, rules, acties: acties.map((a) => a.actie) };
      const outcome = pricePlan(input);
      if ('problems' in outcome) {
        diagnostics.push(...outcome.problems.map((p) => problemDiagnostic(p, read, loaded.dataLabel)));
        return fail();
      }
      const pricing = outcome.pricing;
      const first = addMonths(pricing.base.laatsteMaand, 1);

      let oplossing;
      if (doel) {
        const years = pricing.base.jaren.filter((j) => j.soort === 'prognose').map((j) => j.jaar);
        if (!years.includes(doel.jaar)) throw new UsageError(t(ctx, `--doel: ${doel.jaar} is geen jaar van de prognose (${years.join(', ')})`, `--doel: ${doel.jaar} is not a projected year (${years.join(', ')})`));
        const start = vanaf ?? first;
        if (start < first || start > pricing.base.horizon) throw new UsageError(t(ctx, `--vanaf: ${start} ligt buiten de prognose (${first} tot en met ${pricing.base.horizon})`, `--vanaf: ${start} is outside the projection (${first} to ${pricing.base.horizon})`));
        const solved = solveExits(input, doel.jaar, doel.doel, start);
        if (!('problems' in solved)) oplossing = solved;
      }

      ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));
      const report = planReport(pricing, { naam: scenario.naam, bestand: loaded.label }, ctx.lang, {
        ...(read.taakstelling ? { taakstelling: read.taakstelling } : {}),
        ...(oplossing ? { oplossing } : {}),
      });
      emitReport(ctx, report, { table: renderPlanTable, md: renderPlanMarkdown, csv: renderPlanCsv }, opts);
    });
}
