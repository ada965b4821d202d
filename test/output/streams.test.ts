// The process edge, tried with the built binary in a real child process: a reader that stops
// early (`buig ... | head -1`), a closed stderr, a full disk behind stdout, and an interrupted
// write. None may print a Node stack trace or leave a temporary file behind.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'buig.js');
const NODE = process.execPath;

/** A pipeline through bash; the exit status of buig (the first command) on the last line of stdout. */
function pipeline(command: string): { out: string; status: number; lines: string[] } {
  const script = `buig() { "$BUIG_NODE" "$BUIG_BIN" "$@"; }\n${command}; echo "status=\${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, BUIG_NODE: NODE, BUIG_BIN: BIN } });
  const lines = r.stdout.trimEnd().split('\n');
  const status = Number(/^status=(\d+)$/.exec(lines.pop() ?? '')?.[1]);
  return { out: r.stdout + r.stderr, status, lines };
}

describe('a closed stdout or stderr', () => {
  it('is built (npm test builds before vitest)', () => {
    expect(existsSync(join(process.cwd(), 'dist', 'buig.js'))).toBe(true);
  });

  it('buig forecast --format json | head -1: the first line, exit 0, no stack trace', () => {
    const r = pipeline('buig forecast --format json 2>&1 | head -1');
    expect(r.lines).toEqual(['{']);
    expect(r.status).toBe(0);
  });

  it('a reader that is gone before buig writes: exit 0 and nothing on stderr', () => {
    const r = pipeline('buig forecast | true');
    expect(r.out).not.toContain('EPIPE');
    expect(r.out).not.toContain('    at ');
    expect(r.status).toBe(0);
  });

  it('keeps the exit code of the run: a report of data errors stays 65', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buig-pipe-'));
    cpSync(join(process.cwd(), 'data', 'deventer'), dir, { recursive: true });
    writeFileSync(join(dir, 'budget.csv'), 'jaar,fase,bedrag\n2022,definitef,1\n');
    const r = pipeline(`buig validate --data "${dir}" --format json | true`);
    expect(r.out).not.toContain('    at ');
    expect(r.status).toBe(65);
  });

  it('a closed stderr ends quietly too, with the code of the run', () => {
    const failed = pipeline('buig validate --data /nonexistent 2>&1 >/dev/null | true');
    expect(failed.status).toBe(66);
    const wrote = pipeline(`cd "${mkdtempSync(join(tmpdir(), 'buig-pipe-'))}" && buig schema --out s.json 2>&1 | true`);
    expect(wrote.status).toBe(0);
  });

  it('stdout on a full disk is output that cannot be written: exit 73 with one line', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('bash', ['-c', `"${NODE}" "${BIN}" schema > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(73);
    expect(r.stderr).toMatch(/^buig: fout: kan stdout niet schrijven \(ENOSPC\)\n$/);
  });
});

/**
 * A preload that holds the write of an output file just before the rename, with its temporary
 * file in place, and says HOLD on stderr; the test then sends a signal.
 */
const HOLD = `
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const { syncBuiltinESMExports } = require('node:module');
const say = () => fs.writeSync(2, 'HOLD\\n');
const renameSync = fs.renameSync;
fs.renameSync = (a, b) => { say(); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000); return renameSync(a, b); };
fsp.rename = () => { say(); setInterval(() => {}, 1000); return new Promise(() => {}); };
syncBuiltinESMExports();
`;

function interrupted(signal: 'SIGINT' | 'SIGTERM'): Promise<{ signal: NodeJS.Signals | null; code: number | null; left: string[]; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'buig-signal-'));
  writeFileSync(join(dir, 'hold.cjs'), HOLD);
  const out = join(dir, 'out');
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['--require', join(dir, 'hold.cjs'), BIN, 'schema', '--out', join(out, 'schema.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no HOLD within 15 s: ${stderr}`));
    }, 15_000);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('HOLD')) child.kill(signal);
    });
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ signal: sig, code, left: existsSync(out) ? ['out', ...readdirSync(out)] : [], stderr });
    });
  });
}

describe('an interrupted run', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while an output is written: no temporary file or new folder is left, and the process ends by the signal`, async () => {
      const r = await interrupted(signal);
      expect(r.left).toEqual([]);
      expect(r.signal).toBe(signal);
    }, 20_000);
  }
});
