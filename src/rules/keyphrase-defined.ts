import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-defined',
  description: 'The article names the keyphrase it targets (`-k`, or `keyphrase` in front matter), so that the keyphrase checks can run.',
  scope: 'document',
  defaultSeverity: 'error',
  defaultOptions: {},
  weight: 3,
  check({ keyphrases }) {
    if (keyphrases.length === 0) {
      return [{ passed: false, message: 'No keyphrase: pass -k "phrase" or set `keyphrase` in the front matter' }];
    }
    const empty = keyphrases.find((k) => k.keys.length === 0);
    if (empty !== undefined) return [{ passed: false, message: `The keyphrase "${empty.phrase}" has no words to match` }];
    return [{ passed: true, message: `Keyphrases: ${keyphrases.map((k) => `"${k.phrase}"`).join(', ')}` }];
  },
});
