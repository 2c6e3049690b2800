import { defineRule } from './types.js';
import { lengthOutcome } from './length.js';

export default defineRule({
  id: 'title-length',
  description: 'The article has a title (front matter `title` or an H1) that search results show whole.',
  scope: 'document',
  defaultSeverity: 'error',
  defaultOptions: { min: 30, max: 60 },
  weight: 2,
  check({ meta }, { min, max }) {
    return [lengthOutcome('title', meta.title, meta.lines.title, min, max, 'error')];
  },
});
