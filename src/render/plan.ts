// Renderers of the plan report: ranked acties and the plan total per year.

import { BoxTable as Table } from './table.js';
import { Chalk } from 'chalk';
import { formatEuro, formatNumber, type Lang } from '../money.js';
import { wordsFor } from '../messages/report.js';
import type { Aantal, Bedrag } from '../report/values.js';
import type { PlanJson } from '../report/plan.js';
import { tidyCsv, type CsvStyle, type TidyCell } from './csv.js';
import { mdTable, mdText } from './markdown.js';

import { tr } from './words.js';

const money = (b: Bedrag, lang: Lang) => formatEuro(b.shown(), 0, lang);
const count1 = (n: Aantal, lang: Lang) => formatNumber(n.shown(), 1, lang);

function actieRows(r: PlanJson, lang: Lang): string[][] {
  return r.acties.map((a, i) => [
    String(i + 1),
    a.code,
    a.naam.length > 34 ? `${a.naam.slice(0, 33)}…` : a.naam,
    a.hefboom,
    String(a.aantal),
    ...a.jaren.map((y) => money(y.netto, lang)),
    money(a.netto_totaal, lang),
  ]);
}

function actieHead(r: PlanJson, lang: Lang): string[] {
  const years = r.totaal.jaren.map((y) => `netto ${y.jaar}`);
  return ['#', 'code', tr(lang, 'naam', 'name'), tr(lang, 'hefboom', 'lever'), tr(lang, 'aantal', 'number'), ...years, tr(lang, 'netto totaal', 'net total')];
}

function totalRows(r: PlanJson, lang: Lang): string[][] {
  return r.totaal.jaren.map((y) => {
    const m = r.marginaal.find((x) => x.jaar === y.jaar);
    const waarde = m ? (m.cliff ? tr(lang, 'klif', 'cliff') : formatNumber(m.waarde.value, 2, lang)) : '';
    return [
      String(y.jaar),
      count1(y.delta_volume, lang),
      money(y.delta_lasten, lang),
      money(y.delta_vangnet, lang),
      money(y.delta_resultaat, lang),
      money(y.kosten, lang),
      money(y.netto, lang),
      waarde,
    ];
  });
}

const TOTAL_HEAD = (lang: Lang) => [tr(lang, 'jaar', 'year'), 'Δ volume', 'Δ lasten', 'Δ vangnet', 'Δ resultaat', tr(lang, 'kosten', 'costs'), 'netto', tr(lang, 'waarde €1', 'value of €1')];

/** The taakstelling and the --doel solution in sentences (also the notes of the workbook). */
export function footer(r: PlanJson, lang: Lang): string[] {
  const out: string[] = [];
  if (r.taakstelling) {
    const t = r.taakstelling;
    out.push(
      tr(
        lang,
        `Taakstelling: ${t.aantal} uitkeringen minder in ${t.maand}${t.omschrijving ? ` (${t.omschrijving})` : ''}. In het model: ${count1(t.reductie, lang)} minder. ${t.bereikt ? 'Bereikt.' : 'Niet bereikt.'}`,
        `Taakstelling: ${t.aantal} fewer benefits by ${t.maand}${t.omschrijving ? ` (${t.omschrijving})` : ''}. In the model: ${count1(t.reductie, lang)} fewer. ${t.bereikt ? 'Reached.' : 'Not reached.'}`,
      ),
    );
  }
  if (r.oplossing) {
    const o = r.oplossing;
    out.push(
      o.per_maand === null
        ? tr(lang, `Doel ${o.doel} in ${o.jaar}: niet haalbaar met extra uitstroom vanaf ${o.vanaf}.`, `Target ${o.doel} in ${o.jaar}: not reachable with extra uitstroom from ${o.vanaf}.`)
        : tr(
            lang,
            `Doel ${o.doel} in ${o.jaar}: ${o.per_maand} extra duurzame uitstroom per maand vanaf ${o.vanaf} (bovenop het plan) is het minimum: saldo ${money(o.saldo!, lang)}, tekort ${formatNumber(o.tekort_pct!.shown(), 2, lang)}%${o.een_minder ? `; met ${o.per_maand - 1}: saldo ${money(o.een_minder.saldo, lang)}, tekort ${formatNumber(o.een_minder.tekort_pct.shown(), 2, lang)}%` : ''}.`,
            `Target ${o.doel} in ${o.jaar}: ${o.per_maand} extra durable exits a month from ${o.vanaf} (on top of the plan) is the minimum: saldo ${money(o.saldo!, lang)}, tekort ${formatNumber(o.tekort_pct!.shown(), 2, 'en')}%${o.een_minder ? `; with ${o.per_maand - 1}: saldo ${money(o.een_minder.saldo, lang)}, tekort ${formatNumber(o.een_minder.tekort_pct.shown(), 2, 'en')}%` : ''}.`,
          ),
    );
  }
  return out;
}

