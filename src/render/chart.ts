// Charts as self-contained SVG (no external fonts, no scripts), for pasting into a document:
// 1. the volume per regeling, realisatie (solid) and prognose (dashed). Every panel starts at
//    zero; the large regelingen get a panel each and the small ones share one, on one scale, so
//    that a dip of 7% among 6 benefits does not look like a dip among 1.338. Or, as an option,
//    an index view: every regeling as 100 at the last realised month, in one panel.
// 2. per year the budget beside the lasten, with the vangnet threshold and upper band drawn
//    in; a definitief budget filled, a voorlopig one hatched and a raming open.
// With an aanvalsplan, the forecast without the plan is drawn as a thin grey line beside it.
// Coordinates are presentation: amounts become binary floats only here, to place pixels.

import { D, formatNumber, type Decimal, type Lang } from '../money.js';
import { documentWordsFor } from '../messages/document.js';
import type { ForecastJson, JaarJson } from '../report/forecast.js';
import { tr } from './words.js';

export interface ChartOptions {
  /** The gemeente, for the subtitle. */
  gemeente?: string;
  /** The forecast without the aanvalsplan, drawn as a thin line beside the plan. */
  basis?: ForecastJson;
  /** The volume as an index (last realised month = 100) instead of counts. */
  index?: boolean;
}

/** A figure as a float, for pixels only: presentation, never money. */
const px = (v: { shown(): Decimal }) => v.shown().toNumber();

const W = 900;
const MARGIN = { left: 86, right: 110 };
const PLOT_W = W - MARGIN.left - MARGIN.right;
const PANEL_H = { large: 150, small: 120 };
const PANEL_GAP = 30;
const BAR_H = 300;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const COLOURS = { realisatie: '#1f4e79', prognose: '#6fa8dc', budget: '#2e7d32', drempel: '#e69138', boven: '#cc0000', basis: '#8c8c8c' };
const SERIES = ['#1f4e79', '#c55a11', '#548235', '#7030a0', '#bf9000', '#2f75b5'];
/** A regeling shares the panel of the small ones below this fraction of the largest. */
const SMALL = 0.2;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f1 = (n: number) => n.toFixed(1);

/** A "nice" step for axis ticks. */
function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${f1(x)}" y="${f1(y)}" ${FONT} ${attrs}>${esc(content)}</text>`;
}

/** Per regeling, per month: the volume summed over its segments, and whether it is realised. */
interface Series {
  regeling: string;
  points: { maand: string; volume: number; soort: 'realisatie' | 'prognose' }[];
}

function seriesOf(r: ForecastJson): Series[] {
  const by = new Map<string, Map<string, { volume: Decimal; soort: 'realisatie' | 'prognose' }>>();
  for (const m of r.maanden) {
    const months = by.get(m.regeling) ?? by.set(m.regeling, new Map()).get(m.regeling)!;
    const seen = months.get(m.maand);
    months.set(m.maand, { volume: (seen?.volume ?? D(0)).plus(m.volume.shown()), soort: m.soort });
  }
  return [...by].map(([regeling, months]) => ({ regeling, points: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([maand, p]) => ({ maand, volume: p.volume.toNumber(), soort: p.soort })) }));
}

/** Index view: each series divided by its last realised month, times 100. */
function asIndex(s: Series): Series {
  const base = [...s.points].reverse().find((p) => p.soort === 'realisatie')?.volume || s.points[0]?.volume || 1;
  return { ...s, points: s.points.map((p) => ({ ...p, volume: (p.volume / base) * 100 })) };
}

interface Panel {
  title: string;
  series: Series[];
  basis: Series[];
  height: number;
  /** The lowest value on the axis: 0 for counts. */
  floor?: number;
}

