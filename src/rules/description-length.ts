import { heuristic } from './basis.js';
import { lengthMessages, lengthOptions, lengthOutcome } from './length.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'description-length',
  description: 'The meta description (`description`, `summary` or `excerpt`) is long enough to inform and short enough to show whole.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Google may show the meta description as the snippet, and cuts it to fit the page; it sets no length, so the limits are where result pages cut.'),
  options: lengthOptions(120, 160),
  order: [['min', 'max']],
  messages: lengthMessages('description'),
  check({ meta }, { min, max }) {
    return [lengthOutcome(meta.description, meta.lines.description, min, max, 'warning')];
  },
});
