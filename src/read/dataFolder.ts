// A data folder per gemeente: every input file read, checked on its own and against the others.
// `readDataFiles` is pure (file contents in, data and diagnostics out); `readDataFolder` is the
// thin IO edge that lists and reads the folder.

import { join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataSet, Gemeente } from '../domain/data.js';
import { closest } from '../domain/terms.js';
import { checkBudget, checkCoverage, checkLasten, checkLastenAfterData, reconcile } from './checks.js';
import { readCsv, type Dialect } from './csvTable.js';
import { readXlsx } from './xlsxTable.js';
import { budgetFile, lastenFile, prijzenFile, stromenFile, volumeFile } from './files.js';
import { decodeJson, lineColumn, MAX_JSON_DEPTH, tooDeepAt } from './jsonc.js';
import { entriesIn, entryIsFile, folderAt, readEntry } from './paths.js';
import { readRows, suggest, type FileSpec, type RowsResult } from './rows.js';
import { once, zod } from './zod.js';

export type Purpose = 'vangnet' | 'forecast';

const CSV_FILES = ['budget.csv', 'lasten.csv', 'volume.csv', 'stromen.csv', 'prijzen.csv'] as const;
// scenario.json: `buig init` puts a scenario beside the data it runs on.
const KNOWN_FILES = [...CSV_FILES, 'gemeente.json', 'scenario.json'];
/** A data file may also be an Excel workbook of the same name: volume.xlsx for volume.csv. */
const xlsxName = (csvName: string) => csvName.replace(/\.csv$/, '.xlsx');
const XLSX_FILES = CSV_FILES.map(xlsxName);
/** The files a data folder is read for, and those that are reported when their name is unknown. */
const READ = /\.(csv|json|xlsx|xls)$/i;
const isKnown = (name: string) => KNOWN_FILES.includes(name) || XLSX_FILES.includes(name);

/** What a file is needed for, for the hint when it is missing. */
const NEEDED_FOR: Record<string, Purpose[]> = {
  'budget.csv': ['vangnet', 'forecast'],
  'lasten.csv': ['vangnet', 'forecast'],
  'volume.csv': ['forecast'],
  'stromen.csv': ['forecast'],
};

export interface FileSummary {
  file: string;
  rows: number;
  dialect?: Dialect;
  /** The sheet read, for a workbook. */
  sheet?: string;
}

export interface FolderRead {
  data: DataSet;
  diagnostics: Diagnostic[];
  files: FileSummary[];
}

/**
 * Read the files of one data folder from their contents. `dir` is only used to name the files
 * in diagnostics, as the user wrote it. `needs` lists what the caller needs the folder for:
 * a file needed for that is an error when missing (exit 66), other missing files are warnings.
 * `unreadable` names the files that are there but could not be read (reported already).
 */
