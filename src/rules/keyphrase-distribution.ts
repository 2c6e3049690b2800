import { heuristic } from './basis.js';
import { share } from './options.js';
import { longestGap as longestGapOf } from '../measure/distribution.js';
import { sentencesPlace } from './places.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-distribution',
  description: 'The keyphrase (or a synonym) recurs through the text: no stretch of more than half the sentences goes without it.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('A text that keeps to its topic returns to it throughout; Yoast checks the same spread.'),
  options: { maxGap: share(50, 'The longest run of sentences without the keyphrase, as a share of all sentences (%).') },
  messages: {
    noSentences: 'The text has no sentences to spread the keyphrase over',
    absent: 'No sentence holds "{{phrase}}" or a synonym: use it at the start, in the middle and towards the end',
    gap: '{{gap}} of {{sentences}} sentences in a row ({{share}} %) go without "{{phrase}}" ({{where}}): use it or a synonym there',
    spread: '"{{phrase}}" recurs through the text: every sentence holds it, within {{maxGap}} %',
    spreadGap: '"{{phrase}}" recurs through the text: at most {{gap}} of {{sentences}} sentences in a row ({{share}} %) go without it, within {{maxGap}} %',
  },
  check({ doc }, { maxGap }, kp) {
    const { phrase } = kp!;
    const { sentences, sentencesWith, longestGap } = kp!.distribution;
    if (sentences === 0) return [{ passed: true, messageId: 'noSentences' }];
    if (sentencesWith === 0) return [{ passed: false, messageId: 'absent', data: { phrase } }];
    const gapShare = Math.round(100 * (longestGap.sentences / sentences));
    const data = { phrase, gap: longestGap.sentences, sentences, share: gapShare, maxGap };
    if (gapShare > maxGap) {
      const where = longestGap.fromLine === longestGap.toLine ? `line ${longestGap.fromLine}` : `lines ${longestGap.fromLine}–${longestGap.toLine}`;
      const gap = longestGapOf(kp!.sentencesWith, sentences);
      return [{ passed: false, messageId: 'gap', data: { ...data, where }, at: sentencesPlace(doc, gap.first, gap.first + gap.sentences) }];
    }
    return [{ passed: true, messageId: longestGap.sentences === 0 ? 'spread' : 'spreadGap', data }];
  },
});
