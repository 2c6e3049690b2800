import { heuristic } from './basis.js';
import { excerpt } from './excerpt.js';
import { count } from './options.js';
import { blockPlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'paragraph-length',
  description: 'No paragraph is over 150 words: a wall of text loses readers, on screens most of all.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Readers skim on screens and leave walls of text; 150 words is the limit Yoast uses.'),
  options: { max: count(150, 'A paragraph with more words than this is too long.', { integer: true, minimum: 1 }) },
  messages: {
    noParagraphs: 'There are no paragraphs to measure',
    fine: 'The longest paragraph has {{words}} {{words|word|words}}, at most {{max}}',
    tooLong: '{{many}} more than {{max}} words; split the longest, {{words}} words: {{quote}}',
  },
  check({ doc, structure }, { max }) {
    const { paragraphs } = structure;
    if (paragraphs.length === 0) return [{ passed: true, messageId: 'noParagraphs' }];
    const worst = paragraphs.reduce((a, b) => (b.words > a.words ? b : a));
    const at = blockPlace(doc, worst.block);
    const long = paragraphs.filter((p) => p.words > max).length;
    if (long === 0) return [{ passed: true, messageId: 'fine', data: { words: worst.words, max }, at }];
    const block = doc.blocks[worst.block];
    const many = long === 1 ? 'One paragraph has' : `${long} paragraphs have`;
    return [{ passed: false, messageId: 'tooLong', data: { many, long, max, words: worst.words, quote: excerpt(doc, block.from, block.to) }, at }];
  },
});
