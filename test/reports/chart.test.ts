// The SVG chart: well-formed XML, self-contained, with the expected series.

import { readFileSync } from 'node:fs';
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

async function chart(scenario: string): Promise<string> {
  const { root } = folder({});
  const r = await cli(['forecast', '--scenario', join(process.cwd(), scenario), '--chart', 'c.svg'], { cwd: root });
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
});
