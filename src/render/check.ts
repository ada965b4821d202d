// A failed expectation, like a failed balance assertion: expected, actual and the difference.

import { formatNumber, type Lang } from '../money.js';
import type { Deviation } from '../report/check.js';
import { tr } from './words.js';

export function renderDeviations(file: string, deviations: readonly Deviation[], lang: Lang): string {
  return deviations
    .map(({ e, actual, difference }) => {
      const shown = typeof actual === 'boolean' ? (actual ? tr(lang, 'ja', 'true') : tr(lang, 'nee', 'false')) : (actual ?? 'null');
      const lines = [
        `${file}:${e.line}: ${tr(lang, 'verwachting klopt niet', 'expectation does not hold')}: ${e.jaar} ${e.grootheid} (scenario ${e.scenario})`,
        `  ${tr(lang, 'verwacht ', 'expected ')}: ${e.verwacht}`,
        `  ${tr(lang, 'werkelijk', 'actual   ')}: ${shown}`,
      ];
      if (difference) {
        const amount = formatNumber(difference.abs(), Math.max(2, difference.decimalPlaces()), lang);
        const more = difference.isPositive() ? tr(lang, 'te veel', 'too much') : tr(lang, 'te weinig', 'too little');
        lines.push(
          `  ${tr(lang, 'verschil ', 'difference')}: ${difference.isPositive() ? '+' : '-'}${amount} (${amount} ${more}; ${tr(lang, 'tolerantie', 'tolerance')} ${e.tolerantie?.toString() ?? '0'})`,
        );
      }
      return lines.join('\n') + '\n';
    })
    .join('');
}
