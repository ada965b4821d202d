// `buig validate`: a data folder read and checked, or a scenario checked stage by stage as far
// as it gets (file, aanvalsplan, data, acties against the data).

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readDataFolder, type FileSummary } from '../read/dataFolder.js';
import { DEFAULT_DATA_DIR } from './defaults.js';
import type { Env } from './outcome.js';
import { prepareRun } from './prepare.js';

export function validate(env: Env, what: { data?: string; scenario?: string }): { diagnostics: Diagnostic[]; files: FileSummary[] } {
  if (what.scenario !== undefined) return { diagnostics: prepareRun(env, { scenario: what.scenario }, []).diagnostics, files: [] };
  return readDataFolder(what.data ?? DEFAULT_DATA_DIR, ['vangnet'], env.cwd);
}
