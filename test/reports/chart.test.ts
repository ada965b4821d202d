// The SVG chart: well-formed XML, self-contained, with the expected series.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from '../helpers.js';

/**
 * A strict well-formedness check, enough for the SVG we write: every tag closed in order,
 * attributes quoted and unique, text free of raw '<' and bare '&'.
 */
function wellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  let roots = 0;
  while (pos < body.length && (m = token.exec(body))) {
    pos = token.lastIndex;
    const [, closing, name, attrs, selfClosing, textContent] = m;
    if (textContent !== undefined) {
      expect(textContent, 'a bare & in text').not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([\w:-]+)="/g)].map((a) => a[1]);
    expect(new Set(names).size, `duplicate attribute in <${name}>`).toBe(names.length);
    if (closing) expect(stack.pop(), `</${name}> closes the wrong tag`).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  expect(pos, `unparsable at: ${body.slice(pos, pos + 60)}`).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

async function chart(scenario: string, extra: string[] = []): Promise<string> {
  const { root } = folder({});
  const r = await cli(['forecast', '--scenario', join(process.cwd(), scenario), '--chart', 'c.svg', ...extra], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(join(root, 'c.svg'), 'utf8');
}

describe('--chart', () => {
  it('writes well-formed, self-contained SVG with a series per regeling and a bar per year', async () => {
    const svg = await chart('scenarios/deventer-basis.json');
    wellFormed(svg);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Nothing from outside: a fill may refer only to a pattern inside the SVG itself.
    expect(svg).not.toMatch(/<script|@import|url\((?!#)|href=/);
    for (const regeling of ['PW', 'IOAW', 'IOAZ', 'BBZ', 'LKS']) {
      expect(svg).toContain(`data-regeling="${regeling}" data-soort="realisatie"`);
      expect(svg).toContain(`data-regeling="${regeling}" data-soort="prognose"`);
      expect(svg).toContain(`data-regeling="${regeling}" data-soort="prognose"`);
    }
    for (let jaar = 2019; jaar <= 2026; jaar++) {
      expect(svg).toContain(`class="lasten" data-jaar="${jaar}"`);
      expect(svg).toContain(`class="budget" data-jaar="${jaar}"`);
      expect(svg).toContain(`class="drempel" data-jaar="${jaar}"`);
      expect(svg).toContain(`class="bovengrens" data-jaar="${jaar}"`);
    }
    expect(svg).toContain('vangnet € 0,4 mln'); // 2022: EUR 444,700
    expect(svg).toContain('<title>Prognose: Deventer basis</title>');
    expect(svg).toContain('drempel vangnet');
  });

  it('escapes what it writes: a scenario name with & and < stays well-formed', async () => {
    const { root } = folder({});
    const scenario = JSON.parse(readFileSync('scenarios/deventer-basis.json', 'utf8'));
    scenario.naam = 'A & B <test>';
    scenario.data = join(process.cwd(), 'data', 'deventer');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 's.json'), JSON.stringify(scenario));
    const r = await cli(['forecast', '--scenario', 's.json', '--chart', 'c.svg'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(join(root, 'c.svg'), 'utf8');
    wellFormed(svg);
    expect(svg).toContain('A &amp; B &lt;test&gt;');
  });

  it('has the well-formedness check catch a broken document', () => {
    expect(() => wellFormed('<svg><g></svg>')).toThrow();
    expect(() => wellFormed('<svg><text>a & b</text></svg>')).toThrow();
  });
  it('starts every panel at zero, gives the large regelingen a panel each and the small ones one shared panel', async () => {
    const svg = await chart('scenarios/deventer-basis.json');
    const panels = [...svg.matchAll(/<g class="paneel" data-regelingen="([^"]*)">([\s\S]*?)<\/g>/g)];
    // PW peaks near 3.000 benefits; IOAW, IOAZ, Bbz and LKS stay under a fifth of that.
    expect(panels.map((p) => p[1])).toEqual(['PW', 'IOAW IOAZ BBZ LKS']);
    for (const p of panels) {
      const ticks = [...p[2]!.matchAll(/text-anchor="end" fill="#555">([\d.]+)<\/text>/g)].map((m) => m[1]);
      expect(ticks[0], p[1]).toBe('0');
    }
    expect(svg).toContain('Kleinere regelingen: IOAW, IOAZ, Bbz, Loonkostensubsidie');
  });

  it('as an index: one panel, 100 at the last realised month', async () => {
    const svg = await chart('scenarios/deventer-basis.json', ['--chart-index']);
    const panels = [...svg.matchAll(/<g class="paneel" data-regelingen="([^"]*)">/g)].map((p) => p[1]);
    expect(panels).toEqual(['PW IOAW IOAZ BBZ LKS']);
    expect(svg).toContain('index (laatste gerealiseerde maand = 100)');
    expect(svg).toMatch(/text-anchor="end" fill="#555">100<\/text>/);
  });

  it('draws a definitief budget filled, a voorlopig one hatched and a raming open, each with a legend entry', async () => {
    const svg = await chart('scenarios/deventer-basis.json');
    const budget = (jaar: number) => new RegExp(`<rect class="budget" data-jaar="${jaar}" data-fase="([^"]+)"[^>]* fill="([^"]+)" stroke="#2e7d32"([^/]*)/>`).exec(svg)!;
    expect(budget(2022).slice(1, 3)).toEqual(['definitief', '#2e7d32']);
    expect(budget(2023).slice(1, 3)).toEqual(['voorlopig', 'url(#arcering)']);
    expect(budget(2024).slice(1, 3)).toEqual(['raming', '#ffffff']);
    expect(budget(2024)[3]).toContain('stroke-dasharray');
    for (const label of ['budget definitief', 'budget voorlopig (definitief volgt)', 'budget geraamd']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('<pattern id="arcering"');
  });

  it('names the gemeente and the scenario in the subtitle, never a path', async () => {
    const svg = await chart('scenarios/deventer-basis.json');
    expect(svg).toContain('>Gemeente Deventer, scenario ‘Deventer basis’</text>');
    expect(svg).not.toMatch(/\.json|data\/deventer/);
  });

  it('with an aanvalsplan: the forecast without the plan as a thin line beside it', async () => {
    const plan = await chart('scenarios/deventer-aanvalsplan.json');
    expect(plan).toMatch(/<path class="basis" data-regeling="PW" d="[^"]+" fill="none" stroke="#8c8c8c" stroke-width="1"\/>/);
    for (let jaar = 2023; jaar <= 2026; jaar++) expect(plan).toContain(`<line class="basis" data-jaar="${jaar}"`);
    expect(plan).toContain('>zonder aanvalsplan</text>');
    expect(await chart('scenarios/deventer-basis.json')).not.toContain('class="basis"');
  });
});

/** The width and height of a PNG, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('--chart FILE.png', () => {
  const fonts = ['/usr/share/fonts', '/usr/local/share/fonts'].filter((d) => existsSync(d));

  it('renders the SVG to a PNG at twice its size, with a font of this machine', async () => {
    const { root } = folder({});
    const r = await cli(['forecast', '--scenario', join(process.cwd(), 'scenarios/deventer-basis.json'), '--chart', 'c.png'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^buig: geschreven: c\.png \(PNG, \d+ kB\)$/m);
    const size = pngSize(readFileSync(join(root, 'c.png')));
    const svg = await chart('scenarios/deventer-basis.json');
    expect(size.width).toBe(1800);
    expect(size.height).toBe(2 * Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1]));
  });

  it('warns (BUIG-W110) and draws no text when no font can be found; draws text when one can', async () => {
    const { root } = folder({});
    mkdirSync(join(root, 'geen-fonts'));
    const args = ['forecast', '--scenario', join(process.cwd(), 'scenarios/deventer-basis.json'), '--chart'];
    const bare = await cli([...args, 'zonder.png'], { cwd: root, env: { BUIG_FONTS: join(root, 'geen-fonts') } });
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain('zonder.png: warning BUIG-W110: geen lettertype gevonden voor de grafiek als afbeelding');
    expect(pngSize(readFileSync(join(root, 'zonder.png'))).width).toBe(1800);
    if (fonts.length === 0) return; // a machine without fonts: the warning is all there is to see
    const withFont = await cli([...args, 'met.png'], { cwd: root, env: { BUIG_FONTS: fonts.join(':') } });
    expect(withFont.stderr).not.toContain('BUIG-W110');
    // Text adds ink: the picture with letters is larger than the one without.
    expect(readFileSync(join(root, 'met.png')).length).toBeGreaterThan(readFileSync(join(root, 'zonder.png')).length + 10_000);
  });

  it('refuses another kind of file before running', async () => {
    const r = await cli(['forecast', '--chart', 'c.pdf']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--chart c.pdf: de grafiek wordt .svg of .png');
  });
});
