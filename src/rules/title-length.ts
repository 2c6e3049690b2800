import { heuristic } from './basis.js';
import { lengthMessages, lengthOptions, lengthOutcome, type SnippetPart } from './length.js';
import { defineRule } from './types.js';

/** Google's desktop result page sets the title link in 20 px Arial and cuts it beyond 600 px (as Yoast measures it). */
const TITLE: SnippetPart = { name: 'title', sizePx: 20 };

export default defineRule({
  id: 'title-length',
  description: 'The article has a title (front matter `title` or an H1) that a desktop result page shows whole: 600 px at 20 px Arial.',
  scope: 'document',
  defaultSeverity: 'error',
  weight: 2,
  basis: heuristic('Google asks for a descriptive title on every page but sets no length; result pages cut long titles by their width, so the limit is where they cut (600 px, as Yoast measures).'),
  options: lengthOptions(30, 600, TITLE),
  messages: lengthMessages(TITLE),
  check({ meta }, { min, maxPixels }) {
    return [lengthOutcome(meta.title, meta.lines.title, min, maxPixels, TITLE, 'error')];
  },
});
