// The help texts of buig forecast, Dutch and English: kept out of the command file, which holds
// only the command's arguments, its one call into src/app and its rendering.

export const FORECAST = {
  scenario: ['scenariobestand (JSON); standaard het ingebouwde scenario Deventer basis', 'scenario file (JSON); default the embedded scenario Deventer basis'],
  data: [
    'een datamap met alle aannames op hun standaardwaarde, zonder scenariobestand; meer mappen, of een map met datamappen: een rij per gemeente en jaar',
    'a data folder with every assumption at its default, without a scenario file; several folders, or a folder of data folders: a row per gemeente and year',
  ],
  rules: ['JSON-bestand met vangnetregels (zie buig vangnet --help)', 'JSON file with vangnet rules (see buig vangnet --help)'],
  examples: [
    '\nVoorbeelden:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data mijn-gemeente\n  buig forecast --data zutphen deventer apeldoorn --format csv\n  buig forecast --data regio/ --out regio.csv --format csv     # elke map in regio/ is een gemeente\n  buig forecast --scenario mijn-scenario.json --format json --out prognose.json\n  buig forecast --format xlsx --out prognose.xlsx\n  buig forecast --chart prognose.svg\n\nHet scenarioformaat: buig schema. Een map met fouten wordt gemeld en overgeslagen; de andere worden geschreven, met exit 65.',
    '\nExamples:\n  buig forecast\n  buig forecast --scenario scenarios/deventer-statushouders.json\n  buig forecast --data my-gemeente\n  buig forecast --data zutphen deventer apeldoorn --format csv\n  buig forecast --data region/ --out region.csv --format csv     # every folder in region/ is a gemeente\n  buig forecast --scenario my-scenario.json --format json --out forecast.json\n  buig forecast --format xlsx --out forecast.xlsx\n  buig forecast --chart forecast.svg\n\nThe scenario format: buig schema. A folder with errors is reported and left out; the others are written, with exit 65.',
  ],
  chart: ['schrijf ook een grafiek (.svg of .png): volume per regeling en lasten tegen budget', 'also write a chart (.svg or .png): volume per regeling and lasten against budget'],
  chartIndex: ['de volumegrafiek als index: de laatste gerealiseerde maand = 100', 'the volume chart as an index: the last realised month = 100'],
  maanden: [
    'de tabel per maand: volume, instroom en uitstroom per regeling (json: alleen scenario en maanden)',
    'the table per month: volume, instroom and uitstroom per regeling (json: only scenario and maanden)',
  ],
} as const satisfies Record<string, readonly [string, string]>;
