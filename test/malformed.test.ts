// Every malformed-input fixture through the whole CLI: exit 65, the right code at the right
// file, line and column, a hint, no stack trace, and no output file written.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MALFORMED, WARNINGS, type Fixture } from './fixtures.js';
import { CLEAN, cli, folder } from './helpers.js';

interface JsonDiagnostic {
  code: string;
  severity: string;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string;
}

async function validate(fixture: Fixture, extra: string[] = []) {
  const { root } = folder({ ...CLEAN, ...fixture.files }, 'fx');
  const json = await cli(['validate', '--data', 'fx', '--format', 'json', ...extra], { cwd: root });
  const text = await cli(['validate', '--data', 'fx', '--out', 'report.txt'], { cwd: root });
  return { root, json, text, diagnostics: JSON.parse(json.stdout || '[]') as JsonDiagnostic[] };
}

function expectAt(diagnostics: JsonDiagnostic[], f: Fixture) {
  const hit = diagnostics.find((d) => d.code === f.code);
  expect(hit, `${f.code} in ${JSON.stringify(diagnostics, null, 1)}`).toBeDefined();
  expect(hit!.file).toBe(join('fx', f.file));
  expect(hit!.line).toBe(f.line || null);
  expect(hit!.column).toBe(f.column || null);
  expect(hit!.hint.length).toBeGreaterThan(10);
  expect(hit!.message.length).toBeGreaterThan(5);
  return hit!;
}

describe('malformed input', () => {
  it('has at least 25 fixtures', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(25));

  it.each(MALFORMED.map((f) => [f.name, f] as const))('%s', async (_, f) => {
    const { root, json, text, diagnostics } = await validate(f);
    expect(json.code).toBe(65);
    expect(expectAt(diagnostics, f).severity).toBe('error');
    expect(text.code).toBe(65);
    // The text form: FILE:LINE:COL: error CODE, the line, a hint; never a stack trace.
    expect(text.stderr).toContain(`${join('fx', f.file)}:${f.line}:${f.column}: error ${f.code}:`);
    expect(text.stderr).toMatch(/hint: /);
    expect(text.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(root, 'report.txt'))).toBe(false);
  });
});

describe('warnings', () => {
  it.each(WARNINGS.map((f) => [f.name, f] as const))('%s', async (_, f) => {
    const { json, diagnostics } = await validate(f);
    expect(json.code).toBe(0);
    expect(expectAt(diagnostics, f).severity).toBe('warning');
    const strict = await validate(f, ['--strict']);
    expect(strict.json.code).toBe(65);
  });
});
