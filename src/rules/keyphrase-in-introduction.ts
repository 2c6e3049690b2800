import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-in-introduction',
  description: 'The first paragraph holds the keyphrase in one sentence, so readers know at once what the article is about.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  defaultOptions: {},
  weight: 2,
  check({ doc }, _options, kp) {
    const first = doc.blocks.find((b) => b.kind !== 'heading');
    if (first === undefined) return [{ passed: false, message: 'The article has no paragraph to introduce it' }];
    if (!kp!.introduction.found) {
      return [{ passed: false, message: `Use "${kp!.phrase}" in a sentence of the first paragraph`, line: first.line }];
    }
    const how = kp!.introduction.exact ? 'as written' : 'all its words in one sentence';
    return [{ passed: true, message: `The first paragraph holds "${kp!.phrase}" (${how})`, line: first.line }];
  },
});
