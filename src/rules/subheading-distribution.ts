import { heuristic } from './basis.js';
import { count } from './options.js';
import { blockPlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'subheading-distribution',
  description: 'Subheadings break the text up: no section runs over 300 words without one.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 2,
  basis: heuristic('Subheadings let readers skim and find their place; Yoast asks for one at least every 300 words.'),
  options: { max: count(300, 'A section with more words than this needs a subheading.', { integer: true, minimum: 1 }) },
  messages: {
    noText: 'There is no text to divide',
    fine: 'No section is over {{max}} words (the longest has {{words}})',
    tooLong: '{{where}} runs {{words}} words{{others}}: add a subheading at least every {{max}} words',
  },
  check({ doc, structure }, { max }) {
    const { sections } = structure;
    if (sections.length === 0) return [{ passed: true, messageId: 'noText' }];
    const worst = sections.reduce((a, b) => (b.words > a.words ? b : a));
    const at = blockPlace(doc, worst.block);
    if (worst.words <= max) return [{ passed: true, messageId: 'fine', data: { max, words: worst.words }, at }];
    const long = sections.filter((s) => s.words > max).length;
    // Under an H1 (the title) or before any heading, the text is not yet under a subheading.
    const where =
      worst.level >= 2
        ? `the section under “${worst.heading}”`
        : sections.some((s) => s.level >= 2)
          ? 'the text before the first subheading'
          : 'the text, which has no subheadings,';
    const others = long > 1 ? ` (${long} sections are over ${max} words)` : '';
    return [{ passed: false, messageId: 'tooLong', data: { where: `${where[0].toUpperCase()}${where.slice(1)}`, words: worst.words, others, max, sections: long }, at }];
  },
});
