// Tidy CSV for machines: ',' delimiter, '.' decimals, quotes only where needed. With `dutch`:
// the csv-nl form that Dutch Excel opens as it is: ';', a decimal comma, a UTF-8 BOM, CRLF.
// Numbers keep no thousands separator, so they stay unambiguous. A yes/no is true/false in csv
// (for scripts) and ja/nee in csv-nl (for people; buig check reads both). Text that a spreadsheet
// would take for a formula (it starts with =, +, -, @, a tab or a carriage return: an actie code
// `=1+1`, a scenario file `@x.json`) gets a leading apostrophe, as spreadsheet exporters do; a
// number, negative or not, never does.

export interface CsvStyle {
  dutch?: boolean;
  /** Wide (--breed): a column per grootheid instead of a row per grootheid. */
  breed?: boolean;
}

/** A cell: text, a number, a yes/no, or a report value written as in the JSON. */
export type Cell = string | number | boolean | { toJSON(): string | number };

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would take for a formula when it is typed or read from CSV; never a number. */
export const looksLikeFormula = (s: string): boolean => FORMULA_START.test(s) && !NUMBER.test(s);

/** Text a spreadsheet would evaluate, made inert: `=1+1` is written `'=1+1`. A number stays as it is. */
export function inertText(s: string): string {
  return looksLikeFormula(s) ? `'${s}` : s;
}

/** What makes a cell need quotes, per delimiter. */
const SPECIAL: Record<string, RegExp> = { ',': /[",\n\r]/, ';': /[";\n\r]/ };

function cell(cellValue: Cell, delimiter: string, dutch: boolean): string {
  const value = typeof cellValue === 'object' ? cellValue.toJSON() : cellValue;
  let s = typeof value === 'boolean' && dutch ? (value ? 'ja' : 'nee') : String(value);
  if (typeof value === 'string') s = inertText(s);
  if (dutch && NUMBER.test(s)) s = s.replace('.', ',');
  return SPECIAL[delimiter]!.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], style: CsvStyle = {}): string {
  const dutch = style.dutch ?? false;
  const delimiter = dutch ? ';' : ',';
  const eol = dutch ? '\r\n' : '\n';
  const body = [header, ...rows].map((r) => r.map((v) => cell(v, delimiter, dutch)).join(delimiter)).join(eol) + eol;
  return dutch ? `\uFEFF${body}` : body;
}

/** One value of a tidy table: the row it belongs to (`id`), its grootheid and its value. */
export interface TidyCell {
  id: readonly Cell[];
  grootheid: string;
  waarde: Cell;
}

/**
 * Tidy to wide (--breed): a row per distinct `id` (its columns named by `idHeader`), a column per
 * grootheid in the order they first appear; a grootheid a row lacks stays empty.
 */
export function toWideCsv(idHeader: readonly string[], cells: readonly TidyCell[], style: CsvStyle = {}): string {
  const columns: string[] = [];
  const rows = new Map<string, { id: readonly Cell[]; values: Map<string, Cell> }>();
  for (const c of cells) {
    if (!columns.includes(c.grootheid)) columns.push(c.grootheid);
    const key = JSON.stringify(c.id);
    const row = rows.get(key) ?? { id: c.id, values: new Map<string, Cell>() };
    row.values.set(c.grootheid, c.waarde);
    rows.set(key, row);
  }
  return toCsv(
    [...idHeader, ...columns],
    [...rows.values()].map((r) => [...r.id, ...columns.map((g) => r.values.get(g) ?? '')]),
    style,
  );
}

/** Tidy (the id columns, grootheid, waarde), or wide with --breed. */
export function tidyCsv(idHeader: readonly string[], cells: readonly TidyCell[], style: CsvStyle = {}): string {
  if (style.breed) return toWideCsv(idHeader, cells, style);
  return toCsv(
    [...idHeader, 'grootheid', 'waarde'],
    cells.map((c) => [...c.id, c.grootheid, c.waarde]),
    style,
  );
}
