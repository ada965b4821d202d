// JSON with comments and trailing commas (JSONC, as editors write it) for scenario and rules
// files, read with Microsoft's jsonc-parser: every syntax error with its line and column, and
// where each value stands, so that a schema error can point at FILE:LINE:COL.
//
// Before a file is parsed its nesting is measured (jsonc-parser, and much else, recurse once per
// level: a file of 5000 nested brackets would overflow the stack), and before any of its lines is
// shown it must be recognisably the kind of file it should be: a path in someone else's scenario
// may name any file the run can read, and a diagnostic must not print it. A key given twice in one
// object is an error at the second (JSON would keep the last without a word).

import { findNodeAtLocation, getNodePath, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { EnumOf } from '../diagnostics/catalogue.js';
import { diagnostic, jsonSyntaxIn, type Diagnostic, type Located } from '../diagnostics/diagnostic.js';
import type { Lang } from '../money.js';
import { classOf, utf16Of, type FileClass } from './csvTable.js';

export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxError {
  line: number;
  column: number;
  length: number;
  source: string;
  reason: string;
}

export type ParsedJsonc = { ok: true; value: unknown; locate: (path: JsonPath) => { line: number; column: number; source: string } | undefined } | { ok: false; errors: JsonSyntaxError[] };

/** The deepest nesting read: a scenario has 4 levels, a rules file 6. Deeper is BUIG-E134. */
export const MAX_JSON_DEPTH = 64;

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The text of a JSON file: UTF-16 by its BOM or NUL pattern, else UTF-8; a BOM removed. */
export function decodeJson(bytes: Uint8Array): string {
  return new TextDecoder(utf16Of(bytes) ?? 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * The offset of the first bracket that opens a level deeper than `max`, or undefined. Strings
 * and comments are skipped as jsonc-parser's scanner reads them (a string also ends at a line
 * end), without recursion, so any depth is measured safely.
 */
export function tooDeepAt(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n' && text[i] !== '\r'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

export function parseJsonc(text: string, lang: Lang): ParsedJsonc {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  return fromTree(text, root, errors, lang);
}

function positions(text: string) {
  const lines = text.split('\n');
  return (offset: number) => {
    const where = lineColumn(text, offset);
    return { ...where, source: (lines[where.line - 1] ?? '').replace(/\r$/, '') };
  };
}

function fromTree(text: string, root: Node | undefined, errors: readonly ParseError[], lang: Lang): ParsedJsonc {
  const at = positions(text);
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

/** The keys of an object node, with their key nodes. */
function membersOf(node: Node): { key: string; at: Node }[] {
  return (node.children ?? []).flatMap((p) => (p.type === 'property' && p.children?.[0] ? [{ key: String(p.children[0].value), at: p.children[0] }] : []));
}

/** Whether the root is an object naming at least one of `keys`. */
export function objectWithKey(root: Node | undefined, keys: readonly string[]): boolean {
  return root?.type === 'object' && membersOf(root).some((m) => keys.includes(m.key));
}

/** Every key given a second time in its object, with where the first one is. */
function duplicateKeys(root: Node): { key: string; at: Node; first: Node; path: JsonPath }[] {
  const out: { key: string; at: Node; first: Node; path: JsonPath }[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const m of membersOf(node)) {
        const first = seen.get(m.key);
        if (first) out.push({ key: m.key, at: m.at, first, path: getNodePath(node) });
        else seen.set(m.key, m.at);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return out.sort((a, b) => a.at.offset - b.at.offset);
}

/** What a JSON file that is not the kind it should be holds, told without its content. */
function jsonClass(bytes: Uint8Array, root: Node | undefined, errors: readonly ParseError[]): FileClass {
  const raw = classOf(bytes);
  if (raw !== 'text' || errors.length > 0 || root === undefined) return raw;
  return root.type === 'object' ? 'json-object' : root.type === 'array' ? 'json-list' : 'json-value';
}

export interface JsonFileKind {
  expected: EnumOf<'BUIG-E137', 'expected'>;
  /** Whether the tree (`clean`: without syntax errors) is recognisably this kind of file. */
  recognise: (root: Node | undefined, clean: boolean) => boolean;
  /** The diagnostic of a syntax error, in the file's own code (E040 for a scenario, E032 for rules). */
  syntax: (at: Located, reason: string) => Diagnostic;
}

/**
 * A JSON file read with every check that comes before its schema: its depth (E134), whether it
 * is the kind of file it should be (E137, without its content), its syntax (the kind's own
 * code) and keys given twice (E135). `file` names it in diagnostics.
 */
export function readJsonFile(file: string, bytes: Uint8Array, lang: Lang, kind: JsonFileKind): { ok: true; parsed: Extract<ParsedJsonc, { ok: true }> } | { ok: false; diagnostics: Diagnostic[] } {
  const text = decodeJson(bytes);
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== undefined) return { ok: false, diagnostics: [diagnostic('BUIG-E134', { file, ...lineColumn(text, deep) }, { max: MAX_JSON_DEPTH })] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (!kind.recognise(root, errors.length === 0)) {
    return { ok: false, diagnostics: [diagnostic('BUIG-E137', { file }, { expected: kind.expected, size: bytes.length, found: jsonClass(bytes, root, errors) })] };
  }
  const at = positions(text);
  const twice = root ? duplicateKeys(root) : [];
  const diagnostics: Diagnostic[] = twice.map((d) =>
    diagnostic('BUIG-E135', { file, ...at(d.at.offset), length: Math.max(1, d.at.length) }, { key: d.key, path: d.path.join('.'), firstLine: lineColumn(text, d.first.offset).line }),
  );
  const parsed = fromTree(text, root, errors, lang);
  if (!parsed.ok) diagnostics.unshift(...parsed.errors.map(({ reason, ...where }) => kind.syntax({ file, ...where }, reason)));
  return parsed.ok && diagnostics.length === 0 ? { ok: true, parsed } : { ok: false, diagnostics };
}
