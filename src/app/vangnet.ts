// `buig vangnet`: one year's vangnet, from a data folder or from figures given on the command line.

import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { computeVangnet, type JaarCijfers, type VangnetResult } from '../domain/vangnet/compute.js';
import { jaarCijfers, yearFigures } from '../domain/vangnet/fromData.js';
import { BUILT_IN_RULES, ruleFor } from '../domain/vangnet/rules.js';
import type { Decimal } from '../money.js';
import { readDataFolder } from '../read/dataFolder.js';
import { stops, type Env, type Outcome } from './outcome.js';
import { loadRules } from './rules.js';

export type VangnetRequest = { jaar: number; rulesFile?: string /** A real application: what is a warning in a projection is an error. */; aanvraag?: boolean } & (
  | { data: string }
  | { budget: Decimal; lasten: Decimal; andereJaren: JaarCijfers[] }
);

export function runVangnet(env: Env, request: VangnetRequest): Outcome<VangnetResult> {
  const { jaar } = request;
  const rules = loadRules(env, request.rulesFile, 'buig vangnet --rules');
  if (!rules.value) return { diagnostics: rules.diagnostics };
  const diagnostics: Diagnostic[] = [...rules.diagnostics];
  let input: Pick<Parameters<typeof computeVangnet>[0], 'budget' | 'lasten' | 'budgetFase' | 'andereJaren'> | undefined;
  if ('data' in request) {
    const folder = readDataFolder(request.data, ['vangnet'], env.cwd);
    // Only budget.csv and lasten.csv matter here: no word on missing forecast files.
    diagnostics.push(...folder.diagnostics.filter((d) => d.code !== 'BUIG-W030'));
    const figures = yearFigures(folder.data).get(jaar);
    if (!hasErrors(diagnostics)) {
      for (const what of ['budget', 'lasten'] as const) {
        if (!figures?.[what]) diagnostics.push(diagnostic('BUIG-E034', { file: `${request.data}/${what}.csv` }, { what, jaar, name: `${what}.csv` }));
      }
    }
    if (figures?.budget && figures.lasten) {
      input = {
        budget: figures.budget,
        lasten: figures.lasten,
        ...(figures.budgetFase ? { budgetFase: figures.budgetFase } : {}),
        andereJaren: jaarCijfers(folder.data).filter((j) => j.jaar !== jaar),
      };
    }
  } else {
    input = { budget: request.budget, lasten: request.lasten, andereJaren: request.andereJaren };
  }
  const rule = ruleFor(jaar, rules.value);
  if (!rule && !hasErrors(diagnostics)) {
    const years = BUILT_IN_RULES.flatMap((r) => [r.van, r.tot]);
    diagnostics.push(diagnostic('BUIG-E033', { file: request.rulesFile ?? '(buig)' }, { jaar, van: Math.min(...years), tot: Math.max(...years) }));
  }
  if (stops(diagnostics) || !rule || !input) return { diagnostics };
  const result = computeVangnet({ jaar, ...input, rule });
  if (request.aanvraag) diagnostics.push(...applicationProblems(result, 'data' in request ? request.data : '(buig vangnet)'));
  return stops(diagnostics) ? { diagnostics } : { value: result, diagnostics };
}

/** For a real application a missing earlier year or a budget that is not definitief is an error, not a warning. */
function applicationProblems(result: VangnetResult, where: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const w of result.waarschuwingen) {
    if (w.soort === 'jaar-ontbreekt' || w.soort === 'budget-ontbreekt') out.push(diagnostic('BUIG-E120', { file: where }, { jaar: w.jaar }));
    if (w.soort === 'budget-niet-definitief' && w.fase !== 'definitief') out.push(diagnostic('BUIG-E121', { file: where }, { jaar: w.jaar, fase: w.fase }));
  }
  return out;
}
