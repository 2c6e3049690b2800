import { defineRule } from './types.js';
import { excerpt, percent } from './excerpt.js';

export default defineRule({
  id: 'passive-voice',
  description: 'Few sentences are in the passive voice: at most 10 %. Say who does what. English only.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { max: 10 },
  weight: 1,
  check({ doc, structure }, { max }) {
    const { sentences, passiveSentences } = structure;
    if (sentences.length === 0) return [{ passed: true, message: 'There are no sentences to measure' }];
    const what = `${passiveSentences} of ${sentences.length} sentences (${percent(passiveSentences, sentences.length, max)} %) are in the passive voice`;
    if (100 * passiveSentences <= max * sentences.length) return [{ passed: true, message: `${what}, at most ${max} %` }];
    // The longest passive sentence is the one most worth recasting.
    const worst = sentences.filter((s) => s.passive !== null).reduce((a, b) => (b.words > a.words ? b : a));
    const [from, to] = worst.passive!;
    return [
      {
        passed: false,
        message: `${what}: keep it to ${max} %. The longest: ${excerpt(doc, from, to)} in ${excerpt(doc, worst.from, worst.to)}`,
        line: worst.line,
        column: worst.column,
      },
    ];
  },
});
