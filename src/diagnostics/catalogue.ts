// The catalogue of diagnostic codes: the one place where every code, its severity, its message
// and its hint live. Codes are stable: users search for them and CI scripts match on them.
// Never reuse or renumber a code; retire it instead. Each code has a golden test
// (test/diagnostics.test.ts checks that every code here is produced by some fixture).
//
// Messages and hints are templates: `{name}` is replaced by the diagnostic's parameter, and a
// segment in square brackets is shown only when all its parameters are non-empty.

import type { Lang } from '../money.js';

export type Severity = 'error' | 'warning';

export interface CodeEntry {
  severity: Severity;
  /** What kind of problem: 'open' problems make a command exit 66, other errors 65. */
  kind: 'open' | 'data';
  message: Record<Lang, string>;
  hint: Record<Lang, string>;
}

export const CATALOGUE = {
  'BUIG-E001': {
    severity: 'error',
    kind: 'open',
    message: { nl: 'bestand kan niet worden geopend ({reason})', en: 'file cannot be opened ({reason})' },
    hint: {
      nl: 'controleer de naam en de map; {name} is nodig voor {purpose}',
      en: 'check the name and the folder; {name} is needed for {purpose}',
    },
  },
  'BUIG-E002': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'het bestand is leeg', en: 'the file is empty' },
    hint: {
      nl: 'begin met een kopregel met de kolomnamen: {columns}',
      en: 'start with a header row naming the columns: {columns}',
    },
  },
  'BUIG-E003': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'de kopregel ontbreekt: de eerste regel bevat gegevens ({value})',
      en: 'the header row is missing: the first line holds data ({value})',
    },
    hint: {
      nl: 'zet een kopregel boven de gegevens, bijvoorbeeld: {columns}',
      en: 'put a header row above the data, for example: {columns}',
    },
  },
  'BUIG-E004': {
    severity: 'error',
    kind: 'data',
    message: { nl: "verplichte kolom '{column}' ontbreekt", en: "required column '{column}' is missing" },
    hint: {
      nl: "de kopregel moet in elk geval bevatten: {columns}[; staat '{suggestion}' voor {column}?]",
      en: "the header row must at least contain: {columns}[; is '{suggestion}' meant as {column}?]",
    },
  },
  'BUIG-E005': {
    severity: 'error',
    kind: 'data',
    message: { nl: "kolom '{column}' staat twee keer in de kopregel", en: "column '{column}' appears twice in the header row" },
    hint: { nl: 'verwijder of hernoem een van de twee kolommen', en: 'remove or rename one of the two columns' },
  },
  'BUIG-W006': {
    severity: 'warning',
    kind: 'data',
    message: { nl: "onbekende kolom '{column}' wordt genegeerd", en: "unknown column '{column}' is ignored" },
    hint: { nl: '[bedoelde u {suggestion}? ]bekende kolommen: {columns}', en: '[did you mean {suggestion}? ]known columns: {columns}' },
  },
  'BUIG-E007': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'deze regel heeft {found} velden, de kopregel {expected}',
      en: 'this line has {found} fields, the header row {expected}',
    },
    hint: {
      nl: 'elke regel moet evenveel velden hebben als de kopregel; zet een waarde met een scheidingsteken ({delimiter}) tussen dubbele aanhalingstekens',
      en: 'every line needs as many fields as the header row; put a value containing the delimiter ({delimiter}) in double quotes',
    },
  },
  'BUIG-E008': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: "decimale komma in een bestand met ',' als scheidingsteken: '{value}'",
      en: "decimal comma in a file delimited by ',': '{value}'",
    },
    hint: {
      nl: "schrijf een decimale punt ({example}), of sla het bestand op met ';' als scheidingsteken (zoals Nederlandse Excel doet)",
      en: "write a decimal point ({example}), or save the file with ';' as delimiter (as Dutch Excel does)",
    },
  },
  'BUIG-E009': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: "dubbelzinnig scheidingsteken voor duizendtallen in '{value}'",
      en: "ambiguous thousands separator in '{value}'",
    },
    hint: {
      nl: 'schrijf het getal zonder scheidingsteken voor duizendtallen, bijvoorbeeld {example}',
      en: 'write the number without a thousands separator, for example {example}',
    },
  },
  'BUIG-E010': {
    severity: 'error',
    kind: 'data',
    message: { nl: "'{value}' in kolom {column} is geen bedrag", en: "'{value}' in column {column} is not an amount" },
    hint: {
      nl: 'schrijf een getal, zoals {examples}',
      en: 'write a number, such as {examples}',
    },
  },
  'BUIG-E011': {
    severity: 'error',
    kind: 'data',
    message: { nl: "'{value}' in kolom {column} is geen geheel getal", en: "'{value}' in column {column} is not a whole number" },
    hint: {
      nl: '{column} telt uitkeringen: schrijf een geheel getal zonder scheidingstekens, zoals 2551',
      en: '{column} counts benefits: write a whole number without separators, such as 2551',
    },
  },
  'BUIG-E012': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{column} is negatief ({value})', en: '{column} is negative ({value})' },
    hint: {
      nl: 'een aantal uitkeringen of een stroom is nooit negatief; een daling schrijft u als uitstroom',
      en: 'a number of benefits or a flow is never negative; write a decrease as uitstroom',
    },
  },
  'BUIG-E013': {
    severity: 'error',
    kind: 'data',
    message: { nl: "'{value}' is geen geldig jaar", en: "'{value}' is not a valid year" },
    hint: { nl: 'schrijf het jaar met vier cijfers, tussen {min} en {max}', en: 'write the year in four digits, between {min} and {max}' },
  },
  'BUIG-E014': {
    severity: 'error',
    kind: 'data',
    message: { nl: "'{value}' is geen geldige maand", en: "'{value}' is not a valid month" },
    hint: {
      nl: 'schrijf de maand als JJJJ-MM[, hier {suggestion}][; typ in Excel {typed} (met de apostrof) of maak de kolom Tekst, anders maakt Excel er weer een datum van]',
      en: 'write the month as YYYY-MM[, here {suggestion}][; in Excel type {typed} (with the apostrophe) or make the column Text, or Excel turns it into a date again]',
    },
  },
  'BUIG-E015': {
    severity: 'error',
    kind: 'data',
    message: { nl: "onbekende fase '{value}'", en: "unknown fase '{value}'" },
    hint: { nl: '[bedoelde u {suggestion}? ]toegestaan: voorlopig, nader_voorlopig, definitief', en: '[did you mean {suggestion}? ]allowed: voorlopig, nader_voorlopig, definitief' },
  },
  'BUIG-E016': {
    severity: 'error',
    kind: 'data',
    message: { nl: "onbekende regeling '{value}'", en: "unknown regeling '{value}'" },
    hint: { nl: '[bedoelde u {suggestion}? ]toegestaan: PW, IOAW, IOAZ, BBZ, LKS', en: '[did you mean {suggestion}? ]allowed: PW, IOAW, IOAZ, BBZ, LKS' },
  },
  'BUIG-E017': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'kolom {column} is leeg', en: 'column {column} is empty' },
    hint: { nl: '{column} is verplicht op elke regel', en: '{column} is required on every line' },
  },
  'BUIG-E018': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{key} staat meer dan eens in het bestand (eerder op regel {firstLine})', en: '{key} appears more than once (first on line {firstLine})' },
    hint: {
      nl: 'elke {what} mag maar één keer voorkomen; verwijder de dubbele regel of tel de regels op',
      en: 'each {what} may appear only once; remove the duplicate line or add the lines up',
    },
  },
  'BUIG-W019': {
    severity: 'warning',
    kind: 'data',
    message: {
      nl: 'stand {regeling} {month} sluit niet aan op de stromen: {previous} + {instroom} - {uitstroom} = {expected}, maar volume.csv zegt {actual} (verschil {difference})',
      en: 'stand {regeling} {month} does not reconcile with the flows: {previous} + {instroom} - {uitstroom} = {expected}, but volume.csv says {actual} (difference {difference})',
    },
    hint: {
      nl: 'een verschil ontstaat vaak door correcties met terugwerkende kracht; verklaar het of pas de stromen aan',
      en: 'a difference often comes from backdated corrections; explain it or adjust the flows',
    },
  },
  'BUIG-E020': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'CSV-fout: {reason}', en: 'CSV error: {reason}' },
    hint: {
      nl: 'een aanhalingsteken (") opent een veld dat met een aanhalingsteken moet sluiten',
      en: 'a double quote (") opens a field that must close with another double quote',
    },
  },
  'BUIG-W021': {
    severity: 'warning',
    kind: 'data',
    message: {
      nl: 'de reeks {regeling} slaat {count} maand(en) over: {from} tot {to}',
      en: 'the series {regeling} skips {count} month(s): {from} to {to}',
    },
    hint: {
      nl: 'vul de ontbrekende maanden aan; de prognose rekent vanaf de laatste volledige maand',
      en: 'fill in the missing months; the projection starts from the last complete month',
    },
  },
  'BUIG-E022': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{column} moet groter zijn dan nul ({value})', en: '{column} must be greater than zero ({value})' },
    hint: {
      nl: 'een budget of prijs is een positief bedrag; een tekort blijkt uit lasten.csv',
      en: 'a budget or prijs is a positive amount; a tekort follows from lasten.csv',
    },
  },
  'BUIG-W023': {
    severity: 'warning',
    kind: 'data',
    message: {
      nl: 'lasten {lasten} is niet bruto - baten - fout_onzeker = {computed} (verschil {difference})',
      en: 'lasten {lasten} is not bruto - baten - fout_onzeker = {computed} (difference {difference})',
    },
    hint: {
      nl: 'de kolom lasten telt; controleer of baten en fout/onzeker als positieve bedragen zijn geschreven',
      en: 'the lasten column counts; check that baten and fout/onzeker are written as positive amounts',
    },
  },
  'BUIG-W024': {
    severity: 'warning',
    kind: 'data',
    message: { nl: 'het bestand heeft geen gegevensregels', en: 'the file has no data lines' },
    hint: { nl: 'voeg regels toe onder de kopregel', en: 'add lines below the header row' },
  },
  'BUIG-E025': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'aandeel_pct {value} ligt niet tussen 0 en 100', en: 'aandeel_pct {value} is not between 0 and 100' },
    hint: {
      nl: 'het budgetaandeel is een percentage van het macrobudget, bijvoorbeeld 0.61 voor 0,61%',
      en: 'the budgetaandeel is a percentage of the macrobudget, e.g. 0.61 for 0.61%',
    },
  },
  'BUIG-W026': {
    severity: 'warning',
    kind: 'data',
    message: {
      nl: 'bedrag {bedrag} past niet bij macrobudget x aandeel_pct ({aandeel}% = {computed}, {pct}%)',
      en: 'bedrag {bedrag} does not match macrobudget x aandeel_pct ({aandeel}% = {computed}, {pct}%)',
    },
    hint: {
      nl: 'controleer of macrobudget en aandeel bij dezelfde fase en hetzelfde jaar horen',
      en: 'check that macrobudget and aandeel belong to the same fase and year',
    },
  },
  'BUIG-E027': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'gemeente.json is ongeldig: {reason}', en: 'gemeente.json is invalid: {reason}' },
    hint: {
      nl: 'verwacht: {"naam": "Deventer", "cbs_code": "GM0150"}',
      en: 'expected: {"naam": "Deventer", "cbs_code": "GM0150"}',
    },
  },
  'BUIG-W028': {
    severity: 'warning',
    kind: 'data',
    message: { nl: "onbekend bestand '{value}' wordt niet gelezen", en: "unknown file '{value}' is not read" },
    hint: { nl: '[bedoelde u {suggestion}? ]bekende bestanden: {files}', en: '[did you mean {suggestion}? ]known files: {files}' },
  },
  'BUIG-E029': {
    severity: 'error',
    kind: 'open',
    message: { nl: 'de map {dir} bestaat niet', en: 'the folder {dir} does not exist' },
    hint: {
      nl: 'geef met --data een map met budget.csv en lasten.csv, bijvoorbeeld data/deventer',
      en: 'pass --data a folder holding budget.csv and lasten.csv, for example data/deventer',
    },
  },
  'BUIG-W030': {
    severity: 'warning',
    kind: 'data',
    message: { nl: '{name} ontbreekt: nodig voor {purpose}', en: '{name} is missing: needed for {purpose}' },
    hint: { nl: 'voeg {name} toe met de kolommen {columns}', en: 'add {name} with the columns {columns}' },
  },
  'BUIG-W031': {
    severity: 'warning',
    kind: 'data',
    message: {
      nl: "'{value}' in kolom {column} leest als {read}; bedoelde u {meant}?",
      en: "'{value}' in column {column} reads as {read}; did you mean {meant}?",
    },
    hint: {
      nl: "in een bestand met ',' als scheidingsteken is de punt een decimale punt; schrijf {meant} zonder punt als dat bedoeld is",
      en: "in a file delimited by ',' the dot is a decimal point; write {meant} without a dot if that is what you meant",
    },
  },
  'BUIG-E032': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'regelbestand ongeldig bij {path}: {reason}', en: 'rules file invalid at {path}: {reason}' },
    hint: {
      nl: 'een regelbestand is een JSON-lijst van regels met id, van, tot, bron en routes; zie README.md, "Vangnetregels"',
      en: 'a rules file is a JSON list of rules with id, van, tot, bron and routes; see README.md, "Vangnet rules"',
    },
  },
  'BUIG-E033': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'er zijn geen vangnetregels voor {jaar}', en: 'there are no vangnet rules for {jaar}' },
    hint: {
      nl: 'ingebouwd zijn de jaren {van} tot en met {tot}; geef regels voor {jaar} met --rules BESTAND',
      en: 'built in are the years {van} to {tot}; supply rules for {jaar} with --rules FILE',
    },
  },
  'BUIG-E034': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'geen {what} voor {jaar}', en: 'no {what} for {jaar}' },
    hint: {
      nl: 'voeg een regel voor {jaar} toe aan {name}, of reken met --budget en --lasten',
      en: 'add a line for {jaar} to {name}, or compute with --budget and --lasten',
    },
  },
  'BUIG-E040': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'scenariobestand is geen geldige JSON: {reason}', en: 'scenario file is not valid JSON: {reason}' },
    hint: {
      nl: 'commentaar (// of /* */) en een komma na het laatste element mogen; namen en teksten staan tussen dubbele aanhalingstekens',
      en: 'comments (// or /* */) and a comma after the last element are allowed; names and strings go in double quotes',
    },
  },
  'BUIG-E041': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'scenario ongeldig bij {path}: {reason}', en: 'scenario invalid at {path}: {reason}' },
    hint: {
      nl: 'zie `buig schema` voor alle sleutels en hun vorm; een editor met JSON Schema helpt',
      en: 'see `buig schema` for every key and its form; an editor with JSON Schema helps',
    },
  },
  'BUIG-E042': {
    severity: 'error',
    kind: 'data',
    message: { nl: "de datamap '{value}' bestaat niet ({resolved})", en: "the data folder '{value}' does not exist ({resolved})" },
    hint: {
      nl: 'het pad in "data" is relatief aan het scenariobestand, bijvoorbeeld "../data/deventer"',
      en: 'the path in "data" is relative to the scenario file, for example "../data/deventer"',
    },
  },
  'BUIG-E043': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'de horizon {value} ligt niet na de laatste maand met gegevens ({last})',
      en: 'the horizon {value} is not after the last month with data ({last})',
    },
    hint: { nl: 'de prognose begint in de maand na {last}; kies een latere horizon', en: 'the projection starts in the month after {last}; choose a later horizon' },
  },
  'BUIG-E044': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'de basisperiode {van} tot {tot} heeft geen gegevens voor {series} in {months}',
      en: 'the base period {van} to {tot} has no data for {series} in {months}',
    },
    hint: {
      nl: 'elke maand van de basisperiode heeft stromen nodig en de stand van de maand ervoor; gegevens lopen van {first} tot {last}',
      en: 'every base month needs its flows and the stand of the month before; the data run from {first} to {last}',
    },
  },
  'BUIG-E045': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'te weinig maanden voor een prognose: de gegevens lopen van {first} tot en met {last}, dat zijn {months} maand(en) met een vorige stand; nodig zijn er minstens {minimum}',
      en: 'too few months for a forecast: the data run from {first} to {last}, which is {months} month(s) with a previous stand; at least {minimum} are needed',
    },
    hint: {
      nl: 'instroom en uitstroomkans worden geschat over minstens {minimum} maanden (standaard de laatste 24); vul volume.csv en stromen.csv verder terug aan',
      en: 'instroom and the uitstroom rate are estimated over at least {minimum} months (by default the last 24); add earlier months to volume.csv and stromen.csv',
    },
  },
  'BUIG-E055': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'het scenario heeft geen aanvalsplan om te prijzen', en: 'the scenario has no aanvalsplan to price' },
    hint: {
      nl: 'zet "aanvalsplan": "plan.csv" in het scenario (een CSV met code, naam, hefboom, aantal, start), of zoek met --doel hoeveel extra uitstroom nodig is',
      en: 'add "aanvalsplan": "plan.csv" to the scenario (a CSV with code, naam, hefboom, aantal, start), or search with --doel how much extra uitstroom is needed',
    },
  },
  'BUIG-E050': {
    severity: 'error',
    kind: 'data',
    message: { nl: "onbekende hefboom '{value}'", en: "unknown hefboom '{value}'" },
    hint: {
      nl: '[bedoelde u {suggestion}? ]toegestaan: instroom (minder instroom), uitstroom (extra uitstroom), lks (uitstroom naar loonkostensubsidie), verlaging (lagere uitkering)',
      en: '[did you mean {suggestion}? ]allowed: instroom (less instroom), uitstroom (extra uitstroom), lks (exit into a loonkostensubsidie), verlaging (a lower benefit)',
    },
  },
  'BUIG-E051': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'hefboom {hefboom} vraagt een waarde in kolom {column}', en: 'hefboom {hefboom} needs a value in column {column}' },
    hint: {
      nl: 'lks: lks_prijs is de jaarlijkse kosten van een plaatsing (bijvoorbeeld 7500); verlaging: verlaging_pct is het deel van de prijs dat vervalt (bijvoorbeeld 25)',
      en: 'lks: lks_prijs is the yearly cost of a placement (e.g. 7500); verlaging: verlaging_pct is the share of the prijs saved (e.g. 25)',
    },
  },
  'BUIG-E052': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'start {value} ligt buiten de prognose ({first} tot en met {horizon})',
      en: 'start {value} is outside the projection ({first} to {horizon})',
    },
    hint: {
      nl: 'een actie werkt in het model vanaf de eerste maand na de gegevens; wat eerder gebeurde staat al in de realisatie',
      en: 'an actie works in the model from the first month after the data; what happened before is already in the realised figures',
    },
  },
  'BUIG-E053': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{column} {value} ligt niet tussen 0 en 100', en: '{column} {value} is not between 0 and 100' },
    hint: { nl: 'schrijf een percentage, bijvoorbeeld 9 voor 9%', en: 'write a percentage, e.g. 9 for 9%' },
  },
  'BUIG-E054': {
    severity: 'error',
    kind: 'data',
    message: { nl: "het aanvalsplan '{value}' bestaat niet ({resolved})", en: "the aanvalsplan '{value}' does not exist ({resolved})" },
    hint: {
      nl: 'het pad in "aanvalsplan" is relatief aan het scenariobestand; of geef de acties als lijst in het scenario',
      en: 'the path in "aanvalsplan" is relative to the scenario file; or give the acties as a list in the scenario',
    },
  },
  'BUIG-E060': {
    severity: 'error',
    kind: 'data',
    message: { nl: "onbekende grootheid '{value}'", en: "unknown grootheid '{value}'" },
    hint: {
      nl: '[bedoelde u {suggestion}? ]een sleutel van een jaar van buig forecast --format json, met punten voor geneste sleutels: {keys}',
      en: '[did you mean {suggestion}? ]a key of a year of buig forecast --format json, dotted for nested keys: {keys}',
    },
  },
  'BUIG-E061': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{value} is geen jaar van de prognose van dit scenario ({years})', en: '{value} is not a year of this scenario\'s forecast ({years})' },
    hint: { nl: 'kies een jaar uit de prognose, of verleng de horizon van het scenario', en: 'choose a year of the forecast, or extend the scenario\'s horizon' },
  },
  'BUIG-E070': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'geen instroom en uitstroom voor {series} in {months}', en: 'no instroom and uitstroom for {series} in {months}' },
    hint: {
      nl: 'volume.csv heeft voor deze maand(en) wel een stand; voeg de stromen toe aan stromen.csv: de prognose schat instroom en uitstroom uit elke maand van de basisperiode (standaard de laatste 24 maanden)',
      en: 'volume.csv has a stand for these month(s); add the flows to stromen.csv: the forecast estimates instroom and uitstroom from every month of the base period (by default the last 24 months)',
    },
  },
  'BUIG-E071': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'geen stand voor {series} in {months}', en: 'no stand for {series} in {months}' },
    hint: {
      nl: 'stromen.csv heeft voor deze maand(en) wel instroom en uitstroom; voeg de stand aan het eind van de maand toe aan volume.csv, of haal de stromen weg',
      en: 'stromen.csv has instroom and uitstroom for these month(s); add the month-end stand to volume.csv, or remove the flows',
    },
  },
  'BUIG-E115': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: '{name} is geen leesbare Excel-werkmap (.xlsx)[: onderdeel {part} ontbreekt of is onleesbaar]',
      en: '{name} is not a readable Excel workbook (.xlsx)[: part {part} is missing or unreadable]',
    },
    hint: {
      nl: "sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)', zonder wachtwoord; een oud .xls-bestand of een CSV met de naam .xlsx wordt niet gelezen",
      en: "save the file in Excel as 'Excel Workbook (*.xlsx)', without a password; an old .xls file or a CSV named .xlsx is not read",
    },
  },
  'BUIG-E116': {
    severity: 'error',
    kind: 'data',
    message: { nl: 'formule zonder opgeslagen uitkomst: ={formula}', en: 'formula without a stored result: ={formula}' },
    hint: {
      nl: 'open de werkmap in Excel of LibreOffice en sla hem op, dan wordt de uitkomst bewaard; of zet de waarde zelf in de cel',
      en: 'open the workbook in Excel or LibreOffice and save it, so the result is stored; or put the value in the cell itself',
    },
  },
  'BUIG-E117': {
    severity: 'error',
    kind: 'data',
    message: { nl: '{csv} en {xlsx} staan allebei in de map', en: '{csv} and {xlsx} are both in the folder' },
    hint: {
      nl: 'buig leest één bestand per soort gegevens; verwijder of hernoem {csv} of {xlsx}',
      en: 'buig reads one file per kind of data; remove or rename {csv} or {xlsx}',
    },
  },
  'BUIG-E118': {
    severity: 'error',
    kind: 'data',
    message: {
      nl: 'kolom {letter} heeft geen naam in de kopregel, maar wel {count} waarde(n)',
      en: 'column {letter} has no name in the header row, but {count} value(s)',
    },
    hint: {
      nl: 'zet een kolomnaam in {header} (een onbekende kolom wordt met een waarschuwing overgeslagen), of maak de cellen van kolom {letter} leeg',
      en: 'put a column name in {header} (an unknown column is skipped with a warning), or clear the cells of column {letter}',
    },
  },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CATALOGUE;
