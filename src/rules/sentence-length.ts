import { heuristic } from './basis.js';
import { excerpt, percent } from './excerpt.js';
import { count, share } from './options.js';
import { sentencePlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'sentence-length',
  description: 'Few sentences are long: at most 25 % have more than 20 words.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 2,
  basis: heuristic('Plain-language guides and readability research find long sentences harder to follow; 20 words and 25 % are the limits Yoast and Hemingway use.'),
  options: {
    max: count(20, 'A sentence with more words than this is long.', { integer: true, minimum: 1 }),
    share: share(25, 'The largest share of long sentences (%).'),
  },
  messages: {
    noSentences: 'There are no sentences to measure',
    fine: '{{long}} of {{sentences}} sentences ({{percent}} %) have more than {{max}} words, at most {{share}} %',
    tooMany: '{{long}} of {{sentences}} sentences ({{percent}} %) have more than {{max}} words: keep it to {{share}} %. The longest, {{words}} words: {{quote}}',
  },
  check({ doc, structure }, { max, share: limit }) {
    const { sentences } = structure;
    if (sentences.length === 0) return [{ passed: true, messageId: 'noSentences' }];
    const long = sentences.filter((s) => s.words > max);
    const data = { long: long.length, sentences: sentences.length, percent: percent(long.length, sentences.length, limit), max, share: limit };
    if (100 * long.length <= limit * sentences.length) return [{ passed: true, messageId: 'fine', data }];
    const worst = long.reduce((a, b) => (b.words > a.words ? b : a));
    return [{ passed: false, messageId: 'tooMany', data: { ...data, words: worst.words, quote: excerpt(doc, worst.from, worst.to) }, at: sentencePlace(doc, worst.from, worst.to) }];
  },
});
