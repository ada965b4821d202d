// The assumptions and the warnings of a forecast as sentences for the council: grouped where a
// list would repeat itself (a budget per year, the same baten every year), and without keys.

import type { AangenomenDeel, DocumentWords } from '../../messages/document.js';
import { formatNumber, type Decimal } from '../../money.js';
import type { AannameJson, ForecastJson } from '../../report/forecast.js';
import type { Bedrag, Getal, Procent } from '../../report/values.js';

/** The series of a key such as `uitstroomkans.PW/jongeren`. */
const seriesOf = (sleutel: string) => sleutel.slice(sleutel.indexOf('.') + 1);
const decimalOfValue = (w: AannameJson['waarde']) => (w as Bedrag | Getal | Procent).value;

function basisperiode(r: ForecastJson): { van: string; tot: string } | undefined {
  const b = r.aannames.find((a) => a.uitleg.soort === 'basisperiode');
  const [van, tot] = typeof b?.waarde === 'string' ? b.waarde.split(' - ') : [];
  return van && tot ? { van, tot } : undefined;
}

/** Consecutive entries with the same key text merged: [{jaren, item}]. */
function grouped<T>(items: { jaar: number; key: string; item: T }[]): { jaren: number[]; item: T }[] {
  const out: { jaren: number[]; key: string; item: T }[] = [];
  for (const x of items) {
    const last = out[out.length - 1];
    if (last && last.key === x.key) last.jaren.push(x.jaar);
    else out.push({ jaren: [x.jaar], key: x.key, item: x.item });
  }
  return out;
}

export function assumptionSentences(r: ForecastJson, w: DocumentWords): string[] {
  const out: string[] = [];
  const bp = basisperiode(r);
  const periode = bp ? w.periode(bp.van, bp.tot) : '';
  const factors = r.aannames.filter((a) => a.uitleg.soort === 'factor');
  const baten: { jaar: number; key: string; item: AannameJson }[] = [];
  let batenAt = 0;
  for (const a of r.aannames) {
    const u = a.uitleg;
    switch (u.soort) {
      case 'horizon':
        out.push(w.aanname.horizon(String(a.waarde), u.laatste_maand, a.herkomst));
        break;
      case 'basisperiode':
        if (bp) out.push(w.aanname.basisperiode(bp.van, bp.tot, u.maanden, a.herkomst));
        break;
      case 'factor':
        if (a === factors[0]) {
          const f = (key: string) => decimalOfValue(factors.find((x) => x.sleutel === key)?.waarde ?? a.waarde);
          out.push(w.aanname.factoren(f('instroom_factor'), f('uitstroom_factor'), factors.some((x) => x.herkomst === 'scenario') ? 'scenario' : a.herkomst));
        }
        break;
      case 'instroom':
        out.push(w.aanname.instroom(w.reeks(seriesOf(a.sleutel)), decimalOfValue(a.waarde), periode));
        break;
      case 'uitstroomkans':
        out.push(w.aanname.uitstroomkans(w.reeks(seriesOf(a.sleutel)), decimalOfValue(a.waarde), periode));
        break;
      case 'prijs':
        out.push(w.aanname.prijs(w.regeling(seriesOf(a.sleutel), false), decimalOfValue(a.waarde), u.jaar, u.bron === 'prijzen.csv'));
        break;
      case 'prijsindex': {
        const years = Array.isArray(a.waarde) ? a.waarde : [];
        const groups = grouped(years.map((y) => ({ jaar: y.jaar, key: y.pct.value.toString(), item: y.pct.value })));
        out.push(
          w.aanname.prijsindex(
            groups.map((g) => ({ jaren: g.jaren, pct: g.item })),
            a.herkomst,
          ),
        );
        break;
      }
      case 'baten':
        if (baten.length === 0) batenAt = out.length;
        baten.push({ jaar: Number(seriesOf(a.sleutel)), key: `${decimalOfValue(a.waarde).toString()} ${u.bron} ${a.herkomst}`, item: a });
        break;
      case 'budget':
        out.push(
          w.aanname.budget(Number(seriesOf(a.sleutel)), decimalOfValue(a.waarde), {
            fase: u.fase,
            herkomst: u.herkomst,
            gepubliceerd: u.gepubliceerd?.value ?? null,
            bijstellingPct: u.bijstelling_pct?.value ?? null,
            macrobudget: u.macrobudget?.value ?? null,
            aandeelPct: u.aandeel_pct?.value ?? null,
            groeiPct: u.groei_pct.value,
            acties: u.acties.value,
          }),
        );
        break;
      case 'schok': {
        const [maand = '', reeks = '', aantal = ''] = String(a.waarde).split(' ');
        out.push(w.aanname.schok(maand, w.reeks(reeks), aantal, u.omschrijving));
        break;
      }
      case 'aanvalsplan':
        out.push(w.aanname.aanvalsplan(Number(a.waarde)));
        break;
    }
  }
  // The baten of every year, said once per run of equal amounts, where the first one stood.
  const batenText = grouped(baten).map((g) => {
    const u = g.item.uitleg as Extract<AannameJson['uitleg'], { soort: 'baten' }>;
    return w.aanname.baten(g.jaren, decimalOfValue(g.item.waarde), u.basisjaar, g.item.herkomst);
  });
  out.splice(batenAt, 0, ...batenText);
  return out;
}

