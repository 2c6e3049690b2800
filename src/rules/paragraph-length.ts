import { defineRule } from './types.js';
import { excerpt } from './excerpt.js';

export default defineRule({
  id: 'paragraph-length',
  description: 'No paragraph is over 150 words: a wall of text loses readers, on screens most of all.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { max: 150 },
  weight: 1,
  check({ doc, structure }, { max }) {
    const { paragraphs } = structure;
    if (paragraphs.length === 0) return [{ passed: true, message: 'There are no paragraphs to measure' }];
    const worst = paragraphs.reduce((a, b) => (b.words > a.words ? b : a));
    const long = paragraphs.filter((p) => p.words > max).length;
    if (long === 0) return [{ passed: true, message: `The longest paragraph has ${worst.words} words, at most ${max}`, line: worst.line }];
    const block = doc.blocks[worst.block];
    const many = long === 1 ? 'One paragraph has' : `${long} paragraphs have`;
    return [
      {
        passed: false,
        message: `${many} more than ${max} words; split the longest, ${worst.words} words: ${excerpt(doc, block.from, block.to)}`,
        line: worst.line,
      },
    ];
  },
});
