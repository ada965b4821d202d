// The chart as a PNG picture, for Word (older versions cannot place SVG) and for --chart FILE.png:
// the SVG rendered by resvg with fonts that exist on the machine, found by the command line
// (src/cli/fonts.ts) and passed in. Without a font the picture has no text; the caller warns.

import { createRequire } from 'node:module';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvgModule: ResvgModule | undefined;
/** resvg (a native module), loaded the first time a PNG is made: a run without one never loads it. */
const resvgOf = (): ResvgModule => (resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule);

export interface ChartFont {
  family: string;
  files: string[];
}

export interface Picture {
  png: Buffer;
  /** The size in pixels of the SVG, before `scale`: the size to show it at. */
  width: number;
  height: number;
}

/** Render at `scale` times the SVG's size, so that the picture stays sharp when printed. */
export function svgToPng(svg: string, font: ChartFont | undefined, scale = 2): Picture {
  const resvg = new (resvgOf().Resvg)(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: font ? { loadSystemFonts: false, fontFiles: font.files, defaultFontFamily: font.family, sansSerifFamily: font.family } : { loadSystemFonts: false },
  });
  const rendered = resvg.render();
  return { png: Buffer.from(rendered.asPng()), width: resvg.width, height: resvg.height };
}
