// The Dutch texts of the diagnostics: a message and a hint for every code of
// src/diagnostics/catalogue.ts, the reasons of the JSON readers' own checks, and the words for
// JSON syntax errors. The shape (and which placeholders a template may use) is checked by the
// compiler: src/diagnostics/messages.ts.

import type { EnumOf } from '../../diagnostics/catalogue.js';
import { MAX_AANTAL, MAX_BEDRAG, MAX_FACTOR, MAX_MAANDEN, MAX_REGEL_VENSTER, type BoundName } from '../../domain/bounds.js';
import { D, formatNumber } from '../../money.js';
import { defineMessages, type JsonSyntaxWords, type Reasons, type Shown } from '../../diagnostics/messages.js';

/** What makes a line unique (BUIG-E018). */
const UNIQUE: Record<Exclude<EnumOf<'BUIG-E018', 'what'>, 'totaal-en-regeling'>, string> = {
  'jaar-fase': 'combinatie van jaar en fase',
  'jaar-regeling': 'combinatie van jaar en regeling',
  'maand-regeling-segment': 'combinatie van maand, regeling en segment',
  'scenario-jaar-grootheid': 'combinatie van scenario, jaar en grootheid',
  code: 'code',
};

/** What csv-parse found (BUIG-E020). */
const CSV_PROBLEM: Record<EnumOf<'BUIG-E020', 'problem'>, string> = {
  'quote-not-closed': 'een aanhalingsteken wordt niet gesloten',
  'invalid-closing-quote': 'tekst na een sluitend aanhalingsteken',
  'invalid-opening-quote': 'een aanhalingsteken midden in een veld',
  other: 'het bestand kan niet als CSV worden gelezen',
};

/** What is wrong with gemeente.json (BUIG-E027). */
const GEMEENTE_PROBLEM: Record<EnumOf<'BUIG-E027', 'problem'>, (p: Shown<'BUIG-E027'>) => string> = {
  json: () => 'geen geldige JSON',
  object: () => 'geen JSON-object',
  'unknown-key': (p) => `onbekende sleutel '${p.key}'`,
  naam: (p) => `naam moet een niet-lege tekst zijn (${p.value})`,
  cbs_code: (p) => `cbs_code moet de vorm GM0150 hebben (${p.value})`,
};

/** What a path had to be, and what is there instead (BUIG-E130, E131). */
const EXPECTED_PATH: Record<EnumOf<'BUIG-E130', 'expected'>, string> = { file: 'bestand', folder: 'map' };
const FOUND_PATH: Record<EnumOf<'BUIG-E130', 'found'>, string> = {
  folder: 'een map',
  file: 'een bestand',
  'dangling-link': 'een symbolische koppeling naar iets dat niet bestaat',
  'link-loop': 'een symbolische koppeling die via een kring naar zichzelf wijst',
  special: 'geen gewoon bestand maar een pipe, apparaat of socket',
  denied: 'niet te lezen: geen leesrechten',
  other: 'niet te lezen',
};
const PATH_HINT: Record<EnumOf<'BUIG-E130', 'found'>, string> = {
  folder: 'geef het pad van het bestand zelf, niet van de map waarin het staat',
  file: 'geef een map met de gegevensbestanden (budget.csv, lasten.csv, volume.csv, stromen.csv), niet een bestand daarin',
  'dangling-link': 'herstel de koppeling, of zet het bestand zelf op deze plek',
  'link-loop': 'vervang de koppeling door het bestand of de map zelf',
  special: 'buig leest alleen gewone bestanden, omdat een pipe of apparaat eindeloos kan doorgaan; sla de inhoud eerst op in een bestand',
  denied: 'geef de gebruiker die buig draait leesrechten, of kopieer het naar een plek die hij wel mag lezen',
  other: 'controleer het pad; de code van het systeem staat tussen haakjes',
};
const pathFound = (p: { found: EnumOf<'BUIG-E130', 'found'>; expected: EnumOf<'BUIG-E130', 'expected'>; code: string }) =>
  p.found === 'denied' || p.found === 'other' ? `${FOUND_PATH[p.found]}${p.code ? ` (${p.code})` : ''}` : `${FOUND_PATH[p.found]}, geen ${EXPECTED_PATH[p.expected]}`;
