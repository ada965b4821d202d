// Help and commander's own messages in the language of the run: Dutch by default, English with
// --lang en, never a mix; usage errors exit 64.

import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

/** Commander's English words and phrases. */
const ENGLISH =
  /Usage:|Options:|Commands:|Arguments:|display help|output the version|choices:|default:|error:|unknown (option|command)|too many|missing required|not specified|argument missing|Did you mean|is invalid|Allowed choices|\[options\]|\[command\]|<file>|<dir>|<format>/i;
/**
 * Their Dutch counterparts: none of them may show under --lang en. (Argument names such as
 * `<verwachtingen>` are the commands' own, in either language.)
 */
const DUTCH = /Gebruik:|Opties:|Opdrachten:|Argumenten:|toon hulp|versienummer|keuzes?:|standaard:|fout:|onbekende|te veel|ontbreekt|bedoelde u|ongeldig|\[opties\]|\[opdracht\]|Zie buig/i;

const CASES: { name: string; argv: string[]; code: number }[] = [
  { name: 'buig --help', argv: ['--help'], code: 0 },
  { name: 'buig help forecast', argv: ['help', 'forecast'], code: 0 },
  { name: 'buig (no command)', argv: [], code: 64 },
  { name: 'buig forecast --help', argv: ['forecast', '--help'], code: 0 },
  { name: 'buig vangnet --help', argv: ['vangnet', '--help'], code: 0 },
  { name: 'buig compare --help', argv: ['compare', '--help'], code: 0 },
  { name: 'buig forecast --onbekend', argv: ['forecast', '--onbekend'], code: 64 },
  { name: 'buig forecast --scenaro x', argv: ['forecast', '--scenaro', 'x'], code: 64 },
  { name: 'buig vangnet (without --year)', argv: ['vangnet'], code: 64 },
  { name: 'buig forcast', argv: ['forcast'], code: 64 },
  { name: 'buig forecast extra', argv: ['forecast', 'extra'], code: 64 },
  { name: 'buig compare (no scenarios)', argv: ['compare'], code: 64 },
  { name: 'buig forecast --format xml', argv: ['forecast', '--format', 'xml'], code: 64 },
  { name: 'buig forecast --scenario (no value)', argv: ['forecast', '--scenario'], code: 64 },
];

describe('help and usage errors speak one language', () => {
  it.each(CASES)('$name: Dutch by default, no English commander words', async ({ argv, code }) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    const all = r.stdout + r.stderr;
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toMatch(ENGLISH);
  });

  it.each(CASES)('$name: English with --lang en, no Dutch', async ({ argv, code }) => {
    const r = await cli([...argv, '--lang', 'en']);
    expect(r.code).toBe(code);
    const all = r.stdout + r.stderr;
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toMatch(DUTCH);
  });

  it('says in Dutch what is wrong, and where to look', async () => {
    const help = await cli(['forecast', '--help']);
    expect(help.stdout).toContain('Gebruik: buig forecast [opties]');
    expect(help.stdout).toContain('Opties:');
    expect(help.stdout).toContain('-h, --help');
    expect(help.stdout).toMatch(/--format <formaat> +uitvoerformaat .*\(keuzes: "table",\s+"csv",\s+"csv-nl",\s+"json",\s+"md",\s+"xlsx"; standaard: "table"\)/s);
    const top = await cli(['--help']);
    expect(top.stdout).toContain('Opdrachten:');
    expect(top.stdout).toMatch(/help \[opdracht\] +toon hulp bij een opdracht/);
    expect(top.stdout).toMatch(/-V, --version +toon het versienummer/);

    expect((await cli(['forecast', '--onbekend'])).stderr).toBe("buig: fout: onbekende optie '--onbekend'\nZie buig forecast --help.\n");
    expect((await cli(['forecast', '--scenaro', 'x'])).stderr).toBe("buig: fout: onbekende optie '--scenaro' (bedoelde u --scenario?)\nZie buig forecast --help.\n");
    expect((await cli(['vangnet'])).stderr).toBe("buig: fout: verplichte optie '--year <jaar>' ontbreekt\nZie buig vangnet --help.\n");
    expect((await cli(['forcast'])).stderr).toBe("buig: fout: onbekende opdracht 'forcast' (bedoelde u forecast?)\nZie buig --help.\n");
    expect((await cli(['forecast', 'extra'])).stderr).toBe("buig: fout: te veel argumenten voor 'forecast': verwacht 0, gekregen 1\nZie buig forecast --help.\n");
    expect((await cli(['compare'])).stderr).toBe("buig: fout: verplicht argument 'scenario' ontbreekt\nZie buig compare --help.\n");
    expect((await cli(['forecast', '--format', 'xml'])).stderr).toBe(
      "buig: fout: optie '--format <formaat>': 'xml' is ongeldig; toegestaan: table, csv, csv-nl, json, md, xlsx\nZie buig forecast --help.\n",
    );
    expect((await cli(['forecast', '--scenario'])).stderr).toBe("buig: fout: optie '--scenario <bestand>' mist een waarde\nZie buig forecast --help.\n");
  });

  it('says it in English with --lang en', async () => {
    const help = await cli(['forecast', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('Usage: buig forecast [options]');
    expect(help.stdout).toContain('-h, --help         display help for command');
    expect((await cli(['forecast', '--onbekend', '--lang', 'en'])).stderr).toBe("buig: error: unknown option '--onbekend'\nSee buig forecast --help.\n");
    expect((await cli(['vangnet', '--lang', 'en'])).stderr).toBe("buig: error: required option '--year <jaar>' not specified\nSee buig vangnet --help.\n");
  });
});
