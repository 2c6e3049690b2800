import { heuristic } from './basis.js';
import { excerpt } from './excerpt.js';
import { needsReadingEase } from './judges.js';
import { count } from './options.js';
import { sentencePlace } from './places.js';
import { defineRule } from './types.js';
import { band, FORMULA_NAMES } from '../languages/reading-ease.js';

/**
 * Information by default: with `min` 0 it always passes and only reports the score, since the
 * right level depends on the audience. Set `min` (60 is plain English) to require one; scores
 * can fall below 0, so 0 is the one value that means "no minimum". The score is the article's
 * language's own adaptation of Flesch's formula (Amstad for German, Fernández Huerta for Spanish…).
 */
export default defineRule({
  id: 'flesch-reading-ease',
  description:
    "Reports the reading ease by the formula made for the article's language (Flesch for English, Amstad for German…; higher is easier); requires a minimum only when `min` is set above 0.",
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Readability formulas from 1948 on, fitted to school texts; a rough guide to effort, not something search engines measure.'),
  options: { min: count(0, 'The lowest acceptable score; 0 reports the score without requiring one.', { maximum: 121 }) },
  messages: {
    noText: 'There is no text to score',
    info: '{{formula}} reading ease is {{score}} ({{band}}); information only, as no minimum is set',
    fine: '{{formula}} reading ease is {{score}} ({{band}}), at least {{min}}',
    tooHard: '{{formula}} reading ease is {{score}} ({{band}}): aim for {{min}} or more',
    tooHardAt: '{{formula}} reading ease is {{score}} ({{band}}): aim for {{min}} or more. The hardest sentence: {{quote}}',
  },
  judges: needsReadingEase,
  check({ doc, readability, structure, language }, { min }) {
    const ease = language.readingEase!;
    const value = readability.readingEase?.score ?? null;
    if (value === null) return [{ passed: true, messageId: 'noText' }];
    const data = { formula: FORMULA_NAMES[ease.formula], score: value.toFixed(1), band: band(ease, value), min };
    if (min <= 0) return [{ passed: true, messageId: 'info', data }];
    if (value >= min) return [{ passed: true, messageId: 'fine', data }];
    // The hardest sentence by the same formula, headings aside.
    let worst = -1;
    let worstScore = Infinity;
    structure.sentences.forEach((s, i) => {
      if (s.heading) return;
      const score = ease.score({ words: s.words, sentences: 1, syllables: readability.counts.sentenceSyllables[i], letters: 0 });
      if (score < worstScore) {
        worst = i;
        worstScore = score;
      }
    });
    if (worst === -1) return [{ passed: false, messageId: 'tooHard', data }];
    const s = structure.sentences[worst];
    return [{ passed: false, messageId: 'tooHardAt', data: { ...data, quote: excerpt(doc, s.from, s.to) }, at: sentencePlace(doc, s.from, s.to) }];
  },
});
