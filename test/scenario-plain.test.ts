// A scenario that plainly is valid is read without the schema (plainScenario), so that a run on
// a valid scenario never loads zod. That path may refuse what the schema accepts (the schema then
// reads and explains it), never the other way round, and it must give the same values.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../src/read/jsonc.js';
import { plainScenario, scenarioSchema } from '../src/read/scenarioFile.js';

const often = <T, U>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({ weight: 20, arbitrary: good }, { weight: 1, arbitrary: odd });
const anyValue = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
const month = often(fc.constantFrom('2022-01', '2023-05', '2024-12'), fc.oneof(fc.constantFrom('2023-13', '23-05', 'okt-24', '2023-5', ' 2023-05'), fc.string({ maxLength: 8 }), anyValue));
const amount = often(
  fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('2.5', '2,5', '-1', '0.0001', '1e3')),
  fc.oneof(fc.constantFrom('3%', '', ' 4 ', '1.2.3'), fc.string({ maxLength: 5 }), anyValue),
);
const perYear = often(fc.dictionary(fc.constantFrom('2023', '2024', '2030'), amount, { maxKeys: 3 }), fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), amount, { maxKeys: 2 }), anyValue));
/** A record of these keys, each present or not, and now and then a key the schema does not know. */
const some = <T extends Record<string, fc.Arbitrary<unknown>>>(keys: T, required: (keyof T)[] = []) =>
  often(fc.record(keys, { requiredKeys: required as never[] }), fc.record({ ...keys, onbekend: anyValue }, { requiredKeys: [] }));

const scenarioLike = some(
  {
    $schema: often(fc.string({ maxLength: 10 }), anyValue),
    naam: often(fc.constantFrom('Deventer', 'Zutphen'), fc.oneof(fc.constant(''), anyValue)),
    omschrijving: often(fc.string({ maxLength: 6 }), anyValue),
    data: often(fc.constantFrom('../data/deventer', '.'), fc.oneof(fc.constant(''), anyValue)),
    horizon: often(some({ tot: month }, ['tot']), anyValue),
    basisperiode: often(some({ van: month, tot: month }, ['van', 'tot']), anyValue),
    aannames: often(
      some({
        instroom_factor: amount,
        uitstroom_factor: amount,
        prijsindex_pct: perYear,
        budget: perYear,
        budget_groei_pct: amount,
        baten: perYear,
        macrobudget: perYear,
        macro_volume_pct: perYear,
        macro_prijs_pct: perYear,
        aandeel_pct: perYear,
        bijstelling_pct: perYear,
        lks_budget: often(
          some({ vertraging_jaren: often(fc.integer({ min: 0, max: 10 }), fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), anyValue)), vergoeding_pct: amount }, [
            'vertraging_jaren',
            'vergoeding_pct',
          ]),
          anyValue,
        ),
      }),
      anyValue,
    ),
    schokken: often(
      fc.array(
        some(
          {
            maand: month,
            regeling: often(fc.constantFrom('PW', 'Participatiewet', 'bbz'), fc.constantFrom('PWW', '', 'x')),
            segment: often(fc.string({ maxLength: 4 }), anyValue),
            instroom: amount,
            omschrijving: often(fc.string({ maxLength: 4 }), anyValue),
          },
          ['maand', 'regeling', 'instroom'],
        ),
        { maxLength: 3 },
      ),
      anyValue,
    ),
    taakstelling: often(
      some(
        {
          aantal: often(fc.integer({ min: 1, max: 500 }), fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double(), fc.constant(2 ** 60), anyValue)),
          maand: month,
          omschrijving: often(fc.string({ maxLength: 4 }), anyValue),
        },
        ['aantal', 'maand'],
      ),
      anyValue,
    ),
    aanvalsplan: often(fc.oneof(fc.string({ maxLength: 8 }), fc.array(often(fc.dictionary(fc.string({ maxLength: 4 }), anyValue, { maxKeys: 3 }), anyValue), { maxLength: 3 })), anyValue),
  },
  ['naam', 'data'],
);

describe('plainScenario', () => {
  it('accepts only what the schema accepts, with the same values', () => {
    let plain = 0;
    fc.assert(
      fc.property(scenarioLike, (v) => {
        const fast = plainScenario(v);
        if (fast === undefined) return;
        plain++;
        const parsed = scenarioSchema().safeParse(v);
        expect(parsed.success).toBe(true);
        expect(fast).toEqual(parsed.data);
      }),
      { numRuns: 10000 },
    );
    // The property has seen valid scenarios, not only refusals.
    expect(plain).toBeGreaterThan(300);
  });

  it.each(['scenarios/deventer-basis.json', 'scenarios/deventer-statushouders.json', 'scenarios/deventer-aanvalsplan.json'])('reads the shipped %s without the schema', (file) => {
    const json = parseJsonc(readFileSync(file, 'utf8'), 'nl');
    expect(json.ok).toBe(true);
    const value = json.ok ? json.value : undefined;
    expect(plainScenario(value)).toEqual(scenarioSchema().parse(value));
  });

  it('reads every key of a full scenario without the schema', () => {
    const full = {
      $schema: './s.json',
      naam: 'Zutphen',
      omschrijving: 'alles',
      data: '.',
      horizon: { tot: '2027-12' },
      basisperiode: { van: '2022-01', tot: '2023-12' },
      aannames: {
        instroom_factor: '1,05',
        uitstroom_factor: 1,
        prijsindex_pct: { '2024': '2.5' },
        budget: { '2025': 38500000 },
        budget_groei_pct: 2,
        baten: { '2024': 600000 },
        macrobudget: { '2026': '7000000000' },
        macro_volume_pct: { '2026': -1 },
        macro_prijs_pct: { '2026': '2,5' },
        aandeel_pct: { '2026': 0.55 },
        bijstelling_pct: { '2024': 1.5 },
        lks_budget: { vertraging_jaren: 1, vergoeding_pct: 80 },
      },
      schokken: [{ maand: '2024-05', regeling: 'Participatiewet', segment: 'jong', instroom: -3, omschrijving: 'x' }],
      taakstelling: { aantal: 300, maand: '2024-12', omschrijving: 'min 300' },
      aanvalsplan: [{ code: '1A', naam: 'n', hefboom: 'uitstroom', aantal: 5, start: '2024-01' }],
    };
    expect(plainScenario(full)).toEqual(scenarioSchema().parse(full));
  });

  it('leaves a scenario with onzekerheid (buig simulate) to the schema', () => {
    const value = { naam: 'Zutphen', data: '.', onzekerheid: { acties: false } };
    expect(plainScenario(value)).toBeUndefined();
    expect(scenarioSchema().safeParse(value).success).toBe(true);
  });
});
