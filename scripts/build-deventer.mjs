#!/usr/bin/env node
// Rebuilds data/deventer/*.csv from published anchors plus stated reconstruction rules. Deterministic: run it twice, get the same files. Which figure is
// published and which reconstructed is listed in data/deventer/README.md.
//
//   node scripts/build-deventer.mjs
//
// Reconstruction rules:
// - Month-end stands per regeling follow straight lines between anchor stands (rounded to whole
//   benefits). The anchors marked "published" come from public documents of the gemeente Deventer
//   (short labels in [brackets]; full citations in docs/sources.md); the others are reconstructed.
// - Instroom per year is spread over the months with a fixed seasonal pattern (more in January
//   and late summer), by largest remainder so that the months add up to the year.
// - Uitstroom[m] = stand[m-1] + instroom[m] - stand[m], so stands and flows reconcile exactly.
// - Lasten per regeling = gemiddeld volume x a reconstructed prijs, in whole euros; the PW bruto
//   of 2022 is the residual that makes the 2022 total equal the published tekort.
// - Budgets of 2020 and 2021 follow from the illustrative saldi of the Deventer case in
//   test/vangnet/published-cases.csv (-1,200,000 and +1,500,000).

import { writeFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';

const OUT = new URL('../data/deventer/', import.meta.url);
const MONTHS = [];
for (let y = 2018; y <= 2022; y++) for (let m = 1; m <= 12; m++) if (y > 2018 || m === 12) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
const idx = (month) => MONTHS.indexOf(month);

// Anchor stands (end of month). Published: PW 2022-09 = 2551 and IOAW+IOAZ+BBZ 2022-09 = 120 [Deventer 2022-847].
const ANCHORS = {
  PW: { '2018-12': 3010, '2019-12': 2890, '2020-06': 2960, '2020-12': 2940, '2021-12': 2745, '2022-09': 2551, '2022-12': 2530 },
  IOAW: { '2018-12': 70, '2019-12': 68, '2020-12': 66, '2021-12': 64, '2022-09': 62, '2022-12': 61 },
  IOAZ: { '2018-12': 9, '2019-12': 9, '2020-12': 10, '2021-12': 10, '2022-09': 10, '2022-12': 10 },
  BBZ: { '2018-12': 30, '2020-06': 52, '2020-12': 45, '2021-06': 50, '2021-12': 55, '2022-09': 48, '2022-12': 46 },
  LKS: { '2018-12': 70, '2019-12': 80, '2020-12': 85, '2021-12': 95, '2022-12': 105 },
};
// Instroom per year (PW: "roughly 650-700 a year", [Deventer 2022-847], [Deventer Inzet op maat 2019]; the others reconstructed).
const INSTROOM = {
  PW: { 2019: 700, 2020: 760, 2021: 690, 2022: 665 },
  IOAW: { 2019: 14, 2020: 13, 2021: 12, 2022: 12 },
  IOAZ: { 2019: 12, 2020: 12, 2021: 12, 2022: 12 },
  BBZ: { 2019: 24, 2020: 60, 2021: 40, 2022: 22 },
  LKS: { 2019: 28, 2020: 24, 2021: 30, 2022: 32 },
};
// Seasonal pattern of instroom (weights per month, sum 240).
const SEASON = [23, 19, 20, 19, 19, 19, 21, 22, 21, 19, 18, 20];
// Reconstructed yearly prijs (lasten per gemiddeld benefit) in euros.
const PRIJS = {
  PW: { 2019: 13950, 2020: 14150, 2021: 14350 }, // 2022: residual, see below
  IOAW: { 2019: 16800, 2020: 17050, 2021: 17300, 2022: 17700 },
  IOAZ: { 2019: 17200, 2020: 17450, 2021: 17700, 2022: 18100 },
  BBZ: { 2019: 13500, 2020: 13700, 2021: 13900, 2022: 14300 },
  LKS: { 2019: 11800, 2020: 12000, 2021: 12200, 2022: 12600 },
};
const BATEN_PW = { 2019: 610000, 2020: 560000, 2021: 575000, 2022: 590000 }; // 2021 plan: 550 + 25 (x 1,000), [Deventer Uitvoeringsplan 2021]
const FOUT_ONZEKER_PW = { 2019: 0, 2020: 18400, 2021: 0, 2022: 0 };

const PUBLISHED_BUDGET_2022 = new Decimal(36896210); // [Deventer 2022-847]
const PUBLISHED_LASTEN_2022 = new Decimal(40552826); // tekort 3,656,616 = 9.91%, vangnet 444,700 ([Deventer Vangnet 2022])
const SALDO = { 2019: -2450000, 2020: -1200000, 2021: 1500000 }; // 2020/2021 as in test/vangnet/published-cases.csv; 2019 reconstructed

function stands(anchors) {
  const points = Object.entries(anchors).map(([m, v]) => [idx(m), v]);
  const out = [];
  for (let i = 0; i < MONTHS.length; i++) {
    const k = points.findIndex(([j]) => j >= i);
    const [j1, v1] = points[k];
    if (j1 === i) {
      out.push(v1);
      continue;
    }
    const [j0, v0] = points[k - 1];
    out.push(Math.round(v0 + ((v1 - v0) * (i - j0)) / (j1 - j0)));
  }
  return out;
}

function spread(total) {
  const exact = SEASON.map((w) => (total * w) / 240);
  const base = exact.map(Math.floor);
  let rest = total - base.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (rest-- > 0) base[i]++;
  return base;
}

const volume = [['maand', 'regeling', 'aantal']];
const stromen = [['maand', 'regeling', 'instroom', 'uitstroom']];
const gemiddeld = {}; // regeling -> year -> Decimal
for (const [regeling, anchors] of Object.entries(ANCHORS)) {
  const s = stands(anchors);
  gemiddeld[regeling] = {};
  for (let i = 0; i < MONTHS.length; i++) volume.push([MONTHS[i], regeling, s[i]]);
  for (let year = 2019; year <= 2022; year++) {
    const ins = spread(INSTROOM[regeling][year]);
    let sumStand = 0;
    for (let m = 0; m < 12; m++) {
      const i = idx(`${year}-${String(m + 1).padStart(2, '0')}`);
      const uit = s[i - 1] + ins[m] - s[i];
      if (uit < 0) throw new Error(`${regeling} ${MONTHS[i]}: negative uitstroom ${uit}; raise instroom`);
      stromen.push([MONTHS[i], regeling, ins[m], uit]);
      sumStand += s[i];
    }
    gemiddeld[regeling][year] = new Decimal(sumStand).div(12);
  }
}
// Sort by month, then regeling, the way an export from a benefits system looks.
const order = ['PW', 'IOAW', 'IOAZ', 'BBZ', 'LKS'];
const byMonth = (a, b) => a[0].localeCompare(b[0]) || order.indexOf(a[1]) - order.indexOf(b[1]);
volume.splice(1, Infinity, ...volume.slice(1).sort(byMonth));
stromen.splice(1, Infinity, ...stromen.slice(1).sort(byMonth));

const lasten = [['jaar', 'regeling', 'bruto', 'baten', 'fout_onzeker', 'lasten']];
const totals = {};
for (let year = 2019; year <= 2022; year++) {
  const rows = {};
  for (const regeling of order) {
    if (regeling === 'PW' && year === 2022) continue;
    const bruto = gemiddeld[regeling][year].times(PRIJS[regeling][year]).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const baten = new Decimal(regeling === 'PW' ? BATEN_PW[year] : 0);
    const fout = new Decimal(regeling === 'PW' ? FOUT_ONZEKER_PW[year] : 0);
    rows[regeling] = [bruto, baten, fout];
  }
  if (year === 2022) {
    const others = Object.values(rows).reduce((a, [b, bt, f]) => a.plus(b).minus(bt).minus(f), new Decimal(0));
    const baten = new Decimal(BATEN_PW[2022]);
    rows.PW = [PUBLISHED_LASTEN_2022.minus(others).plus(baten), baten, new Decimal(0)];
  }
  totals[year] = new Decimal(0);
  for (const regeling of order) {
    const [bruto, baten, fout] = rows[regeling];
    const netto = bruto.minus(baten).minus(fout);
    totals[year] = totals[year].plus(netto);
    lasten.push([year, regeling, bruto.toFixed(0), baten.toFixed(0), fout.toFixed(0), netto.toFixed(0)]);
  }
}
if (!totals[2022].eq(PUBLISHED_LASTEN_2022)) throw new Error('2022 lasten do not match the published tekort');

const budget = [
  ['jaar', 'fase', 'bedrag', 'macrobudget', 'aandeel_pct'],
  ['# 2019 and 2020: reconstructed from the saldi (see README.md); 2021 voorlopig: [Deventer Uitvoeringsplan 2021] (Rijksbijdrage 41,673 x 1,000)'],
  [2019, 'definitief', totals[2019].plus(SALDO[2019]).toFixed(0), '', ''],
  [2020, 'definitief', totals[2020].plus(SALDO[2020]).toFixed(0), '', ''],
  [2021, 'voorlopig', '41673000', '', ''],
  ['# 2021 definitief: reconstructed, an overschot of 1,500,000 ([Deventer 2022-847]: "het positieve resultaat in 2021")'],
  [2021, 'definitief', totals[2021].plus(SALDO[2021]).toFixed(0), '', ''],
  ['# 2022 voorlopig: reconstructed ("bijna 1,5 miljoen" above the definitief budget, [Deventer 2022-847]); definitief and aandeel: [Deventer 2022-847]'],
  [2022, 'voorlopig', '38376000', '', ''],
  [2022, 'definitief', PUBLISHED_BUDGET_2022.toFixed(0), '', '0.61'],
  ['# 2023 voorlopig and aandeel: [Deventer 2022-847]; the national macrobudget 2023 voorlopig (EUR 6,014.9 mln): [SZW voorlopige budgetten 2023]'],
  [2023, 'voorlopig', '37970947', '6014900000', '0.63'],
];

const header = (lines) => lines.map((l) => `# ${l}`).join('\n') + '\n';
const csv = (rows) => rows.map((r) => r.join(',')).join('\n') + '\n';
const note = 'Gemeente Deventer. Generated by scripts/build-deventer.mjs; published and reconstructed figures: README.md.';
writeFileSync(new URL('budget.csv', OUT), header([note, 'BUIG budget per year and fase, in euros.']) + csv(budget).replace(/^(#[^\n]*?),*$/gm, '$1'));
writeFileSync(
  new URL('lasten.csv', OUT),
  header([note, 'In aanmerking komende netto lasten per regeling: lasten = bruto - baten - fout_onzeker. 2022 total: 40,552,826 (published tekort).']) + csv(lasten),
);
writeFileSync(new URL('volume.csv', OUT), header([note, 'Month-end stands; 2022-09: PW 2551, IOAW+IOAZ+BBZ 120 (published, [Deventer 2022-847]); the rest reconstructed.']) + csv(volume));
writeFileSync(new URL('stromen.csv', OUT), header([note, 'Instroom and uitstroom per month; reconcile exactly with volume.csv.']) + csv(stromen));
writeFileSync(new URL('gemeente.json', OUT), JSON.stringify({ naam: 'Deventer', cbs_code: 'GM0150' }, null, 2) + '\n');

for (let year = 2019; year <= 2022; year++) {
  const avg = order.map((r) => `${r} ${gemiddeld[r][year].toFixed(1)}`).join(', ');
  console.log(`${year}: lasten ${totals[year].toFixed(0)}; gemiddeld volume ${avg}`);
}
const pw2022 = lasten.find((r) => r[0] === 2022 && r[1] === 'PW');
console.log(`PW prijs 2022 (bruto / gemiddeld volume): ${new Decimal(pw2022[2]).div(gemiddeld.PW[2022]).toFixed(2)}`);
