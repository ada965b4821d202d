// The report document as Markdown: headings by depth, tables with right-aligned numbers and
// bold total rows, the chart as a reference to the file beside the document. The document holds
// plain text: every text is escaped for Markdown (mdText), as the HTML renderer escapes it.

import { mdTable, mdText } from '../markdown.js';
import type { Block, ReportDocument, Section } from './model.js';

function block(b: Block, chart: string | undefined): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'toelichting':
      return [mdText(b.text), ''];
    case 'list':
      return [...b.items.map((i) => `- ${mdText(i)}`), ''];
    case 'table': {
      const rows = b.rows.map((r) => (r.total ? r.cells.map((c) => (c === '' ? c : `**${c}**`)) : r.cells));
      return [mdText(b.caption), '', mdTable(b.head, rows, b.right)];
    }
    case 'figure':
      return chart === undefined ? [] : [`![${mdText(b.caption)}](${mdText(chart)})`, ''];
  }
}

function section(s: Section, depth: number, chart: string | undefined): string[] {
  return [`${'#'.repeat(depth)} ${mdText(s.title)}`, '', ...s.blocks.flatMap((b) => block(b, chart)), ...(s.sections ?? []).flatMap((sub) => section(sub, depth + 1, chart))];
}

/** `chart`: how the document refers to the chart file, as seen from where the document is. */
export function renderDocumentMarkdown(doc: ReportDocument, chart?: string): string {
  const lines = [`# ${mdText(doc.title)}`, '', mdText(doc.subtitle), '', ...doc.sections.flatMap((s) => section(s, 2, chart)), ...section(doc.appendix, 2, chart)];
  return lines.join('\n').replace(/\n+$/, '\n');
}