/** What a file that is not the kind it should be holds (BUIG-E136, E137). */
const FOUND_FILE: Record<EnumOf<'BUIG-E136', 'found'>, string> = {
  empty: 'een leeg bestand',
  text: 'tekst',
  binary: 'binaire gegevens',
  'utf-16': 'UTF-16-tekst',
  workbook: 'een Excel-werkmap',
  'json-object': 'een JSON-object zonder een van die sleutels',
  'json-list': 'een JSON-lijst',
  'json-value': 'een losse JSON-waarde',
};
const EXPECTED_JSON: Record<EnumOf<'BUIG-E137', 'expected'>, string> = {
  scenario: 'scenario: verwacht een JSON-object met onder meer naam en data',
  regels: 'regelbestand: verwacht een JSON-lijst van regels, of een object met de sleutel regels',
  gemeente: 'gemeente.json: verwacht een JSON-object met naam en cbs_code',
};

/** A plain decimal ("-12.5") as Dutch writes it ("-12,5"). */
const komma = (x: string) => (x === '' ? x : formatNumber(D(x), (x.split('.')[1] ?? '').length));
/** A value as written, cut short when it is long (a count of hundreds of digits). */
const kort = (x: string) => (x.length > 24 ? `${x.slice(0, 20)}… (${x.length} tekens)` : x);
const bedrag = formatNumber(MAX_BEDRAG);
const aantal = formatNumber(D(MAX_AANTAL));

/** The range of each bound of src/domain/bounds.ts, and why it is there (BUIG-E140). */
const BEREIK: Record<BoundName, { bereik: string; waarom: string }> = {
  bedrag: { bereik: `van -${bedrag} tot en met ${bedrag}`, waarom: 'een bedrag van meer dan € 1.000 miljard is geen bedrag van een gemeente; controleer de eenheid (euro) en het aantal cijfers' },
  positiefBedrag: {
    bereik: `van 1 tot en met ${bedrag}`,
    waarom: 'een budget, macrobudget of prijs is een positief bedrag van ten minste € 1: bij 0 wordt het tekortpercentage oneindig, daaronder draait het teken om',
  },
  nietNegatiefBedrag: { bereik: `van 0 tot en met ${bedrag}`, waarom: 'baten, kosten, een lks_prijs en een LKS-deelbudget zijn bedragen van 0 of meer' },
  groeiPct: { bereik: 'groter dan -100 en ten hoogste 100', waarom: 'bij -100% of minder wordt een budget of prijs 0 of negatief; meer dan 100% per jaar is geen aanname maar een tikfout' },
  pct: { bereik: 'van 0 tot en met 100', waarom: 'een aandeel in procenten: een vergoeding boven 100% zou meer betalen dan het tekort' },
  aandeelPct: { bereik: 'groter dan 0 en ten hoogste 100', waarom: 'het budgetaandeel is een percentage van het macrobudget, bijvoorbeeld 0.61 voor 0,61%' },
  factor: { bereik: `van 0 tot en met ${MAX_FACTOR}`, waarom: 'een factor vermenigvuldigt de geschatte instroom of uitstroomkans; een negatieve factor maakt stromen negatief' },
  aantal: { bereik: `van 0 tot en met ${aantal}`, waarom: "meer dan tien miljoen uitkeringen past bij geen gemeente (heel Nederland heeft er zo'n 400.000)" },
  schok: { bereik: `van -${aantal} tot en met ${aantal}`, waarom: 'een schok is extra instroom in één maand; meer dan tien miljoen is een tikfout' },
  maanden: { bereik: `van 1 tot en met ${MAX_MAANDEN}`, waarom: `een ingroei of vertraging langer dan de langste horizon (${MAX_MAANDEN} maanden) valt buiten elke prognose` },
  regelVenster: { bereik: `van -${MAX_REGEL_VENSTER} tot en met 0`, waarom: `het venster van de meerjarige toets telt jaren terug vanaf het jaar zelf, ten hoogste ${MAX_REGEL_VENSTER}` },
};

