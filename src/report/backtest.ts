// The backtest report: the contract's `{ resultaten }`, a row per method, horizon and grootheid
// with MAE, MAPE, bias, the band's coverage and the number of origins; plus the winner per
// horizon and what the backtest ran on. Language-free.

import type { BacktestRun } from '../app/backtest.js';
import { D } from '../money.js';
import { Aantal, Procent } from './values.js';

export interface BacktestRij {
  methode: string;
  horizon_maanden: number;
  grootheid: 'stand' | 'gemiddeld_volume';
  mae: Aantal;
  mape_pct: Procent;
  bias: Aantal;
  dekking_pct: Procent;
  n: number;
}

export interface BacktestJson {
  scenario: { naam: string; bestand: string | null; data: string };
  basis_maanden: number;
  stand_alleen: boolean;
  runs: number;
  seed: number;
  maanden: { eerste: string; laatste: string; aantal: number };
  oorsprongen: { eerste: string; laatste: string; aantal: number } | null;
  resultaten: BacktestRij[];
  /** Per horizon and grootheid, the method with the smallest MAE. */
  winnaars: { horizon_maanden: number; grootheid: string; methode: string }[];
}

const num = (x: number) => D(String(x));

export function backtestReport(r: BacktestRun): BacktestJson {
  const b = r.backtest;
  return {
    scenario: r.scenario,
    basis_maanden: r.basis,
    stand_alleen: r.standAlleen,
    runs: r.runs,
    seed: r.seed,
    maanden: b.maanden,
    oorsprongen: b.oorsprongen,
    resultaten: b.uitkomsten.map((u) => ({
      methode: u.methode,
      horizon_maanden: u.horizon_maanden,
      grootheid: u.grootheid,
      mae: new Aantal(num(u.mae), 2),
      mape_pct: new Procent(num(u.mape_pct)),
      bias: new Aantal(num(u.bias), 2),
      dekking_pct: new Procent(num(u.dekking_pct)),
      n: u.n,
    })),
    winnaars: b.winnaars,
  };
}
