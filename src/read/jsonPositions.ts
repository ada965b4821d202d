// Where each value of a (valid) JSON text starts, by its path: so that a schema error in a
// scenario file can point at FILE:LINE:COL, not only at a JSON path.

export type JsonPath = readonly (string | number)[];

export function pathKey(path: JsonPath): string {
  return path.map(String).join('.');
}

/** Offsets of every value (and, for object members, of the key) by path key. */
export function jsonPositions(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    ws();
    if (!positions.has(pathKey(path))) positions.set(pathKey(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        ws();
        const keyAt = i;
        const key = string();
        positions.set(pathKey([...path, key]), keyAt);
        ws();
        i++; // colon
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']') {
        value([...path, n++]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  value([]);
  return positions;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number; source: string };

/** JSON.parse with the error turned into a line and column (Node names a character offset). */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineColumn(text, Number(at[1])) : { line: 1, column: 1 };
    return { ok: false, message: message.replace(/ in JSON at position \d+.*$/, ''), ...where, source: text.split('\n')[where.line - 1] ?? '' };
  }
}
