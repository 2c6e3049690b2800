import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-density',
  description: 'The keyphrase appears often enough to be the topic, and not so often that it reads as stuffing.',
  scope: 'keyphrase',
  defaultSeverity: 'error',
  defaultOptions: { min: 0.5, max: 3, stuffing: 4 },
  weight: 3,
  check(facts, { min, max, stuffing }, kp) {
    const { count, density } = kp!;
    const words = facts.stats.words;
    const what = `"${kp!.phrase}" appears ${count} time${count === 1 ? '' : 's'} in ${words} words (${density} %)`;
    if (count === 0) {
      return [{ passed: false, level: 'error', message: `"${kp!.phrase}" does not appear in the text: use it at least once every ${Math.round(100 / Math.max(min, 0.01))} words` }];
    }
    if (density > stuffing) {
      return [{ passed: false, level: 'error', message: `${what}: above ${stuffing} % reads as keyword stuffing; use synonyms or fewer repetitions` }];
    }
    if (density < min) {
      const needed = Math.ceil((min * words) / 100);
      return [{ passed: false, level: 'warning', message: `${what}: below ${min} %; use it about ${needed} times` }];
    }
    if (density > max) {
      return [{ passed: false, level: 'warning', message: `${what}: above ${max} %; use it less often` }];
    }
    return [{ passed: true, message: `${what}, within ${min}–${max} %` }];
  },
});