export function readDataFiles(dir: string, contents: ReadonlyMap<string, Uint8Array>, needs: readonly Purpose[], unreadable: ReadonlySet<string> = new Set()): FolderRead {
  const diagnostics: Diagnostic[] = [];
  const files: FileSummary[] = [];
  const path = (name: string) => join(dir, name);

  for (const name of contents.keys()) {
    if (isKnown(name) || !READ.test(name)) continue;
    diagnostics.push(diagnostic('BUIG-W028', { file: path(name) }, { value: name, ...suggest(closest(name, KNOWN_FILES)), files: KNOWN_FILES }));
  }

  function read<T>(spec: FileSpec<T>): RowsResult<T> | undefined {
    const bytes = contents.get(spec.name);
    const workbook = contents.get(xlsxName(spec.name));
    if (bytes && workbook) {
      diagnostics.push(diagnostic('BUIG-E117', { file: path(xlsxName(spec.name)) }, { csv: spec.name, xlsx: xlsxName(spec.name) }));
      return undefined;
    }
    if (!bytes && !workbook) {
      if (unreadable.has(spec.name) || unreadable.has(xlsxName(spec.name))) return undefined;
      const needed = NEEDED_FOR[spec.name];
      if (needed) {
        const required = needed.some((p) => needs.includes(p));
        const purpose = needed.map((p) => `buig ${p}`).join(', ');
        const columns = spec.columns.filter((c) => c.required).map((c) => c.name);
        diagnostics.push(
          required
            ? diagnostic('BUIG-E001', { file: path(spec.name) }, { reason: 'ENOENT', name: spec.name, purpose })
            : diagnostic('BUIG-W030', { file: path(spec.name) }, { name: spec.name, purpose, columns }),
        );
      }
      return undefined;
    }
    const table = workbook ? readXlsx(path(xlsxName(spec.name)), workbook) : readCsv(path(spec.name), bytes!);
    const result = readRows(table, spec);
    diagnostics.push(...result.diagnostics);
    files.push({ file: table.file, rows: result.rows.length, dialect: table.dialect, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) });
    return result;
  }

  const budget = read(budgetFile);
  const lasten = read(lastenFile);
  const volume = read(volumeFile);
  const stromen = read(stromenFile);
  const prijzen = read(prijzenFile);

  if (budget) diagnostics.push(...checkBudget(budget.rows, budget.locate));
  if (lasten) diagnostics.push(...checkLasten(lasten.rows, lasten.locate));
  // Only for a forecast: `buig vangnet` computes a year from lasten.csv as written, also a future one.
  if (lasten && volume && needs.includes('forecast')) diagnostics.push(...checkLastenAfterData(lasten.rows, volume.rows, lasten.locate));
  if (volume && stromen) {
    diagnostics.push(...reconcile(volume.rows, stromen.rows, volume.locate, stromen.locate));
    diagnostics.push(...checkCoverage(volume, stromen));
  }

  const gemeente = readGemeente(path('gemeente.json'), contents.get('gemeente.json'), diagnostics);
  if (gemeente) files.push({ file: path('gemeente.json'), rows: 1 });

  return {
    data: {
      budget: budget?.rows ?? [],
      lasten: lasten?.rows ?? [],
      volume: volume?.rows ?? [],
      stromen: stromen?.rows ?? [],
      prijzen: prijzen?.rows ?? [],
      ...(gemeente ? { gemeente } : {}),
    },
    diagnostics,
    files,
  };
}

const CBS_CODE = /^(GM)?\d{4}$/;
/** The keys of gemeente.json. */
const GEMEENTE_KEYS = ['naam', 'cbs_code'];

/** gemeente.json's schema, made (and zod loaded) when a file is not plainly valid. */
const gemeenteSchema = once(() => {
  const { z } = zod();
  return z.strictObject({
    naam: z.string().min(1).optional(),
    cbs_code: z.string().regex(CBS_CODE).optional(),
  });
});

/** gemeente.json as the schema reads it, when it plainly is: only naam and cbs_code, both well-formed. */
function plainGemeente(json: unknown): Gemeente | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const g = json as Record<string, unknown>;
  if (Object.keys(g).some((k) => !GEMEENTE_KEYS.includes(k))) return undefined;
  if (g.naam !== undefined && !(typeof g.naam === 'string' && g.naam.length > 0)) return undefined;
  if (g.cbs_code !== undefined && !(typeof g.cbs_code === 'string' && CBS_CODE.test(g.cbs_code))) return undefined;
  return { ...(g.naam !== undefined ? { naam: g.naam as string } : {}), ...(g.cbs_code !== undefined ? { cbs_code: g.cbs_code as string } : {}) };
}

