import { defineRule } from './types.js';
import { orSynonym } from './placement.js';

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
      return [{ passed: false, message: `Use ${orSynonym(kp!)} in a sentence of the first paragraph`, line: first.line }];
    }
    const { exact, via } = kp!.introduction;
    const how = exact ? 'as written' : 'all its words in one sentence';
    const what = via === undefined ? `"${kp!.phrase}"` : `"${kp!.phrase}" through its synonym "${via}"`;
    return [{ passed: true, message: `The first paragraph holds ${what} (${how})`, line: first.line }];
  },
});
