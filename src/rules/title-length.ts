import { heuristic } from './basis.js';
import { lengthMessages, lengthOptions, lengthOutcome } from './length.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'title-length',
  description: 'The article has a title (front matter `title` or an H1) that search results show whole.',
  scope: 'document',
  defaultSeverity: 'error',
  weight: 2,
  basis: heuristic('Google asks for a descriptive title on every page but sets no length; result pages cut long titles, so the limits are where they cut.'),
  options: lengthOptions(30, 60),
  order: [['min', 'max']],
  messages: lengthMessages('title'),
  check({ meta }, { min, max }) {
    return [lengthOutcome(meta.title, meta.lines.title, min, max, 'error')];
  },
});
