// The words of buig simulate and buig backtest, in English.

import { D, formatNumber, type Decimal } from '../../money.js';
import type { OnzekerheidBron } from '../../report/simulate.js';
import type { SimulateWords } from '../simulate.js';

const n = (d: Decimal, decimals = 2) => formatNumber(d, decimals, 'en');
const pct = (d: Decimal, decimals = 2) => `${n(d, decimals)}%`;
const signed = (d: Decimal) => `${d.isNegative() ? '-' : '+'}${pct(d.abs())}`;

function bron(b: OnzekerheidBron): string {
  switch (b.bron) {
    case 'instroom': {
      if (!b.aan) return 'instroom: off (the base-period mean, every month)';
      const per = b.reeksen.map(
        (r) =>
          `${r.reeks} ${r.verdeling === 'poisson' ? 'Poisson' : `overdispersed (negative binomial, variance ${n(r.dispersie.value)} x mean)`}, mean ${n(r.gemiddelde.value)}; spread in the base period ${n(r.dispersie.value)} x Poisson, limit ${n(r.grens.value)} over ${r.maanden} months`,
      );
      return `instroom drawn per month (${b.keuze}): ${per.join('; ')}`;
    }
    case 'uitstroom':
      return b.aan ? 'uitstroom drawn per month from the previous month-end stand (binomial)' : 'uitstroom: off (uitstroom rate x stand)';
    case 'uitstroomkans':
      return b.aan
        ? `uitstroom rate drawn per run around its estimate, with its sampling error over the base months: ${b.reeksen.map((r) => `${r.reeks} ${pct(r.kans_pct.value, 3)} ± ${pct(r.fout_pct.value, 3)}`).join('; ')}`
        : 'uitstroom rate: off (the base-period estimate)';
    case 'budget': {
      if (!b.aan) return 'budget revision: off (the forecast budget)';
      const bron = {
        'budget.csv': `the revisions in budget.csv (${b.herzieningen.map((h) => `${h.jaar} ${h.fase} → definitief ${signed(h.pct.value)}`).join(', ')}; the root of their mean square)`,
        scenario: 'the scenario (onzekerheid.budget.sd_pct)',
        standaard: 'an assumption (budget.csv has no year with both voorlopig and definitief)',
        uit: '',
      }[b.herkomst];
      return `budget revision of each year not yet definitief: normal around the forecast budget, spread ${pct(b.sd_pct.value)} from ${bron}; an estimated budget grown from the year before follows that year's revision`;
    }
    case 'acties':
      if (b.aantal === 0) return 'aanvalsplan: no acties';
      return b.aan
        ? `realisation per actie uniform between ${pct(b.min_pct.value, 0)} and ${pct(b.max_pct.value, 0)} of aantal (an assumption${b.eigen_bereik ? `; ${b.eigen_bereik} of the ${b.aantal} acties with their own range in the acties file` : ''})`
        : 'aanvalsplan: off (every actie fully realised)';
    case 'schokken':
      if (b.aantal === 0) return 'shocks: none';
      return b.aan ? `size of each shock uniform between ${pct(b.min_pct.value, 0)} and ${pct(b.max_pct.value, 0)} of its stated size (an assumption)` : 'shocks: off (the stated size)';
  }
}

export const words: SimulateWords = {
  bron,
  schatting: (runs, seed) => `P10, P50 and P90 are estimates from ${n(D(runs), 0)} runs (seed ${seed}), computed in binary floating point; the forecast beside them is exact.`,
  kansVangnet: (jaar, p) => `Probability of a vangnet in ${jaar}: ${p}.`,
  kansTekort: (jaar, p, drempel) => `Probability that the tekort in ${jaar} exceeds the threshold of ${drempel}: ${p}.`,
  kansNegatief: (jaar, p) => `Probability of a negative resultaat in ${jaar}: ${p}.`,
  route: (route, p) => `route ${route}: ${p}`,
  methode: (m) =>
    ({
      stockflow: 'stockflow: the forecast model (instroom and uitstroom rate from the base period); band from Monte Carlo paths',
      naief: 'naief: the last stand carried forward; random-walk band',
      drift: 'drift: the last stand plus the mean monthly change over the base period',
      trend: 'trend: as drift, damped by 0.95 a month',
    })[m] ?? m,
  winnaar: (h, grootheid, m) => `${h} months ahead, ${grootheid === 'stand' ? 'stand' : 'gemiddeld volume'}: ${m}`,
  backtestKop: (basis, o) => (o ? `Origins ${o.eerste} to ${o.laatste} (${o.aantal}), each with a base period of ${basis} months behind it.` : 'No origins.'),
  winnaarsTitel: 'Best method (smallest MAE) per horizon',
  backtestUitleg:
    'MAE and bias in benefits (bias = forecast - actual); MAPE in percent of the actual stand; coverage (dekking): the share of outcomes inside the P10-P90 band (a good band: about 80%). Computed in binary floating point: the error measures and bands are estimates.',
  titel: 'Uncertainty',
  bronnenTitel: 'What was drawn',
  geenRegels: 'no rules',
};
