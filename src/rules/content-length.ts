import { defineRule } from './types.js';

export default defineRule({
  id: 'content-length',
  description: 'The text is long enough to rank: 300 words or more.',
  scope: 'document',
  defaultSeverity: 'error',
  defaultOptions: { min: 300, error: 100 },
  weight: 2,
  check({ stats }, { min, error }) {
    const what = `The text has ${stats.words} words`;
    if (stats.words < error) return [{ passed: false, level: 'error', message: `${what}: far too short; write at least ${min}` }];
    if (stats.words < min) return [{ passed: false, level: 'warning', message: `${what}: write at least ${min}` }];
    return [{ passed: true, message: `${what}, at least ${min}` }];
  },
});
