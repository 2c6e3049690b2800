import { defineRule } from './types.js';

export default defineRule({
  id: 'single-h1',
  description: 'The page has one H1; a front-matter title is the H1 when the body has none.',
  scope: 'document',
  defaultSeverity: 'error',
  defaultOptions: {},
  weight: 2,
  check({ doc, meta }) {
    const h1s = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    // With a front-matter title, most site generators render it as the H1 above the body.
    const titleIsH1 = meta.titleFrom === 'front-matter';
    const total = h1s.length + (titleIsH1 && h1s.length === 0 ? 1 : 0);
    if (total <= 1) return [{ passed: true, message: total === 1 ? 'One H1' : 'No H1 (title-length asks for a title)' }];
    return h1s.slice(1).map((h) => ({ passed: false, message: `A second H1 ("${h.plain}"): make it an H2`, line: h.line }));
  },
});
