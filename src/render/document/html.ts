// The report document as one self-contained HTML file: the chart as inline SVG, a stylesheet
// for the screen and for printing on A4, and alignment and weight written on the cells
// themselves, so that a table copied into Word keeps its right-aligned numbers.

import type { Lang } from '../../money.js';
import type { Block, ReportDocument, Section } from './model.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; max-width: 190mm; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 .2em; }
h2 { font-size: 15pt; margin: 1.6em 0 .4em; padding-bottom: .1em; border-bottom: 1px solid #bbb; }
h3 { font-size: 12pt; margin: 1.2em 0 .3em; }
h4 { font-size: 11pt; margin: 1em 0 .3em; }
p.ondertitel { color: #444; margin-top: 0; }
p.toelichting { font-style: italic; color: #333; }
p.bijschrift { font-size: 9.5pt; color: #333; margin: 1em 0 .3em; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0 0 1em; }
th, td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: top; }
th { background: #e8eef5; font-weight: bold; }
tr.totaal td { font-weight: bold; border-top: 2px solid #555; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #333; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2, h3, h4, p.bijschrift { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  section.bijlage { break-before: page; }
}
`;

function cell(tag: 'th' | 'td', text: string, right: boolean, bold: boolean): string {
  const style = [`text-align:${right ? 'right' : 'left'}`, ...(bold ? ['font-weight:bold'] : []), ...(right && tag === 'td' ? ['white-space:nowrap'] : [])].join(';');
  return `<${tag} style="${style}">${esc(text)}</${tag}>`;
}

function block(b: Block, svg: string | undefined): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'toelichting':
      return `<p class="toelichting">${esc(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = `<thead><tr>${b.head.map((h, i) => cell('th', h, b.right[i] ?? false, true)).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr${r.total ? ' class="totaal"' : ''}>${r.cells.map((c, i) => cell('td', c, b.right[i] ?? false, r.total === true)).join('')}</tr>`);
      return `<p class="bijschrift">${esc(b.caption)}</p>\n<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'figure':
      return svg === undefined ? '' : `<figure>\n${svg.replace(/^<\?xml[^>]*>\s*/, '')}\n<figcaption>${esc(b.caption)}</figcaption>\n</figure>`;
  }
}

function section(s: Section, depth: number, svg: string | undefined, cls?: string): string {
  const h = `h${Math.min(depth, 6)}`;
  return [
    `<section${cls ? ` class="${cls}"` : ''}>`,
    `<${h}>${esc(s.title)}</${h}>`,
    ...s.blocks.map((b) => block(b, svg)),
    ...(s.sections ?? []).map((sub) => section(sub, depth + 1, svg)),
    '</section>',
  ].join('\n');
}

/** `svg`: the chart, placed inline. */
export function renderDocumentHtml(doc: ReportDocument, lang: Lang, svg?: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="ondertitel">${esc(doc.subtitle)}</p>`,
    ...doc.sections.map((s) => section(s, 2, svg)),
    section(doc.appendix, 2, svg, 'bijlage'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
