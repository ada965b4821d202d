// Words that several renderers share.

import type { Lang } from '../money.js';

export const tr = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** How a scenario is named: its file, or that the data folder ran on the default assumptions. */
export const scenarioLabel = (s: { bestand: string | null }, lang: Lang) => s.bestand ?? tr(lang, 'standaardaannames', 'default assumptions');
