// JSON with comments and trailing commas (JSONC, as editors write it) for scenario and rules
// files, read with Microsoft's jsonc-parser: every syntax error with its line and column, and
// where each value stands, so that a schema error can point at FILE:LINE:COL.

import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonSyntaxIn } from '../diagnostics/diagnostic.js';
import type { Lang } from '../money.js';

export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxError {
  line: number;
  column: number;
  length: number;
  source: string;
  reason: string;
}

export type ParsedJsonc =
  | { ok: true; value: unknown; locate: (path: JsonPath) => { line: number; column: number; source: string } | undefined }
  | { ok: false; errors: JsonSyntaxError[] };

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function parseJsonc(text: string, lang: Lang): ParsedJsonc {
  const lines = text.split('\n');
  const at = (offset: number) => {
    const where = lineColumn(text, offset);
    return { ...where, source: (lines[where.line - 1] ?? '').replace(/\r$/, '') };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const found = errors.length ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    return {
      ok: false,
      errors: found.map((e) => {
        const name = printParseErrorCode(e.error);
        const words: Partial<Record<string, string>> = jsonSyntaxIn(lang);
        return { ...at(e.offset), length: Math.max(1, e.length), reason: words[name] ?? name };
      }),
    };
  }
  const locate = (path: JsonPath) => {
    const node = nodeAt(root, path);
    return node ? at(node.offset) : undefined;
  };
  return { ok: true, value: getNodeValue(root), locate };
}

/** The node of a path; for an object member, its key (where a reader looks for it). */
function nodeAt(root: Node, path: JsonPath): Node | undefined {
  const node = findNodeAtLocation(root, [...path]);
  if (!node) return undefined;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[1] === node) return parent.children[0];
  return node;
}
