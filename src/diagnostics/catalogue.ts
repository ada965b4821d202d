// The catalogue of diagnostic codes: every code, its severity and its kind. Codes are stable:
// users search for them and CI scripts match on them. Never reuse or renumber a code; retire it
// instead. test/diagnostics/catalogue.test.ts runs the CLI on a reproducer of every code and
// checks that together they emit every code here.
//
// The words are not here: each language has its own message catalogue, src/messages/nl and
// src/messages/en (diagnostics.ts), and the compiler checks that each has every code.

export type Severity = 'error' | 'warning';

export interface CodeEntry {
  severity: Severity;
  /** What kind of problem: 'open' problems make a command exit 66, other errors 65. */
  kind: 'open' | 'data';
}

export const CATALOGUE = {
  'BUIG-E001': { severity: 'error', kind: 'open' },
  'BUIG-E002': { severity: 'error', kind: 'data' },
  'BUIG-E003': { severity: 'error', kind: 'data' },
  'BUIG-E004': { severity: 'error', kind: 'data' },
  'BUIG-E005': { severity: 'error', kind: 'data' },
  'BUIG-W006': { severity: 'warning', kind: 'data' },
  'BUIG-E007': { severity: 'error', kind: 'data' },
  'BUIG-E008': { severity: 'error', kind: 'data' },
  'BUIG-E009': { severity: 'error', kind: 'data' },
  'BUIG-E010': { severity: 'error', kind: 'data' },
  'BUIG-E011': { severity: 'error', kind: 'data' },
  'BUIG-E012': { severity: 'error', kind: 'data' },
  'BUIG-E013': { severity: 'error', kind: 'data' },
  'BUIG-E014': { severity: 'error', kind: 'data' },
  'BUIG-E015': { severity: 'error', kind: 'data' },
  'BUIG-E016': { severity: 'error', kind: 'data' },
  'BUIG-E017': { severity: 'error', kind: 'data' },
  'BUIG-E018': { severity: 'error', kind: 'data' },
  'BUIG-W019': { severity: 'warning', kind: 'data' },
  'BUIG-E020': { severity: 'error', kind: 'data' },
  'BUIG-W021': { severity: 'warning', kind: 'data' },
  'BUIG-E022': { severity: 'error', kind: 'data' },
  'BUIG-W023': { severity: 'warning', kind: 'data' },
  'BUIG-W024': { severity: 'warning', kind: 'data' },
  'BUIG-E025': { severity: 'error', kind: 'data' },
  'BUIG-W026': { severity: 'warning', kind: 'data' },
  'BUIG-E027': { severity: 'error', kind: 'data' },
  'BUIG-W028': { severity: 'warning', kind: 'data' },
  'BUIG-E029': { severity: 'error', kind: 'open' },
  'BUIG-W030': { severity: 'warning', kind: 'data' },
  'BUIG-W031': { severity: 'warning', kind: 'data' },
  'BUIG-E032': { severity: 'error', kind: 'data' },
  'BUIG-E033': { severity: 'error', kind: 'data' },
  'BUIG-E034': { severity: 'error', kind: 'data' },
  'BUIG-E040': { severity: 'error', kind: 'data' },
  'BUIG-E041': { severity: 'error', kind: 'data' },
  'BUIG-E042': { severity: 'error', kind: 'data' },
  'BUIG-E043': { severity: 'error', kind: 'data' },
  'BUIG-E044': { severity: 'error', kind: 'data' },
  'BUIG-E045': { severity: 'error', kind: 'data' },
  'BUIG-E055': { severity: 'error', kind: 'data' },
  'BUIG-E050': { severity: 'error', kind: 'data' },
  'BUIG-E051': { severity: 'error', kind: 'data' },
  'BUIG-E052': { severity: 'error', kind: 'data' },
  'BUIG-E053': { severity: 'error', kind: 'data' },
  'BUIG-E054': { severity: 'error', kind: 'data' },
  'BUIG-E060': { severity: 'error', kind: 'data' },
  'BUIG-E061': { severity: 'error', kind: 'data' },
  'BUIG-E070': { severity: 'error', kind: 'data' },
  'BUIG-E071': { severity: 'error', kind: 'data' },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CATALOGUE;
