// buig forecast: project volume, lasten, budget, saldo, tekort% and vangnet per year.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { diagnostic, exitCodeFor, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Forecast, ForecastProblem } from '../../domain/forecast/forecast.js';
import type { Scenario } from '../../domain/forecast/scenario.js';
import type { DataSet } from '../../domain/data.js';
import type { VangnetRule } from '../../domain/vangnet/rules.js';
import { planRunner } from '../../domain/plan/price.js';

type PlanRunner = Exclude<ReturnType<typeof planRunner>, { problems: unknown }>;
import { checkStarts, readActiesCsv, readActiesInline, type LocatedActie } from '../../read/acties.js';
import { readDataFolder } from '../../read/dataFolder.js';
import type { ScenarioRead } from '../../read/scenarioFile.js';
import { readScenarioFile } from '../../read/scenarioFile.js';
import { renderDiagnosticsText } from '../../render/diagnostics.js';
import { renderForecastCsv, renderForecastMarkdown, renderForecastTable } from '../../render/forecast.js';
import { forecastReport, type ForecastJson } from '../../report/forecast.js';
import { effectNotes } from '../../report/plan.js';
import { DEFAULT_SCENARIO, t, type Context } from '../context.js';
import { colourEnabled } from '../io.js';
import { renderForecastChart } from '../../render/chart.js';
import { monthsJson, renderMonthsCsv, renderMonthsMarkdown, renderMonthsTable } from '../../render/months.js';
import { addReportOptions, breedOption, emitReport, failWith, UsageError, writeOutput } from '../output.js';
import { loadRules } from '../rules.js';

export function problemDiagnostic(p: ForecastProblem, scenario: ScenarioRead, dataLabel: string): Diagnostic {
  switch (p.soort) {
    case 'horizon':
      return diagnostic('BUIG-E043', scenario.locate(['horizon', 'tot']), { value: p.horizon, last: p.laatste });
    case 'basisperiode':
      return diagnostic('BUIG-E044', scenario.locate(['basisperiode']), {
        van: p.van,
        tot: p.tot,
        series: p.reeks,
        months: p.maanden.length > 3 ? `${p.maanden[0]} .. ${p.maanden[p.maanden.length - 1]} (${p.maanden.length})` : p.maanden.join(', '),
        first: p.eerste,
        last: p.laatste,
      });
    case 'geen-budget':
      return diagnostic('BUIG-E034', { file: `${dataLabel}/budget.csv` }, { what: 'budget', jaar: p.jaar, name: 'budget.csv' });
    case 'te-weinig-maanden':
      return diagnostic('BUIG-E045', { file: `${dataLabel}/volume.csv` }, { months: p.maanden, first: p.eerste, last: p.laatste, minimum: p.minimum });
    case 'geen-volume':
      return diagnostic('BUIG-E034', { file: `${dataLabel}/volume.csv` }, { what: 'volume', name: 'volume.csv' });
  }
}

export interface LoadedScenario {
  scenario: ScenarioRead;
  /** How the scenario file is named in reports, and the data folder as a path from the cwd. */
  label: string;
  dataDir?: string;
  dataLabel: string;
  /** The folder of the scenario file, for paths inside it. */
  scenarioDir?: string;
  /** Run on a data folder with every assumption at its default (`--data DIR`). */
  fromData?: boolean;
}

/** What a run starts from: a scenario file, or a data folder with the default assumptions. */
export interface ScenarioSource {
  scenario?: string;
  data?: string;
}

/** Read a scenario file and check that its data folder exists; diagnostics into `diagnostics`. */
export function loadScenario(
  ctx: Context,
  source: ScenarioSource,
  diagnostics: Diagnostic[],
  fallback: { path: string; label: string } = { path: DEFAULT_SCENARIO, label: 'scenarios/deventer-basis.json' },
): LoadedScenario | undefined {
  if (source.data !== undefined && source.scenario !== undefined) {
    throw new UsageError(t(ctx, 'geef --scenario of --data, niet allebei (het scenario noemt zijn eigen datamap)', 'give --scenario or --data, not both (the scenario names its own data folder)'));
  }
  if (source.data !== undefined) return loadDataFolder(ctx, source.data, diagnostics);
  const file = source.scenario;
  const path = file === undefined ? fallback.path : resolve(ctx.io.cwd, file);
  const label = file ?? fallback.label;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    diagnostics.push(diagnostic('BUIG-E001', { file: label }, { reason: (e as NodeJS.ErrnoException).code ?? 'error', name: label, purpose: 'buig forecast --scenario' }));
    return undefined;
  }
  const scenario = readScenarioFile(label, bytes, ctx.lang);
  diagnostics.push(...scenario.diagnostics);
  if (!scenario.scenario || scenario.data === undefined) return { scenario, label, dataLabel: '' };
  const dataDir = resolve(dirname(path), scenario.data);
  const dataLabel = file === undefined ? 'data/deventer' : relative(ctx.io.cwd, dataDir) || '.';
  const scenarioDir = dirname(path);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    diagnostics.push(diagnostic('BUIG-E042', scenario.locate(['data']), { value: scenario.data, resolved: dataLabel }));
    return { scenario, label, dataLabel };
  }
  return { scenario, label, dataDir, dataLabel, scenarioDir };
}

