// The chart of buig simulate, a self-contained SVG in the style of chart.ts: the P10-P90 band of
// the total volume per month and of the resultaat per year, with the deterministic forecast as
// a line through both. Floats here place pixels only.

import { D, formatNumber, type Lang } from '../money.js';
import type { SimulateChart } from '../report/simulate.js';
import { scenarioLabel, tr } from './words.js';

const W = 900;
const LEFT = 86;
const RIGHT = 24;
const PANEL_H = 240;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const COLOURS = { band: '#9fc5e8', mediaan: '#3d85c6', prognose: '#1f4e79', nul: '#999999' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f1 = (n: number) => n.toFixed(1);
const text = (x: number, y: number, content: string, attrs = '') => `<text x="${f1(x)}" y="${f1(y)}" ${FONT} ${attrs}>${esc(content)}</text>`;

function niceStep(range: number, ticks: number): number {
  const raw = Math.max(range, 1e-9) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** A vertical scale over the values, with grid lines and labels. */
function scale(values: number[], top: number, label: (v: number) => string): { y: (v: number) => number; svg: string[] } {
  const lo0 = Math.min(...values);
  const hi0 = Math.max(...values);
  const step = niceStep(hi0 - lo0 || Math.abs(hi0) || 1, 4);
  const lo = Math.floor(lo0 / step) * step;
  const hi = Math.max(lo + step, Math.ceil(hi0 / step) * step);
  const y = (v: number) => top + PANEL_H - ((v - lo) / (hi - lo)) * PANEL_H;
  const svg: string[] = [];
  for (let v = lo; v <= hi + step / 1000; v += step) {
    svg.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${f1(y(v))}" y2="${f1(y(v))}" stroke="#e5e5e5"/>`);
    svg.push(text(LEFT - 6, y(v) + 4, label(v), 'font-size="10" text-anchor="end" fill="#555"'));
  }
  return { y, svg };
}

function volumePanel(c: SimulateChart, lang: Lang, top: number): string[] {
  const ms = c.maanden;
  const x = (i: number) => LEFT + (i / Math.max(1, ms.length - 1)) * (W - LEFT - RIGHT);
  const { y, svg } = scale(
    ms.flatMap((m) => [m.p10, m.p90, m.prognose]),
    top + 20,
    (v) => formatNumber(D(Math.round(v)), 0, lang),
  );
  const upper = ms.map((m, i) => `${f1(x(i))},${f1(y(m.p90))}`);
  const lower = ms.map((m, i) => `${f1(x(i))},${f1(y(m.p10))}`).reverse();
  const line = (key: 'p50' | 'prognose') => ms.map((m, i) => `${i ? 'L' : 'M'}${f1(x(i))},${f1(y(m[key]))}`).join(' ');
  return [
    text(LEFT, top, tr(lang, 'Volume: uitkeringen aan het eind van de maand, alle regelingen', 'Volume: benefits at the end of the month, all regelingen'), 'font-size="14" font-weight="bold"'),
    ...svg,
    `<polygon class="band" data-grootheid="volume" points="${[...upper, ...lower].join(' ')}" fill="${COLOURS.band}" fill-opacity="0.6" stroke="none"/>`,
    `<path class="mediaan" data-grootheid="volume" d="${line('p50')}" fill="none" stroke="${COLOURS.mediaan}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<path class="prognose" data-grootheid="volume" d="${line('prognose')}" fill="none" stroke="${COLOURS.prognose}" stroke-width="2"/>`,
    ...ms.map((m, i) => (m.maand.endsWith('-01') ? text(x(i), top + 20 + PANEL_H + 14, m.maand.slice(0, 4), 'font-size="10" text-anchor="middle" fill="#555"') : '')).filter(Boolean),
  ];
}

function resultaatPanel(c: SimulateChart, lang: Lang, top: number): string[] {
  const slot = (W - LEFT - RIGHT) / Math.max(1, c.jaren.length);
  const cx = (i: number) => LEFT + slot * (i + 0.5);
  const mln = (v: number) => `€ ${formatNumber(D(Math.round(v / 1e5)).div(10), 1, lang)} mln`;
  const { y, svg } = scale([0, ...c.jaren.flatMap((j) => [j.p10, j.p90, j.prognose])], top + 20, mln);
  const out = [text(LEFT, top, tr(lang, 'Resultaat per jaar (saldo + vangnet)', 'Resultaat per year (saldo + vangnet)'), 'font-size="14" font-weight="bold"'), ...svg];
  out.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${f1(y(0))}" y2="${f1(y(0))}" stroke="${COLOURS.nul}"/>`);
  c.jaren.forEach((j, i) => {
    const bw = slot * 0.4;
    out.push(
      `<rect class="band" data-grootheid="resultaat" data-jaar="${j.jaar}" x="${f1(cx(i) - bw / 2)}" y="${f1(y(j.p90))}" width="${f1(bw)}" height="${f1(Math.max(1, y(j.p10) - y(j.p90)))}" fill="${COLOURS.band}" fill-opacity="0.8"/>`,
    );
    out.push(
      `<line class="mediaan" data-jaar="${j.jaar}" x1="${f1(cx(i) - bw / 2)}" x2="${f1(cx(i) + bw / 2)}" y1="${f1(y(j.p50))}" y2="${f1(y(j.p50))}" stroke="${COLOURS.mediaan}" stroke-width="2" stroke-dasharray="4 3"/>`,
    );
    out.push(text(cx(i), top + 20 + PANEL_H + 14, String(j.jaar), 'font-size="11" text-anchor="middle"'));
  });
  const d = c.jaren.map((j, i) => `${i ? 'L' : 'M'}${f1(cx(i))},${f1(y(j.prognose))}`).join(' ');
  out.push(`<path class="prognose" data-grootheid="resultaat" d="${d}" fill="none" stroke="${COLOURS.prognose}" stroke-width="2"/>`);
  for (const [i, j] of c.jaren.entries()) out.push(`<circle cx="${f1(cx(i))}" cy="${f1(y(j.prognose))}" r="3" fill="${COLOURS.prognose}"/>`);
  return out;
}

function legend(lang: Lang, top: number, runs: number, seed: number): string[] {
  const items: [string, string][] = [
    [`<rect x="0" y="-8" width="16" height="10" fill="${COLOURS.band}" fill-opacity="0.6"/>`, tr(lang, 'P10 tot P90 (8 van de 10 runs)', 'P10 to P90 (8 of every 10 runs)')],
    [`<line x1="0" x2="18" y1="-3" y2="-3" stroke="${COLOURS.mediaan}" stroke-width="2" stroke-dasharray="4 3"/>`, 'P50'],
    [`<line x1="0" x2="18" y1="-3" y2="-3" stroke="${COLOURS.prognose}" stroke-width="2"/>`, tr(lang, 'prognose (exact)', 'forecast (exact)')],
  ];
  const out: string[] = [];
  let lx = LEFT;
  for (const [mark, label] of items) {
    out.push(`<g transform="translate(${f1(lx)},${f1(top)})">${mark}${text(24, 0, label, 'font-size="11"')}</g>`);
    lx += 50 + label.length * 6.4;
  }
  const n = formatNumber(D(runs), 0, lang);
  const note = tr(
    lang,
    `Schattingen uit ${n} runs (seed ${seed}) met binaire drijvende komma; de prognose is exact.`,
    `Estimates from ${n} runs (seed ${seed}) in binary floating point; the forecast is exact.`,
  );
  out.push(text(LEFT, top + 20, note, 'font-size="10" fill="#555"'));
  return out;
}

export function renderSimulateChart(c: SimulateChart, lang: Lang): string {
  const title = `${tr(lang, 'Onzekerheid', 'Uncertainty')}: ${c.naam}`;
  const volumeTop = 76;
  const resultaatTop = volumeTop + PANEL_H + 60;
  const legendTop = resultaatTop + PANEL_H + 56;
  const height = legendTop + 36;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(LEFT, 28, title, 'font-size="18" font-weight="bold"'),
    text(LEFT, 44, `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(c, lang)}`, 'font-size="11" fill="#555"'),
    ...volumePanel(c, lang, volumeTop),
    ...resultaatPanel(c, lang, resultaatTop),
    ...legend(lang, legendTop, c.runs, c.seed),
    '</svg>',
    '',
  ].join('\n');
}
