// The English texts of the diagnostics: a message and a hint for every code of
// src/diagnostics/catalogue.ts, the reasons of the JSON readers' own checks, and the words for
// JSON syntax errors. The shape (and which placeholders a template may use) is checked by the
// compiler: src/diagnostics/messages.ts. Dutch domain terms (regeling, tekort, fase, ...) and the
// names of columns and keys stay Dutch.

import type { EnumOf } from '../../diagnostics/catalogue.js';
import { MAX_AANTAL, MAX_BEDRAG, MAX_FACTOR, MAX_MAANDEN, MAX_REGEL_VENSTER, type BoundName } from '../../domain/bounds.js';
import { D, formatNumber } from '../../money.js';
import { defineMessages, type JsonSyntaxWords, type Reasons, type Shown } from '../../diagnostics/messages.js';

/** What makes a line unique (BUIG-E018). */
const UNIQUE: Record<Exclude<EnumOf<'BUIG-E018', 'what'>, 'totaal-en-regeling'>, string> = {
  'jaar-fase': 'combination of jaar and fase',
  'jaar-regeling': 'combination of jaar and regeling',
  'maand-regeling-segment': 'combination of maand, regeling and segment',
  'scenario-jaar-grootheid': 'combination of scenario, jaar and grootheid',
  code: 'code',
};

/** What csv-parse found (BUIG-E020). */
const CSV_PROBLEM: Record<EnumOf<'BUIG-E020', 'problem'>, string> = {
  'quote-not-closed': 'a quote is not closed',
  'invalid-closing-quote': 'text after a closing quote',
  'invalid-opening-quote': 'a quote in the middle of a field',
  other: 'the file cannot be read as CSV',
};

/** What is wrong with gemeente.json (BUIG-E027). */
const GEMEENTE_PROBLEM: Record<EnumOf<'BUIG-E027', 'problem'>, (p: Shown<'BUIG-E027'>) => string> = {
  json: () => 'not valid JSON',
  object: () => 'not a JSON object',
  'unknown-key': (p) => `unknown key '${p.key}'`,
  naam: (p) => `naam must be a non-empty text (${p.value})`,
  cbs_code: (p) => `cbs_code must look like GM0150 (${p.value})`,
};

/** What a path had to be, and what is there instead (BUIG-E130, E131). */
const EXPECTED_PATH: Record<EnumOf<'BUIG-E130', 'expected'>, string> = { file: 'a file', folder: 'a folder' };
const FOUND_PATH: Record<EnumOf<'BUIG-E130', 'found'>, string> = {
  folder: 'a folder',
  file: 'a file',
  'dangling-link': 'a symbolic link to something that does not exist',
  'link-loop': 'a symbolic link that points back to itself through a loop',
  special: 'not a regular file but a pipe, device or socket',
  denied: 'not readable: permission denied',
  other: 'not readable',
};
const PATH_HINT: Record<EnumOf<'BUIG-E130', 'found'>, string> = {
  folder: 'give the path of the file itself, not of the folder it is in',
  file: 'give a folder holding the data files (budget.csv, lasten.csv, volume.csv, stromen.csv), not a file in it',
  'dangling-link': 'repair the link, or put the file itself in its place',
  'link-loop': 'replace the link by the file or folder itself',
  special: 'buig reads regular files only, since a pipe or device may never end; save its content to a file first',
  denied: 'give the user running buig permission to read it, or copy it to a place that user may read',
  other: "check the path; the system's code is in brackets",
};
const pathFound = (p: { found: EnumOf<'BUIG-E130', 'found'>; expected: EnumOf<'BUIG-E130', 'expected'>; code: string }) =>
  p.found === 'denied' || p.found === 'other' ? `${FOUND_PATH[p.found]}${p.code ? ` (${p.code})` : ''}` : `${FOUND_PATH[p.found]}, not ${EXPECTED_PATH[p.expected]}`;
