import { defineRule } from './types.js';

export default defineRule({
  id: 'subheading-distribution',
  description: 'Subheadings break the text up: no section runs over 300 words without one.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { max: 300 },
  weight: 2,
  check({ structure }, { max }) {
    const { sections } = structure;
    if (sections.length === 0) return [{ passed: true, message: 'There is no text to divide' }];
    const worst = sections.reduce((a, b) => (b.words > a.words ? b : a));
    if (worst.words <= max) {
      return [{ passed: true, message: `No section is over ${max} words (the longest has ${worst.words})`, line: worst.line }];
    }
    const long = sections.filter((s) => s.words > max).length;
    // Under an H1 (the title) or before any heading, the text is not yet under a subheading.
    const where =
      worst.level >= 2
        ? `the section under “${worst.heading}”`
        : sections.some((s) => s.level >= 2)
          ? 'the text before the first subheading'
          : 'the text, which has no subheadings,';
    const others = long > 1 ? ` (${long} sections are over ${max} words)` : '';
    return [
      {
        passed: false,
        message: `${where[0].toUpperCase()}${where.slice(1)} runs ${worst.words} words${others}: add a subheading at least every ${max} words`,
        line: worst.line,
      },
    ];
  },
});
