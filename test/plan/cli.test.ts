// buig plan through the whole CLI: the Deventer plan, formats, malformed acties.

import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/report/plan.js';
import type { Plain } from '../../src/report/values.js';
import { cli, folder } from '../helpers.js';

describe('buig plan on the Deventer aanvalsplan ([Deventer 2022-847])', () => {
  it('prices every actie and the plan for 2023-2026, and says whether the taakstelling is reached', async () => {
    const r = await cli(['plan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const p = JSON.parse(r.stdout) as Plain<PlanJson>;
    expect(p.acties).toHaveLength(27);
    expect(p.acties.map((a) => a.code)).toEqual(expect.arrayContaining(['1A', '1C', '2E', '3A', '3N']));
    expect(p.totaal.jaren.map((y) => y.jaar)).toEqual([2023, 2024, 2025, 2026]);
    for (const y of p.totaal.jaren) {
      expect(y.delta_volume).toBeLessThan(0);
      expect(Number(y.delta_lasten)).toBeLessThan(0);
      expect(Number(y.netto)).toBeCloseTo(Number(y.delta_resultaat) - Number(y.kosten), 2);
    }
    // Ranked by net effect, largest first.
    const totals = p.acties.map((a) => Number(a.netto_totaal));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(p.taakstelling).toMatchObject({ aantal: 300, maand: '2023-12' });
    expect(p.taakstelling!.bereikt).toBe(p.taakstelling!.reductie >= 300);
    expect(p.waarschuwingen).toContainEqual({ soort: 'acties-zonder-aantal', codes: ['1B', '1F', '2C', '3B'] });
    // The 3A lks actie (lks_prijs 8,260 in the plan file, where its comment derives it): per
    // placement-year its lasten fall by prijs - 8,260, with the 2023 PW prijs of the plan's forecast
    // (the same indexing as the base).
    const lks = p.acties.find((a) => a.code === '3A')!.jaren.find((y) => y.jaar === 2023)!;
    const forecast = JSON.parse((await cli(['forecast', '--scenario', 'scenarios/deventer-aanvalsplan.json', '--format', 'json'])).stdout);
    const prijs = Number(forecast.jaren.find((y: { jaar: number }) => y.jaar === 2023).regelingen.find((g: { regeling: string }) => g.regeling === 'PW').prijs);
    expect(lks.delta_volume).toBeLessThan(0);
    // delta_volume is shown to 4 decimals: allow that rounding times the prijs.
    expect(Math.abs(Number(lks.delta_lasten) / -lks.delta_volume + (prijs - 8260))).toBeLessThan(1);
  });

  it('reads the plan document: its EUR 550,000 as kosten, benefit reductions on verlaging, 60 LKS placements', async () => {
    // [Deventer 2022-847]: "uitvoeringsmiddelen voor het aanvalsplan ... (totaal EUR 550.000)", of which
    // "Integrale jongerenaanpak 400.000 euro"; 2A, 2B, 2D "uitkering reductie", 1D "verlaagde uitkeringen";
    // 3A "Minimaal 60 extra uitstroom (LKS en nieuw beschut)"; 3H prevents re-entries, not first entries.
    const p = JSON.parse((await cli(['plan', '--format', 'json'])).stdout) as Plain<PlanJson>;
    const kosten = p.totaal.jaren.reduce((s, y) => s + Number(y.kosten), 0);
    expect(kosten).toBe(550000);
    const actie = (code: string) => p.acties.find((a) => a.code === code)!;
    expect(actie('1B').jaren.reduce((s, y) => s + Number(y.kosten), 0)).toBe(400000);
    for (const code of ['1Dv', '2A', '2B', '2D']) expect(actie(code).hefboom, code).toBe('verlaging');
    expect(actie('3A')).toMatchObject({ hefboom: 'lks', aantal: 60 });
    expect(actie('3H').aantal).toBeLessThan(15);
  });

  it('renders the table, md and csv', async () => {
    const table = await cli(['plan']);
    expect(table.stdout).toContain('Het plan als geheel, tegen de basis');
    expect(table.stdout).toMatch(/Taakstelling: 300 uitkeringen minder in 2023-12/);
    const md = await cli(['plan', '--format', 'md']);
    expect(md.stdout).toContain('| # | code | naam | hefboom | aantal | netto 2023 |');
    const c = await cli(['plan', '--format', 'csv']);
    expect(c.stdout.split('\n')[0]).toBe('code,jaar,grootheid,waarde');
    expect(c.stdout).toContain('totaal,2023,netto,');
  });

  it('solves for the extra exits a month a target needs (--doel)', async () => {
    const r = await cli(['plan', '--doel', '2024:tekort_pct<=-12', '--vanaf', '2023-07', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const o = (JSON.parse(r.stdout) as Plain<PlanJson>).oplossing!;
    expect(o.per_maand).toBeGreaterThan(0);
    expect(Number(o.tekort_pct)).toBeLessThanOrEqual(-12);
    expect(Number(o.een_minder!.tekort_pct)).toBeGreaterThan(-12);
    expect((await cli(['plan', '--doel', '2030:saldo'])).code).toBe(64);
    expect((await cli(['plan', '--doel', 'morgen'])).code).toBe(64);
  });
});

describe('malformed acties: exit 65 with file, line and a hint', () => {
  const header = 'code,naam,hefboom,aantal,start,ingroei_maanden,lks_prijs,verlaging_pct,herinstroom_pct';
  function planWith(lines: string, scenarioExtra: object = {}) {
    const { root } = folder({}, 'scenarios');
    cpSync(join(process.cwd(), 'data', 'deventer'), join(root, 'data', 'deventer'), { recursive: true });
    writeFileSync(join(root, 'scenarios', 'plan.csv'), `${header}\n${lines}\n`);
    writeFileSync(join(root, 'scenarios', 's.json'), JSON.stringify({ naam: 't', data: '../data/deventer', horizon: { tot: '2025-12' }, aanvalsplan: 'plan.csv', ...scenarioExtra }, null, 2));
    return root;
  }

  it.each([
    ['an unknown lever', 'X1,test,uitsroom,10,2023-01,12,,,', 'BUIG-E050', '2:9', /bedoelde u uitstroom\?/],
    ['a start before the projection', 'X1,test,uitstroom,10,2022-06,12,,,', 'BUIG-E052', '2:22', /de prognose/],
    ['a start after the horizon', 'X1,test,uitstroom,10,2026-03,12,,,', 'BUIG-E052', '2:22', /de prognose/],
    ['a negative aantal', 'X1,test,uitstroom,-10,2023-01,12,,,', 'BUIG-E012', '2:19', /nooit negatief/],
    ['lks without lks_prijs', 'X1,test,lks,10,2023-01,12,,,', 'BUIG-E051', '2:9', /lks_prijs is de jaarlijkse kosten/],
    ['verlaging without verlaging_pct', 'X1,test,verlaging,10,2023-01,12,,,', 'BUIG-E051', '2:9', /verlaging_pct/],
    ['a herinstroom_pct above 100', 'X1,test,uitstroom,10,2023-01,12,,,150', 'BUIG-E053', '2:35', /percentage/],
    ['two acties with the same code', 'X1,test,uitstroom,10,2023-01,12,,,\nX1,test,uitstroom,5,2023-01,12,,,', 'BUIG-E018', '3:1', /code/],
  ])('%s', async (_, lines, code, at, hint) => {
    const root = planWith(lines);
    const r = await cli(['plan', '--scenario', 'scenarios/s.json', '--out', 'x.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(`scenarios/plan.csv:${at}: error ${code}:`);
    expect(r.stderr).toMatch(hint);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(r.stdout).toBe('');
  });

  it('reports inline acties at their JSON path', async () => {
    const root = planWith('', { aanvalsplan: [{ code: 'I1', naam: 'inline', hefboom: 'lks', aantal: 5, start: '2023-01' }] });
    const r = await cli(['plan', '--scenario', 'scenarios/s.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/scenarios\/s\.json:\d+:\d+: error BUIG-E051: hefboom lks vraagt een waarde in kolom lks_prijs/);
  });

  it('reports a missing aanvalsplan file at the scenario key (BUIG-E054)', async () => {
    const root = planWith('', { aanvalsplan: 'nergens.csv' });
    const r = await cli(['plan', '--scenario', 'scenarios/s.json'], { cwd: root });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/scenarios\/s\.json:7:3: error BUIG-E054: het aanvalsplan 'nergens\.csv' bestaat niet/);
  });

  it('prices a small valid plan written inline', async () => {
    const root = planWith('', { aanvalsplan: [{ code: 'I1', naam: 'inline', hefboom: 'uitstroom', aantal: 24, start: '2023-01', kosten: 50000 }] });
    const r = await cli(['plan', '--scenario', 'scenarios/s.json', '--format', 'json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const a = (JSON.parse(r.stdout) as Plain<PlanJson>).acties[0]!;
    expect(a.jaren.map((y) => y.kosten)).toEqual(['50000.00', '0.00', '0.00']);
    expect(a.kosten_per_uitkeringsjaar).not.toBeNull();
  });
});
