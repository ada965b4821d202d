// The chart as a file: SVG as it is, PNG rendered with a font of this machine. The kind comes
// from the file name; anything else is a usage error, found before the run.

import { diagnostic } from '../diagnostics/diagnostic.js';
import { svgToPng, type Picture } from '../render/png.js';
import { t, type Context } from './context.js';
import { findChartFont } from './fonts.js';
import { showDiagnostics, UsageError, writeOutput } from './output.js';

export type ChartKind = 'svg' | 'png';

/** The kind of chart a file name asks for; a usage error for any other name. */
export function chartKind(ctx: Context, path: string): ChartKind {
  const ext = /\.(svg|png)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'svg' || ext === 'png') return ext;
  throw new UsageError(t(ctx, `--chart ${path}: de grafiek wordt .svg of .png`, `--chart ${path}: the chart is written as .svg or .png`));
}

/** The chart as a picture; without a font on this machine it has no text, and `at` gets a warning. */
export function chartPicture(ctx: Context, svg: string, at: string): Picture {
  const font = findChartFont(ctx.io);
  if (!font) showDiagnostics(ctx, [diagnostic('BUIG-W110', { file: at })]);
  return svgToPng(svg, font);
}

/** Write the chart to `path`, as SVG or PNG by its name. */
export function writeChart(ctx: Context, path: string, svg: string): void {
  if (chartKind(ctx, path) === 'svg') writeOutput(ctx, path, svg, 'SVG');
  else writeOutput(ctx, path, chartPicture(ctx, svg, path).png, 'PNG');
}
