// Charts as self-contained SVG (no external fonts, no scripts), for pasting into a document:
// 1. the volume per regeling, realisatie (solid) and prognose (dashed), one small panel each;
// 2. per year lasten against budget, with the vangnet threshold and upper band drawn in.
// Coordinates are presentation: amounts become binary floats only here, to place pixels.

import { D, formatNumber, type Decimal, type Lang } from '../money.js';
import type { ForecastJson } from '../report/forecast.js';
import { scenarioLabel, tr } from './words.js';

/** A figure as a float, for pixels only: presentation, never money. */
const px = (v: { shown(): Decimal }) => v.shown().toNumber();

const W = 900;
const MARGIN = { left: 86, right: 24 };
const PANEL_H = 96;
const PANEL_GAP = 26;
const BAR_H = 300;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const COLOURS = { realisatie: '#1f4e79', prognose: '#6fa8dc', budget: '#2e7d32', drempel: '#e69138', boven: '#cc0000', lasten: '#1f4e79' };

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

function volumePanels(r: ForecastJson, lang: Lang, top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  const months = [...new Set(r.maanden.map((m) => m.maand))].sort();
  const x = (maand: string) => MARGIN.left + (months.indexOf(maand) / Math.max(1, months.length - 1)) * (W - MARGIN.left - MARGIN.right);
  const firstPrognose = r.maanden.find((m) => m.soort === 'prognose')?.maand;
  const regelingen = [...new Set(r.maanden.map((m) => m.regeling))];
  svg.push(text(MARGIN.left, top, tr(lang, 'Volume per regeling: uitkeringen aan het eind van de maand', 'Volume per regeling: benefits at the end of the month'), 'font-size="14" font-weight="bold"'));
  let y0 = top + 18;
  for (const regeling of regelingen) {
    const series = r.maanden.filter((m) => m.regeling === regeling);
    const values = series.map((m) => px(m.volume));
    const max = Math.max(...values);
    const min = Math.min(...values);
    // Counts: ticks at whole benefits at least.
    const step = Math.max(1, niceStep(Math.max(1, max - min), 3));
    const lo = Math.floor(min / step) * step;
    const hi = Math.ceil(max / step) * step || step;
    const y = (v: number) => y0 + PANEL_H - ((v - lo) / Math.max(step, hi - lo)) * PANEL_H;
    svg.push(`<g class="paneel" data-regeling="${esc(regeling)}">`);
    svg.push(`<rect x="${MARGIN.left}" y="${f1(y0)}" width="${W - MARGIN.left - MARGIN.right}" height="${PANEL_H}" fill="#fafafa" stroke="#ddd"/>`);
    for (let v = lo; v <= hi + 1e-9; v += step) {
      svg.push(`<line x1="${MARGIN.left}" x2="${W - MARGIN.right}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="#e5e5e5"/>`);
      svg.push(text(MARGIN.left - 6, y(v) + 4, formatNumber(D(Math.round(v)), 0, lang), 'font-size="10" text-anchor="end" fill="#555"'));
    }
    svg.push(text(MARGIN.left + 6, y0 + 14, regeling, 'font-size="12" font-weight="bold"'));
    for (const soort of ['realisatie', 'prognose'] as const) {
      // The projection line starts at the last realised month, so the two join.
      const points = series.filter((m, i) => m.soort === soort || (soort === 'prognose' && series[i + 1]?.soort === 'prognose' && m.soort === 'realisatie'));
      if (points.length < 2) continue;
      const d = points.map((m, i) => `${i ? 'L' : 'M'}${f1(x(m.maand))},${f1(y(px(m.volume)))}`).join(' ');
      const dash = soort === 'prognose' ? ' stroke-dasharray="5 3"' : '';
      svg.push(`<path class="reeks" data-regeling="${esc(regeling)}" data-soort="${soort}" d="${d}" fill="none" stroke="${COLOURS[soort]}" stroke-width="2"${dash}/>`);
    }
    if (firstPrognose) svg.push(`<line x1="${f1(x(firstPrognose))}" x2="${f1(x(firstPrognose))}" y1="${f1(y0)}" y2="${f1(y0 + PANEL_H)}" stroke="#999" stroke-dasharray="2 2"/>`);
    svg.push('</g>');
    y0 += PANEL_H + PANEL_GAP;
  }
  // The year axis under the last panel.
  const axisY = y0 - PANEL_GAP + 14;
  for (const m of months.filter((m) => m.endsWith('-01'))) svg.push(text(x(m), axisY, m.slice(0, 4), 'font-size="10" text-anchor="middle" fill="#555"'));
  svg.push(text((MARGIN.left + W - MARGIN.right) / 2, axisY + 16, tr(lang, 'maand', 'month'), 'font-size="11" text-anchor="middle" fill="#333"'));
  // Legend.
  const ly = axisY + 34;
  svg.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + 24}" y1="${ly}" y2="${ly}" stroke="${COLOURS.realisatie}" stroke-width="2"/>`);
  svg.push(text(MARGIN.left + 30, ly + 4, tr(lang, 'realisatie', 'realised'), 'font-size="11"'));
  svg.push(`<line x1="${MARGIN.left + 120}" x2="${MARGIN.left + 144}" y1="${ly}" y2="${ly}" stroke="${COLOURS.prognose}" stroke-width="2" stroke-dasharray="5 3"/>`);
  svg.push(text(MARGIN.left + 150, ly + 4, tr(lang, 'prognose', 'projection'), 'font-size="11"'));
  return { svg, height: ly + 20 - top };
}

