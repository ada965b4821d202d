// Box tables for the terminal, drawn here: what cli-table3 draws for the tables of buig (one line
// per cell, no spans, no wrapping), without loading it. A table it would draw otherwise (a cell
// with a line break, an escape code or a character that may be two columns wide, rows of unequal
// length) goes to cli-table3, loaded for it. A test compares the two on many tables.

import { createRequire } from 'node:module';

export type TableCell = string | number | { content: string | number; hAlign?: Align };
type Align = 'left' | 'right' | 'center';

export interface Chars {
  top: string;
  'top-mid': string;
  'top-left': string;
  'top-right': string;
  bottom: string;
  'bottom-mid': string;
  'bottom-left': string;
  'bottom-right': string;
  left: string;
  'left-mid': string;
  mid: string;
  'mid-mid': string;
  right: string;
  'right-mid': string;
  middle: string;
}

export interface TableOptions {
  head?: readonly string[];
  colAligns?: readonly Align[];
  style?: { head?: readonly string[]; border?: readonly string[]; compact?: boolean };
  chars?: Partial<Chars>;
}

const BOX: Chars = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

/** No borders: columns two spaces apart, each line indented by one; for figures laid out as text. */
export const PLAIN_CHARS: Chars = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: ' ',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** The escape codes cli-table3 writes (through @colors/colors) for the styles buig uses. */
const STYLES: Record<string, [string, string]> = { bold: ['\u001b[1m', '\u001b[22m'], grey: ['\u001b[90m', '\u001b[39m'] };

/** Text whose width is its number of characters: no escape codes, no line breaks, nothing that may be wide. */
const PLAIN = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u20ac\u2190-\u21ff\u2200-\u22ff\u2500-\u257f\u2713\u2717]*$/;

const text = (c: TableCell) => String(typeof c === 'object' ? c.content : c);

export function renderTable(options: TableOptions, rows: readonly (readonly TableCell[])[]): string {
  return drawnHere(options, rows) ? drawTable(options, rows) : cliTable3(options, rows);
}

/** Whether the table is one drawn here: rows of one length, and only plain text in its cells. */
export function drawnHere(options: TableOptions, rows: readonly (readonly TableCell[])[]): boolean {
  const all = options.head?.length ? [options.head, ...rows] : rows;
  return all.length > 0 && all.every((r) => r.length === all[0]!.length && r.every((c) => PLAIN.test(text(c))));
}

export function drawTable(options: TableOptions, rows: readonly (readonly TableCell[])[]): string {
  const head = options.head?.length ? options.head : undefined;
  const all: readonly (readonly TableCell[])[] = head ? [head, ...rows] : rows;
  const columns = all[0]!.length;

  const chars = { ...BOX, ...options.chars };
  const colour = (styles: readonly string[] | undefined, s: string) => (styles?.length && s ? styles.reduceRight((t, st) => (STYLES[st] ? `${STYLES[st][0]}${t}${STYLES[st][1]}` : t), s) : s);
  const border = (s: string) => colour(options.style?.border, s);
  const widths = Array.from({ length: columns }, (_, x) => Math.max(...all.map((r) => [...text(r[x]!)].length)) + 2);
  const rule = (first: keyof Chars, joint: keyof Chars, fill: keyof Chars, last: keyof Chars) =>
    widths.map((w, x) => border((x === 0 ? chars[first] : chars[joint]) + chars[fill].repeat(w) + (x === columns - 1 ? chars[last] : ''))).join('');
  const line = (row: readonly TableCell[], y: number) =>
    row
      .map((c, x) => {
        const t = text(c);
        const space = widths[x]! - 2 - [...t].length;
        const align = (typeof c === 'object' ? c.hAlign : undefined) ?? options.colAligns?.[x] ?? 'left';
        const padded = align === 'right' ? ' '.repeat(space) + t : align === 'center' ? ' '.repeat(space - Math.ceil(space / 2)) + t + ' '.repeat(Math.ceil(space / 2)) : t + ' '.repeat(space);
        const content = ` ${padded} `;
        return border(x === 0 ? chars.left : chars.middle) + (y === 0 && head ? colour(options.style?.head, content) : content) + border(x === columns - 1 ? chars.right : '');
      })
      .join('');

  const out: string[] = [];
  const push = (s: string) => s.length && out.push(s);
  all.forEach((row, y) => {
    if (y === 0) push(rule('top-left', 'top-mid', 'top', 'top-right'));
    else if (!options.style?.compact || (y === 1 && head)) push(rule('left-mid', 'mid-mid', 'mid', 'right-mid'));
    push(line(row, y));
  });
  push(rule('bottom-left', 'bottom-mid', 'bottom', 'bottom-right'));
  return out.join('\n');
}

type CliTable = new (options: object) => { push(...rows: unknown[]): void; toString(): string };

/** cli-table3 itself, for a table drawn here would not be right. */
export function cliTable3(options: TableOptions, rows: readonly (readonly TableCell[])[]): string {
  const Table = createRequire(import.meta.url)('cli-table3') as CliTable;
  const table = new Table({ ...options, ...(options.head ? { head: [...options.head] } : {}), style: { head: [], border: [], ...options.style } });
  table.push(...rows.map((r) => [...r]));
  return table.toString();
}

/** In place of cli-table3's Table: rows pushed, then drawn by renderTable. */
export class BoxTable {
  private readonly rows: TableCell[][] = [];
  constructor(private readonly options: TableOptions) {}
  push(...rows: readonly (readonly TableCell[])[]): number {
    this.rows.push(...rows.map((r) => [...r]));
    return this.rows.length;
  }
  toString(): string {
    return renderTable(this.options, this.rows);
  }
}
