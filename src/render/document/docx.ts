// The report document as a Word file (.docx): headings in Word's own styles (Title, Heading 1-3)
// so that it merges into a gemeente's template, real tables (a header row that repeats on every
// page, right-aligned numbers, bold totals), a short explanation per section in its own style
// ("Toelichting"), captions in Word's caption style, and the chart as a PNG picture.

import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Lang } from '../../money.js';
import type { Picture } from '../png.js';
import type { Block, DocTable, ReportDocument, Section } from './model.js';

/** A4 with margins of 2 cm: the width of the text in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The same width in pixels at 96 dpi, for the picture. */
const TEXT_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

/** About how wide a character is, in twentieths of a point, at a font size in half-points (Arial, with bold headers). */
const charWidth = (size: number) => size * 10 * 0.6;
const CELL_PADDING = 180;
const longestWord = (s: string) => Math.max(0, ...s.split(/[\s\u00ad]+/).map((w) => w.length));

/**
 * Column widths from what the columns hold. At least: a number column as wide as its widest
 * value (numbers never wrap), a text column and a header as their longest word. What is left
 * goes to the columns whose text would wrap, in proportion to how much longer it is.
 */
function columnWidths(t: DocTable, size: number): number[] {
  const cw = charWidth(size);
  const min = t.head.map((h, i) => {
    const cells = t.rows.map((r) => r.cells[i] ?? '');
    const content = t.right[i] ? Math.max(0, ...cells.map((c) => c.length)) : Math.max(0, ...cells.map(longestWord));
    return Math.max(3, longestWord(h), content) * cw + CELL_PADDING;
  });
  const want = t.head.map((h, i) => Math.max(min[i]!, Math.min(60, Math.max(h.length / 2, ...t.rows.map((r) => (r.cells[i] ?? '').length))) * cw + CELL_PADDING));
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= TEXT_WIDTH) return min.map((m) => Math.floor((m / sumMin) * TEXT_WIDTH));
  const extra = want.map((w, i) => w - min[i]!);
  const sumExtra = extra.reduce((a, b) => a + b, 0);
  const room = TEXT_WIDTH - sumMin;
  if (sumExtra > room) return min.map((m, i) => Math.floor(m + (extra[i]! / sumExtra) * room));
  // Everything fits: the rest of the page width in proportion to what each column wants.
  const sumWant = want.reduce((a, b) => a + b, 0);
  return want.map((w) => Math.floor((w / sumWant) * TEXT_WIDTH));
}

function cell(text: string, width: number, right: boolean, opts: { header?: boolean; total?: boolean; size: number }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    borders: { top: BORDER, bottom: opts.total ? { ...BORDER, size: 12, color: '595959' } : BORDER, left: BORDER, right: BORDER },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text, bold: opts.header === true || opts.total === true, size: opts.size })],
      }),
    ],
  });
}

function table(t: DocTable): (Paragraph | Table)[] {
  // Wide tables in a smaller type, so that a year per column fits the page.
  const size = t.head.length > 7 ? 16 : 18;
  const widths = columnWidths(t, size);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((h, i) => cell(h, widths[i]!, t.right[i] ?? false, { header: true, size })) });
  const rows = t.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, widths[i]!, t.right[i] ?? false, { total: r.total === true, size })) }));
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(t.caption)] }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function figure(caption: string, picture: Picture | undefined): Paragraph[] {
  if (!picture) return [];
  const width = Math.min(TEXT_PX, picture.width);
  const height = Math.round((picture.height / picture.width) * width);
  const image: ParagraphChild = new ImageRun({ type: 'png', data: picture.png, transformation: { width, height }, altText: { name: caption, description: caption, title: caption } });
  return [new Paragraph({ keepNext: true, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [image] }), new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })];
}

function block(b: Block, picture: Picture | undefined): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(b.text)] })];
    case 'toelichting':
      return [new Paragraph({ style: 'Toelichting', children: [new TextRun(b.text)] })];
    case 'list':
      return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }));
    case 'table':
      return table(b);
    case 'figure':
      return figure(b.caption, picture);
  }
}

function section(s: Section, depth: number, picture: Picture | undefined): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)], keepNext: true, children: [new TextRun(s.title)] }),
    ...s.blocks.flatMap((b) => block(b, picture)),
    ...(s.sections ?? []).flatMap((sub) => section(sub, depth + 1, picture)),
  ];
}

/** The Word document as bytes; `picture` is the chart. */
export async function renderDocumentDocx(doc: ReportDocument, lang: Lang, picture?: Picture): Promise<Buffer> {
  const language = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const file = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: 'buig',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: language } }, paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Arial', size: 40, bold: true, color: '1F4E79' }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { font: 'Arial', size: 30, bold: true, color: '1F4E79' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Arial', size: 24, bold: true, color: '1F4E79' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: 'Arial', size: 21, bold: true }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: '595959', size: 22 }, paragraph: { spacing: { after: 240 } } },
        { id: 'Toelichting', name: 'Toelichting', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '404040' } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 17, color: '404040', bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun(doc.subtitle)] }),
          ...doc.sections.flatMap((s) => section(s, 0, picture)),
          new Paragraph({ children: [new PageBreak()] }),
          ...section(doc.appendix, 0, picture),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
