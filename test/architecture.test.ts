// The house rules that a reader of the code relies on: command files are thin and independent,
// domain functions are short, the pipeline computes a shared base run once.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../src/app/plan.js';
import { runReport } from '../src/app/report.js';
import { D } from '../src/money.js';

const COMMANDS = 'src/cli/commands';
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

/** Every function in a file with its length in lines. */
function functionLengths(file: string): { name: string; line: number; lines: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) ? (node.name?.getText() ?? '') : '(arrow)';
      out.push({ name, line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the command layer', () => {
  it('has no command file that imports another command file', () => {
    const offenders = filesIn(COMMANDS).filter((f) => /from '\.\/[^']+'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('has no command file over 80 lines', () => {
    const long = filesIn(COMMANDS)
      .map((f) => ({ f, lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((x) => x.lines > 80);
    expect(long).toEqual([]);
  });
});

describe('the domain', () => {
  it('has no function over 60 lines', () => {
    const long = filesIn('src/domain').flatMap((f) =>
      functionLengths(f)
        .filter((fn) => fn.lines > 60)
        .map((fn) => `${f}:${fn.line} ${fn.name} (${fn.lines} lines)`),
    );
    expect(long).toEqual([]);
  });
  it('would see a long function (the check itself can fail)', () => {
    expect(functionLengths('test/architecture.test.ts').some((fn) => fn.lines > 5)).toBe(true);
  });
});

describe('the application pipeline', () => {
  const env = { cwd: process.cwd(), lang: 'nl' as const };

  it('computes the base forecast once per plan run, and one run per counterfactual', () => {
    const { value: run } = runPlan(env, { source: {} });
    expect(run).toBeDefined();
    const n = run!.prepared.acties.length;
    expect(n).toBe(27);
    // The plan, each actie alone, and the plan without each actie; each actie's effects once.
    expect(run!.prepared.runner.telling).toEqual({ basis: 1, runs: 2 * n + 1, effecten: n });
  });

  it('keeps one base run when the solver searches on top of the plan', () => {
    const { value: run } = runPlan(env, { source: {}, doel: { jaar: 2024, doel: { soort: 'tekort_pct', max: D(-15) } } });
    expect(run!.oplossing?.perMaand).toBeGreaterThan(0);
    expect(run!.prepared.runner.telling.basis).toBe(1);
    expect(run!.prepared.runner.telling.runs).toBeGreaterThan(2 * 27 + 1);
  });

  it('prices the report plan on the forecast run base', () => {
    const { value: r } = runReport(env, { scenario: 'scenarios/deventer-aanvalsplan.json' });
    expect(r!.pricing).toBeDefined();
    expect(r!.pricing!.base).toBe(r!.run.prepared.runner.base);
    expect(r!.run.prepared.runner.telling.basis).toBe(1);
  });
});
