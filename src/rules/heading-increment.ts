import { defineRule, type Outcome } from './types.js';

export default defineRule({
  id: 'heading-increment',
  description: 'Heading levels go down one step at a time (H2 then H3, not H2 then H4), so the outline holds together.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: {},
  weight: 1,
  check({ doc }) {
    const failures: Outcome[] = [];
    let previous = 0;
    for (const b of doc.blocks) {
      if (b.kind !== 'heading') continue;
      if (previous > 0 && b.level > previous + 1) {
        failures.push({ passed: false, message: `H${previous} is followed by H${b.level} ("${b.plain}"): use H${previous + 1}`, line: b.line });
      }
      previous = b.level;
    }
    return failures.length > 0 ? failures : [{ passed: true, message: 'Heading levels never skip a step' }];
  },
});
