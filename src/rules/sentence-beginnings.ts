import { defineRule } from './types.js';
import { excerpt } from './excerpt.js';

export default defineRule({
  id: 'sentence-beginnings',
  description: 'No more than two sentences in a row begin with the same word: vary how sentences start.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { max: 2 },
  weight: 1,
  check({ doc, structure }, { max }) {
    const runs = structure.beginnings.filter((r) => r.sentences > max);
    if (runs.length === 0) return [{ passed: true, message: `No more than ${max} sentences in a row begin with the same word` }];
    const worst = runs.reduce((a, b) => (b.sentences > a.sentences ? b : a));
    const first = structure.sentences[worst.first];
    const others = runs.length > 1 ? ` (${runs.length} such runs)` : '';
    return [
      {
        passed: false,
        message: `${worst.sentences} sentences in a row begin with “${worst.beginning}”${others}, from ${excerpt(doc, first.from, first.to, 6)}: vary them`,
        line: worst.line,
        column: worst.column,
      },
    ];
  },
});