/** What a file that is not the kind it should be holds (BUIG-E136, E137). */
const FOUND_FILE: Record<EnumOf<'BUIG-E136', 'found'>, string> = {
  empty: 'an empty file',
  text: 'text',
  binary: 'binary data',
  'utf-16': 'UTF-16 text',
  workbook: 'an Excel workbook',
  'json-object': 'a JSON object without any of those keys',
  'json-list': 'a JSON list',
  'json-value': 'a single JSON value',
};
const EXPECTED_JSON: Record<EnumOf<'BUIG-E137', 'expected'>, string> = {
  scenario: 'a scenario: expected a JSON object with naam and data among its keys',
  regels: 'a rules file: expected a JSON list of rules, or an object with the key regels',
  gemeente: 'a gemeente.json: expected a JSON object with naam and cbs_code',
};

/** A value as written, cut short when it is long (a count of hundreds of digits). */
const short = (x: string) => (x.length > 24 ? `${x.slice(0, 20)}… (${x.length} characters)` : x);
const amount = formatNumber(MAX_BEDRAG, 0, 'en');
const count = formatNumber(D(MAX_AANTAL), 0, 'en');

/** The range of each bound of src/domain/bounds.ts, and why it is there (BUIG-E140). */
const RANGE: Record<BoundName, { range: string; why: string }> = {
  bedrag: { range: `from -${amount} to ${amount}`, why: 'an amount above 1,000 billion euros is no amount of a gemeente; check the unit (euros) and the number of digits' },
  positiefBedrag: { range: `from 1 to ${amount}`, why: 'a budget, macrobudget or prijs is a positive amount of at least 1 euro: at 0 the tekort percentage becomes infinite, below it changes sign' },
  nietNegatiefBedrag: { range: `from 0 to ${amount}`, why: 'baten, kosten, an lks_prijs and an LKS deelbudget are amounts of 0 or more' },
  groeiPct: { range: 'greater than -100 and at most 100', why: 'at -100% or below a budget or prijs becomes 0 or negative; more than 100% a year is no assumption but a typo' },
  pct: { range: 'from 0 to 100', why: 'a share in percent: a compensation above 100% would pay more than the tekort' },
  aandeelPct: { range: 'greater than 0 and at most 100', why: 'the budgetaandeel is a percentage of the macrobudget, e.g. 0.61 for 0.61%' },
  factor: { range: `from 0 to ${MAX_FACTOR}`, why: 'a factor multiplies the estimated instroom or uitstroom rate; a negative factor makes flows negative' },
  aantal: { range: `from 0 to ${count}`, why: 'more than ten million benefits fits no gemeente (all of the Netherlands has about 400,000)' },
  schok: { range: `from -${count} to ${count}`, why: 'a shock is extra instroom in one month; more than ten million is a typo' },
  maanden: { range: `from 1 to ${MAX_MAANDEN}`, why: `a ramp or delay longer than the longest horizon (${MAX_MAANDEN} months) lies outside any forecast` },
  regelVenster: { range: `from -${MAX_REGEL_VENSTER} to 0`, why: `the window of the multi-year test counts years back from the year itself, at most ${MAX_REGEL_VENSTER}` },
};

/** What takes a budget below one euro (BUIG-E149). */
const BUDGET_CAUSE: Record<EnumOf<'BUIG-E149', 'cause'>, string> = {
  bijstelling: 'because of the bijstelling of the published budget',
  macrobudget: 'as macrobudget x aandeel',
  groei: 'because of budget_groei_pct, year after year',
  gegevens: 'according to the data',
};

/** What drives a stand to an impossible value (BUIG-E144, BUIG-E145). */
const STAND_CAUSE: Record<EnumOf<'BUIG-E145', 'cause'>, (code: string) => string> = {
  schok: () => 'because of this shock',
  actie: (code) => `because of actie ${code} (with the acties before it in the plan)`,
  instroom_factor: () => 'because of the instroom_factor',
  horizon: () => 'because of the long horizon',
  gegevens: () => 'because of the instroom and uitstroom of the base period',
};