/** What takes a budget below one euro (BUIG-E149). */
const BUDGET_OORZAAK: Record<EnumOf<'BUIG-E149', 'cause'>, string> = {
  bijstelling: 'door de bijstelling van het gepubliceerde budget',
  macrobudget: 'als macrobudget x aandeel',
  groei: 'door budget_groei_pct, jaar na jaar',
  gegevens: 'volgens de gegevens',
};

/** What drives a stand to an impossible value (BUIG-E144, BUIG-E145). */
const STAND_OORZAAK: Record<EnumOf<'BUIG-E145', 'cause'>, (code: string) => string> = {
  schok: () => 'door deze schok',
  actie: (code) => `door actie ${code} (met de acties die ervoor in het plan staan)`,
  instroom_factor: () => 'door de instroom_factor',
  horizon: () => 'door de lange horizon',
  gegevens: () => 'door de instroom en uitstroom van de basisperiode',
};

export const diagnostics = defineMessages({
  'BUIG-E001': {
    message: 'bestand kan niet worden geopend ({reason})',
    hint: 'controleer de naam en de map; {name} is nodig voor {purpose}',
  },
  'BUIG-E002': { message: 'het bestand is leeg', hint: 'begin met een kopregel met de kolomnamen: {columns}' },
  'BUIG-E003': {
    message: 'de kopregel ontbreekt: de eerste regel bevat gegevens ({value})',
    hint: 'zet een kopregel boven de gegevens, bijvoorbeeld: {columns}',
  },
  'BUIG-E004': {
    message: "verplichte kolom '{column}' ontbreekt",
    hint: "de kopregel moet in elk geval bevatten: {columns}[; staat '{suggestion}' voor {column}?]",
  },
  'BUIG-E005': { message: "kolom '{column}' staat twee keer in de kopregel", hint: 'verwijder of hernoem een van de twee kolommen' },
  'BUIG-W006': { message: "onbekende kolom '{column}' wordt genegeerd", hint: '[bedoelde u {suggestion}? ]bekende kolommen: {columns}' },
  'BUIG-E007': {
    message: 'deze regel heeft {found} velden, de kopregel {expected}',
    hint: 'elke regel moet evenveel velden hebben als de kopregel; zet een waarde met een scheidingsteken ({delimiter}) tussen dubbele aanhalingstekens',
  },
  'BUIG-E008': {
    message: "decimale komma in een bestand met ',' als scheidingsteken: '{value}'",
    hint: "schrijf een decimale punt ({example}), of sla het bestand op met ';' als scheidingsteken (zoals Nederlandse Excel doet)",
  },
  'BUIG-E009': {
    message: "dubbelzinnig scheidingsteken voor duizendtallen in '{value}'",
    hint: 'schrijf het getal zonder scheidingsteken voor duizendtallen, bijvoorbeeld {example}',
  },
  'BUIG-E010': { message: "'{value}' in kolom {column} is geen bedrag", hint: 'schrijf een getal, zoals {examples}' },
  'BUIG-E011': {
    message: "'{value}' in kolom {column} is geen geheel getal",
    hint: '{column} telt uitkeringen: schrijf een geheel getal zonder scheidingstekens, zoals 2551',
  },
  'BUIG-E012': {
    message: '{column} is negatief ({value})',
    hint: 'een aantal uitkeringen of een stroom is nooit negatief; een daling schrijft u als uitstroom',
  },
  'BUIG-E013': { message: "'{value}' is geen geldig jaar", hint: 'schrijf het jaar met vier cijfers, tussen {min} en {max}' },
  'BUIG-E014': {
    message: "'{value}' is geen geldige maand",
    hint: 'schrijf de maand als JJJJ-MM[, hier {suggestion}][; typ in Excel {typed} (met de apostrof) of maak de kolom Tekst, anders maakt Excel er weer een datum van]',
  },
  'BUIG-E015': {
    message: "onbekende fase '{value}'",
    hint: '[bedoelde u {suggestion}? ]toegestaan: voorlopig, nader_voorlopig, definitief',
  },
  'BUIG-E016': { message: "onbekende regeling '{value}'", hint: '[bedoelde u {suggestion}? ]toegestaan: PW, IOAW, IOAZ, BBZ, LKS' },
  'BUIG-E017': { message: 'kolom {column} is leeg', hint: '{column} is verplicht op elke regel' },
  'BUIG-E018': {
    message: (p) =>
      p.what === 'totaal-en-regeling'
        ? `${p.key} (totaal en per regeling) staat meer dan eens in het bestand (eerder op regel ${p.firstLine})`
        : `${p.key} staat meer dan eens in het bestand (eerder op regel ${p.firstLine})`,
    hint: (p) =>
      p.what === 'totaal-en-regeling'
        ? 'geef een jaar als totaal of per regeling, niet allebei; verwijder de totaalregel of de regels per regeling'
        : `elke ${UNIQUE[p.what]} mag maar één keer voorkomen; verwijder de dubbele regel of tel de regels op`,
  },
  'BUIG-W019': {
    message: 'stand {regeling} {month} sluit niet aan op de stromen: {previous} + {instroom} - {uitstroom} = {expected}, maar volume.csv zegt {actual} (verschil {difference})',
    hint: 'een verschil ontstaat vaak door correcties met terugwerkende kracht; verklaar het of pas de stromen aan',
  },
  'BUIG-E020': {
    message: (p) => `CSV-fout: ${CSV_PROBLEM[p.problem]}${p.code ? ` (${p.code})` : ''}`,
    hint: 'een aanhalingsteken (") opent een veld dat met een aanhalingsteken moet sluiten',
  },
  'BUIG-W021': {
    message: 'de reeks {regeling} slaat {count} maand(en) over: {from} tot {to}',
    hint: 'vul de ontbrekende maanden aan; de prognose rekent vanaf de laatste volledige maand',
  },
  'BUIG-E022': {
    message: '{column} moet groter zijn dan nul ({value})',
    hint: 'een budget of prijs is een positief bedrag; een tekort blijkt uit lasten.csv',
  },
  'BUIG-W023': {
    message: 'lasten {lasten} is niet bruto - baten - fout_onzeker = {computed} (verschil {difference})',
    hint: 'de kolom lasten telt; controleer of baten en fout/onzeker als positieve bedragen zijn geschreven',
  },
  'BUIG-W024': { message: 'het bestand heeft geen gegevensregels', hint: 'voeg regels toe onder de kopregel' },
  'BUIG-E025': {
    message: 'aandeel_pct {value} ligt niet tussen 0 en 100',
    hint: 'het budgetaandeel is een percentage van het macrobudget, bijvoorbeeld 0.61 voor 0,61%',
  },
  'BUIG-W026': {
    message: 'bedrag {bedrag} past niet bij macrobudget x aandeel_pct ({aandeel}% = {computed}, {pct}%)',
    hint: 'controleer of macrobudget en aandeel bij dezelfde fase en hetzelfde jaar horen',
  },
  'BUIG-E027': {
    message: (p) => `gemeente.json is ongeldig: ${GEMEENTE_PROBLEM[p.problem](p)}`,
    hint: 'verwacht: {"naam": "Deventer", "cbs_code": "GM0150"}',
  },
  'BUIG-W028': { message: "onbekend bestand '{value}' wordt niet gelezen", hint: '[bedoelde u {suggestion}? ]bekende bestanden: {files}' },
  'BUIG-E029': {
    message: 'de map {dir} bestaat niet',
    hint: 'geef met --data een map met budget.csv en lasten.csv, bijvoorbeeld data/deventer',
  },
  'BUIG-W030': { message: '{name} ontbreekt: nodig voor {purpose}', hint: 'voeg {name} toe met de kolommen {columns}' },
  'BUIG-W031': {
    message: "'{value}' in kolom {column} leest als {read}; bedoelde u {meant}?",
    hint: "in een bestand met ',' als scheidingsteken is de punt een decimale punt; schrijf {meant} zonder punt als dat bedoeld is",
  },
  'BUIG-E032': {
    message: (p) => `regelbestand ongeldig bij ${p.path || '(bestand)'}: ${p.reason}`,
    hint: 'een regelbestand is een JSON-lijst van regels met id, van, tot, bron en routes; zie README.md, "Vangnetregels"',
  },
  'BUIG-E033': {
    message: 'er zijn geen vangnetregels voor {jaar}',
    hint: 'ingebouwd zijn de jaren {van} tot en met {tot}; geef regels voor {jaar} met --rules BESTAND',
  },
  'BUIG-E034': {
    message: (p) => (p.jaar ? `geen ${p.what} voor ${p.jaar}` : `geen ${p.what} in ${p.name}`),
    hint: (p) =>
      p.jaar
        ? `voeg een regel voor ${p.jaar} toe aan ${p.name}, of reken met --budget en --lasten`
        : `voeg de standen toe aan ${p.name}: het aantal uitkeringen aan het eind van elke maand, per regeling`,
  },
  'BUIG-E040': {
    message: 'scenariobestand is geen geldige JSON: {reason}',
    hint: 'commentaar (// of /* */) en een komma na het laatste element mogen; namen en teksten staan tussen dubbele aanhalingstekens',
  },
  'BUIG-E041': {
    message: 'scenario ongeldig bij {path}: {reason}',
    hint: 'zie `buig schema` voor alle sleutels en hun vorm; een editor met JSON Schema helpt',
  },
  'BUIG-E042': {
    message: "de datamap '{value}' bestaat niet ({resolved})",
    hint: 'het pad in "data" is relatief aan het scenariobestand, bijvoorbeeld "../data/deventer"',
  },
  'BUIG-E043': {
    message: 'de horizon {value} ligt niet na de laatste maand met gegevens ({last})',
    hint: 'de prognose begint in de maand na {last}; kies een latere horizon',
  },
  'BUIG-E044': {
    message: 'de basisperiode {van} tot {tot} heeft geen gegevens voor {series} in {months}',
    hint: 'elke maand van de basisperiode heeft stromen nodig en de stand van de maand ervoor; gegevens lopen van {first} tot {last}',
  },
  'BUIG-E045': {
    message: 'te weinig maanden voor een prognose: de gegevens lopen van {first} tot en met {last}, dat zijn {months} maand(en) met een vorige stand; nodig zijn er minstens {minimum}',
    hint: 'instroom en uitstroomkans worden geschat over minstens {minimum} maanden (standaard de laatste 24); vul volume.csv en stromen.csv verder terug aan',
  },
  'BUIG-E055': {
    message: 'het scenario heeft geen aanvalsplan om te prijzen',
    hint: 'zet "aanvalsplan": "plan.csv" in het scenario (een CSV met code, naam, hefboom, aantal, start), of zoek met --doel hoeveel extra uitstroom nodig is',
  },
  'BUIG-E050': {
    message: "onbekende hefboom '{value}'",
    hint: '[bedoelde u {suggestion}? ]toegestaan: instroom (minder instroom), uitstroom (extra uitstroom), lks (uitstroom naar loonkostensubsidie), verlaging (lagere uitkering)',
  },
  'BUIG-E051': {
    message: 'hefboom {hefboom} vraagt een waarde in kolom {needs}',
    hint: 'lks: lks_prijs is de jaarlijkse kosten van een plaatsing (bijvoorbeeld 7500); verlaging: verlaging_pct is het deel van de prijs dat vervalt (bijvoorbeeld 25)',
  },
  'BUIG-E052': {
    message: 'start {value} ligt buiten de prognose ({first} tot en met {horizon})',
    hint: 'een actie werkt in het model vanaf de eerste maand na de gegevens; wat eerder gebeurde staat al in de realisatie',
  },
  'BUIG-E053': { message: '{column} {value} ligt niet tussen 0 en 100', hint: 'schrijf een percentage, bijvoorbeeld 9 voor 9%' },
  'BUIG-E054': {
    message: "het aanvalsplan '{value}' bestaat niet ({resolved})",
    hint: 'het pad in "aanvalsplan" is relatief aan het scenariobestand; of geef de acties als lijst in het scenario',
  },
  'BUIG-E060': {
    message: "onbekende grootheid '{value}'",
    hint: '[bedoelde u {suggestion}? ]een sleutel van een jaar van buig forecast --format json, met punten voor geneste sleutels: {keys}',
  },
  'BUIG-E061': {
    message: '{value} is geen jaar van de prognose van dit scenario ({years})',
    hint: 'kies een jaar uit de prognose, of verleng de horizon van het scenario',
  },
  'BUIG-E070': {
    message: 'geen instroom en uitstroom voor {series} in {months}',
    hint: 'volume.csv heeft voor deze maand(en) wel een stand; voeg de stromen toe aan stromen.csv: de prognose schat instroom en uitstroom uit elke maand van de basisperiode (standaard de laatste 24 maanden)',
  },
  'BUIG-E071': {
    message: 'geen stand voor {series} in {months}',
    hint: 'stromen.csv heeft voor deze maand(en) wel instroom en uitstroom; voeg de stand aan het eind van de maand toe aan volume.csv, of haal de stromen weg',
  },
  'BUIG-E120': {
    message: 'voor een aanvraag ontbreekt het saldo van {jaar}; de meerjarige toets telt het nu als 0',
    hint: 'geef budget en lasten van {jaar} in de datamap (budget.csv, lasten.csv) of met --saldo {jaar}=SALDO/BUDGET',
  },
  'BUIG-E121': {
    message: 'voor een aanvraag telt alleen het definitieve budget; het budget {jaar} is {fase}',
    hint: 'neem het definitieve budget {jaar} op in budget.csv (fase definitief), of reken zonder --aanvraag een prognose',
  },
  'BUIG-W110': {
    message: 'geen lettertype gevonden voor de grafiek als afbeelding: de afbeelding heeft geen tekst',
    hint: 'installeer een schreefloos lettertype (Liberation Sans, Arial, DejaVu Sans of Noto Sans; op Debian: fonts-liberation), of schrijf de grafiek als .svg',
  },
  'BUIG-E090': {
    message: 'realisatie_min_pct en realisatie_max_pct horen samen, de kleinste eerst (nu: min {min}, max {max})',
    hint: 'het bereik van het deel van aantal dat buig simulate laat uitkomen, bijvoorbeeld 60 en 100; laat beide leeg voor het bereik van het scenario (onzekerheid.acties)',
  },
  'BUIG-E091': {
    message: 'te weinig maanden voor een backtest: {months} maanden met een stand ({first} tot en met {last}), nodig zijn er {needed}',
    hint: 'een backtest voorspelt vanaf elke maand met de basisperiode ({base} maanden) achter zich en minstens 3 maanden vooruit; geef een kortere basisperiode met --basis (minimaal 12) of meer maanden gegevens; stockflow heeft ook de stromen van die maanden nodig (zonder stromen: --stand-alleen)',
  },
  'BUIG-E115': {
    message: '{name} is geen leesbare Excel-werkmap (.xlsx)[: onderdeel {part} ontbreekt of is onleesbaar]',
    hint: "sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)', zonder wachtwoord; een oud .xls-bestand of een CSV met de naam .xlsx wordt niet gelezen",
  },
  'BUIG-E116': {
    message: 'formule zonder opgeslagen uitkomst: ={formula}',
    hint: 'open de werkmap in Excel of LibreOffice en sla hem op, dan wordt de uitkomst bewaard; of zet de waarde zelf in de cel',
  },
  'BUIG-E117': {
    message: '{csv} en {xlsx} staan allebei in de map',
    hint: 'buig leest één bestand per soort gegevens; verwijder of hernoem {csv} of {xlsx}',
  },
  'BUIG-E118': {
    message: 'kolom {letter} heeft geen naam in de kopregel, maar wel {count} waarde(n)',
    hint: 'zet een kolomnaam in {header} (een onbekende kolom wordt met een waarschuwing overgeslagen), of maak de cellen van kolom {letter} leeg',
  },
  'BUIG-E130': {
    message: (p) => `dit is ${pathFound(p)}`,
    hint: (p) => PATH_HINT[p.found],
  },
  'BUIG-E131': {
    message: (p) => `${p.key === 'data' ? 'de datamap' : 'het aanvalsplan'} '${p.value}' (${p.resolved}) is ${pathFound(p)}`,
    hint: (p) => `het pad in "${p.key}" is relatief aan het scenariobestand; ${PATH_HINT[p.found]}`,
  },
  'BUIG-E132': {
    message: '{first} en {second} verschillen alleen in hoofdletters',
    hint: 'buig leest de bestandsnamen van een datamap zonder op hoofdletters te letten en kan niet kiezen; verwijder of hernoem een van beide',
  },
  'BUIG-E133': {
    message: "'{value}' in kolom {column} is groter dan {max}",
    hint: 'buig leest aantallen tot en met {max}, meer dan het aantal inwoners van de grootste gemeente; staat hier een bedrag of een ander getal?',
  },
  'BUIG-E134': {
    message: 'JSON dieper genest dan {max} niveaus',
    hint: 'een scenario of regelbestand heeft maar een paar niveaus; zoek haakjes die niet sluiten, of controleer of dit het bedoelde bestand is',
  },
  'BUIG-E135': {
    message: "sleutel '{key}' staat meer dan eens[ in {path}] (eerder op regel {firstLine})",
    hint: 'van een dubbele sleutel zou alleen de laatste tellen, zonder melding; laat er één staan',
  },
  'BUIG-E136': {
    message: (p) =>
      `dit is geen bestand in de vorm van ${p.name}: verwacht een kopregel als '${p.columns.split(', ').join(',')}'; gevonden: ${FOUND_FILE[p.found]}, ${p.size} bytes, waarvan de eerste regel geen van die kolommen noemt`,
    hint: 'buig toont de inhoud niet, omdat het bestand niet de vorm van {name} heeft; controleer het pad, of zet de kolomnamen op de eerste regel',
  },
  'BUIG-E137': {
    message: (p) => `dit is geen ${EXPECTED_JSON[p.expected]}; gevonden: ${FOUND_FILE[p.found]}, ${p.size} bytes`,
    hint: (p) =>
      `buig toont de inhoud niet, omdat het bestand geen ${p.expected === 'gemeente' ? 'gemeente.json' : p.expected === 'regels' ? 'regelbestand' : 'scenario'} lijkt; controleer het pad${p.expected === 'scenario' ? ' (buig schema toont alle sleutels van een scenario)' : ''}`,
  },
  'BUIG-E140': {
    message: (p) => `${p.column} ${kort(p.value)} ligt buiten het bereik: ${BEREIK[p.bound].bereik}`,
    hint: (p) => `${BEREIK[p.bound].waarom}; alle grenzen staan in README.md, "Bounds"`,
  },
  'BUIG-E141': {
    message: 'regels {other} en {id} gelden allebei voor {jaar}',
    hint: 'elk jaar hoort bij één regel van het bestand: laat de jaren (van, tot) van de regels niet overlappen',
  },
  'BUIG-E142': {
    message: 'de horizon {value} ligt meer dan {years} jaar na de laatste maand met gegevens ({last})',
    hint: 'buig rekent ten hoogste {years} jaar vooruit: kies een horizon tot en met {max}',
  },
  'BUIG-E143': {
    message: (p) => `de uitstroomkans van ${p.series} wordt ${komma(p.rate)} per maand (${komma(p.base)} x uitstroom_factor ${komma(p.factor)}): meer dan 1`,
    hint: (p) =>
      p.cause === 'uitstroom_factor'
        ? 'er kan in een maand niet meer uitstromen dan er is: kies een kleinere uitstroom_factor'
        : 'in de basisperiode stromen meer uitkeringen uit dan er de maand ervoor waren: controleer stromen.csv en volume.csv',
  },
  'BUIG-E144': {
    message: (p) => `de stand van ${p.series} komt in ${p.month} onder 0 (${komma(p.stand)}) ${STAND_OORZAAK[p.cause](p.code)}`,
    hint: (p) =>
      p.cause === 'actie'
        ? 'een actie kan niet meer uitkeringen laten uitstromen of voorkomen dan er zijn: verlaag aantal of spreid het over meer maanden'
        : p.cause === 'schok'
          ? 'een negatieve schok haalt instroom weg, maar er zijn nooit minder dan 0 uitkeringen: maak de schok kleiner'
          : 'controleer de stromen in stromen.csv',
  },
  'BUIG-E145': {
    message: (p) =>
      `de stand van ${p.series} wordt in ${p.month} ${komma(p.stand)} ${STAND_OORZAAK[p.cause](p.code)}: meer dan ${p.factor} x de grootste stand in de gegevens (${p.largest}), de grens is ${komma(p.max)}`,
    hint: 'zo ver buiten wat de gegevens laten zien verklaart het model niets meer: kies een kleinere schok of factor of een kortere horizon',
  },
  'BUIG-E146': {
    message: (p) => `de lasten van ${p.jaar} worden negatief (${komma(p.lasten)}) ${p.cause === 'baten' ? 'doordat de baten groter zijn dan de bruto lasten' : STAND_OORZAAK.actie(p.code)}`,
    hint: (p) =>
      p.cause === 'baten'
        ? 'baten (terugvordering, verhaal) zijn een deel van de bruto lasten: controleer het bedrag en de eenheid, of geef lagere baten voor dat jaar in het scenario (aannames.baten)'
        : 'met minder uitkeringen dalen de bruto lasten, maar de baten niet, en een verlaging bespaart een deel van de prijs: verlaag aantal of verlaging_pct, of geef lagere baten voor dat jaar in het scenario',
  },
  'BUIG-E147': {
    message: '{regeling} heeft geen prijs voor {jaar}: prijzen.csv noemt pas {first} en lasten.csv geeft geen jaar om een prijs uit af te leiden',
    hint: 'zet een prijs voor {jaar} (of eerder) in prijzen.csv, of geef de lasten per regeling van het laatste gerealiseerde jaar',
  },
  'BUIG-E148': {
    message: (p) => `actie ${p.code} verlaagt in ${p.month} ${komma(p.verlaagd)} uitkeringen ${p.series}, meer dan de stand (${komma(p.stand)})`,
    hint: 'een verlaging werkt op bestaande uitkeringen: verlaag aantal of spreid het over meer maanden',
  },
  'BUIG-E149': {
    message: (p) => `het budget van ${p.jaar} wordt ${komma(p.budget)}: minder dan € 1 ${BUDGET_OORZAAK[p.cause]}`,
    hint: 'een budget van minder dan een euro maakt elk percentage ervan onbegrensd groot: kies een kleinere daling of een realistisch aandeel',
  },
  'BUIG-W140': {
    message: 'lasten.csv noemt {jaar}, een jaar na de laatste maand met gegevens ({last}): de regel wordt genegeerd en {jaar} is een prognosejaar',
    hint: 'lasten.csv bevat gerealiseerde lasten; een begrotingsbedrag hoort er niet in (het budget van {jaar} in budget.csv telt wel)',
  },
});