const delen = (ds: { reeks: string; aandeel_pct: { value: Decimal } }[], w: DocumentWords) => ds.map((d) => `${w.reeks(d.reeks)} ${formatNumber(d.aandeel_pct.value, 1, w.lang)}%`).join(', ');

/** The forecast's warnings as sentences, those of the vangnet grouped by what they say. */
export function noteSentences(r: ForecastJson, w: DocumentWords, actie: (code: string) => string = (c) => c): string[] {
  const out: string[] = [];
  const budgets = new Map<string, { budget: number[]; uitkomst: number[] }>();
  const assumed = new Map<string, { jaren: number[]; delen: AangenomenDeel[] }>();
  for (const x of r.waarschuwingen) {
    switch (x.soort) {
      case 'vangnet': {
        const v = x.waarschuwing;
        if (v.soort === 'budget-niet-definitief') {
          const g = budgets.get(v.fase) ?? budgets.set(v.fase, { budget: [], uitkomst: [] }).get(v.fase)!;
          g.budget.push(v.jaar);
          g.uitkomst.push(...x.jaren);
        } else if (v.soort === 'aangenomen') {
          const g = assumed.get(v.regel) ?? assumed.set(v.regel, { jaren: [], delen: [] }).get(v.regel)!;
          g.jaren.push(...x.jaren);
          g.delen.push({
            route: v.route,
            deel: v.deel,
            drempel_pct: v.drempel_pct.value,
            treden: { eigen_risico_pct: v.treden.eigen_risico_pct.value, midden_vergoeding_pct: v.treden.midden_vergoeding_pct.value, boven_pct: v.treden.boven_pct.value },
          });
        } else if (v.soort === 'jaar-ontbreekt') out.push(w.letOp.saldoOntbreekt(v.jaar, x.jaren));
        else out.push(w.letOp.budgetOntbreekt(v.jaar, x.jaren));
        break;
      }
      case 'geen-regels':
        out.push(w.letOp.geenRegels(x.jaar));
        break;
      case 'budget-bijgesteld':
        out.push(w.letOp.budgetBijgesteld(x.jaar, x.fase, x.gepubliceerd.value, x.bijstelling_pct.value, x.budget.value));
        break;
      case 'budget-niet-bijgesteld':
        out.push(w.letOp.budgetNietBijgesteld(x.jaar, x.fase, x.prijsindex_pct.value));
        break;
      case 'schok-niet-toegepast':
        out.push(w.letOp.schokNietToegepast(x.maand, w.reeks(x.reeks), x.reden));
        break;
      case 'schok-verdeeld':
        out.push(w.letOp.schokVerdeeld(x.maand, w.regeling(x.regeling, false), delen(x.delen, w)));
        break;
      case 'geen-prijs':
        out.push(w.letOp.geenPrijs(w.regeling(x.regeling, false)));
        break;
      case 'onvolledig-jaar':
        out.push(w.letOp.onvolledigJaar(x.jaar, x.maanden));
        break;
      case 'actie-zonder-reeks':
        out.push(w.letOp.actieZonderReeks(actie(x.code)));
        break;
      case 'actie-verdeeld':
        out.push(w.letOp.actieVerdeeld(actie(x.code), delen(x.delen, w)));
        break;
    }
  }
  for (const [fase, g] of budgets) out.push(w.letOp.budget(fase, g.budget, g.uitkomst));
  for (const g of assumed.values()) out.push(w.letOp.aangenomen(g.jaren, g.delen));
  return out;
}