/** `--data DIR`: the default scenario on a data folder, named after the gemeente once it is read. */
function loadDataFolder(ctx: Context, dir: string, diagnostics: Diagnostic[]): LoadedScenario | undefined {
  const dataDir = resolve(ctx.io.cwd, dir);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    diagnostics.push(diagnostic('BUIG-E029', { file: dir }, { dir }));
    return undefined;
  }
  const label = t(ctx, 'standaardaannames', 'default assumptions');
  const json = JSON.stringify({ naam: basename(dataDir), data: '.' });
  const read = readScenarioFile(label, new TextEncoder().encode(json), ctx.lang);
  // Problems of the default scenario belong to the data, not to a file the user never wrote.
  const scenario: ScenarioRead = { ...read, locate: () => ({ file: dir }) };
  return { scenario, label, dataDir, dataLabel: dir, fromData: true };
}

/** The acties of a scenario: a CSV beside it (E054 when missing), or inline. */
export function loadActies(ctx: Context, loaded: LoadedScenario, embedded: boolean, diagnostics: Diagnostic[]): LocatedActie[] {
  const plan = loaded.scenario.aanvalsplan;
  if (typeof plan === 'string') {
    const path = resolve(loaded.scenarioDir!, plan);
    const label = embedded ? `scenarios/${plan}` : relative(ctx.io.cwd, path);
    if (!existsSync(path)) {
      diagnostics.push(diagnostic('BUIG-E054', loaded.scenario.locate(['aanvalsplan']), { value: plan, resolved: label }));
      return [];
    }
    const r = readActiesCsv(label, readFileSync(path));
    diagnostics.push(...r.diagnostics);
    return r.acties;
  }
  if (Array.isArray(plan)) {
    const r = readActiesInline(plan, loaded.scenario.locate, ctx.lang);
    diagnostics.push(...r.diagnostics);
    return r.acties;
  }
  return [];
}

export interface Prepared {
  loaded: LoadedScenario & { dataDir: string };
  scenario: Scenario;
  acties: LocatedActie[];
  data: DataSet;
  runner: PlanRunner;
}

/**
 * Everything a scenario needs before it can be run: the file, its acties, its data folder, the
 * base run. Undefined when a problem stops it; the problems are in `diagnostics`.
 */
export function prepareScenario(
  ctx: Context,
  source: ScenarioSource,
  rules: readonly VangnetRule[],
  diagnostics: Diagnostic[],
  fallback?: { path: string; label: string },
): Prepared | undefined {
  const loaded = loadScenario(ctx, source, diagnostics, fallback);
  const read = loaded?.scenario.scenario;
  if (!loaded?.dataDir || !read || exitCodeFor(diagnostics) !== 0) return undefined;
  const dataDir = loaded.dataDir;
  const acties = loadActies(ctx, loaded, source.scenario === undefined && !loaded.fromData, diagnostics);
  if (exitCodeFor(diagnostics) !== 0) return undefined;

  const folder = readDataFolder(dataDir, ['forecast']);
  // Diagnostics name the data files as seen from where the user is.
  diagnostics.push(...folder.diagnostics.map((d) => ({ ...d, file: d.file.startsWith(dataDir) ? loaded.dataLabel + d.file.slice(dataDir.length) : d.file })));
  if (exitCodeFor(diagnostics) !== 0) return undefined;
  const scenario = loaded.fromData ? { ...read, naam: folder.data.gemeente?.naam ?? read.naam } : read;

  const runner = planRunner({ data: folder.data, scenario, rules });
  if ('problems' in runner) {
    diagnostics.push(...runner.problems!.map((p) => problemDiagnostic(p, loaded.scenario, loaded.dataLabel)));
    return undefined;
  }
  diagnostics.push(...checkStarts(acties, runner.ctx.eersteMaand, runner.base.horizon));
  if (exitCodeFor(diagnostics) !== 0) return undefined;
  return { loaded: { ...loaded, dataDir }, scenario, acties, data: folder.data, runner };
}

