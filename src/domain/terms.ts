// The fixed vocabularies of the input files: regelingen and budget phases, with the spellings
// people actually write in spreadsheets mapped onto them.

export const REGELINGEN = ['PW', 'IOAW', 'IOAZ', 'BBZ', 'LKS'] as const;
export type Regeling = (typeof REGELINGEN)[number];

const REGELING_ALIASES: Record<string, Regeling> = {
  pw: 'PW',
  participatiewet: 'PW',
  wwb: 'PW',
  bijstand: 'PW',
  ioaw: 'IOAW',
  ioaz: 'IOAZ',
  bbz: 'BBZ',
  'bbz 2004': 'BBZ',
  'bbz-levensonderhoud': 'BBZ',
  lks: 'LKS',
  loonkostensubsidie: 'LKS',
};

export function toRegeling(text: string): Regeling | undefined {
  return REGELING_ALIASES[text.trim().toLowerCase()];
}

/** Budget phases in the order they are published: the latest published phase wins. */
export const FASES = ['voorlopig', 'nader_voorlopig', 'definitief'] as const;
export type Fase = (typeof FASES)[number];

export function toFase(text: string): Fase | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (FASES as readonly string[]).includes(t) ? (t as Fase) : undefined;
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  const t = text.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(t, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(t.length / 3)) ? best : undefined;
}
