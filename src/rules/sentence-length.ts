import { defineRule } from './types.js';
import { excerpt, percent } from './excerpt.js';

export default defineRule({
  id: 'sentence-length',
  description: 'Few sentences are long: at most 25 % have more than 20 words.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { max: 20, share: 25 },
  weight: 2,
  check({ doc, structure }, { max, share }) {
    const { sentences } = structure;
    if (sentences.length === 0) return [{ passed: true, message: 'There are no sentences to measure' }];
    const long = sentences.filter((s) => s.words > max);
    const what = `${long.length} of ${sentences.length} sentences (${percent(long.length, sentences.length, share)} %) have more than ${max} words`;
    if (100 * long.length <= share * sentences.length) return [{ passed: true, message: `${what}, at most ${share} %` }];
    const worst = long.reduce((a, b) => (b.words > a.words ? b : a));
    return [
      {
        passed: false,
        message: `${what}: keep it to ${share} %. The longest, ${worst.words} words: ${excerpt(doc, worst.from, worst.to)}`,
        line: worst.line,
        column: worst.column,
      },
    ];
  },
});
