import { defineRule } from './types.js';
import { excerpt, percent } from './excerpt.js';

export default defineRule({
  id: 'transition-words',
  description: 'At least 30 % of sentences use a transition ("however", "as a result") to lead the reader on; texts of 200 words or more. English only.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { min: 30, minWords: 200 },
  weight: 1,
  check({ doc, stats, structure }, { min, minWords }) {
    const { sentences, transitionSentences } = structure;
    if (stats.words < minWords) return [{ passed: true, message: `The text has ${stats.words} words, too few to judge transitions (from ${minWords})` }];
    const what = `${transitionSentences} of ${sentences.length} sentences (${percent(transitionSentences, sentences.length, min)} %) use a transition word`;
    if (100 * transitionSentences >= min * sentences.length) return [{ passed: true, message: `${what}, at least ${min} %` }];
    // Point at the start of the longest run of sentences with no transition between them.
    let best = { first: 0, length: 0 };
    for (let i = 0; i < sentences.length; ) {
      if (sentences[i].transition) {
        i++;
        continue;
      }
      let j = i;
      while (j < sentences.length && !sentences[j].transition) j++;
      if (j - i > best.length) best = { first: i, length: j - i };
      i = j;
    }
    const start = sentences[best.first];
    return [
      {
        passed: false,
        message: `${what}: aim for ${min} %. The longest stretch without one, ${best.length} sentences, starts ${excerpt(doc, start.from, start.to, 6)}`,
        line: start.line,
        column: start.column,
      },
    ];
  },
});