export const diagnostics = defineMessages({
  'BUIG-E001': { message: 'file cannot be opened ({reason})', hint: 'check the name and the folder; {name} is needed for {purpose}' },
  'BUIG-E002': { message: 'the file is empty', hint: 'start with a header row naming the columns: {columns}' },
  'BUIG-E003': {
    message: 'the header row is missing: the first line holds data ({value})',
    hint: 'put a header row above the data, for example: {columns}',
  },
  'BUIG-E004': {
    message: "required column '{column}' is missing",
    hint: "the header row must at least contain: {columns}[; is '{suggestion}' meant as {column}?]",
  },
  'BUIG-E005': { message: "column '{column}' appears twice in the header row", hint: 'remove or rename one of the two columns' },
  'BUIG-W006': { message: "unknown column '{column}' is ignored", hint: '[did you mean {suggestion}? ]known columns: {columns}' },
  'BUIG-E007': {
    message: 'this line has {found} fields, the header row {expected}',
    hint: 'every line needs as many fields as the header row; put a value containing the delimiter ({delimiter}) in double quotes',
  },
  'BUIG-E008': {
    message: "decimal comma in a file delimited by ',': '{value}'",
    hint: "write a decimal point ({example}), or save the file with ';' as delimiter (as Dutch Excel does)",
  },
  'BUIG-E009': {
    message: "ambiguous thousands separator in '{value}'",
    hint: 'write the number without a thousands separator, for example {example}',
  },
  'BUIG-E010': { message: "'{value}' in column {column} is not an amount", hint: 'write a number, such as {examples}' },
  'BUIG-E011': {
    message: "'{value}' in column {column} is not a whole number",
    hint: '{column} counts benefits: write a whole number without separators, such as 2551',
  },
  'BUIG-E012': {
    message: '{column} is negative ({value})',
    hint: 'a number of benefits or a flow is never negative; write a decrease as uitstroom',
  },
  'BUIG-E013': { message: "'{value}' is not a valid year", hint: 'write the year in four digits, between {min} and {max}' },
  'BUIG-E014': {
    message: "'{value}' is not a valid month",
    hint: 'write the month as YYYY-MM[, here {suggestion}][; in Excel type {typed} (with the apostrophe) or make the column Text, or Excel turns it into a date again]',
  },
  'BUIG-E015': { message: "unknown fase '{value}'", hint: '[did you mean {suggestion}? ]allowed: voorlopig, nader_voorlopig, definitief' },
  'BUIG-E016': { message: "unknown regeling '{value}'", hint: '[did you mean {suggestion}? ]allowed: PW, IOAW, IOAZ, BBZ, LKS' },
  'BUIG-E017': { message: 'column {column} is empty', hint: '{column} is required on every line' },
  'BUIG-E018': {
    message: (p) =>
      p.what === 'totaal-en-regeling' ? `${p.key} (total and per regeling) appears more than once (first on line ${p.firstLine})` : `${p.key} appears more than once (first on line ${p.firstLine})`,
    hint: (p) =>
      p.what === 'totaal-en-regeling'
        ? 'give a year as a total or per regeling, not both; remove the total line or the lines per regeling'
        : `each ${UNIQUE[p.what]} may appear only once; remove the duplicate line or add the lines up`,
  },
  'BUIG-W019': {
    message: 'stand {regeling} {month} does not reconcile with the flows: {previous} + {instroom} - {uitstroom} = {expected}, but volume.csv says {actual} (difference {difference})',
    hint: 'a difference often comes from backdated corrections; explain it or adjust the flows',
  },
  'BUIG-E020': {
    message: (p) => `CSV error: ${CSV_PROBLEM[p.problem]}${p.code ? ` (${p.code})` : ''}`,
    hint: 'a double quote (") opens a field that must close with another double quote',
  },
  'BUIG-W021': {
    message: 'the series {regeling} skips {count} month(s): {from} to {to}',
    hint: 'fill in the missing months; the projection starts from the last complete month',
  },
  'BUIG-E022': {
    message: '{column} must be greater than zero ({value})',
    hint: 'a budget or prijs is a positive amount; a tekort follows from lasten.csv',
  },
  'BUIG-W023': {
    message: 'lasten {lasten} is not bruto - baten - fout_onzeker = {computed} (difference {difference})',
    hint: 'the lasten column counts; check that baten and fout/onzeker are written as positive amounts',
  },
  'BUIG-W024': { message: 'the file has no data lines', hint: 'add lines below the header row' },
  'BUIG-E025': {
    message: 'aandeel_pct {value} is not between 0 and 100',
    hint: 'the budgetaandeel is a percentage of the macrobudget, e.g. 0.61 for 0.61%',
  },
  'BUIG-W026': {
    message: 'bedrag {bedrag} does not match macrobudget x aandeel_pct ({aandeel}% = {computed}, {pct}%)',
    hint: 'check that macrobudget and aandeel belong to the same fase and year',
  },
  'BUIG-E027': {
    message: (p) => `gemeente.json is invalid: ${GEMEENTE_PROBLEM[p.problem](p)}`,
    hint: 'expected: {"naam": "Deventer", "cbs_code": "GM0150"}',
  },
  'BUIG-W028': { message: "unknown file '{value}' is not read", hint: '[did you mean {suggestion}? ]known files: {files}' },
  'BUIG-E029': {
    message: 'the folder {dir} does not exist',
    hint: 'pass --data a folder holding budget.csv and lasten.csv, for example data/deventer',
  },
  'BUIG-W030': { message: '{name} is missing: needed for {purpose}', hint: 'add {name} with the columns {columns}' },
  'BUIG-W031': {
    message: "'{value}' in column {column} reads as {read}; did you mean {meant}?",
    hint: "in a file delimited by ',' the dot is a decimal point; write {meant} without a dot if that is what you meant",
  },
  'BUIG-E032': {
    message: (p) => `rules file invalid at ${p.path || '(file)'}: ${p.reason}`,
    hint: 'a rules file is a JSON list of rules with id, van, tot, bron and routes; see README.md, "Vangnet rules"',
  },
  'BUIG-E033': {
    message: 'there are no vangnet rules for {jaar}',
    hint: 'built in are the years {van} to {tot}; supply rules for {jaar} with --rules FILE',
  },
  'BUIG-E034': {
    message: (p) => (p.jaar ? `no ${p.what} for ${p.jaar}` : `no ${p.what} in ${p.name}`),
    hint: (p) =>
      p.jaar ? `add a line for ${p.jaar} to ${p.name}, or compute with --budget and --lasten` : `add the stands to ${p.name}: the number of benefits at the end of each month, per regeling`,
  },
  'BUIG-E040': {
    message: 'scenario file is not valid JSON: {reason}',
    hint: 'comments (// or /* */) and a comma after the last element are allowed; names and strings go in double quotes',
  },
  'BUIG-E041': {
    message: 'scenario invalid at {path}: {reason}',
    hint: 'see `buig schema` for every key and its form; an editor with JSON Schema helps',
  },
  'BUIG-E042': {
    message: "the data folder '{value}' does not exist ({resolved})",
    hint: 'the path in "data" is relative to the scenario file, for example "../data/deventer"',
  },
  'BUIG-E043': {
    message: 'the horizon {value} is not after the last month with data ({last})',
    hint: 'the projection starts in the month after {last}; choose a later horizon',
  },
  'BUIG-E044': {
    message: 'the base period {van} to {tot} has no data for {series} in {months}',
    hint: 'every base month needs its flows and the stand of the month before; the data run from {first} to {last}',
  },
  'BUIG-E045': {
    message: 'too few months for a forecast: the data run from {first} to {last}, which is {months} month(s) with a previous stand; at least {minimum} are needed',
    hint: 'instroom and the uitstroom rate are estimated over at least {minimum} months (by default the last 24); add earlier months to volume.csv and stromen.csv',
  },
  'BUIG-E055': {
    message: 'the scenario has no aanvalsplan to price',
    hint: 'add "aanvalsplan": "plan.csv" to the scenario (a CSV with code, naam, hefboom, aantal, start), or search with --doel how much extra uitstroom is needed',
  },
  'BUIG-E050': {
    message: "unknown hefboom '{value}'",
    hint: '[did you mean {suggestion}? ]allowed: instroom (less instroom), uitstroom (extra uitstroom), lks (exit into a loonkostensubsidie), verlaging (a lower benefit)',
  },
  'BUIG-E051': {
    message: 'hefboom {hefboom} needs a value in column {needs}',
    hint: 'lks: lks_prijs is the yearly cost of a placement (e.g. 7500); verlaging: verlaging_pct is the share of the prijs saved (e.g. 25)',
  },
  'BUIG-E052': {
    message: 'start {value} is outside the projection ({first} to {horizon})',
    hint: 'an actie works in the model from the first month after the data; what happened before is already in the realised figures',
  },
  'BUIG-E053': { message: '{column} {value} is not between 0 and 100', hint: 'write a percentage, e.g. 9 for 9%' },
  'BUIG-E054': {
    message: "the aanvalsplan '{value}' does not exist ({resolved})",
    hint: 'the path in "aanvalsplan" is relative to the scenario file; or give the acties as a list in the scenario',
  },
  'BUIG-E060': {
    message: "unknown grootheid '{value}'",
    hint: '[did you mean {suggestion}? ]a key of a year of buig forecast --format json, dotted for nested keys: {keys}',
  },
  'BUIG-E061': {
    message: "{value} is not a year of this scenario's forecast ({years})",
    hint: "choose a year of the forecast, or extend the scenario's horizon",
  },
  'BUIG-E070': {
    message: 'no instroom and uitstroom for {series} in {months}',
    hint: 'volume.csv has a stand for these month(s); add the flows to stromen.csv: the forecast estimates instroom and uitstroom from every month of the base period (by default the last 24 months)',
  },
  'BUIG-E071': {
    message: 'no stand for {series} in {months}',
    hint: 'stromen.csv has instroom and uitstroom for these month(s); add the month-end stand to volume.csv, or remove the flows',
  },
  'BUIG-E120': {
    message: 'an application lacks the saldo of {jaar}; the multi-year test now counts it as 0',
    hint: 'give the budget and lasten of {jaar} in the data folder (budget.csv, lasten.csv) or with --saldo {jaar}=SALDO/BUDGET',
  },
  'BUIG-E121': {
    message: 'an application counts only the definitief budget; the {jaar} budget is {fase}',
    hint: 'add the definitief budget {jaar} to budget.csv (fase definitief), or compute a projection without --aanvraag',
  },
  'BUIG-W110': {
    message: 'no font found for the chart as a picture: the picture has no text',
    hint: 'install a sans-serif font (Liberation Sans, Arial, DejaVu Sans or Noto Sans; on Debian: fonts-liberation), or write the chart as .svg',
  },
  'BUIG-E090': {
    message: 'realisatie_min_pct and realisatie_max_pct go together, the smaller first (now: min {min}, max {max})',
    hint: "the range of the share of aantal that buig simulate lets come true, e.g. 60 and 100; leave both empty for the scenario's range (onzekerheid.acties)",
  },
  'BUIG-E091': {
    message: 'too few months for a backtest: {months} months with a stand ({first} to {last}), {needed} are needed',
    hint: 'a backtest forecasts from every month with the base period ({base} months) behind it and at least 3 months ahead; give a shorter base period with --basis (at least 12) or more months of data; stockflow also needs the flows of those months (without flows: --stand-alleen)',
  },
  'BUIG-E115': {
    message: '{name} is not a readable Excel workbook (.xlsx)[: part {part} is missing or unreadable]',
    hint: "save the file in Excel as 'Excel Workbook (*.xlsx)', without a password; an old .xls file or a CSV named .xlsx is not read",
  },
  'BUIG-E116': {
    message: 'formula without a stored result: ={formula}',
    hint: 'open the workbook in Excel or LibreOffice and save it, so the result is stored; or put the value in the cell itself',
  },
  'BUIG-E117': {
    message: '{csv} and {xlsx} are both in the folder',
    hint: 'buig reads one file per kind of data; remove or rename {csv} or {xlsx}',
  },
  'BUIG-E118': {
    message: 'column {letter} has no name in the header row, but {count} value(s)',
    hint: 'put a column name in {header} (an unknown column is skipped with a warning), or clear the cells of column {letter}',
  },
  'BUIG-E130': {
    message: (p) => `this is ${pathFound(p)}`,
    hint: (p) => PATH_HINT[p.found],
  },
  'BUIG-E131': {
    message: (p) => `the ${p.key === 'data' ? 'data folder' : 'aanvalsplan'} '${p.value}' (${p.resolved}) is ${pathFound(p)}`,
    hint: (p) => `the path in "${p.key}" is relative to the scenario file; ${PATH_HINT[p.found]}`,
  },
  'BUIG-E132': {
    message: '{first} and {second} differ only in case',
    hint: 'buig reads the file names of a data folder regardless of case and cannot choose; remove or rename one of them',
  },
  'BUIG-E133': {
    message: "'{value}' in column {column} is larger than {max}",
    hint: 'buig reads counts up to {max}, more than the population of the largest gemeente; is this an amount or another number?',
  },
  'BUIG-E134': {
    message: 'JSON nested deeper than {max} levels',
    hint: 'a scenario or rules file has only a few levels; look for brackets that do not close, or check that this is the file meant',
  },
  'BUIG-E135': {
    message: "key '{key}' appears more than once[ in {path}] (first on line {firstLine})",
    hint: 'of a repeated key only the last would count, without a word; keep one',
  },
  'BUIG-E136': {
    message: (p) =>
      `this is not a file in the form of ${p.name}: expected a header row such as '${p.columns.split(', ').join(',')}'; found: ${FOUND_FILE[p.found]}, ${p.size} bytes, whose first line names none of those columns`,
    hint: 'buig does not show the content, as the file is not in the form of {name}; check the path, or put the column names on the first line',
  },
  'BUIG-E137': {
    message: (p) => `this is not ${EXPECTED_JSON[p.expected]}; found: ${FOUND_FILE[p.found]}, ${p.size} bytes`,
    hint: (p) =>
      `buig does not show the content, as the file does not look like ${p.expected === 'gemeente' ? 'a gemeente.json' : p.expected === 'regels' ? 'a rules file' : 'a scenario'}; check the path${p.expected === 'scenario' ? ' (buig schema shows every key of a scenario)' : ''}`,
  },
  'BUIG-E140': {
    message: (p) => `${p.column} ${short(p.value)} is out of range: ${RANGE[p.bound].range}`,
    hint: (p) => `${RANGE[p.bound].why}; every bound is listed in README.md, "Bounds"`,
  },
  'BUIG-E141': {
    message: 'rules {other} and {id} both cover {jaar}',
    hint: 'each year belongs to one rule of the file: do not let the years (van, tot) of the rules overlap',
  },
  'BUIG-E142': {
    message: 'the horizon {value} is more than {years} years after the last month with data ({last})',
    hint: 'buig forecasts at most {years} years ahead: choose a horizon up to {max}',
  },
  'BUIG-E143': {
    message: 'the uitstroom rate of {series} becomes {rate} a month ({base} x uitstroom_factor {factor}): more than 1',
    hint: (p) =>
      p.cause === 'uitstroom_factor'
        ? 'no more can leave in a month than there are: choose a smaller uitstroom_factor'
        : 'in the base period more benefits leave than there were the month before: check stromen.csv and volume.csv',
  },
  'BUIG-E144': {
    message: (p) => `the stand of ${p.series} falls below 0 in ${p.month} (${p.stand}) ${STAND_CAUSE[p.cause](p.code)}`,
    hint: (p) =>
      p.cause === 'actie'
        ? 'an actie cannot let more benefits leave, or prevent more, than there are: lower aantal or spread it over more months'
        : p.cause === 'schok'
          ? 'a negative shock takes instroom away, but there are never fewer than 0 benefits: make the shock smaller'
          : 'check the flows in stromen.csv',
  },
  'BUIG-E145': {
    message: (p) =>
      `the stand of ${p.series} becomes ${p.stand} in ${p.month} ${STAND_CAUSE[p.cause](p.code)}: more than ${p.factor} x the largest stand in the data (${p.largest}), the bound is ${p.max}`,
    hint: 'so far beyond what the data show the model explains nothing: choose a smaller shock or factor, or a shorter horizon',
  },
  'BUIG-E146': {
    message: (p) => `the lasten of ${p.jaar} become negative (${p.lasten}) ${p.cause === 'baten' ? 'because the baten exceed the bruto lasten' : STAND_CAUSE.actie(p.code)}`,
    hint: (p) =>
      p.cause === 'baten'
        ? 'baten (terugvordering, verhaal) are part of the bruto lasten: check the amount and its unit, or give lower baten for that year in the scenario (aannames.baten)'
        : 'with fewer benefits the bruto lasten fall, but the baten do not, and a verlaging saves a share of the prijs: lower aantal or verlaging_pct, or give lower baten for that year in the scenario',
  },
  'BUIG-E147': {
    message: '{regeling} has no prijs for {jaar}: prijzen.csv starts at {first} and lasten.csv gives no year to derive a prijs from',
    hint: 'put a prijs for {jaar} (or earlier) in prijzen.csv, or give the lasten per regeling of the last realised year',
  },
  'BUIG-E148': {
    message: 'actie {code} lowers {verlaagd} benefits {series} in {month}, more than the stand ({stand})',
    hint: 'a verlaging works on existing benefits: lower aantal or spread it over more months',
  },
  'BUIG-E149': {
    message: (p) => `the budget of ${p.jaar} becomes ${p.budget}: less than 1 euro ${BUDGET_CAUSE[p.cause]}`,
    hint: 'a budget of less than one euro makes every percentage of it unboundedly large: choose a smaller decline or a realistic aandeel',
  },
  'BUIG-W140': {
    message: 'lasten.csv names {jaar}, a year after the last month with data ({last}): the line is ignored and {jaar} is a projected year',
    hint: 'lasten.csv holds realised lasten; a begroting figure does not belong there (the budget of {jaar} in budget.csv does count)',
  },
});

export const reasons: Reasons = {
  notANumber: (value) => `'${value}' is not a number; write e.g. 2.5 or "2.5"`,
  unknownRegeling: (value, suggestion, allowed) => `unknown regeling '${value}'${suggestion ? `; did you mean ${suggestion}?` : ''} (${allowed.join(', ')})`,
  notAMonth: (value, meant) => (meant ? `'${value}' is not a month of the form YYYY-MM; write "${meant}"` : `'${value}' is not a month; write YYYY-MM, for example "2024-10"`),
  unknownColumn: (known) => `unknown column; known: ${known.join(', ')}`,
  pctNumber: 'a number, such as "7.5"',
  eigenRisicoAboveBoven: 'eigen_risico_pct must not be above boven_pct',
  vanAfterTot: '"van" must not be after "tot"',
  routeTwice: 'each route may appear only once',
  minimumAboveWindow: (years) => `minimum cannot exceed the number of years of the window (${years})`,
};

export const jsonSyntax: JsonSyntaxWords = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'name in double quotes expected',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'string not closed with "',
  UnexpectedEndOfNumber: 'number incomplete',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};
