// Diagnostics for people (compiler style, like hledger's errors) and for machines.

import { Chalk } from 'chalk';
import { columnLetters, hintOf, locationOf, messageOf, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../money.js';

export interface DiagnosticJson {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
  /** Only for a workbook: the sheet, and the cell (`C14`, which is line 14, column 3). */
  sheet?: string;
  cell?: string;
}

export function diagnosticsToJson(ds: readonly Diagnostic[], lang: Lang): DiagnosticJson[] {
  return sortDiagnostics(ds).map((d) => ({
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line ?? null,
    column: d.column ?? null,
    message: messageOf(d, lang),
    hint: hintOf(d, lang),
    ...(d.sheet !== undefined ? { sheet: d.sheet, ...(d.line !== undefined ? { cell: `${columnLetters(d.column ?? 1)}${d.line}` } : {}) } : {}),
  }));
}

/**
 * `FILE:LINE:COL: error CODE: message`, the offending line with the cell underlined, and a hint.
 * In a workbook `FILE:SHEET!CELL`, and the row shown as its cell values.
 */
export function renderDiagnosticsText(ds: readonly Diagnostic[], lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const out: string[] = [];
  for (const d of sortDiagnostics(ds)) {
    const where = locationOf(d);
    const sev = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
    out.push(`${c.bold(where)}: ${sev} ${d.code}: ${messageOf(d, lang)}`);
    if (d.source !== undefined && d.line !== undefined) {
      const gutter = String(d.line);
      const pad = ' '.repeat(gutter.length);
      out.push(`  ${c.dim(gutter + ' |')} ${d.source}`);
      if (d.column !== undefined) {
        const underline = '^'.repeat(Math.max(1, d.length ?? 1));
        out.push(`  ${c.dim(pad + ' |')} ${' '.repeat((d.sourceColumn ?? d.column) - 1)}${c.red(underline)}`);
      }
    }
    out.push(`  ${c.cyan('hint')}: ${hintOf(d, lang)}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function countSummary(ds: readonly Diagnostic[], lang: Lang): string {
  const errors = ds.filter((d) => d.severity === 'error').length;
  const warnings = ds.length - errors;
  if (lang === 'nl') {
    const e = errors === 0 ? 'geen fouten' : errors === 1 ? '1 fout' : `${errors} fouten`;
    const w = warnings === 0 ? 'geen waarschuwingen' : warnings === 1 ? '1 waarschuwing' : `${warnings} waarschuwingen`;
    return `${e}, ${w}`;
  }
  const e = errors === 0 ? 'no errors' : errors === 1 ? '1 error' : `${errors} errors`;
  const w = warnings === 0 ? 'no warnings' : warnings === 1 ? '1 warning' : `${warnings} warnings`;
  return `${e}, ${w}`;
}