export const reasons: Reasons = {
  notANumber: (value) => `'${value}' is geen getal; schrijf bijvoorbeeld 2.5 of "2,5"`,
  unknownRegeling: (value, suggestion, allowed) => `onbekende regeling '${value}'${suggestion ? `; bedoelde u ${suggestion}?` : ''} (${allowed.join(', ')})`,
  notAMonth: (value, meant) => (meant ? `'${value}' is geen maand in de vorm JJJJ-MM; schrijf "${meant}"` : `'${value}' is geen maand; schrijf JJJJ-MM, bijvoorbeeld "2024-10"`),
  unknownColumn: (known) => `onbekende kolom; bekend: ${known.join(', ')}`,
  pctNumber: 'een getal, zoals "7.5"',
  eigenRisicoAboveBoven: 'eigen_risico_pct mag niet boven boven_pct liggen',
  vanAfterTot: 'van mag niet na tot liggen',
  routeTwice: 'elke route mag maar één keer voorkomen',
  minimumAboveWindow: (years) => `minimum kan niet groter zijn dan het aantal jaren van het venster (${years})`,
};

export const jsonSyntax: JsonSyntaxWords = {
  InvalidSymbol: 'onverwacht teken',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'naam tussen dubbele aanhalingstekens verwacht',
  ValueExpected: 'waarde verwacht',
  ColonExpected: 'dubbele punt verwacht',
  CommaExpected: 'komma verwacht',
  CloseBraceExpected: "'}' verwacht",
  CloseBracketExpected: "']' verwacht",
  EndOfFileExpected: 'einde van het bestand verwacht',
  InvalidCommentToken: 'ongeldig commentaar',
  UnexpectedEndOfComment: 'commentaar niet afgesloten',
  UnexpectedEndOfString: 'tekst niet afgesloten met "',
  UnexpectedEndOfNumber: 'getal onvolledig',
  InvalidUnicode: 'ongeldige unicode-code',
  InvalidEscapeCharacter: 'ongeldig escape-teken',
  InvalidCharacter: 'ongeldig teken in tekst',
};