function lastenPanel(r: ForecastJson, lang: Lang, top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  const years = r.jaren;
  const amount = px;
  const bands = years.map((j) => {
    const drempel = j.vangnet?.toetsen.find((t) => t.naam === 'drempel')?.grens_pct;
    const boven = j.vangnet?.treden[1]?.tot_pct;
    const b = amount(j.budget);
    return { drempel: drempel ? b * (1 + px(drempel) / 100) : undefined, boven: boven ? b * (1 + px(boven) / 100) : undefined };
  });
  const all = years.flatMap((j, i) => [amount(j.lasten), amount(j.budget), bands[i]!.boven ?? 0]);
  const step = niceStep(Math.max(...all), 5);
  const hi = Math.ceil(Math.max(...all) / step) * step;
  const y0 = top + 24;
  const y = (v: number) => y0 + BAR_H - (v / hi) * BAR_H;
  const slot = (W - MARGIN.left - MARGIN.right) / years.length;
  const mln = (v: number) => `€ ${formatNumber(D(Math.round(v / 1e5)).div(10), 1, lang)} mln`;

  svg.push(text(MARGIN.left, top, tr(lang, 'Lasten en budget per jaar, met de grenzen van het vangnet', 'Lasten and budget per year, with the limits of the vangnet'), 'font-size="14" font-weight="bold"'));
  for (let v = 0; v <= hi + 1; v += step) {
    svg.push(`<line x1="${MARGIN.left}" x2="${W - MARGIN.right}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="#e5e5e5"/>`);
    svg.push(text(MARGIN.left - 6, y(v) + 4, mln(v), 'font-size="10" text-anchor="end" fill="#555"'));
  }
  years.forEach((j, i) => {
    const cx = MARGIN.left + slot * (i + 0.5);
    const bw = slot * 0.5;
    const l = amount(j.lasten);
    const fill = j.soort === 'realisatie' ? COLOURS.realisatie : COLOURS.prognose;
    svg.push(`<rect class="lasten" data-jaar="${j.jaar}" data-soort="${j.soort}" x="${f1(cx - bw / 2)}" y="${f1(y(l))}" width="${f1(bw)}" height="${f1(y(0) - y(l))}" fill="${fill}"/>`);
    const tick = (v: number | undefined, cls: string, colour: string, dash = '') => {
      if (v === undefined) return;
      svg.push(`<line class="${cls}" data-jaar="${j.jaar}" x1="${f1(cx - slot * 0.42)}" x2="${f1(cx + slot * 0.42)}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="${colour}" stroke-width="2.5"${dash}/>`);
    };
    tick(amount(j.budget), 'budget', COLOURS.budget);
    tick(bands[i]!.drempel, 'drempel', COLOURS.drempel, ' stroke-dasharray="6 3"');
    tick(bands[i]!.boven, 'bovengrens', COLOURS.boven, ' stroke-dasharray="2 3"');
    svg.push(text(cx, y(0) + 14, String(j.jaar), 'font-size="11" text-anchor="middle"'));
    if (j.vangnet?.recht) svg.push(text(cx, y(Math.max(l, bands[i]!.boven ?? 0)) - 8, `vangnet ${mln(amount(j.vangnet.vangnet))}`, 'font-size="9" text-anchor="middle" fill="#333"'));
  });
  svg.push(text((MARGIN.left + W - MARGIN.right) / 2, y(0) + 30, tr(lang, 'jaar', 'year'), 'font-size="11" text-anchor="middle" fill="#333"'));
  svg.push(text(18, y0 + BAR_H / 2, tr(lang, 'bedrag', 'amount'), `font-size="11" text-anchor="middle" transform="rotate(-90 18 ${f1(y0 + BAR_H / 2)})" fill="#333"`));
  // Legend.
  const ly = y(0) + 50;
  const items: [string, string][] = [
    [`<rect x="0" y="-8" width="14" height="10" fill="${COLOURS.realisatie}"/>`, tr(lang, 'lasten (realisatie)', 'lasten (realised)')],
    [`<rect x="0" y="-8" width="14" height="10" fill="${COLOURS.prognose}"/>`, tr(lang, 'lasten (prognose)', 'lasten (projection)')],
    [`<line x1="0" x2="18" y1="-3" y2="-3" stroke="${COLOURS.budget}" stroke-width="2.5"/>`, 'budget'],
    [`<line x1="0" x2="18" y1="-3" y2="-3" stroke="${COLOURS.drempel}" stroke-width="2.5" stroke-dasharray="6 3"/>`, tr(lang, 'drempel vangnet', 'vangnet threshold')],
    [`<line x1="0" x2="18" y1="-3" y2="-3" stroke="${COLOURS.boven}" stroke-width="2.5" stroke-dasharray="2 3"/>`, tr(lang, 'bovengrens (100% vergoed)', 'upper band (100% paid)')],
  ];
  let lx = MARGIN.left;
  for (const [mark, label] of items) {
    svg.push(`<g transform="translate(${f1(lx)},${f1(ly)})">${mark}${text(22, 0, label, 'font-size="11"')}</g>`);
    lx += 44 + label.length * 6.4;
  }
  return { svg, height: ly + 16 - top };
}

export function renderForecastChart(r: ForecastJson, lang: Lang): string {
  const title = `${tr(lang, 'Prognose', 'Forecast')}: ${r.scenario.naam}`;
  const volume = volumePanels(r, lang, 76);
  const lasten = lastenPanel(r, lang, 76 + volume.height + 36);
  const height = 76 + volume.height + 36 + lasten.height + 12;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${Math.ceil(height)}" viewBox="0 0 ${W} ${Math.ceil(height)}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(MARGIN.left, 28, title, 'font-size="18" font-weight="bold"'),
    text(MARGIN.left, 44, `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(r.scenario, lang)}`, 'font-size="11" fill="#555"'),
    ...volume.svg,
    ...lasten.svg,
    '</svg>',
    '',
  ].join('\n');
}
