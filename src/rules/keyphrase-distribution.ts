import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-distribution',
  description: 'The keyphrase (or a synonym) recurs through the text: no stretch of more than half the sentences goes without it.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  defaultOptions: { maxGap: 50 },
  weight: 1,
  check(_facts, { maxGap }, kp) {
    const { sentences, sentencesWith, longestGap } = kp!.distribution;
    const phrase = `"${kp!.phrase}"`;
    if (sentences === 0) return [{ passed: true, message: 'The text has no sentences to spread the keyphrase over' }];
    if (sentencesWith === 0) {
      return [{ passed: false, message: `No sentence holds ${phrase} or a synonym: use it at the start, in the middle and towards the end` }];
    }
    const share = Math.round(100 * (longestGap.sentences / sentences));
    const stretch = `${longestGap.sentences} of ${sentences} sentences in a row (${share} %)`;
    if (share > maxGap) {
      const where = longestGap.fromLine === longestGap.toLine ? `line ${longestGap.fromLine}` : `lines ${longestGap.fromLine}–${longestGap.toLine}`;
      return [{ passed: false, message: `${stretch} go without ${phrase} (${where}): use it or a synonym there`, line: longestGap.fromLine ?? 1 }];
    }
    const longest = longestGap.sentences === 0 ? 'every sentence holds it' : `at most ${stretch} go without it`;
    return [{ passed: true, message: `${phrase} recurs through the text: ${longest}, within ${maxGap} %` }];
  },
});
