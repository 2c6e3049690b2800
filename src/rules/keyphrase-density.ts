import { heuristic } from './basis.js';
import { count } from './options.js';
import { defineRule } from './types.js';

const APPEARS = '"{{phrase}}" appears {{count}} {{count|time|times}} in {{words}} {{words|word|words}} ({{density}} %)';

export default defineRule({
  id: 'keyphrase-density',
  description: 'The keyphrase appears often enough to be the topic, and not so often that it reads as stuffing.',
  scope: 'keyphrase',
  defaultSeverity: 'error',
  weight: 3,
  basis: heuristic('Google names keyword stuffing as spam but sets no density; 0.5–3 % is the range SEO plugins (Yoast) use.'),
  options: {
    min: count(0.5, 'Below this share of the words (%) is a warning.', { maximum: 100 }),
    max: count(3, 'Above this share (%) is a warning.', { maximum: 100 }),
    stuffing: count(4, 'Above this share (%) is an error: keyword stuffing.', { maximum: 100 }),
  },
  order: [['min', 'max', 'stuffing']],
  messages: {
    absent: '"{{phrase}}" does not appear in the text: use it at least once every {{every}} words',
    stuffing: `${APPEARS}: above {{stuffing}} % reads as keyword stuffing; use synonyms or fewer repetitions`,
    tooRare: `${APPEARS}: below {{min}} %; use it about {{needed}} times`,
    tooOften: `${APPEARS}: above {{max}} %; use it less often`,
    within: `${APPEARS}, within {{min}}–{{max}} %`,
  },
  check(facts, { min, max, stuffing }, kp) {
    const { count: n, density, phrase } = kp!;
    const words = facts.stats.words;
    if (n === 0) return [{ passed: false, level: 'error', messageId: 'absent', data: { phrase, every: Math.round(100 / Math.max(min, 0.01)) } }];
    const data = { phrase, count: n, words, density, min, max, stuffing };
    if (density > stuffing) return [{ passed: false, level: 'error', messageId: 'stuffing', data }];
    if (density < min) return [{ passed: false, level: 'warning', messageId: 'tooRare', data: { ...data, needed: Math.ceil((min * words) / 100) } }];
    if (density > max) return [{ passed: false, level: 'warning', messageId: 'tooOften', data }];
    return [{ passed: true, messageId: 'within', data }];
  },
});
