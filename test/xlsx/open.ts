// A workbook opened as the zip archive it is, independently of buig's own reader: the parts are
// unpacked and the sheet XML is read with regular expressions, so that a test sees what Excel
// would find in the file (a number or a string, and the number format of each cell).

import { strFromU8, unzipSync } from 'fflate';

export interface XCell {
  /** 'n' a number, 's' a shared string, 'inlineStr', 'str', 'b', 'e'. */
  type: string;
  /** The text of <v> (a number as written), or the string itself. */
  raw: string;
  /** The number format code of the cell's style ('General' when it has none). */
  format: string;
}

export interface XSheet {
  name: string;
  xml: string;
  cells: Map<string, XCell>;
  /** Row 1 as text, for finding a column by its header. */
  header: string[];
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const BUILT_IN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 9: '0%', 10: '0.00%', 14: 'm/d/yyyy' };

export function openWorkbook(bytes: Uint8Array): { parts: Record<string, Uint8Array>; sheets: XSheet[] } {
  const parts = unzipSync(bytes);
  const text = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlUnescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const styles = text('xl/styles.xml');
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), xmlUnescape(m[2]!)]));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const formats = [...xfs.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)].map((m) => custom.get(Number(m[1])) ?? BUILT_IN[Number(m[1])] ?? `builtin ${m[1]}`);
  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const sheets = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => {
    const xml = text(`xl/${rels.get(m[2]!)}`);
    const cells = new Map<string, XCell>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[2]!;
      const type = /t="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
      const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
      if (v === undefined) continue;
      cells.set(c[1]!, { type, raw: type === 's' ? strings[Number(v)]! : xmlUnescape(v), format: formats[style] ?? 'General' });
    }
    const header = [...cells.entries()].filter(([ref]) => /^[A-Z]+1$/.test(ref)).map(([, cell]) => cell.raw);
    return { name: xmlUnescape(m[1]!), xml, cells, header };
  });
  return { parts, sheets };
}

/** The cell of a sheet in the column headed `column` and the first row whose column A is `key`. */
export function cellAt(sheet: XSheet, key: string, column: string): XCell | undefined {
  const col = sheet.header.indexOf(column);
  if (col < 0) return undefined;
  const letter = String.fromCharCode(65 + col);
  for (const [ref, cell] of sheet.cells) {
    const row = ref.replace(/^[A-Z]+/, '');
    if (ref === `A${row}` && cell.raw === key && row !== '1') return sheet.cells.get(`${letter}${row}`);
  }
  return undefined;
}
