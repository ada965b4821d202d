// What a command may touch of the outside world, passed in so tests can run the whole CLI
// in-process and capture everything it prints; and how the files of a run are written.

import { randomBytes } from 'node:crypto';
import { lstatSync, readlinkSync, rmdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../app/outcome.js';
import type { Lang } from '../money.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour only on a terminal and without NO_COLOR. */
  stdoutIsTTY: boolean;
  /** A progress bar only on a terminal (buig simulate). */
  stderrIsTTY?: boolean;
  /**
   * While the files of a run are written: on SIGINT, SIGTERM or SIGHUP, run `cleanup` (it removes
   * the temporary files) and end the process as the signal would. Returns the function that stops
   * listening. The process edge (main.ts) gives it; a test that runs the CLI in-process does not.
   */
  guardInterrupts?: (cleanup: () => void) => () => void;
}

export function colourEnabled(io: Io): boolean {
  return io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

/** An output file that cannot be written: the CLI says so and exits 73 (EX_CANTCREAT). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** A file of a run: where the user asked for it, and what goes in it. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/**
 * Kernel pseudo-filesystems by their statfs magic number (linux/magic.h). Their files are not
 * files: a write there can hang, or change the running system. A folder on one is refused.
 */
const PSEUDO_FILESYSTEMS: Record<number, string> = {
  40864: 'proc',
  1650812274: 'sysfs',
  2613483: 'cgroup',
  1667723888: 'cgroup2',
  1684170528: 'debugfs',
  1953653091: 'tracefs',
  1935894131: 'securityfs',
  3405662737: 'bpf',
  1634035564: 'pstore',
  3730735588: 'efivarfs',
  1650812272: 'configfs',
  7377: 'devpts',
  1112100429: 'binfmt_misc',
};

/** The pseudo-filesystem the folder (or its nearest existing parent) is on, if any (Linux only). */
function pseudoFilesystem(folder: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      return PSEUDO_FILESYSTEMS[Number(statfsSync(dir).type)];
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}

const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/** The same limit as the kernel's for a path's symlinks (MAXSYMLINKS). */
const MAX_LINKS = 40;

/**
 * Where a file written to `path` really goes: through symlinks (a dangling one names the file
 * to make) to the file to replace, never a folder on a pseudo-filesystem.
 */
function targetOf(path: string, shown: string, lang: Lang): string {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const fs = pseudoFilesystem(dirname(current));
    if (fs !== undefined) throw new OutputError(shown, tr(lang, `een pseudobestandssysteem van de kernel: ${fs}`, `a kernel pseudo-filesystem: ${fs}`));
    let link: boolean;
    try {
      link = lstatSync(current).isSymbolicLink();
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return current;
      throw new OutputError(shown, errnoOf(e));
    }
    if (!link) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new OutputError(shown, 'ELOOP');
}

interface Planned extends OutputFile {
  target: string;
  /** The file replaced: its permissions and owner are kept. */
  existing?: { mode: number; uid: number; gid: number };
  temp?: string;
}

function plan(io: Io, lang: Lang, file: OutputFile): Planned {
  const target = targetOf(resolve(io.cwd, file.path), file.path, lang);
  let st: import('node:fs').Stats;
  try {
    st = statSync(target);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return { ...file, target };
    throw new OutputError(file.path, errnoOf(e));
  }
  if (st.isDirectory()) throw new OutputError(file.path, 'EISDIR');
  // A named pipe, a device, a socket: renaming over it would replace it; writing into it can wait for ever.
  if (!st.isFile()) throw new OutputError(file.path, tr(lang, 'geen gewoon bestand', 'not a regular file'));
  return { ...file, target, existing: { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid } };
}

/** Temporary files and the folders made for them, while files are being written. */
interface Made {
  temps: Set<string>;
  /** [first folder made, the deepest], as mkdir made them. */
  folders: [string, string][];
}

/** Remove what a failed or interrupted write made; synchronous, so a signal handler can run it. */
function undo(made: Made): void {
  for (const temp of made.temps) rmSync(temp, { force: true });
  made.temps.clear();
  for (const [first, deepest] of made.folders.reverse()) {
    for (let dir = deepest; ; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
      if (dir === first) break;
    }
  }
  made.folders = [];
}

async function writeTemp(p: Planned, made: Made): Promise<void> {
  const folder = dirname(p.target);
  const first = await mkdir(folder, { recursive: true });
  if (first !== undefined) made.folders.push([first, folder]);
  p.temp = join(folder, `.${basename(p.target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  made.temps.add(p.temp);
  const handle = await open(p.temp, 'wx', p.existing?.mode ?? 0o666);
  try {
    await handle.writeFile(p.content);
    if (p.existing) {
      // The umask narrowed the mode given to open; the file replaced had exactly this one.
      await handle.chmod(p.existing.mode);
      if (p.existing.uid !== process.getuid?.() || p.existing.gid !== process.getgid?.()) await handle.chown(p.existing.uid, p.existing.gid).catch(() => undefined);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Write the files of a run, all or none, each atomically: every file is first written in full
 * to a temporary file beside its target (missing folders are made), and only then are they
 * renamed into place. A failure, or an interrupt (io.guardInterrupts), removes the temporary
 * files and the folders made for them, and leaves every old file as it was. `--out` through a
 * symlink writes the file it points at; a replaced file keeps its permissions (and, where the
 * system allows, its owner). Text is written as UTF-8, bytes as they are.
 */
export async function writeFilesAtomic(io: Io, lang: Lang, files: readonly OutputFile[]): Promise<void> {
  const planned = files.map((f) => plan(io, lang, f));
  planned.forEach((p, i) => {
    const other = planned.findIndex((q) => q.target === p.target);
    if (other !== i)
      throw new UsageError(
        tr(
          lang,
          `${planned[other]!.path} en ${p.path} zijn hetzelfde bestand; geef elke uitvoer een eigen bestand`,
          `${planned[other]!.path} and ${p.path} are the same file; give each output a file of its own`,
        ),
      );
  });
  const made: Made = { temps: new Set(), folders: [] };
  const release = io.guardInterrupts?.(() => undo(made));
  let current: Planned | undefined;
  try {
    for (current of planned) await writeTemp(current, made);
    for (current of planned) {
      await rename(current.temp!, current.target);
      made.temps.delete(current.temp!);
    }
  } catch (e) {
    undo(made);
    throw new OutputError(current?.path ?? '', errnoOf(e));
  } finally {
    release?.();
  }
}
