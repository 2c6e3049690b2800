import { heuristic } from './basis.js';
import { blockPlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'single-h1',
  description: 'The page has one H1; a front-matter title is the H1 when the body has none.',
  scope: 'document',
  defaultSeverity: 'error',
  weight: 2,
  basis: heuristic('Google says several H1s do not hurt a page; one H1 is the editorial convention that keeps the outline clear.'),
  options: {},
  messages: {
    one: 'One H1',
    none: 'No H1 (title-length asks for a title)',
    second: 'A second H1 ("{{heading}}"): make it an H2',
  },
  check({ doc, meta }) {
    const h1s = doc.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []));
    // With a front-matter title, most site generators render it as the H1 above the body.
    const titleIsH1 = meta.titleFrom === 'front-matter';
    const total = h1s.length + (titleIsH1 && h1s.length === 0 ? 1 : 0);
    if (total <= 1) return [{ passed: true, messageId: total === 1 ? 'one' : 'none' }];
    return h1s.slice(1).map((i) => ({ passed: false, messageId: 'second', data: { heading: doc.blocks[i].plain }, at: blockPlace(doc, i) }));
  },
});
