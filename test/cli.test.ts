// The command line as a user and CI meet it: exit codes, languages, formats, files.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, cli, folder } from './helpers.js';

describe('exit codes', () => {
  it('64 for an unknown command, an unknown flag, a bad --format, or no command', async () => {
    expect((await cli(['frobnicate'])).code).toBe(64);
    expect((await cli(['validate', '--dat', 'x'])).code).toBe(64);
    expect((await cli(['validate', '--format', 'xml'])).code).toBe(64);
    expect((await cli([])).code).toBe(64);
  });

  it('0 for --help and --version', async () => {
    const help = await cli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('buig validate --data data/deventer');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('66 when the data folder does not exist, naming it', async () => {
    const r = await cli(['validate', '--data', 'no/such/folder']);
    expect(r.code).toBe(66);
    expect(r.stderr).toContain('no/such/folder: error BUIG-E029: de map no/such/folder bestaat niet');
  });

  it('66 when budget.csv is missing (E001), even with other errors present', async () => {
    const { root } = folder({ 'lasten.csv': 'jaar,lasten\n2022,x\n' });
    const r = await cli(['validate', '--data', 'data', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(66);
    const codes = (JSON.parse(r.stdout) as { code: string }[]).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['BUIG-E001', 'BUIG-E010', 'BUIG-W030']));
  });

  it('0 with only a warning that volume.csv and stromen.csv are missing (W030)', async () => {
    const { root } = folder({ 'budget.csv': CLEAN['budget.csv']!, 'lasten.csv': CLEAN['lasten.csv']! });
    const r = await cli(['validate', '--data', 'data', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { code: string; file: string }[]).map((d) => [d.code, d.file])).toEqual([
      ['BUIG-W030', join('data', 'stromen.csv')],
      ['BUIG-W030', join('data', 'volume.csv')],
    ]);
  });
});

describe('output', () => {
  const broken = { ...CLEAN, 'budget.csv': 'jaar,fase,bedrag\n2022,definitef,36896210\n' };

  it('prints the contract JSON for validate', async () => {
    const { root } = folder(broken);
    const r = await cli(['validate', '--data', 'data', '--format', 'json'], { cwd: root });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        code: 'BUIG-E015',
        severity: 'error',
        file: join('data', 'budget.csv'),
        line: 2,
        column: 6,
        message: "onbekende fase 'definitef'",
        hint: 'bedoelde u definitief? toegestaan: voorlopig, nader_voorlopig, definitief',
      },
    ]);
  });

  it('speaks English with --lang en, before or after the command', async () => {
    const { root } = folder(broken);
    for (const argv of [
      ['--lang', 'en', 'validate', '--data', 'data'],
      ['validate', '--data', 'data', '--lang', 'en'],
    ]) {
      const r = await cli(argv, { cwd: root });
      expect(r.stderr).toContain("error BUIG-E015: unknown fase 'definitef'");
      expect(r.stderr).toContain('hint: did you mean definitief? allowed:');
      expect(r.stdout).toContain('1 error, no warnings');
    }
  });

  it('writes --out atomically on success and leaves an old file alone on failure', async () => {
    const { root } = folder(CLEAN);
    const ok = await cli(['validate', '--data', 'data', '--format', 'json', '--out', 'report.json'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toEqual([]);

    const bad = folder(broken);
    writeFileSync(join(bad.root, 'report.json'), 'old');
    const failed = await cli(['validate', '--data', 'data', '--out', 'report.json'], { cwd: bad.root });
    expect(failed.code).toBe(65);
    expect(readFileSync(join(bad.root, 'report.json'), 'utf8')).toBe('old');
    expect(failed.stderr).toContain('report.json is niet geschreven');
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    const { root } = folder(broken);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the escape character of a colour code
    const esc = /\u001b\[/;
    expect((await cli(['validate', '--data', 'data'], { cwd: root, tty: true })).stderr).toMatch(esc);
    expect((await cli(['validate', '--data', 'data'], { cwd: root, tty: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(esc);
    expect((await cli(['validate', '--data', 'data'], { cwd: root, tty: false })).stderr).not.toMatch(esc);
  });

  it('gives csv and md reports of the diagnostics', async () => {
    const { root } = folder(broken);
    const c = await cli(['validate', '--data', 'data', '--format', 'csv'], { cwd: root });
    expect(c.stdout.split('\n')[0]).toBe('code,severity,file,line,column,message,hint');
    const m = await cli(['validate', '--data', 'data', '--format', 'md'], { cwd: root });
    expect(m.stdout).toContain(`| BUIG-E015 | ${join('data', 'budget.csv')}:2:6 | onbekende fase 'definitef' |`);
  });
});

describe('the installed binary', () => {
  const bin = join(process.cwd(), 'bin', 'buig.js');
  it('runs validate on the embedded data from any folder and returns its exit code', () => {
    expect(existsSync(join(process.cwd(), 'dist', 'buig.js'))).toBe(true);
    const out = execFileSync(process.execPath, [bin, 'validate'], { cwd: '/', encoding: 'utf8' });
    expect(out).toContain('geen fouten, geen waarschuwingen');
    const r = spawnSync(process.execPath, [bin, 'validate', '--data', '/nonexistent'], { encoding: 'utf8' });
    expect(r.status).toBe(66);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('output files', () => {
  it('makes a missing folder for --out, and exits 73 with a clear message when it cannot write', async () => {
    const { root } = folder(CLEAN);
    const ok = await cli(['validate', '--data', 'data', '--format', 'json', '--out', 'new/dir/report.json'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(existsSync(join(root, 'new', 'dir', 'report.json'))).toBe(true);
    // A file where a folder should be.
    writeFileSync(join(root, 'blocker'), 'x');
    const r = await cli(['validate', '--data', 'data', '--out', 'blocker/report.json'], { cwd: root });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^buig: fout: kan blocker\/report\.json niet schrijven \(E\w+\)\n$/);
  });
});

describe('validate --scenario', () => {
  it('exits 0 on the shipped scenarios', async () => {
    for (const s of ['deventer-basis', 'deventer-statushouders', 'deventer-aanvalsplan']) {
      const r = await cli(['validate', '--scenario', `scenarios/${s}.json`]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`scenarios/${s}.json: geen fouten, geen waarschuwingen`);
    }
  });

  it('reports a scenario problem with its position, and refuses --data beside it', async () => {
    const { root } = folder({});
    writeFileSync(join(root, 's.json'), JSON.stringify({ naam: 'x', data: 'nergens' }, null, 2));
    const r = await cli(['validate', '--scenario', 's.json', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(JSON.parse(r.stdout)).toMatchObject([{ code: 'BUIG-E042', file: 's.json', line: 3, column: 3 }]);
    expect((await cli(['validate', '--scenario', 's.json', '--data', 'x'], { cwd: root })).code).toBe(64);
  });
});
