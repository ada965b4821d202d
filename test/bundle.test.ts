// The published command: bin/buig.js starts the bundle in dist/ (scripts/build.mjs; npm test
// builds it first). It prints what the sources print (the golden files), loads zod only when a
// schema is needed, and every command's code only when that command runs.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const index = JSON.parse(readFileSync('test/golden/index.json', 'utf8')) as Record<string, { argv: string[]; exit: number; outputs: Record<string, string> }>;
const built = existsSync('dist/buig.js');

describe('the bundled command', () => {
  it('is built (npm run build)', () => expect(built).toBe(true));

  it.each([
    'forecast-basis.table.nl',
    'forecast-basis.json',
    'plan.csv',
    'vangnet-2022.json',
    'report-aanvalsplan.nl',
    'help.nl',
    'help-forecast.nl',
    'schema',
    'validate.json',
    'usage-unknown-command',
  ])(
    'prints the golden output of %s',
    (name) => {
      const c = index[name]!;
      const r = spawnSync(process.execPath, ['bin/buig.js', ...c.argv], { encoding: 'utf8' });
      const [stdoutFile] = Object.keys(c.outputs);
      expect(r.stdout).toBe(readFileSync(join('test/golden', stdoutFile!), 'utf8'));
      expect(r.status).toBe(c.exit);
    },
    30_000,
  );

  it('holds no zod: it is loaded from the installed dependency when a schema is needed', () => {
    const files = ['dist/buig.js', ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f))];
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('ZodError'))).toEqual([]);
  });

  it.each([
    ['--help', ['--help']],
    ['forecast', ['forecast']],
    ['vangnet', ['vangnet', '--year', '2022', '--data', 'data/deventer']],
    ['plan', ['plan', '--format', 'md']],
  ])('runs %s without loading child_process, zod, csv-parse or cli-table3', (_, argv) => {
    const probe = `const m = await import('./dist/buig.js');
      const code = await m.run(${JSON.stringify(argv)}, { stdout() {}, stderr() {}, cwd: process.cwd(), env: {}, stdoutIsTTY: false });
      const { createRequire } = await import('node:module');
      const cache = Object.keys(createRequire(import.meta.url)('module')._cache);
      console.log(JSON.stringify({ code, childProcess: process.moduleLoadList.some((x) => x.includes('child_process')), libraries: cache.filter((f) => /[\\/](zod|csv-parse|cli-table3)[\\/]/.test(f)) }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ code: 0, childProcess: false, libraries: [] });
  });

  it('starts from a small file that loads a command when it runs', () => {
    const start = readFileSync('dist/buig.js', 'utf8');
    expect(start.length).toBeLessThan(40_000);
    expect(start).toMatch(/import\("\.\/chunks\/forecast-[\w-]+\.js"\)/);
  });
});
