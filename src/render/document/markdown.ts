// The report document as Markdown: headings by depth, tables with right-aligned numbers and
// bold total rows, the chart as a reference to the file beside the document.

import { mdTable } from '../markdown.js';
import type { Block, ReportDocument, Section } from './model.js';

function block(b: Block, chart: string | undefined): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'toelichting':
      return [b.text, ''];
    case 'list':
      return [...b.items.map((i) => `- ${i}`), ''];
    case 'table': {
      const rows = b.rows.map((r) => (r.total ? r.cells.map((c) => (c === '' ? c : `**${c}**`)) : r.cells));
      return [b.caption, '', mdTable(b.head, rows, b.right)];
    }
    case 'figure':
      return chart === undefined ? [] : [`![${b.caption}](${chart})`, ''];
  }
}

function section(s: Section, depth: number, chart: string | undefined): string[] {
  return [`${'#'.repeat(depth)} ${s.title}`, '', ...s.blocks.flatMap((b) => block(b, chart)), ...(s.sections ?? []).flatMap((sub) => section(sub, depth + 1, chart))];
}

/** `chart`: how the document refers to the chart file, as seen from where the document is. */
export function renderDocumentMarkdown(doc: ReportDocument, chart?: string): string {
  const lines = [`# ${doc.title}`, '', doc.subtitle, '', ...doc.sections.flatMap((s) => section(s, 2, chart)), ...section(doc.appendix, 2, chart)];
  return lines.join('\n').replace(/\n+$/, '\n');
}
