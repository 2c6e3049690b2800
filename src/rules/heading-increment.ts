import { heuristic } from './basis.js';
import { blockPlace } from './places.js';
import { defineRule, type Outcome } from './types.js';

export default defineRule({
  id: 'heading-increment',
  description: 'Heading levels go down one step at a time (H2 then H3, not H2 then H4), so the outline holds together.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('An outline without skipped levels reads well and serves screen readers (WCAG); search engines do not rank by it.'),
  options: {},
  messages: {
    steps: 'Heading levels never skip a step',
    skipped: 'H{{previous}} is followed by H{{level}} ("{{heading}}"): use H{{expected}}',
  },
  check({ doc }) {
    const failures: Outcome[] = [];
    let previous = 0;
    doc.blocks.forEach((b, i) => {
      if (b.kind !== 'heading') return;
      if (previous > 0 && b.level > previous + 1) {
        failures.push({ passed: false, messageId: 'skipped', data: { previous, level: b.level, heading: b.plain, expected: previous + 1 }, at: blockPlace(doc, i) });
      }
      previous = b.level;
    });
    return failures.length > 0 ? failures : [{ passed: true, messageId: 'steps' }];
  },
});
