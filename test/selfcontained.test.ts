// The repository stands on its own: a user's clone has only what is in it. No tracked file may
// read or name a team folder outside the repository, or cite a working file instead of the
// public document it comes from (docs/sources.md lists the documents and how to cite them).
// The reports of the shipped scenarios are checked too, since they print scenario texts.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git']);

/** Forbidden: the team folder beside the repository, and citations of its working files. */
const FORBIDDEN: { what: string; test: (line: string) => boolean }[] = [
  // Written as patterns so that this file does not itself name the folder it forbids.
  { what: 'the team folder beside the repository', test: (l: string) => /\.\.[/\\]shared\b/.test(l) },
  { what: 'a working file of the team folder', test: (l: string) => /\bshared[/\\](?:seeds|cases|spec)\b/.test(l) },
  { what: 'a seed citation', test: (l: string) => /\bseeds? 0\d\d/i.test(l) },
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(join(dir, e.name));
    return e.isFile() ? [relative(ROOT, join(dir, e.name)).split(sep).join('/')] : [];
  });
}

/** The files git tracks; without git (an unpacked archive), every file but the build and installs. */
function repositoryFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = out.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
    if (files.length > 0) return files;
  } catch {
    // no git here: walk the tree instead
  }
  return walk(ROOT);
}

describe('the repository stands on its own', () => {
  const files = repositoryFiles().filter((f) => statSync(join(ROOT, f)).isFile());

  it('finds the files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'package.json', 'test/vangnet/published.test.ts']));
  });

  it('names no folder outside the repository and cites no seed file', () => {
    const found: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(join(ROOT, file));
      if (bytes.includes(0)) continue; // binary
      bytes
        .toString('utf8')
        .split('\n')
        .forEach((line, i) => {
          const what = FORBIDDEN.filter((f) => f.test(line)).map((f) => f.what);
          if (what.length) found.push(`${file}:${i + 1}: ${what.join(', ')}: ${line.trim()}`);
        });
    }
    expect(found, `cite the public document instead (docs/sources.md):\n${found.join('\n')}`).toEqual([]);
  });
});

describe('the reports of the shipped scenarios', () => {
  const runs: string[][] = [
    ['forecast', '--format', 'md'],
    ['forecast', '--scenario', 'scenarios/deventer-statushouders.json', '--format', 'md'],
    ['forecast', '--scenario', 'scenarios/deventer-aanvalsplan.json', '--format', 'md'],
    ['plan', '--format', 'md'],
    ['plan', '--format', 'json'],
  ];
  it.each(runs.map((argv) => [argv.join(' '), argv] as const))(
    'buig %s says nothing of seeds',
    async (_, argv) => {
      const r = await cli([...argv], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
      expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/\bseeds?\b/i);
    },
    30_000,
  );
});
