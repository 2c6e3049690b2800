import { heuristic } from './basis.js';
import { excerpt, percent } from './excerpt.js';
import { needsStyle } from './judges.js';
import { count, share } from './options.js';
import { sentencePlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'transition-words',
  description: 'At least 30 % of sentences use a transition ("however", "as a result") to lead the reader on; texts of 200 words or more.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Transitions show how one sentence follows from the last; 30 % is the share Yoast asks for. Search engines do not count them.'),
  options: {
    min: share(30, 'The smallest share of sentences with a transition (%).'),
    minWords: count(200, 'Texts shorter than this are not judged.', { integer: true }),
  },
  messages: {
    tooShort: 'The text has {{words}} {{words|word|words}}, too few to judge transitions (from {{minWords}})',
    fine: '{{transitions}} of {{sentences}} sentences ({{percent}} %) use a transition word, at least {{min}} %',
    tooFew: '{{transitions}} of {{sentences}} sentences ({{percent}} %) use a transition word: aim for {{min}} %. The longest stretch without one, {{stretch}} sentences, starts {{quote}}',
  },
  judges: needsStyle('transition-word list'),
  check({ doc, stats, structure }, { min, minWords }) {
    const { sentences, transitionSentences } = structure;
    if (stats.words < minWords) return [{ passed: true, messageId: 'tooShort', data: { words: stats.words, minWords } }];
    const data = { transitions: transitionSentences, sentences: sentences.length, percent: percent(transitionSentences, sentences.length, min), min };
    if (100 * transitionSentences >= min * sentences.length) return [{ passed: true, messageId: 'fine', data }];
    // Point at the longest run of sentences with no transition between them.
    let best = { first: 0, length: 0 };
    for (let i = 0; i < sentences.length; ) {
      if (sentences[i].transition) {
        i++;
        continue;
      }
      let j = i;
      while (j < sentences.length && !sentences[j].transition) j++;
      if (j - i > best.length) best = { first: i, length: j - i };
      i = j;
    }
    const start = sentences[best.first];
    const end = sentences[best.first + best.length - 1];
    const at = sentencePlace(doc, start.from, end.to);
    return [{ passed: false, messageId: 'tooFew', data: { ...data, stretch: best.length, quote: excerpt(doc, start.from, start.to, 6) }, at }];
  },
});

