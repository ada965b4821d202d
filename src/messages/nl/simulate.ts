// De woorden van buig simulate en buig backtest, in het Nederlands.

import { D, formatNumber, type Decimal } from '../../money.js';
import type { OnzekerheidBron } from '../../report/simulate.js';
import type { SimulateWords } from '../simulate.js';

const n = (d: Decimal, decimals = 2) => formatNumber(d, decimals, 'nl');
const pct = (d: Decimal, decimals = 2) => `${n(d, decimals)}%`;
const signed = (d: Decimal) => `${d.isNegative() ? '-' : '+'}${pct(d.abs())}`;

function bron(b: OnzekerheidBron): string {
  switch (b.bron) {
    case 'instroom': {
      if (!b.aan) return 'instroom: uit (het gemiddelde van de basisperiode, elke maand)';
      const per = b.reeksen.map(
        (r) =>
          `${r.reeks} ${r.verdeling === 'poisson' ? 'Poisson' : `overgedispergeerd (negatief binomiaal, variantie ${n(r.dispersie.value)} x gemiddelde)`}, gemiddeld ${n(r.gemiddelde.value)}; spreiding in de basisperiode ${n(r.dispersie.value)} x Poisson, grens ${n(r.grens.value)} over ${r.maanden} maanden`,
      );
      return `instroom per maand getrokken (${b.keuze}): ${per.join('; ')}`;
    }
    case 'uitstroom':
      return b.aan ? 'uitstroom per maand getrokken uit de stand van de vorige maand (binomiaal)' : 'uitstroom: uit (uitstroomkans x stand)';
    case 'uitstroomkans':
      return b.aan
        ? `uitstroomkans per run getrokken rond de schatting, met haar steekproeffout over de basismaanden: ${b.reeksen.map((r) => `${r.reeks} ${pct(r.kans_pct.value, 3)} ± ${pct(r.fout_pct.value, 3)}`).join('; ')}`
        : 'uitstroomkans: uit (de schatting van de basisperiode)';
    case 'budget': {
      if (!b.aan) return 'budgetherziening: uit (het budget van de prognose)';
      const bron = {
        'budget.csv': `de herzieningen in budget.csv (${b.herzieningen.map((h) => `${h.jaar} ${h.fase} → definitief ${signed(h.pct.value)}`).join(', ')}; de wortel van hun gemiddelde kwadraat)`,
        scenario: 'het scenario (onzekerheid.budget.sd_pct)',
        standaard: 'een aanname (budget.csv heeft geen jaar met voorlopig en definitief)',
        uit: '',
      }[b.herkomst];
      return `budgetherziening van elk jaar dat nog niet definitief is: normaal rond het budget van de prognose, spreiding ${pct(b.sd_pct.value)} uit ${bron}; een geraamd budget dat uit het vorige jaar groeit, groeit mee met diens herziening`;
    }
    case 'acties':
      if (b.aantal === 0) return 'aanvalsplan: geen acties';
      return b.aan
        ? `realisatie per actie uniform tussen ${pct(b.min_pct.value, 0)} en ${pct(b.max_pct.value, 0)} van aantal (een aanname${b.eigen_bereik ? `; ${b.eigen_bereik} van de ${b.aantal} acties met een eigen bereik in het actiebestand` : ''})`
        : 'aanvalsplan: uit (elke actie volledig gerealiseerd)';
    case 'schokken':
      if (b.aantal === 0) return 'schokken: geen';
      return b.aan ? `omvang per schok uniform tussen ${pct(b.min_pct.value, 0)} en ${pct(b.max_pct.value, 0)} van de genoemde omvang (een aanname)` : 'schokken: uit (de genoemde omvang)';
  }
}

export const words: SimulateWords = {
  bron,
  schatting: (runs, seed) => `P10, P50 en P90 zijn schattingen uit ${n(D(runs), 0)} runs (seed ${seed}), gerekend met binaire drijvende komma; de prognose ernaast is exact.`,
  kansVangnet: (jaar, p) => `Kans op een vangnet in ${jaar}: ${p}.`,
  kansTekort: (jaar, p, drempel) => `Kans dat het tekort in ${jaar} boven de drempel van ${drempel} komt: ${p}.`,
  kansNegatief: (jaar, p) => `Kans op een negatief resultaat in ${jaar}: ${p}.`,
  route: (route, p) => `route ${route}: ${p}`,
  methode: (m) =>
    ({
      stockflow: 'stockflow: het model van de prognose (instroom en uitstroomkans uit de basisperiode); band uit Monte Carlo-paden',
      naief: 'naief: de laatste stand blijft gelijk; band van een random walk',
      drift: 'drift: de laatste stand plus de gemiddelde maandverandering over de basisperiode',
      trend: 'trend: als drift, gedempt met 0,95 per maand',
    })[m] ?? m,
  winnaar: (h, grootheid, m) => `${h} maanden vooruit, ${grootheid === 'stand' ? 'stand' : 'gemiddeld volume'}: ${m}`,
  backtestKop: (basis, o) => (o ? `Oorsprongen ${o.eerste} tot en met ${o.laatste} (${o.aantal}), elk met een basisperiode van ${basis} maanden erachter.` : 'Geen oorsprongen.'),
  winnaarsTitel: 'Beste methode (kleinste MAE) per horizon',
  backtestUitleg:
    'MAE en bias in uitkeringen (bias = voorspeld - werkelijk); MAPE in procenten van de werkelijke stand; dekking: het deel van de uitkomsten binnen de band P10-P90 (een goede band: ongeveer 80%). Gerekend met binaire drijvende komma: foutmaten en banden zijn schattingen.',
  titel: 'Onzekerheid',
  bronnenTitel: 'Wat is getrokken',
  geenRegels: 'geen regels',
};
