// Test helpers: inline files (beancount's load_doc, as a template tag) and the whole CLI run
// in-process with captured output.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/main.js';

/** A CSV written inline in a test: common indentation and the first empty line removed. */
export function csv(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n')
    .replace(/[ \t]+$/, '');
}

/** A fresh temporary folder holding `files` (text is written as UTF-8, Buffers as they are). */
export function folder(files: Record<string, string | Uint8Array>, name = 'data'): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'buig-test-'));
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return { root, dir };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** A small, clean data folder: every file valid, stands and flows reconcile. */
export const CLEAN: Record<string, string> = {
  'budget.csv': csv`
    jaar,fase,bedrag
    2022,definitief,36896210
  `,
  'lasten.csv': csv`
    jaar,lasten
    2022,40552826
  `,
  'volume.csv': csv`
    maand,regeling,aantal
    2022-01,PW,100
    2022-02,PW,102
  `,
  'stromen.csv': csv`
    maand,regeling,instroom,uitstroom
    2022-02,PW,5,3
  `,
};
