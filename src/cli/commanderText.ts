// Commander in the language of the run. Its help titles, its own options and commands (help,
// version), the notes it adds to option descriptions (choices, default) and its error messages
// are English; here they are given in Dutch (the default) or kept in English with --lang en.
// Everything is set on the program before its subcommands are made, so they inherit it;
// only the hint after an error names its own command.

import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../money.js';
import { t, type Context } from './context.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

/** Placeholders of option flags, and commander's own usage words. */
const WORDS: Record<string, string> = {
  file: 'bestand',
  'file.svg': 'bestand.svg',
  'file.md': 'bestand.md',
  dir: 'map',
  'dir...': 'map...',
  format: 'formaat',
  lang: 'taal',
  options: 'opties',
  command: 'opdracht',
};

/** `--out <file>` -> `--out <bestand>`, `[options]` -> `[opties]` in Dutch; unchanged in English. */
function words(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.replace(/([<[])([\w.]+)([>\]])/g, (whole, open: string, word: string, close: string) => (WORDS[word] ? `${open}${WORDS[word]}${close}` : whole));
}

/** The notes after a description: `(keuzes: "nl", "en"; standaard: "nl")`. An empty list as default is not shown. */
function withNotes(description: string, notes: { choices?: readonly string[] | undefined; defaultValue?: unknown; defaultDescription?: string | undefined; showDefault: boolean }, lang: Lang): string {
  const extra: string[] = [];
  if (notes.choices) extra.push(`${t({ lang }, 'keuzes', 'choices')}: ${notes.choices.map((c) => JSON.stringify(c)).join(', ')}`);
  const emptyList = Array.isArray(notes.defaultValue) && notes.defaultValue.length === 0;
  if (notes.showDefault && notes.defaultValue !== undefined && !emptyList) {
    extra.push(`${t({ lang }, 'standaard', 'default')}: ${notes.defaultDescription || JSON.stringify(notes.defaultValue)}`);
  }
  if (!extra.length) return description;
  const joined = `(${extra.join(t({ lang }, '; ', ', '))})`;
  return description ? `${description} ${joined}` : joined;
}

/** Help texts, help and version options, the help command and error output, on the program. */
export function speakCommander(program: Command, ctx: Context, version: string): Command {
  const lang = ctx.lang;
  return program
    .version(version, '-V, --version', t(ctx, 'toon het versienummer', 'output the version number'))
    .helpOption('-h, --help', t(ctx, 'toon hulp bij de opdracht', 'display help for command'))
    .helpCommand(t(ctx, 'help [opdracht]', 'help [command]'), t(ctx, 'toon hulp bij een opdracht', 'display help for command'))
    .configureHelp({
      styleTitle: (title) => (lang === 'nl' ? (TITLES[title] ?? title) : title),
      commandUsage(this: Help, cmd: Command) {
        return words(Help.prototype.commandUsage.call(this, cmd), lang);
      },
      subcommandTerm(this: Help, cmd: Command) {
        return words(Help.prototype.subcommandTerm.call(this, cmd), lang);
      },
      optionTerm(this: Help, option: Option) {
        return words(Help.prototype.optionTerm.call(this, option), lang);
      },
      optionDescription: (option: Option) =>
        withNotes(
          option.description,
          {
            choices: option.argChoices,
            defaultValue: option.defaultValue,
            defaultDescription: option.defaultValueDescription,
            showDefault: option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'),
          },
          lang,
        ),
      argumentDescription: (argument: Argument) =>
        withNotes(argument.description, { choices: argument.argChoices, defaultValue: argument.defaultValue, defaultDescription: argument.defaultValueDescription, showDefault: true }, lang),
    })
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      outputError: (s, write) => write(`buig: ${t(ctx, 'fout', 'error')}: ${commanderMessage(s.trimEnd(), lang)}\n`),
    })
    .showHelpAfterError(t(ctx, 'Zie buig --help.', 'See buig --help.'));
}

/** After the subcommands are registered: the hint after a usage error names the command. */
export function hintPerCommand(program: Command, ctx: Context): void {
  for (const command of program.commands) {
    command.showHelpAfterError(t(ctx, `Zie buig ${command.name()} --help.`, `See buig ${command.name()} --help.`));
  }
}

/** `\n(Did you mean --scenario?)` -> ` (bedoelde u --scenario?)`. */
function suggestion(text: string | undefined, lang: Lang): string {
  const m = text === undefined ? null : /^\s*\(Did you mean (one of )?(.+)\?\)$/s.exec(text);
  if (!m) return '';
  return lang === 'nl' ? ` (bedoelde u ${m[1] ? 'een van ' : ''}${m[2]}?)` : ` (did you mean ${m[1] ?? ''}${m[2]}?)`;
}

/**
 * Commander's error message (commander 14) without its `error: ` prefix, in the language of the
 * run. A message not recognised here is shown as commander wrote it.
 */
export function commanderMessage(message: string, lang: Lang): string {
  const nl = lang === 'nl';
  const text = message.replace(/^error: /, '');
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+?)'(\n.*)?$/s.exec(text))) {
    return `${nl ? 'onbekende optie' : 'unknown option'} '${m[1]}'${suggestion(m[2], lang)}`;
  }
  if ((m = /^unknown command '(.+?)'(\n.*)?$/s.exec(text))) {
    return `${nl ? 'onbekende opdracht' : 'unknown command'} '${m[1]}'${suggestion(m[2], lang)}`;
  }
  if ((m = /^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) {
    const target = m[1] ? ` ${nl ? 'voor' : 'for'} '${m[1]}'` : '';
    return nl ? `te veel argumenten${target}: verwacht ${m[2]}, gekregen ${m[3]}` : `too many arguments${target}: expected ${m[2]}, got ${m[3]}`;
  }
  if ((m = /^missing required argument '(.+)'$/.exec(text))) {
    return nl ? `verplicht argument '${m[1]}' ontbreekt` : `missing required argument '${m[1]}'`;
  }
  if ((m = /^option '(.+)' argument missing$/.exec(text))) {
    return nl ? `optie '${words(m[1]!, lang)}' mist een waarde` : `option '${m[1]}' argument missing`;
  }
  if ((m = /^required option '(.+)' not specified$/.exec(text))) {
    return nl ? `verplichte optie '${words(m[1]!, lang)}' ontbreekt` : `required option '${m[1]}' not specified`;
  }
  if ((m = /^(option|command-argument value) '(.+?)' (?:argument '(.*)' is invalid|value '(.*)' from env '.+' is invalid|is invalid for argument '(.+)')\.\s*(.*)$/s.exec(text))) {
    if (!nl) return text;
    const choices = /^Allowed choices are (.+)\.$/.exec(m[6] ?? '');
    const why = choices ? `; toegestaan: ${choices[1]}` : m[6] ? ` (${m[6]})` : '';
    if (m[1] === 'option') return `optie '${words(m[2]!, lang)}': '${m[3] ?? m[4]}' is ongeldig${why}`;
    return `argument '${m[5]}': '${m[2]}' is ongeldig${why}`;
  }
  if ((m = /^(.+) cannot be used with (.+)$/.exec(text))) {
    if (!nl) return text;
    const dutch = (s: string) => words(s.replace(/^option /, 'optie ').replace(/^environment variable /, 'omgevingsvariabele '), lang);
    return `${dutch(m[1]!)} kan niet samen met ${dutch(m[2]!)}`;
  }
  return text;
}
