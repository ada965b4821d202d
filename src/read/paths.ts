// What is at a path, for the IO edges that read input: a regular file or a folder as needed, or
// what stands there instead (a folder, a broken symlink, a loop of symlinks, a pipe or device,
// no permission). Every way a path can fail becomes a value a diagnostic can carry, never an
// exception: BUIG-E130 (named on the command line, or a file of a data folder) and BUIG-E131
// (named in a scenario).

import { type Dirent, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { EnumOf } from '../diagnostics/catalogue.js';

export type PathFound = EnumOf<'BUIG-E130', 'found'>;

/** Why a path cannot be used: nothing there (`missing`), or what is there instead. */
export type PathProblem = { found: PathFound | 'missing'; code?: string };

/** What a failed system call on `path` means. */
function problemOf(path: string, e: unknown): PathProblem {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  switch (code) {
    case 'ELOOP':
      return { found: 'link-loop' };
    case 'ENOENT':
    case 'ENOTDIR':
      // A symlink whose target is not there exists itself; anything else is simply missing.
      try {
        return lstatSync(path).isSymbolicLink() ? { found: 'dangling-link' } : { found: 'missing', code };
      } catch {
        return { found: 'missing', code };
      }
    case 'EACCES':
    case 'EPERM':
      return { found: 'denied', code };
    case 'EISDIR':
      return { found: 'folder' };
    default:
      return { found: 'other', code };
  }
}

function statOf(path: string): Stats | PathProblem {
  try {
    return statSync(path);
  } catch (e) {
    return problemOf(path, e);
  }
}

/** A folder at `path` (symlinks followed), or why not. */
export function folderAt(path: string): PathProblem | undefined {
  const st = statOf(path);
  if (!('isDirectory' in st)) return st;
  return st.isDirectory() ? undefined : { found: st.isFile() ? 'file' : 'special' };
}

/**
 * The bytes of the regular file at `path` (symlinks followed), or why not. A pipe, a device or a
 * socket is refused: reading one may never end (`/dev/zero`, a FIFO nobody writes to).
 */
export function readRegularFile(path: string): { bytes: Uint8Array } | PathProblem {
  const st = statOf(path);
  if (!('isDirectory' in st)) return st;
  if (st.isDirectory()) return { found: 'folder' };
  if (!st.isFile()) return { found: 'special' };
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    return problemOf(path, e);
  }
}

/** The names in a folder, or why they cannot be listed. */
export function namesIn(path: string): { names: string[] } | PathProblem {
  try {
    return { names: readdirSync(path) };
  } catch (e) {
    return problemOf(path, e);
  }
}

/** The entries of a folder with their kinds as the listing gives them, or why they cannot be listed. */
export function entriesIn(path: string): { entries: Dirent[] } | PathProblem {
  try {
    return { entries: readdirSync(path, { withFileTypes: true }) };
  } catch (e) {
    return problemOf(path, e);
  }
}

/**
 * An entry of a listed folder: a regular file by the listing is read without a stat of its own
 * (one system call less per file); anything else, a link among them, as readRegularFile.
 */
export function readEntry(folder: string, entry: Dirent): { bytes: Uint8Array } | PathProblem {
  const path = join(folder, entry.name);
  if (!entry.isFile()) return readRegularFile(path);
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    return problemOf(path, e);
  }
}

/** Whether an entry of a listed folder is a regular file (a link followed). */
export function entryIsFile(folder: string, entry: Dirent): boolean {
  return entry.isFile() || (entry.isSymbolicLink() && isRegularFile(join(folder, entry.name)));
}

/** Whether `path` is a regular file (symlinks followed); false for anything that fails. */
export function isRegularFile(path: string): boolean {
  const st = statOf(path);
  return 'isFile' in st && st.isFile();
}
