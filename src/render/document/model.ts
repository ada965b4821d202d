// The report document as a typed structure: sections with headings, short explanations,
// paragraphs, lists, tables and the chart. It is built once (build.ts) and rendered three
// ways (Markdown, HTML, Word), so the three say the same.

export interface TableRow {
  cells: string[];
  /** A total row: shown in bold. */
  total?: boolean;
}

export interface DocTable {
  kind: 'table';
  /** What the table shows, with its unit ("Bedragen x € 1.000"). */
  caption: string;
  head: string[];
  rows: TableRow[];
  /** Per column: numbers are right-aligned. */
  right: boolean[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A short explanation that opens a section ("Toelichting"). */
  | { kind: 'toelichting'; text: string }
  | { kind: 'list'; items: string[] }
  | DocTable
  /** The chart; each renderer brings its own form of it (a file reference, inline SVG, a picture). */
  | { kind: 'figure'; caption: string };

export interface Section {
  title: string;
  blocks: Block[];
  sections?: Section[];
}

export interface ReportDocument {
  title: string;
  /** Under the title: the gemeente, the scenario and when it was made. */
  subtitle: string;
  sections: Section[];
  /** The technical appendix: keys, rule ids, file paths and options live here and nowhere else. */
  appendix: Section;
}

/** Every table of a document, in order, with the section it is in. */
export function tablesOf(doc: ReportDocument): DocTable[] {
  const out: DocTable[] = [];
  const walk = (s: Section) => {
    for (const b of s.blocks) if (b.kind === 'table') out.push(b);
    for (const sub of s.sections ?? []) walk(sub);
  };
  for (const s of [...doc.sections, doc.appendix]) walk(s);
  return out;
}
