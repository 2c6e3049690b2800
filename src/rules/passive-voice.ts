import { heuristic } from './basis.js';
import { excerpt, percent } from './excerpt.js';
import { needsStyle } from './judges.js';
import { share } from './options.js';
import { sentencePlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'passive-voice',
  description: 'Few sentences are in the passive voice: at most 10 %. Say who does what.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Style guides (plainlanguage.gov, The Economist) prefer the active voice, which says who acts; 10 % is the limit Yoast uses.'),
  options: { max: share(10, 'The largest share of sentences in the passive voice (%).') },
  messages: {
    noSentences: 'There are no sentences to measure',
    fine: '{{passive}} of {{sentences}} sentences ({{percent}} %) are in the passive voice, at most {{max}} %',
    tooMany: '{{passive}} of {{sentences}} sentences ({{percent}} %) are in the passive voice: keep it to {{max}} %. The longest: {{construction}} in {{quote}}',
  },
  judges: needsStyle('passive-voice rules'),
  check({ doc, structure }, { max }) {
    const { sentences, passiveSentences } = structure;
    if (sentences.length === 0) return [{ passed: true, messageId: 'noSentences' }];
    const data = { passive: passiveSentences, sentences: sentences.length, percent: percent(passiveSentences, sentences.length, max), max };
    if (100 * passiveSentences <= max * sentences.length) return [{ passed: true, messageId: 'fine', data }];
    // The longest passive sentence is the one most worth recasting.
    const worst = sentences.filter((s) => s.passive !== null).reduce((a, b) => (b.words > a.words ? b : a));
    const [from, to] = worst.passive!;
    return [
      {
        passed: false,
        messageId: 'tooMany',
        data: { ...data, construction: excerpt(doc, from, to), quote: excerpt(doc, worst.from, worst.to) },
        at: sentencePlace(doc, worst.from, worst.to),
      },
    ];
  },
});