function panels(r: ForecastJson, opts: ChartOptions, lang: Lang): Panel[] {
  const w = documentWordsFor(lang);
  const name = (g: string) => w.regeling(g, false).replace(/^./, (c) => c.toUpperCase());
  let series = seriesOf(r);
  let basis = opts.basis ? seriesOf(opts.basis) : [];
  if (opts.index) {
    series = series.map(asIndex);
    basis = basis.map((b) => {
      const own = series.find((s) => s.regeling === b.regeling);
      const base = seriesOf(r).find((s) => s.regeling === b.regeling);
      const last = base ? [...base.points].reverse().find((p) => p.soort === 'realisatie')?.volume || 1 : 1;
      return own ? { ...b, points: b.points.map((p) => ({ ...p, volume: (p.volume / last) * 100 })) } : b;
    });
    const all = series.flatMap((s) => s.points.map((p) => p.volume));
    const step = niceStep(Math.max(1, Math.max(...all) - Math.min(...all)), 4);
    return [
      {
        title: tr(lang, 'Alle regelingen, index (laatste gerealiseerde maand = 100)', 'All regelingen, index (last realised month = 100)'),
        series,
        basis,
        height: PANEL_H.large + 40,
        floor: Math.floor(Math.min(...all) / step) * step,
      },
    ];
  }
  const max = (s: Series) => Math.max(...s.points.map((p) => p.volume));
  const largest = Math.max(...series.map(max));
  const large = series.filter((s) => max(s) >= largest * SMALL);
  const small = series.filter((s) => max(s) < largest * SMALL);
  const basisOf = (ss: Series[]) => basis.filter((b) => ss.some((s) => s.regeling === b.regeling));
  const out: Panel[] = large.map((s) => ({ title: name(s.regeling), series: [s], basis: basisOf([s]), height: PANEL_H.large }));
  if (small.length)
    out.push({ title: `${tr(lang, 'Kleinere regelingen', 'Smaller regelingen')}: ${small.map((s) => name(s.regeling)).join(', ')}`, series: small, basis: basisOf(small), height: PANEL_H.small });
  return out;
}

