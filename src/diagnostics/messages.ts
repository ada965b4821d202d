// The shape of a language's message catalogue (src/messages/<lang>/diagnostics.ts): a message
// and a hint for every code of the catalogue. Messages and hints are templates: `{name}` is
// replaced by the diagnostic's parameter, and a segment in square brackets is shown only when
// all its parameters are non-empty.

import type { Code } from './catalogue.js';

export type DiagnosticMessages = { readonly [C in Code]: { readonly message: string; readonly hint: string } };