/** The scenario's forecast (with its aanvalsplan's effects) and its report. */
export function buildForecast(
  ctx: Context,
  source: ScenarioSource,
  rules: readonly VangnetRule[],
  diagnostics: Diagnostic[],
): { report: ForecastJson; forecast: Forecast; prepared: Prepared } | undefined {
  const prepared = prepareScenario(ctx, source, rules, diagnostics);
  if (!prepared) return undefined;
  const { loaded, scenario, acties, runner } = prepared;
  // With an aanvalsplan, the forecast is the scenario's: the base with its acties' effects.
  const run = acties.length ? runner.run(acties.map((a) => a.actie)) : undefined;
  const forecast = run?.forecast ?? runner.base;
  const report = forecastReport(forecast, scenario, { bestand: loaded.label, data: loaded.dataLabel }, ctx.lang);
  if (run) report.waarschuwingen.unshift(...effectNotes(run.effects, ctx.lang));
  if (acties.length) {
    report.aannames.push({
      sleutel: 'aanvalsplan',
      waarde: `${acties.length} acties`,
      herkomst: 'scenario',
      uitleg: t(ctx, 'de effecten van de acties zitten in de prognose; buig plan prijst ze per actie', 'the effects of the acties are in the projection; buig plan prices them per actie'),
    });
  }
  return { report, forecast, prepared };
}

export function registerForecast(program: Command, ctx: Context): void {
  addReportOptions(program.command('forecast'), ctx)
    .description(t(ctx, 'projecteer volume, lasten, budget, saldo, tekort% en vangnet per jaar', 'project volume, lasten, budget, saldo, tekort% and vangnet per year'))
    .option('--scenario <file>', t(ctx, 'scenariobestand (JSON); standaard het ingebouwde scenario Deventer basis', 'scenario file (JSON); default the embedded scenario Deventer basis'))
    .option('--data <dir>', t(ctx, 'een datamap met alle aannames op hun standaardwaarde, zonder scenariobestand', 'a data folder with every assumption at its default, without a scenario file'))
    .option('--rules <file>', t(ctx, 'JSON-bestand met vangnetregels (zie buig vangnet --help)', 'JSON file with vangnet rules (see buig vangnet --help)'))
    .addOption(breedOption(ctx))
    .addHelpText(
      'after',
      t(
        ctx,
        '\nVoorbeelden:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data mijn-gemeente\n  buig forecast --scenario mijn-scenario.json --format json --out prognose.json\n  buig forecast --chart prognose.svg\n\nHet scenarioformaat: buig schema.',
        '\nExamples:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data my-gemeente\n  buig forecast --scenario my-scenario.json --format json --out forecast.json\n  buig forecast --chart forecast.svg\n\nThe scenario format: buig schema.',
      ),
    )
    .option('--chart <file.svg>', t(ctx, 'schrijf ook een grafiek (SVG): volume per regeling en lasten tegen budget', 'also write a chart (SVG): volume per regeling and lasten against budget'))
    .option('--maanden', t(ctx, 'de tabel per maand: volume, instroom en uitstroom per regeling (json: alleen scenario en maanden)', 'the table per month: volume, instroom and uitstroom per regeling (json: only scenario and maanden)'))
    .action((opts: { scenario?: string; data?: string; rules?: string; format: string; out?: string; chart?: string; maanden?: boolean }) => {
      const diagnostics: Diagnostic[] = [];
      const rules = loadRules(ctx, opts.rules, diagnostics, 'buig forecast --rules');
      const built = exitCodeFor(diagnostics) === 0 ? buildForecast(ctx, opts, rules, diagnostics) : undefined;
      if (!built) return failWith(ctx, diagnostics, opts.out);
      ctx.io.stderr(renderDiagnosticsText(diagnostics, ctx.lang, colourEnabled(ctx.io)));
      if (opts.chart !== undefined) writeOutput(ctx, opts.chart, renderForecastChart(built.report, ctx.lang), 'SVG');
      const months = { table: renderMonthsTable, md: renderMonthsMarkdown, csv: renderMonthsCsv, json: monthsJson };
      emitReport(ctx, built.report, opts.maanden ? months : { table: renderForecastTable, md: renderForecastMarkdown, csv: renderForecastCsv }, opts);
    });
}
