// From a data folder's budgets and lasten to the input of the vangnet computation. Pure.

import type { DataSet } from '../data.js';
import { FASES, type Fase } from '../terms.js';
import { sum, type Decimal } from '../../money.js';
import type { JaarCijfers } from './compute.js';

/** Per year: the budget of the latest published phase (definitief wins), and the summed lasten. */
export function yearFigures(data: Pick<DataSet, 'budget' | 'lasten'>): Map<number, { budget?: Decimal; budgetFase?: Fase; lasten?: Decimal }> {
  const out = new Map<number, { budget?: Decimal; budgetFase?: Fase; lasten?: Decimal }>();
  const get = (jaar: number) => out.get(jaar) ?? out.set(jaar, {}).get(jaar)!;
  for (const b of data.budget) {
    const y = get(b.jaar);
    if (!y.budgetFase || FASES.indexOf(b.fase) > FASES.indexOf(y.budgetFase)) {
      y.budget = b.bedrag;
      y.budgetFase = b.fase;
    }
  }
  const years = new Set(data.lasten.map((l) => l.jaar));
  for (const jaar of years) get(jaar).lasten = sum(data.lasten.filter((l) => l.jaar === jaar).map((l) => l.lasten));
  return out;
}

/** Every year with both a budget and lasten, as the multi-year tests need them. */
export function jaarCijfers(data: Pick<DataSet, 'budget' | 'lasten'>): JaarCijfers[] {
  const out: JaarCijfers[] = [];
  for (const [jaar, y] of [...yearFigures(data)].sort((a, b) => a[0] - b[0])) {
    if (y.budget && y.lasten) out.push({ jaar, budget: y.budget, lasten: y.lasten, saldo: y.budget.minus(y.lasten), ...(y.budgetFase ? { budgetFase: y.budgetFase } : {}) });
  }
  return out;
}
