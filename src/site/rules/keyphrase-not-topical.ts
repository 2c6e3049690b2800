import { defineSiteRule } from '../rule.js';
import type { SiteOutcome } from '../types.js';
import { unorderedKey } from './keyphrase-cannibalization.js';

export default defineSiteRule({
  id: 'keyphrase-not-topical',
  description: 'The keyphrase is among what the text is most about, by TF-IDF against the other articles of the run.',
  defaultSeverity: 'warning',
  recommended: true,
  scope: 'file',
  basis: {
    kind: 'heuristic',
    why: 'A keyphrase the text mentions no more than its neighbours do is a keyphrase the text is not about: search engines rank a page for what it is about, not for what it declares.',
  },
  messages: {
    notTopical: '"{{keyphrase}}" is not among what the text is about (its top phrases: {{top}}); write more about it, or choose a keyphrase the text is about',
  },
  options: {
    top: {
      type: 'number',
      default: 10,
      minimum: 1,
      integer: true,
      description: 'The keyphrase is topical when it is among this many top phrases, or each of its words among this many top words.',
    },
    minArticles: {
      type: 'number',
      default: 5,
      minimum: 2,
      integer: true,
      description: 'Other articles the run must hold: with fewer, inverse document frequencies mean nothing and the rule is skipped.',
    },
  },
  check(summaries, { top, minArticles }, ctx) {
    if (summaries.length - 1 < minArticles) return [];
    const phrases = ctx.phrases();
    const out: SiteOutcome[] = [];
    summaries.forEach((s, doc) => {
      if (s.keyphrases.length === 0) return;
      const ranked = phrases.ranked(doc);
      const topKeys = new Set(ranked.slice(0, top).map((p) => unorderedKey(p.key)));
      const topWords = new Set(phrases.topWords(doc, top));
      for (const kp of s.keyphrases) {
        const words = kp.key.split(' ').filter(Boolean);
        if (words.length === 0) continue;
        if (topKeys.has(unorderedKey(kp.key)) || words.every((w) => topWords.has(w))) continue;
        const best = phrases.suggestions(doc, 3).map((p) => `"${p.phrase}"`);
        out.push({
          messageId: 'notTopical',
          data: { keyphrase: kp.phrase, top: best.length > 0 ? best.join(', ') : 'none' },
          keyphrase: kp.phrase,
          files: [{ file: s.file, line: kp.line }],
        });
      }
    });
    return out;
  },
});
