// What `buig report` writes: the document in Markdown (the chart beside it), HTML (the chart
// inline) or Word (the chart as a picture), each from the one document structure.

import { basename, dirname, relative, resolve } from 'node:path';
import type { ReportRun } from '../app/report.js';
import { renderForecastChart } from '../render/chart.js';
import { simulateReport } from '../report/simulate.js';
import { buildReportDocument } from '../render/document/build.js';
import { renderDocumentDocx } from '../render/document/docx.js';
import { renderDocumentHtml } from '../render/document/html.js';
import { renderDocumentMarkdown } from '../render/document/markdown.js';
import { basisRunReport, forecastRunReport } from '../report/forecast.js';
import { planReport } from '../report/plan.js';
import { chartKind, chartPicture, writeChart } from './chart.js';
import { packageVersion, t, type Context } from './context.js';
import { emit, UsageError } from './output.js';

export const REPORT_FORMATS = ['md', 'html', 'docx'] as const;

export interface ReportOptions {
  scenario?: string;
  data?: string;
  rules?: string;
  format: string;
  out?: string;
  chart?: string;
  chartIndex?: boolean;
}

/** Problems with the options themselves, before anything runs. */
export function checkReportOptions(ctx: Context, opts: ReportOptions): void {
  if (opts.format === 'docx' && opts.out === undefined) {
    throw new UsageError(t(ctx, '--format docx maakt een Word-bestand: geef --out BESTAND.docx', '--format docx makes a Word file: give --out FILE.docx'));
  }
  if (opts.chart !== undefined) chartKind(ctx, opts.chart);
}

/** The command line that makes this report again, as the user gave it (for the appendix). */
function commandLine(opts: ReportOptions): string {
  const parts = ['buig report'];
  if (opts.scenario !== undefined) parts.push(`--scenario ${opts.scenario}`);
  if (opts.data !== undefined) parts.push(`--data ${opts.data}`);
  if (opts.rules !== undefined) parts.push(`--rules ${opts.rules}`);
  if (opts.format !== 'md') parts.push(`--format ${opts.format}`);
  if (opts.out !== undefined) parts.push(`--out ${opts.out}`);
  if (opts.chartIndex) parts.push('--chart-index');
  return parts.join(' ');
}

export async function writeReport(ctx: Context, run: ReportRun, opts: ReportOptions): Promise<void> {
  const forecast = forecastRunReport(run.run);
  const { scenario, loaded, data } = run.run.prepared;
  const taakstelling = loaded.scenario.taakstelling;
  const plan = run.pricing ? planReport(run.pricing, { naam: scenario.naam, bestand: loaded.label ?? null }, taakstelling ? { taakstelling } : {}) : undefined;
  const gemeente = data.gemeente?.naam;
  const basis = basisRunReport(run.run);
  const svg = renderForecastChart(forecast, ctx.lang, { ...(gemeente ? { gemeente } : {}), ...(basis ? { basis } : {}), ...(opts.chartIndex ? { index: true } : {}) });
  // Markdown refers to a chart file beside it; HTML and Word carry the chart inside.
  const chartPath = opts.chart ?? (opts.format === 'md' && opts.out !== undefined ? opts.out.replace(/\.md$/i, '') + '.svg' : undefined);
  const hasChart = opts.format !== 'md' || chartPath !== undefined;
  const onzekerheid = run.simulatie ? { onzekerheid: simulateReport(run.simulatie) } : {};
  const doc = buildReportDocument(
    { forecast, ...(plan ? { plan } : {}), ...(gemeente ? { gemeente } : {}), ...onzekerheid, version: packageVersion(), command: commandLine(opts), chart: hasChart },
    ctx.lang,
  );
  if (chartPath !== undefined) writeChart(ctx, chartPath, svg);
  if (opts.format === 'docx') {
    emit(ctx, await renderDocumentDocx(doc, ctx.lang, chartPicture(ctx, svg, opts.out!)), opts.out, true, 'docx');
  } else if (opts.format === 'html') {
    emit(ctx, renderDocumentHtml(doc, ctx.lang, svg), opts.out, true, 'html');
  } else {
    // The document refers to the chart as seen from where the document is.
    const reference =
      chartPath === undefined ? undefined : opts.out !== undefined ? relative(dirname(resolve(ctx.io.cwd, opts.out)), resolve(ctx.io.cwd, chartPath)) || basename(chartPath) : chartPath;
    emit(ctx, renderDocumentMarkdown(doc, reference), opts.out, true, 'md');
  }
}
