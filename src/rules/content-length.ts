import { heuristic } from './basis.js';
import { count } from './options.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'content-length',
  description: 'The text is long enough to rank: 300 words or more.',
  scope: 'document',
  defaultSeverity: 'error',
  weight: 2,
  basis: heuristic('Google sets no minimum length; 300 words is the floor SEO plugins (Yoast) use for a post to cover its topic.'),
  options: {
    min: count(300, 'Fewer words than this is a warning.', { integer: true }),
    error: count(100, 'Fewer words than this is an error.', { integer: true }),
  },
  order: [['error', 'min']],
  messages: {
    farTooShort: 'The text has {{words}} {{words|word|words}}: far too short; write at least {{min}}',
    tooShort: 'The text has {{words}} {{words|word|words}}: write at least {{min}}',
    enough: 'The text has {{words}} {{words|word|words}}, at least {{min}}',
  },
  check({ stats }, { min, error }) {
    const data = { words: stats.words, min };
    if (stats.words < error) return [{ passed: false, level: 'error', messageId: 'farTooShort', data }];
    if (stats.words < min) return [{ passed: false, level: 'warning', messageId: 'tooShort', data }];
    return [{ passed: true, messageId: 'enough', data }];
  },
});
