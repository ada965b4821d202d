// Tidy CSV for machines: ',' delimiter, '.' decimals, quotes only where needed. With `dutch`:
// the csv-nl form that Dutch Excel opens as it is: ';', a decimal comma, a UTF-8 BOM, CRLF.
// Numbers keep no thousands separator, so they stay unambiguous. A yes/no is true/false in csv
// (for scripts) and ja/nee in csv-nl (for people; buig check reads both).

export interface CsvStyle {
  dutch?: boolean;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function cell(value: string | number | boolean, delimiter: string, dutch: boolean): string {
  let s = typeof value === 'boolean' && dutch ? (value ? 'ja' : 'nee') : String(value);
  if (dutch && NUMBER.test(s)) s = s.replace('.', ',');
  const special = new RegExp(`["${delimiter}\\n\\r]`);
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[], style: CsvStyle = {}): string {
  const dutch = style.dutch ?? false;
  const delimiter = dutch ? ';' : ',';
  const eol = dutch ? '\r\n' : '\n';
  const body = [header, ...rows].map((r) => r.map((v) => cell(v, delimiter, dutch)).join(delimiter)).join(eol) + eol;
  return dutch ? `\uFEFF${body}` : body;
}
