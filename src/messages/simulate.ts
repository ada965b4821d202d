// The words of buig simulate and buig backtest, one catalogue per language (nl/simulate.ts,
// en/simulate.ts). The reports hold no words.

import type { Lang } from '../money.js';
import type { OnzekerheidBron } from '../report/simulate.js';
import { words as en } from './en/simulate.js';
import { words as nl } from './nl/simulate.js';

export interface SimulateWords {
  /** One source of uncertainty: what was drawn, from what, and whether it was on. */
  bron(b: OnzekerheidBron): string;
  /** That the band is an estimate from float paths, and the forecast exact. */
  schatting(runs: number, seed: number): string;
  kansVangnet(jaar: number, kans: string): string;
  kansTekort(jaar: number, kans: string, drempel: string): string;
  kansNegatief(jaar: number, kans: string): string;
  route(route: string, kans: string): string;
  /** A backtest method in a line. */
  methode(m: string): string;
  winnaar(horizon: number, grootheid: string, methode: string): string;
  backtestKop(basis: number, oorsprongen: { eerste: string; laatste: string; aantal: number } | null): string;
  winnaarsTitel: string;
  backtestUitleg: string;
  titel: string;
  bronnenTitel: string;
  geenRegels: string;
}

export const simulateWordsFor = (lang: Lang): SimulateWords => (lang === 'nl' ? nl : en);
