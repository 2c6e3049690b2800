import { defineRule } from './types.js';
import { lengthOutcome } from './length.js';

export default defineRule({
  id: 'description-length',
  description: 'The meta description (`description`, `summary` or `excerpt`) is long enough to inform and short enough to show whole.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: { min: 120, max: 160 },
  weight: 1,
  check({ meta }, { min, max }) {
    return [lengthOutcome('description', meta.description, meta.lines.description, min, max, 'warning')];
  },
});
