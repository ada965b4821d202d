// Renderers of the forecast per month (buig forecast --maanden): maand, regeling[, segment],
// volume, instroom, uitstroom and soort, in the order of the JSON's `maanden` (per series, month
// by month). csv and csv-nl carry the JSON's figures; table and Markdown show them rounded.

import { BoxTable as Table } from './table.js';
import { Chalk } from 'chalk';
import { formatNumber, roundHalfUp, type Decimal, type Lang } from '../money.js';
import type { ForecastJson } from '../report/forecast.js';
import type { Aantal } from '../report/values.js';
import { toCsv, type CsvStyle } from './csv.js';
import { mdTable, mdText } from './markdown.js';
import { scenarioLabel, tr } from './words.js';

const hasSegments = (r: ForecastJson) => r.maanden.some((m) => m.segment !== undefined);

function head(r: ForecastJson, lang: Lang): string[] {
  return [tr(lang, 'maand', 'month'), 'regeling', ...(hasSegments(r) ? ['segment'] : []), 'volume', 'instroom', 'uitstroom', tr(lang, 'soort', 'kind')];
}

function alignRight(r: ForecastJson): boolean[] {
  return [false, false, ...(hasSegments(r) ? [false] : []), true, true, true, false];
}

/**
 * The months as shown: realised counts whole, projected ones to one decimal, and a projected
 * month's uitstroom derived from the shown stands and instroom, so that every shown row adds up:
 * stand = previous stand + instroom - uitstroom.
 */
function shownRows(r: ForecastJson, lang: Lang): string[][] {
  const segments = hasSegments(r);
  const previous = new Map<string, Decimal>();
  return r.maanden.map((m) => {
    const series = `${m.regeling}/${m.segment ?? ''}`;
    const decimals = m.soort === 'prognose' ? 1 : 0;
    const round = (n: Aantal | null) => (n === null ? null : roundHalfUp(n.shown(), decimals));
    const volume = round(m.volume)!;
    const instroom = round(m.instroom);
    const before = previous.get(series);
    const uitstroom = m.soort === 'prognose' && before !== undefined && instroom !== null ? before.plus(instroom).minus(volume) : round(m.uitstroom);
    previous.set(series, volume);
    const shown = (d: Decimal | null) => (d === null ? '-' : formatNumber(d, decimals, lang));
    return [m.maand, m.regeling, ...(segments ? [m.segment ?? ''] : []), shown(volume), shown(instroom), shown(uitstroom), m.soort];
  });
}

const NOTE = (lang: Lang) =>
  tr(
    lang,
    'Uitkeringen aan het eind van de maand. Prognose op 1 decimaal, met uitstroom = vorige stand + instroom - stand.',
    'Benefits at the end of the month. Projection to 1 decimal, with uitstroom = previous stand + instroom - stand.',
  );

export function renderMonthsTable(r: ForecastJson, lang: Lang, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const table = new Table({
    head: head(r, lang),
    colAligns: alignRight(r).map((right) => (right ? 'right' : 'left')),
    style: { head: colour ? ['bold'] : [], border: colour ? ['grey'] : [], compact: true },
  });
  for (const row of shownRows(r, lang)) table.push(row);
  return [
    c.bold(`${tr(lang, 'Prognose per maand', 'Forecast per month')}: ${r.scenario.naam}`),
    `${tr(lang, 'scenario', 'scenario')} ${scenarioLabel(r.scenario, lang)}, data ${r.scenario.data}`,
    '',
    table.toString(),
    c.dim(NOTE(lang)),
    '',
  ].join('\n');
}

export function renderMonthsMarkdown(r: ForecastJson, lang: Lang): string {
  return [`## ${tr(lang, 'Prognose per maand', 'Forecast per month')}: ${mdText(r.scenario.naam)}`, '', mdTable(head(r, lang), shownRows(r, lang), alignRight(r)), NOTE(lang), ''].join('\n');
}

/** One row per month and series, the JSON's figures ('.' decimals; csv-nl: decimal comma). */
export function renderMonthsCsv(r: ForecastJson, style: CsvStyle = {}): string {
  const segments = hasSegments(r);
  const figure = (n: Aantal | null) => (n === null ? '' : n.shown().toFixed());
  return toCsv(
    ['maand', 'regeling', ...(segments ? ['segment'] : []), 'volume', 'instroom', 'uitstroom', 'soort'],
    r.maanden.map((m) => [m.maand, m.regeling, ...(segments ? [m.segment ?? ''] : []), figure(m.volume), figure(m.instroom), figure(m.uitstroom), m.soort]),
    style,
  );
}

/** The JSON of --maanden: the scenario and its months, under the same keys as in the full JSON. */
export function monthsJson(r: ForecastJson): Pick<ForecastJson, 'scenario' | 'maanden'> {
  return { scenario: r.scenario, maanden: r.maanden };
}
