// A user's vangnet rules file (--rules), for every command that computes a vangnet.

import type { VangnetRule } from '../domain/vangnet/rules.js';
import { readRulesFile } from '../read/rulesFile.js';
import { readInput } from './files.js';
import type { Env, Outcome } from './outcome.js';

export function loadRules(env: Env, file: string | undefined, purpose: string): Outcome<VangnetRule[]> {
  if (file === undefined) return { value: [], diagnostics: [] };
  const read = readInput(env.cwd, file, purpose);
  if ('problem' in read) return { diagnostics: [read.problem] };
  const rules = readRulesFile(file, read.bytes, env.lang);
  return rules.diagnostics.some((d) => d.severity === 'error') ? { diagnostics: rules.diagnostics } : { value: rules.rules, diagnostics: rules.diagnostics };
}
