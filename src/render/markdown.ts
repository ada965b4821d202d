// Markdown tables for council documents and READMEs.

function escape(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], alignRight: readonly boolean[] = []): string {
  const sep = header.map((_, i) => (alignRight[i] ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.map(escape).join(' | ')} |`).join('\n') + '\n';
}
