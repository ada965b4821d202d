// The JSON is language-free: the same bytes under --lang nl and --lang en, because scripts and
// buig check read it. Words for people are the text renderers' business.

import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const RUNS: [string, string[]][] = [
  ['forecast (basis)', ['forecast']],
  ['forecast (statushouders)', ['forecast', '--scenario', 'scenarios/deventer-statushouders.json']],
  ['forecast (aanvalsplan)', ['forecast', '--scenario', 'scenarios/deventer-aanvalsplan.json']],
  ['forecast --data', ['forecast', '--data', 'data/deventer']],
  ['plan', ['plan']],
  ['plan --doel', ['plan', '--doel', '2024:tekort_pct<=-10']],
  ['compare', ['compare', 'scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json']],
  ['vangnet --data', ['vangnet', '--year', '2022', '--data', 'data/deventer']],
  ['vangnet 2025, both routes, assumed rules', ['vangnet', '--year', '2025', '--budget', '10000000', '--lasten', '11000000', '--saldo', '2022=-600000/10000000', '--saldo', '2023=-100000/10000000']],
];

describe('JSON output', () => {
  it.each(RUNS)('%s: byte-identical under --lang nl and --lang en', async (_, argv) => {
    const nl = await cli([...argv, '--format', 'json', '--lang', 'nl']);
    const en = await cli([...argv, '--format', 'json', '--lang', 'en']);
    expect(nl.code).toBe(0);
    expect(en.stdout).toBe(nl.stdout);
    // Not a vacuous comparison: the text formats do differ between the languages.
    const nlText = await cli([...argv, '--lang', 'nl']);
    const enText = await cli([...argv, '--lang', 'en']);
    expect(enText.stdout).not.toBe(nlText.stdout);
  });
});
