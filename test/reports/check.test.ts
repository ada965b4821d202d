// buig check: silent and 0 when all holds, 1 with a clear diff, 65 on a malformed file.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from '../helpers.js';

/** An expectations file in a temporary folder, pointing at the repository's scenarios. */
function expectations(content: string): { root: string; file: string } {
  const { root } = folder({}, 'checks');
  const scenario = join(process.cwd(), 'scenarios', 'deventer-basis.json');
  writeFileSync(join(root, 'checks', 'v.csv'), content.replaceAll('SCENARIO', scenario));
  return { root, file: 'checks/v.csv' };
}

describe('buig check', () => {
  it('is silent and exits 0 on the shipped expectations (published figures)', async () => {
    const r = await cli(['check', 'test/verwachtingen/deventer.csv']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and shows expected, actual and the difference, like a failed balance assertion', async () => {
    const { root, file } = expectations(
      'scenario,jaar,grootheid,verwacht,tolerantie\nSCENARIO,2022,vangnet.vangnet,444000,100\nSCENARIO,2022,budget_fase,definitief,\nSCENARIO,2022,vangnet.recht,false,\n',
    );
    const r = await cli(['check', file], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('checks/v.csv:2: verwachting klopt niet: 2022 vangnet.vangnet');
    expect(r.stderr).toContain('  verwacht : 444000\n  werkelijk: 444700.00\n  verschil : +700,00 (700,00 te veel; tolerantie 100)');
    expect(r.stderr).toContain('checks/v.csv:4: verwachting klopt niet: 2022 vangnet.recht');
    expect(r.stderr).not.toContain('checks/v.csv:3');
  });

  it('shows a yes/no figure as ja/nee in Dutch, true/false in English', async () => {
    const { root, file } = expectations('scenario,jaar,grootheid,verwacht\nSCENARIO,2022,vangnet.recht,nee\nSCENARIO,2021,vangnet.recht,ja\n');
    const nl = await cli(['check', file], { cwd: root });
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain('2022 vangnet.recht (scenario');
    expect(nl.stderr).toContain('  verwacht : nee\n  werkelijk: ja\n');
    expect(nl.stderr).toContain('  verwacht : ja\n  werkelijk: nee\n');
    expect(nl.stderr).not.toMatch(/true|false/);
    const en = await cli(['check', file, '--lang', 'en'], { cwd: root });
    expect(en.stderr).toContain('  actual   : true\n');
  });

  it('holds within the tolerance, and reads a Dutch-Excel expectations file', async () => {
    const { root, file } = expectations('scenario;jaar;grootheid;verwacht;tolerantie\nSCENARIO;2022;tekort_pct;9,91;0,01\nSCENARIO;2022;budget;36.896.210;0\n');
    expect((await cli(['check', file], { cwd: root })).code).toBe(0);
  });

  it.each([
    ['an unknown grootheid', 'SCENARIO,2022,vangnet.bedrag,1,', 'BUIG-E060', '2:', /bedoelde u vangnet\.\w+\?/],
    ['a year outside the forecast', 'SCENARIO,2031,lasten,1,', 'BUIG-E061', '2:', /2019, 2020/],
    ['a negative tolerance', 'SCENARIO,2022,lasten,1,-5', 'BUIG-E012', '2:', /negatief/],
    ['a missing column', null, 'BUIG-E004', '1:1', /verwacht/],
  ])('exits 65 for %s', async (_, line, code, at, hint) => {
    const content = line === null ? 'scenario,jaar,grootheid\nSCENARIO,2022,lasten\n' : `scenario,jaar,grootheid,verwacht,tolerantie\n${line}\n`;
    const { root, file } = expectations(content);
    const r = await cli(['check', file], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`checks/v.csv:${at}`);
    expect(r.stderr).toContain(`error ${code}`);
    expect(r.stderr).toMatch(hint);
  });

  it('exits 66 when the file or its scenario cannot be opened', async () => {
    expect((await cli(['check', 'nope.csv'])).code).toBe(66);
    const { root, file } = expectations('scenario,jaar,grootheid,verwacht\n../nergens.json,2022,lasten,1\n');
    expect((await cli(['check', file], { cwd: root })).code).toBe(66);
  });

  it('exits 65 with the scenario problem for a broken scenario', async () => {
    const { root, file } = expectations('scenario,jaar,grootheid,verwacht\nkapot.json,2022,lasten,1\n');
    writeFileSync(join(root, 'checks', 'kapot.json'), '{ "naam": "k",\n  "data": 12 }');
    const r = await cli(['check', file], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/kapot\.json:2:3: error BUIG-E041: scenario ongeldig bij data/);
  });
});
