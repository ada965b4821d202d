// Reading Markdown tables back, to check that shown rows add up to shown totals.

import { expect } from 'vitest';
import { D, parseAmount, type Decimal } from '../../src/money.js';

/** Markdown tables: header, separator and rows as arrays of cell texts. */
export function mdTables(text: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push(
        line
          .slice(1, -1)
          .split(' | ')
          .map((c) => c.trim()),
      );
    } else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** A shown Dutch number: '1.234' -> 1234, '€ -1.234' -> -1234, '3.657 N' -> -3657, '**12**' -> 12. */
export function shown(cell: string): Decimal | undefined {
  const t = cell.replace(/\*\*/g, '').replace('€', '').trim();
  const vn = /^([\d.]+) ([VN])$/.exec(t);
  if (vn) return D(vn[1]!.replace(/\./g, '')).times(vn[2] === 'N' ? -1 : 1);
  const p = parseAmount(t, { decimalComma: true });
  return p.ok && t !== '' ? p.value : undefined;
}

/** Every table with a 'totaal' row: each numeric column's rows above it add up to it. Returns how many columns were checked. */
export function totalsAddUp(markdown: string, label: string): number {
  return tablesAddUp(
    mdTables(markdown).map((t) => [t[0]!, ...t.slice(2)]),
    label,
  );
}

/** The same over tables given as a header row and body rows (from any format). */
export function tablesAddUp(tables: string[][][], label: string): number {
  let totals = 0;
  for (const table of tables) {
    const body = table.slice(1);
    const total = body.find((r) => /totaal|total/i.test(r[0]!));
    if (!total) continue;
    const rows = body.slice(0, body.indexOf(total));
    for (let col = 1; col < total.length; col++) {
      const t = shown(total[col]!);
      if (t === undefined) continue;
      const s = rows.map((r) => shown(r[col]!) ?? D(0)).reduce((a, b) => a.plus(b), D(0));
      expect(s.toString(), `${label}, column ${table[0]![col]}`).toBe(t.toString());
      totals++;
    }
  }
  return totals;
}
