// A real application (--aanvraag) and the announced 2026 variant shipped as a rules file.

import { describe, expect, it } from 'vitest';
import { cli, csv, folder } from '../helpers.js';

const direct = ['vangnet', '--year', '2026', '--budget', '10000000', '--lasten', '11000000'];
const saldi = ['--saldo', '2023=-600000/10000000', '--saldo', '2024=-100000/10000000', '--saldo', '2025=-500000/10000000'];

describe('buig vangnet --aanvraag', () => {
  it('makes a missing earlier year an error (a warning in a projection)', async () => {
    const projection = await cli(['vangnet', '--year', '2019', '--budget', '8088748', '--lasten', '9072001']);
    expect(projection.code).toBe(0);
    const application = await cli(['vangnet', '--year', '2019', '--budget', '8088748', '--lasten', '9072001', '--aanvraag']);
    expect(application.code).toBe(65);
    expect(application.stderr).toContain('error BUIG-E120: voor een aanvraag ontbreekt het saldo van 2017');
    expect(application.stderr).toContain('BUIG-E120: voor een aanvraag ontbreekt het saldo van 2018');
    expect(application.stdout).toBe('');
  });

  it('makes a budget that is not definitief an error', async () => {
    const { root } = folder({
      'budget.csv': csv`
        jaar,fase,bedrag
        2021,definitief,37000000
        2022,definitief,36000000
        2023,nader_voorlopig,37500000
      `,
      'lasten.csv': 'jaar,lasten\n2021,37000000\n2022,36000000\n2023,41000000\n',
    });
    const r = await cli(['vangnet', '--year', '2023', '--data', 'data', '--aanvraag'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain('data: error BUIG-E121: voor een aanvraag telt alleen het definitieve budget; het budget 2023 is nader_voorlopig');
  });

  it('passes a complete application: the published Deventer 2022', async () => {
    const r = await cli(['vangnet', '--year', '2022', '--data', 'data/deventer', '--aanvraag', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ vangnet: '444700.00', uitbetaling_jaar: 2024 });
  });
});

describe('the 2026 variant with an uitgebreid eigen risico of 2,5%', () => {
  it('is a rules file beside the built-in 2026 rules: 0.5 x (10% - 2.5%) of the budget instead of 0.5 x (10% - 5%)', async () => {
    const builtIn = JSON.parse((await cli([...direct, ...saldi, '--format', 'json'])).stdout);
    const variant = JSON.parse((await cli([...direct, ...saldi, '--rules', 'rules/2026-uitgebreid-eigen-risico-2,5.json', '--format', 'json'])).stdout);
    expect(builtIn).toMatchObject({ route: 'uitgebreid', vangnet: '250000.00', regel: { id: '2026', status: 'aangenomen' } });
    expect(variant).toMatchObject({ route: 'uitgebreid', vangnet: '375000.00', regel: { id: '2026-eigen-risico-2,5', status: 'aangenomen' } });
  });
});
