// Diagnostics for people (compiler style, like hledger's errors) and for machines.

import { Chalk } from 'chalk';
import { hintOf, messageOf, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../money.js';

export interface DiagnosticJson {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
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
  }));
}

/**
 * `FILE:LINE:COL: error CODE: message`, the offending line with the cell underlined, and a hint.
 */
export function renderDiagnosticsText(ds: readonly Diagnostic[], lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const out: string[] = [];
  for (const d of sortDiagnostics(ds)) {
    const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
    const sev = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
    out.push(`${c.bold(where)}: ${sev} ${d.code}: ${messageOf(d, lang)}`);
    if (d.source !== undefined && d.line !== undefined) {
      const gutter = String(d.line);
      const pad = ' '.repeat(gutter.length);
      out.push(`  ${c.dim(gutter + ' |')} ${d.source}`);
      if (d.column !== undefined) {
        const underline = '^'.repeat(Math.max(1, d.length ?? 1));
        out.push(`  ${c.dim(pad + ' |')} ${' '.repeat(d.column - 1)}${c.red(underline)}`);
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
