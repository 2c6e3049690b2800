import { heuristic } from './basis.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-defined',
  description: 'The article names the keyphrase it targets (`-k`, or `keyphrase` in front matter), so that the keyphrase checks can run.',
  scope: 'document',
  defaultSeverity: 'error',
  weight: 3,
  basis: heuristic('Not a ranking factor: the keyphrase checks need a keyphrase to measure.'),
  options: {},
  messages: {
    none: 'No keyphrase: pass -k "phrase" or set `keyphrase` in the front matter',
    empty: 'The keyphrase "{{phrase}}" has no words to match',
    defined: 'Keyphrases: {{list}}',
  },
  check({ keyphrases, doc }) {
    const at = lineOf(doc.frontMatter.keyLines);
    if (keyphrases.length === 0) return [{ passed: false, messageId: 'none', at }];
    const empty = keyphrases.find((k) => k.keys.length === 0);
    if (empty !== undefined) return [{ passed: false, messageId: 'empty', data: { phrase: empty.phrase }, at }];
    return [{ passed: true, messageId: 'defined', data: { list: keyphrases.map((k) => `"${k.phrase}"`).join(', ') }, at }];
  },
});

/** The front-matter line that names the keyphrases, when one does; else line 1. */
function lineOf(keyLines: ReadonlyMap<string, number>): { line: number } {
  for (const key of ['keyphrase', 'keyphrases', 'keywords']) {
    const line = keyLines.get(key);
    if (line !== undefined) return { line };
  }
  return { line: 1 };
}
