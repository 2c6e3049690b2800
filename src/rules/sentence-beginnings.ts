import { heuristic } from './basis.js';
import { excerpt } from './excerpt.js';
import { needsStyle } from './judges.js';
import { count } from './options.js';
import { sentencePlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'sentence-beginnings',
  description: 'No more than two sentences in a row begin with the same word: vary how sentences start.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Sentences that all start alike read as monotonous; Yoast flags three in a row.'),
  options: { max: count(2, 'The most sentences in a row that may begin alike.', { integer: true, minimum: 1 }) },
  messages: {
    varied: 'No more than {{max}} sentences in a row begin with the same word',
    repeated: '{{sentences}} sentences in a row begin with “{{beginning}}”{{others}}, from {{quote}}: vary them',
  },
  judges: needsStyle('sentence-beginning rules'),
  check({ doc, structure }, { max }) {
    const runs = structure.beginnings.filter((r) => r.sentences > max);
    if (runs.length === 0) return [{ passed: true, messageId: 'varied', data: { max } }];
    const worst = runs.reduce((a, b) => (b.sentences > a.sentences ? b : a));
    const first = structure.sentences[worst.first];
    const last = structure.sentences[worst.first + worst.sentences - 1];
    // The other runs may begin with other words: say how many, not that they begin alike too.
    const more = runs.length - 1;
    const others = more === 0 ? '' : ` (and ${more} more run${more === 1 ? '' : 's'} of sentences that begin alike)`;
    return [
      {
        passed: false,
        messageId: 'repeated',
        data: { sentences: worst.sentences, beginning: worst.beginning, others, runs: runs.length, quote: excerpt(doc, first.from, first.to, 6), max },
        at: sentencePlace(doc, first.from, last.to),
      },
    ];
  },
});