/** One diagnostic per problem of gemeente.json: what it is, and the key and value it is about. */
function readGemeente(file: string, bytes: Uint8Array | undefined, diagnostics: Diagnostic[]): Gemeente | undefined {
  if (!bytes) return undefined;
  const at = { file, line: 1, column: 1 };
  const text = decodeJson(bytes);
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== undefined) {
    diagnostics.push(diagnostic('BUIG-E134', { file, ...lineColumn(text, deep) }, { max: MAX_JSON_DEPTH }));
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    diagnostics.push(diagnostic('BUIG-E027', at, { problem: 'json' }));
    return undefined;
  }
  // An object with keys, none of them a gemeente's, is some other file: described, not shown.
  const keys = json !== null && typeof json === 'object' && !Array.isArray(json) ? Object.keys(json) : [];
  if (keys.length > 0 && !keys.some((k) => GEMEENTE_KEYS.includes(k))) {
    diagnostics.push(diagnostic('BUIG-E137', { file }, { expected: 'gemeente', size: bytes.length, found: 'json-object' }));
    return undefined;
  }
  const plain = plainGemeente(json);
  if (plain) return plain;
  // Anything else is for the schema to judge and explain.
  const parsed = gemeenteSchema().safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) diagnostics.push(diagnostic('BUIG-E027', at, { problem: 'unknown-key', key: k }));
      } else if (key === 'naam' || key === 'cbs_code') {
        const value = JSON.stringify((json as Record<string, unknown>)[key]);
        diagnostics.push(diagnostic('BUIG-E027', at, { problem: key, key, value }));
      } else {
        diagnostics.push(diagnostic('BUIG-E027', at, { problem: 'object' }));
      }
    }
    return undefined;
  }
  return parsed.data;
}

/**
 * The IO edge: list and read the folder, then hand the contents to `readDataFiles`. `dir` is
 * shown in diagnostics as the user wrote it; it is resolved against `cwd`. A path that is not a
 * folder, a data file that is not a readable regular file (a folder, a broken symlink, a loop, a
 * pipe) and two data files whose names differ only in case are diagnostics, never exceptions.
 */
export function readDataFolder(dir: string, needs: readonly Purpose[], cwd = '.'): FolderRead {
  const fsDir = resolve(cwd, dir);
  const empty = (d: Diagnostic): FolderRead => ({ data: { budget: [], lasten: [], volume: [], stromen: [], prijzen: [] }, diagnostics: [d], files: [] });
  const folder = folderAt(fsDir);
  // The entries' kinds come with the listing: a regular file is read without a stat of its own.
  const listed = folder ?? entriesIn(fsDir);
  if ('found' in listed) {
    if (listed.found === 'missing') return empty(diagnostic('BUIG-E029', { file: dir }, { dir }));
    return empty(diagnostic('BUIG-E130', { file: dir }, { name: dir, expected: 'folder', found: listed.found, ...(listed.code ? { code: listed.code } : {}) }));
  }
  const contents = new Map<string, Uint8Array>();
  const problems: Diagnostic[] = [];
  const present = new Set<string>();
  const spelled = new Map<string, string>();
  for (const entry of [...listed.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    // ~$volume.xlsx is the lock file Excel keeps beside a workbook it has open.
    if (!READ.test(name) || name.startsWith('~$')) continue;
    const lower = name.toLowerCase();
    // Column names are case-insensitive; file names of the contract are matched the same way.
    if (!isKnown(lower)) {
      // Not read: only its name is reported (W028), so nothing is opened.
      if (entryIsFile(fsDir, entry)) contents.set(name, new Uint8Array());
      continue;
    }
    present.add(lower);
    const first = spelled.get(lower);
    if (first !== undefined) {
      problems.push(diagnostic('BUIG-E132', { file: join(dir, name) }, { first: join(dir, first), second: join(dir, name) }));
      contents.delete(lower);
      continue;
    }
    spelled.set(lower, name);
    const read = readEntry(fsDir, entry);
    if ('bytes' in read) contents.set(lower, read.bytes);
    else
      problems.push(
        diagnostic(
          'BUIG-E130',
          { file: join(dir, name) },
          { name: join(dir, name), expected: 'file', found: read.found === 'missing' ? 'dangling-link' : read.found, ...(read.code ? { code: read.code } : {}) },
        ),
      );
  }
  // A data file that is there but cannot be read has its own diagnostic: not also "missing".
  const result = readDataFiles(dir, contents, needs, new Set([...present].filter((name) => !contents.has(name))));
  result.diagnostics.unshift(...problems);
  return result;
}
