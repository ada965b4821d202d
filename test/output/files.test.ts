// The files of a run: all of them or none, each atomically, through a symlink to its target with
// the target's permissions, and never into a kernel pseudo-filesystem or onto something that is
// not a regular file.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from '../helpers.js';

const here = (f: string) => join(process.cwd(), f);
const BASIS = here('scenarios/deventer-basis.json');

/** Every entry under `dir`, hidden ones too, as paths relative to it. */
function entries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name, ...entries(join(dir, e.name)).map((x) => `${e.name}/${x}`)] : [e.name]));
}

describe('all files of a run, or none', () => {
  it('forecast: --chart is not written when --out cannot be written', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'bestand'), 'a file, not a folder');
    const r = await cli(['forecast', '--scenario', BASIS, '--chart', 'prognose.svg', '--format', 'json', '--out', 'bestand/prognose.json'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('buig: fout: kan bestand/prognose.json niet schrijven (ENOTDIR)\n');
    expect(entries(root).sort()).toEqual(['bestand', 'data']);
  });

  it('forecast: --out is not written when --chart cannot be written, and no folder is left', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'bestand'), 'a file, not a folder');
    const r = await cli(['forecast', '--scenario', BASIS, '--chart', 'bestand/prognose.svg', '--format', 'json', '--out', 'nieuw/diep/prognose.json'], { cwd: root });
    expect(r.code).toBe(73);
    expect(entries(root).sort()).toEqual(['bestand', 'data']);
  });

  it('report: no chart beside a document that cannot be written', async () => {
    const { root } = folder({});
    mkdirSync(join(root, 'raad.html'));
    const r = await cli(['report', '--scenario', BASIS, '--format', 'html', '--out', 'raad.html', '--chart', 'grafiek.svg'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toContain('raad.html');
    expect(entries(root).sort()).toEqual(['data', 'raad.html']);
  });

  it('report: no document when the chart cannot be written', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'bestand'), 'a file');
    const r = await cli(['report', '--scenario', BASIS, '--out', 'raad.md', '--chart', 'bestand/grafiek.svg'], { cwd: root });
    expect(r.code).toBe(73);
    expect(entries(root).sort()).toEqual(['bestand', 'data']);
  });

  it('the report on stdout is not printed when a file of the run cannot be written', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'bestand'), 'a file');
    const r = await cli(['forecast', '--scenario', BASIS, '--chart', 'bestand/prognose.svg'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stdout).toBe('');
  });

  it('one file named twice as an output is a usage error, before anything is written', async () => {
    const { root } = folder({});
    const r = await cli(['forecast', '--scenario', BASIS, '--format', 'json', '--out', 'prognose.svg', '--chart', './prognose.svg'], { cwd: root });
    expect(r.code).toBe(64);
    expect(r.stderr).toBe('buig: fout: ./prognose.svg en prognose.svg zijn hetzelfde bestand; geef elke uitvoer een eigen bestand\nZie buig --help.\n');
    expect(entries(root)).toEqual(['data']);
  });
});

describe('--out through a symlink', () => {
  it('writes the target and keeps the link', async () => {
    const { root } = folder({});
    mkdirSync(join(root, 'echt'));
    writeFileSync(join(root, 'echt', 'schema.json'), 'old');
    symlinkSync('echt/schema.json', join(root, 'link.json'));
    const r = await cli(['schema', '--out', 'link.json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(root, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'echt', 'schema.json'), 'utf8'))).toHaveProperty('$schema');
    expect(entries(root).sort()).toEqual(['data', 'echt', 'echt/schema.json', 'link.json']);
  });

  it('a dangling link: the file it points at is made', async () => {
    const { root } = folder({});
    symlinkSync('nieuw.json', join(root, 'link.json'));
    const r = await cli(['schema', '--out', 'link.json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(root, 'link.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(root, 'nieuw.json'))).toBe(true);
  });

  it('a loop of links is output that cannot be written', async () => {
    const { root } = folder({});
    symlinkSync('b.json', join(root, 'a.json'));
    symlinkSync('a.json', join(root, 'b.json'));
    const r = await cli(['schema', '--out', 'a.json'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('buig: fout: kan a.json niet schrijven (ELOOP)\n');
  });
});

describe('--out keeps the permissions of the file it replaces', () => {
  for (const mode of [0o600, 0o640, 0o664]) {
    it(`a file with mode ${mode.toString(8)} keeps it`, async () => {
      const { root } = folder({});
      writeFileSync(join(root, 'uit.json'), 'old');
      chmodSync(join(root, 'uit.json'), mode);
      const r = await cli(['schema', '--out', 'uit.json'], { cwd: root });
      expect(r.code, r.stderr).toBe(0);
      expect(statSync(join(root, 'uit.json')).mode & 0o7777).toBe(mode);
      expect(readFileSync(join(root, 'uit.json'), 'utf8')).not.toBe('old');
    });
  }

  it('through a symlink, the mode of the target', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 'doel.json'), 'old');
    chmodSync(join(root, 'doel.json'), 0o600);
    symlinkSync('doel.json', join(root, 'link.json'));
    expect((await cli(['schema', '--out', 'link.json'], { cwd: root })).code).toBe(0);
    expect(readFileSync(join(root, 'doel.json'), 'utf8')).not.toBe('old');
    expect(statSync(join(root, 'doel.json')).mode & 0o7777).toBe(0o600);
  });
});

describe('targets that are not files', () => {
  it('a kernel pseudo-filesystem (procfs, sysfs): exit 73 at once, with the path', async () => {
    if (process.platform !== 'linux' || !existsSync('/proc/self')) return;
    for (const path of ['/proc/self/buig.json', '/sys/buig.json', '/proc/self/fd/1']) {
      const started = Date.now();
      const r = await cli(['schema', '--out', path]);
      expect(r.code, path).toBe(73);
      expect(r.stderr, path).toMatch(new RegExp(`^buig: fout: kan ${path} niet schrijven \\(een pseudobestandssysteem van de kernel: (proc|sysfs)\\)\\n$`));
      expect(Date.now() - started).toBeLessThan(5000);
    }
    const en = await cli(['schema', '--out', '/proc/self/buig.json', '--lang', 'en']);
    expect(en.stderr).toBe('buig: error: cannot write /proc/self/buig.json (a kernel pseudo-filesystem: proc)\n');
  });

  it('a named pipe is not replaced, nor written (that would wait for a reader)', async () => {
    const { root } = folder({});
    try {
      execFileSync('mkfifo', [join(root, 'pijp')]);
    } catch {
      return;
    }
    const r = await cli(['schema', '--out', 'pijp'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('buig: fout: kan pijp niet schrijven (geen gewoon bestand)\n');
    expect(lstatSync(join(root, 'pijp')).isFIFO()).toBe(true);
  });

  it('a folder is not a file', async () => {
    const { root } = folder({});
    mkdirSync(join(root, 'map'));
    const r = await cli(['schema', '--out', 'map', '--lang', 'en'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toBe('buig: error: cannot write map (EISDIR)\n');
  });
});