function drawPanel(p: Panel, months: string[], firstPrognose: string | undefined, y0: number, lang: Lang, colourOf: (regeling: string) => string): string[] {
  const svg: string[] = [];
  const x = (maand: string) => MARGIN.left + (months.indexOf(maand) / Math.max(1, months.length - 1)) * PLOT_W;
  const values = [...p.series, ...p.basis].flatMap((s) => s.points.map((q) => q.volume));
  const lo = p.floor ?? 0;
  const step = Math.max(p.floor === undefined ? 1 : 0.1, niceStep(Math.max(1, Math.max(...values) - lo), 4));
  const hi = Math.max(lo + step, Math.ceil(Math.max(...values) / step) * step);
  const y = (v: number) => y0 + p.height - ((v - lo) / (hi - lo)) * p.height;
  svg.push(`<g class="paneel" data-regelingen="${esc(p.series.map((s) => s.regeling).join(' '))}">`);
  svg.push(text(MARGIN.left, y0 - 8, p.title, 'font-size="12" font-weight="bold"'));
  svg.push(`<rect x="${MARGIN.left}" y="${f1(y0)}" width="${PLOT_W}" height="${p.height}" fill="#fafafa" stroke="#ddd"/>`);
  for (let v = lo; v <= hi + 1e-9; v += step) {
    svg.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="#e5e5e5"/>`);
    svg.push(text(MARGIN.left - 6, y(v) + 4, formatNumber(D(Math.round(v)), 0, lang), 'font-size="10" text-anchor="end" fill="#555"'));
  }
  for (const b of p.basis) {
    const pts = b.points.filter((q, i) => q.soort === 'prognose' || b.points[i + 1]?.soort === 'prognose');
    if (pts.length > 1)
      svg.push(
        `<path class="basis" data-regeling="${esc(b.regeling)}" d="${pts.map((q, i) => `${i ? 'L' : 'M'}${f1(x(q.maand))},${f1(y(q.volume))}`).join(' ')}" fill="none" stroke="${COLOURS.basis}" stroke-width="1"/>`,
      );
  }
  for (const s of p.series) {
    const colour = p.series.length > 1 ? colourOf(s.regeling) : COLOURS.realisatie;
    for (const soort of ['realisatie', 'prognose'] as const) {
      // The projection line starts at the last realised month, so the two join.
      const pts = s.points.filter((q, i) => q.soort === soort || (soort === 'prognose' && q.soort === 'realisatie' && s.points[i + 1]?.soort === 'prognose'));
      if (pts.length < 2) continue;
      const d = pts.map((q, i) => `${i ? 'L' : 'M'}${f1(x(q.maand))},${f1(y(q.volume))}`).join(' ');
      const stroke = p.series.length > 1 ? colour : COLOURS[soort];
      const dash = soort === 'prognose' ? ' stroke-dasharray="5 3"' : '';
      svg.push(`<path class="reeks" data-regeling="${esc(s.regeling)}" data-soort="${soort}" d="${d}" fill="none" stroke="${stroke}" stroke-width="2"${dash}/>`);
    }
  }
  if (p.series.length > 1) svg.push(...endLabels(p.series, y, lang, colourOf));
  if (firstPrognose) svg.push(`<line x1="${f1(x(firstPrognose))}" x2="${f1(x(firstPrognose))}" y1="${f1(y0)}" y2="${f1(y0 + p.height)}" stroke="#999" stroke-dasharray="2 2"/>`);
  svg.push('</g>');
  return svg;
}

/** Names at the right end of the lines of a shared panel, moved apart where they would overlap. */
function endLabels(series: Series[], y: (v: number) => number, lang: Lang, colourOf: (regeling: string) => string): string[] {
  const labels = series.map((s) => ({ regeling: s.regeling, y: y(s.points[s.points.length - 1]!.volume) + 4 })).sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + 12);
  return labels.map((l) => text(MARGIN.left + PLOT_W + 6, l.y, documentWordsFor(lang).regeling(l.regeling, false), `font-size="10" fill="${colourOf(l.regeling)}"`));
}

/** A legend: marks with labels, wrapped over lines; returns the svg and the height used. */
function legend(items: [string, string][], top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  let lx = MARGIN.left;
  let ly = top;
  for (const [mark, label] of items) {
    const width = 26 + label.length * 5.8;
    if (lx + width > W - 10 && lx > MARGIN.left) {
      lx = MARGIN.left;
      ly += 18;
    }
    svg.push(`<g class="legenda" transform="translate(${f1(lx)},${f1(ly)})">${mark}${text(22, 0, label, 'font-size="11"')}</g>`);
    lx += width + 14;
  }
  return { svg, height: ly - top + 18 };
}

const lineMark = (colour: string, dash = '', width = 2) => `<line x1="0" x2="18" y1="-4" y2="-4" stroke="${colour}" stroke-width="${width}"${dash}/>`;

function volumePanels(r: ForecastJson, opts: ChartOptions, lang: Lang, top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  const months = [...new Set(r.maanden.map((m) => m.maand))].sort();
  const firstPrognose = r.maanden.find((m) => m.soort === 'prognose')?.maand;
  const order = [...new Set(r.maanden.map((m) => m.regeling))];
  const colourOf = (g: string) => SERIES[order.indexOf(g) % SERIES.length]!;
  svg.push(text(MARGIN.left, top, tr(lang, 'Aantal uitkeringen aan het eind van de maand', 'Number of benefits at the end of the month'), 'font-size="14" font-weight="bold"'));
  let y0 = top + 32;
  for (const p of panels(r, opts, lang)) {
    svg.push(...drawPanel(p, months, firstPrognose, y0, lang, colourOf));
    y0 += p.height + PANEL_GAP;
  }
  const x = (maand: string) => MARGIN.left + (months.indexOf(maand) / Math.max(1, months.length - 1)) * PLOT_W;
  const axisY = y0 - PANEL_GAP + 14;
  for (const m of months.filter((m) => m.endsWith('-01'))) svg.push(text(x(m), axisY, m.slice(0, 4), 'font-size="10" text-anchor="middle" fill="#555"'));
  const items: [string, string][] = [
    [lineMark(COLOURS.realisatie), tr(lang, 'realisatie', 'realised')],
    [lineMark(COLOURS.prognose, ' stroke-dasharray="5 3"'), tr(lang, 'prognose (gestreept)', 'projection (dashed)')],
  ];
  if (opts.basis) items.push([lineMark(COLOURS.basis, '', 1), tr(lang, 'zonder aanvalsplan', 'without the plan')]);
  const l = legend(items, axisY + 22);
  svg.push(...l.svg);
  return { svg, height: axisY + 22 + l.height - top };
}

type BudgetStyle = 'definitief' | 'voorlopig' | 'raming';
const budgetStyle = (fase: string): BudgetStyle => (fase === 'definitief' ? 'definitief' : fase === 'raming' ? 'raming' : 'voorlopig');
const BUDGET_FILL: Record<BudgetStyle, string> = {
  definitief: `fill="${COLOURS.budget}" stroke="${COLOURS.budget}"`,
  voorlopig: `fill="url(#arcering)" stroke="${COLOURS.budget}" stroke-width="1.5"`,
  raming: `fill="#ffffff" stroke="${COLOURS.budget}" stroke-width="1.5" stroke-dasharray="4 2"`,
};

function bands(j: JaarJson) {
  const drempel = j.vangnet?.toetsen.find((t) => t.naam === 'drempel')?.grens_pct;
  const boven = j.vangnet?.treden[1]?.tot_pct;
  const b = px(j.budget);
  return { drempel: drempel ? b * (1 + px(drempel) / 100) : undefined, boven: boven ? b * (1 + px(boven) / 100) : undefined };
}

function lastenPanel(r: ForecastJson, opts: ChartOptions, lang: Lang, top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  const years = r.jaren;
  const basis = new Map(opts.basis?.jaren.map((j) => [j.jaar, px(j.lasten)]) ?? []);
  const all = years.flatMap((j) => [px(j.lasten), px(j.budget), bands(j).boven ?? 0, basis.get(j.jaar) ?? 0]);
  const step = niceStep(Math.max(...all), 5);
  const hi = Math.ceil(Math.max(...all) / step) * step;
  const y0 = top + 24;
  const y = (v: number) => y0 + BAR_H - (v / hi) * BAR_H;
  const slot = PLOT_W / years.length;
  const mln = (v: number) => `€ ${formatNumber(D(Math.round(v / 1e5)).div(10), 1, lang)} mln`;

  svg.push(
    text(MARGIN.left, top, tr(lang, 'Budget en lasten per jaar, met de grenzen van het vangnet', 'Budget and lasten per year, with the limits of the vangnet'), 'font-size="14" font-weight="bold"'),
  );
  for (let v = 0; v <= hi + 1; v += step) {
    svg.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="#e5e5e5"/>`);
    svg.push(text(MARGIN.left - 6, y(v) + 4, mln(v), 'font-size="10" text-anchor="end" fill="#555"'));
  }
  const seen = new Set<BudgetStyle>();
  years.forEach((j) => {
    const cx = MARGIN.left + slot * (years.indexOf(j) + 0.5);
    const bw = slot * 0.3;
    const l = px(j.lasten);
    const b = px(j.budget);
    const style = budgetStyle(j.budget_fase);
    seen.add(style);
    svg.push(
      `<rect class="budget" data-jaar="${j.jaar}" data-fase="${esc(j.budget_fase)}" x="${f1(cx - bw - 2)}" y="${f1(y(b))}" width="${f1(bw)}" height="${f1(y(0) - y(b))}" ${BUDGET_FILL[style]}/>`,
    );
    svg.push(
      `<rect class="lasten" data-jaar="${j.jaar}" data-soort="${j.soort}" x="${f1(cx + 2)}" y="${f1(y(l))}" width="${f1(bw)}" height="${f1(y(0) - y(l))}" fill="${j.soort === 'realisatie' ? COLOURS.realisatie : COLOURS.prognose}"/>`,
    );
    const zonder = basis.get(j.jaar);
    if (zonder !== undefined && j.soort === 'prognose')
      svg.push(`<line class="basis" data-jaar="${j.jaar}" x1="${f1(cx)}" x2="${f1(cx + bw + 8)}" y1="${f1(y(zonder))}" y2="${f1(y(zonder))}" stroke="${COLOURS.basis}" stroke-width="1.5"/>`);
    const tick = (v: number | undefined, cls: string, colour: string, dash: string) => {
      if (v !== undefined)
        svg.push(`<line class="${cls}" data-jaar="${j.jaar}" x1="${f1(cx - slot * 0.42)}" x2="${f1(cx + slot * 0.42)}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="${colour}" stroke-width="2"${dash}/>`);
    };
    const band = bands(j);
    tick(band.drempel, 'drempel', COLOURS.drempel, ' stroke-dasharray="6 3"');
    tick(band.boven, 'bovengrens', COLOURS.boven, ' stroke-dasharray="2 3"');
    svg.push(text(cx, y(0) + 14, String(j.jaar), 'font-size="11" text-anchor="middle"'));
    if (j.vangnet?.recht) svg.push(text(cx, y(Math.max(l, band.boven ?? 0)) - 8, `vangnet ${mln(px(j.vangnet.vangnet))}`, 'font-size="9" text-anchor="middle" fill="#333"'));
  });
  svg.push(text(18, y0 + BAR_H / 2, tr(lang, 'bedrag', 'amount'), `font-size="11" text-anchor="middle" transform="rotate(-90 18 ${f1(y0 + BAR_H / 2)})" fill="#333"`));
  const box = (fill: string) => `<rect x="0" y="-10" width="14" height="11" ${fill}/>`;
  const budgetLabels: Record<BudgetStyle, string> = {
    definitief: tr(lang, 'budget definitief', 'budget final'),
    voorlopig: tr(lang, 'budget voorlopig (definitief volgt)', 'budget provisional (final to follow)'),
    raming: tr(lang, 'budget geraamd', 'budget estimated'),
  };
  const items: [string, string][] = (['definitief', 'voorlopig', 'raming'] as const).filter((s) => seen.has(s)).map((s) => [box(BUDGET_FILL[s]), budgetLabels[s]]);
  items.push([box(`fill="${COLOURS.realisatie}"`), tr(lang, 'lasten (realisatie)', 'lasten (realised)')], [box(`fill="${COLOURS.prognose}"`), tr(lang, 'lasten (prognose)', 'lasten (projection)')]);
  if (opts.basis) items.push([lineMark(COLOURS.basis, '', 1.5), tr(lang, 'lasten zonder aanvalsplan', 'lasten without the plan')]);
  items.push(
    [lineMark(COLOURS.drempel, ' stroke-dasharray="6 3"'), tr(lang, 'drempel vangnet', 'vangnet threshold')],
    [lineMark(COLOURS.boven, ' stroke-dasharray="2 3"'), tr(lang, 'bovengrens (100% vergoed)', 'upper band (100% paid)')],
  );
  const l = legend(items, y(0) + 38);
  svg.push(...l.svg);
  return { svg, height: y(0) + 38 + l.height - top };
}

/** The subtitle: the gemeente and the scenario by name, never a path. */
function subtitle(r: ForecastJson, gemeente: string | undefined, lang: Lang): string {
  const scenario = r.scenario.bestand === null ? tr(lang, 'standaardaannames', 'default assumptions') : `${tr(lang, 'scenario', 'scenario')} ‘${r.scenario.naam}’`;
  return gemeente ? `${tr(lang, 'Gemeente', 'Gemeente')} ${gemeente}, ${scenario}` : scenario;
}

export function renderForecastChart(r: ForecastJson, lang: Lang, opts: ChartOptions = {}): string {
  const title = `${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`;
  const volume = volumePanels(r, opts, lang, 76);
  const lasten = lastenPanel(r, opts, lang, 76 + volume.height + 30);
  const height = Math.ceil(76 + volume.height + 30 + lasten.height + 8);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<defs><pattern id="arcering" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOURS.budget}" stroke-width="2.5"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(MARGIN.left, 28, title, 'font-size="18" font-weight="bold"'),
    text(MARGIN.left, 46, subtitle(r, opts.gemeente, lang), 'font-size="12" fill="#555"'),
    ...volume.svg,
    ...lasten.svg,
    '</svg>',
    '',
  ].join('\n');
}
