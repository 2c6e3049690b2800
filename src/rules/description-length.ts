import { heuristic } from './basis.js';
import { lengthMessages, lengthOptions, lengthOutcome, type SnippetPart } from './length.js';
import { defineRule } from './types.js';

/**
 * Google's desktop result page sets the description in 14 px Arial and shows about 920 px of it
 * (the figure commonly given; the measurements behind it are discussed in
 * measure/snippet-width.ts, which finds 990 px the better figure at 14 px: set `maxPixels`).
 */
const DESCRIPTION: SnippetPart = { name: 'description', sizePx: 14 };

export default defineRule({
  id: 'description-length',
  description: 'The meta description (`description`, `summary` or `excerpt`) is long enough to inform and narrow enough that a result page shows it whole: about 920 px at 14 px Arial.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Google may show the meta description as the snippet and cuts it by width; it sets no length, so the limits are where result pages cut.'),
  options: lengthOptions(120, 920, DESCRIPTION),
  messages: lengthMessages(DESCRIPTION),
  check({ meta }, { min, maxPixels }) {
    return [lengthOutcome(meta.description, meta.lines.description, min, maxPixels, DESCRIPTION, 'warning')];
  },
});
