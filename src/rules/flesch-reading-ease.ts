import { defineRule } from './types.js';
import { excerpt } from './excerpt.js';
import { easeBand } from '../measure/readability.js';

/**
 * Information by default: with `min` 0 it always passes and only reports the score, since the
 * right level depends on the audience. Set `min` (60 is plain English) to require one; scores
 * can fall below 0, so 0 is the one value that means "no minimum".
 */
export default defineRule({
  id: 'flesch-reading-ease',
  description: 'Reports the Flesch reading ease (0–100, higher is easier); requires a minimum only when `min` is set above 0.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { min: 0 },
  weight: 1,
  check({ doc, readability, structure }, { min }) {
    const score = readability.scores.fleschReadingEase;
    if (score === null) return [{ passed: true, message: 'There is no text to score' }];
    const what = `Flesch reading ease is ${score.toFixed(1)} (${easeBand(score)})`;
    if (min <= 0) return [{ passed: true, message: `${what}; information only, as no minimum is set` }];
    if (score >= min) return [{ passed: true, message: `${what}, at least ${min}` }];
    // The hardest sentence by the same formula, headings aside.
    let worst = -1;
    let worstScore = Infinity;
    structure.sentences.forEach((s, i) => {
      if (s.heading) return;
      const ease = 206.835 - 1.015 * s.words - (84.6 * readability.counts.sentenceSyllables[i]) / s.words;
      if (ease < worstScore) {
        worst = i;
        worstScore = ease;
      }
    });
    if (worst === -1) return [{ passed: false, message: `${what}: aim for ${min} or more` }];
    const s = structure.sentences[worst];
    return [
      {
        passed: false,
        message: `${what}: aim for ${min} or more. The hardest sentence: ${excerpt(doc, s.from, s.to)}`,
        line: s.line,
        column: s.column,
      },
    ];
  },
});
