// The words of the reports, one catalogue per language (nl/report.ts, en/report.ts): each turns
// a report's structured explanations and warnings into a sentence. Reports hold no words.

import type { Lang } from '../money.js';
import type { AannameJson, ForecastWaarschuwing } from '../report/forecast.js';
import type { PlanWaarschuwing } from '../report/plan.js';
import type { ToetsJson, VangnetOpmerking, VangnetWaarschuwing } from '../report/vangnet.js';
import { words as en } from './en/report.js';
import { words as nl } from './nl/report.js';

export interface ReportWords {
  /** A vangnet test with the numbers of its formula and its verdict. */
  toets(t: ToetsJson, jaar: number): string;
  vangnetWaarschuwing(w: VangnetWaarschuwing): string;
  vangnetOpmerking(o: VangnetOpmerking): string;
  /** An assumption's value and how it came about. */
  aanname(a: AannameJson): { waarde: string; uitleg: string };
  forecastWaarschuwing(w: ForecastWaarschuwing): string;
  planWaarschuwing(w: PlanWaarschuwing): string;
}

export const wordsFor = (lang: Lang): ReportWords => (lang === 'nl' ? nl : en);
