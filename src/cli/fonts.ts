// Which font the PNG chart can use: a sans-serif that exists on this machine, looked up in the
// usual font folders of Linux, macOS and Windows. The chart's SVG asks for Helvetica or Arial;
// Liberation Sans has Arial's metrics, so it comes first where it exists.

import { readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { ChartFont } from '../render/png.js';
import type { Io } from './io.js';

const CANDIDATES: { family: string; files: RegExp }[] = [
  { family: 'Liberation Sans', files: /^LiberationSans-(Regular|Bold)\.ttf$/ },
  { family: 'Arial', files: /^(arial|arialbd|Arial|Arial Bold)\.ttf$/ },
  { family: 'Helvetica', files: /^Helvetica\.ttc$/ },
  { family: 'DejaVu Sans', files: /^DejaVuSans(-Bold)?\.ttf$/ },
  { family: 'Noto Sans', files: /^NotoSans-(Regular|Bold)\.ttf$/ },
];

/** The folders to look in: BUIG_FONTS (folders separated as in PATH) when set, else the usual ones. */
function fontFolders(io: Io): string[] {
  if (io.env.BUIG_FONTS !== undefined) return io.env.BUIG_FONTS.split(delimiter).filter((d) => d !== '');
  const home = io.env.HOME ?? io.env.USERPROFILE;
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    ...(home ? [join(home, '.fonts'), join(home, '.local', 'share', 'fonts'), join(home, 'Library', 'Fonts')] : []),
    '/Library/Fonts',
    '/System/Library/Fonts',
    join(io.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
  ];
}

/** Every file under the font folders (a few levels deep), by name. */
function fontFiles(io: Io): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a folder that is not there on this machine
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(join(dir, e.name), depth + 1);
      else if (e.isFile()) out.push({ name: e.name, path: join(dir, e.name) });
    }
  };
  for (const dir of fontFolders(io)) walk(dir, 0);
  return out;
}

/** The first candidate family with a file on this machine, or undefined when there is none. */
export function findChartFont(io: Io): ChartFont | undefined {
  const files = fontFiles(io);
  for (const c of CANDIDATES) {
    const found = files.filter((f) => c.files.test(f.name)).map((f) => f.path);
    if (found.length) return { family: c.family, files: [...new Set(found)] };
  }
  return undefined;
}