export const NOTE = (lang: Lang) =>
  tr(
    lang,
    'Per actie: de actie alleen tegen de basis. Opgeteld is dat niet het totaal: acties overlappen en het vangnet rekent niet lineair. Waarde €1: wat een euro minder lasten de gemeente oplevert (1, 0,5 of 0; klif: het plan kost het vangnet).',
    'Per actie: the actie alone against the base. Added up this is not the total: acties overlap and the vangnet is not linear. Value of €1: what one euro less lasten yields the gemeente (1, 0.5 or 0; cliff: the plan costs the vangnet).',
  );

export function renderPlanTable(r: PlanJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const style = { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [] };
  const out = [c.bold(`${tr(lang, 'Aanvalsplan', 'Aanvalsplan')}: ${r.scenario.naam}`), ''];
  const acties = new Table({ head: actieHead(r, lang), style });
  for (const row of actieRows(r, lang)) acties.push(row);
  out.push(acties.toString());
  out.push(c.bold(tr(lang, 'Het plan als geheel, tegen de basis', 'The plan as a whole, against the base')));
  const totals = new Table({ head: TOTAL_HEAD(lang), style, colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] });
  for (const row of totalRows(r, lang)) totals.push(row);
  out.push(totals.toString());
  out.push(c.dim(NOTE(lang)));
  const f = footer(r, lang);
  if (f.length) out.push('', ...f);
  if (r.waarschuwingen.length) {
    out.push('', c.yellow(tr(lang, 'Waarschuwingen:', 'Warnings:')));
    for (const w of r.waarschuwingen) out.push(c.yellow(`  - ${wordsFor(lang).planWaarschuwing(w)}`));
  }
  return out.join('\n') + '\n';
}

export function renderPlanMarkdown(r: PlanJson, lang: Lang): string {
  const out = [`## ${tr(lang, 'Aanvalsplan', 'Aanvalsplan')}: ${mdText(r.scenario.naam)}`, ''];
  out.push(mdTable(actieHead(r, lang), actieRows(r, lang)));
  out.push(`### ${tr(lang, 'Het plan als geheel', 'The plan as a whole')}`, '');
  out.push(mdTable(TOTAL_HEAD(lang), totalRows(r, lang), [false, true, true, true, true, true, true, true]));
  out.push(NOTE(lang), '');
  for (const f of footer(r, lang)) out.push(mdText(f), '');
  for (const w of r.waarschuwingen) out.push(`- ${mdText(wordsFor(lang).planWaarschuwing(w))}`);
  return out.join('\n') + '\n';
}

/** Tidy CSV: one row per actie (or 'totaal'), year and quantity (--breed: per actie and year). */
export function renderPlanCsv(r: PlanJson, style: CsvStyle = {}): string {
  const cells: TidyCell[] = [];
  const add = (code: string, ys: PlanJson['totaal']['jaren']) => {
    for (const y of ys) {
      for (const k of ['delta_volume', 'delta_lasten', 'delta_vangnet', 'delta_resultaat', 'kosten', 'netto'] as const) cells.push({ id: [code, y.jaar], grootheid: k, waarde: y[k] });
    }
  };
  for (const a of r.acties) add(a.code, a.jaren);
  add('totaal', r.totaal.jaren);
  return tidyCsv(['code', 'jaar'], cells, style);
}
