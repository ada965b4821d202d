// Markdown tables for council documents and READMEs, and text made safe for Markdown.

/** A character reference (`&amp;`, `&#60;`, `&#x3C;`), which Markdown would show as the character it names. */
const CHARACTER_REFERENCE = /&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{0,31};)/g;

/**
 * Text as Markdown shows it, never as HTML: a `<` (a tag, a comment, an autolink) is written
 * `&lt;`, and an `&` that would start a character reference `&amp;`, so that a name such as
 * `<script>` or `R&amp;D` is shown as it was typed. Every name in a Markdown output goes through here.
 */
export function mdText(value: string | number): string {
  return String(value).replace(CHARACTER_REFERENCE, '&amp;').replace(/</g, '&lt;');
}

function mdEscape(value: string | number): string {
  return mdText(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], alignRight: readonly boolean[] = []): string {
  const sep = header.map((_, i) => (alignRight[i] ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.map(mdEscape).join(' | ')} |`).join('\n') + '\n';
}
