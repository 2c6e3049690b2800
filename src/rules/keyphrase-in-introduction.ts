import { heuristic } from './basis.js';
import { blockPlace } from './places.js';
import { foundWhat, orSynonym } from './placement.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-in-introduction',
  description: 'The first paragraph holds the keyphrase in one sentence, so readers know at once what the article is about.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  weight: 2,
  basis: heuristic('Readers decide from the first paragraph whether to stay; putting the topic there is an editorial convention that SEO plugins check.'),
  options: {},
  messages: {
    noParagraph: 'The article has no paragraph to introduce it',
    absent: 'Use {{target}} in a sentence of the first paragraph',
    found: 'The first paragraph holds {{what}} ({{how}})',
  },
  check({ doc }, _options, kp) {
    const first = doc.blocks.findIndex((b) => b.kind !== 'heading');
    if (first === -1) return [{ passed: false, messageId: 'noParagraph' }];
    const at = blockPlace(doc, first);
    if (!kp!.introduction.found) return [{ passed: false, messageId: 'absent', data: { target: orSynonym(kp!) }, at }];
    const how = kp!.introduction.exact ? 'as written' : 'all its words in one sentence';
    return [{ passed: true, messageId: 'found', data: { what: foundWhat(kp!, kp!.introduction), how }, at }];
  },
});
