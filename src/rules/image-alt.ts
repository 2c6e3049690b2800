import { defineRule } from './types.js';

export default defineRule({
  id: 'image-alt',
  description: 'Every image has alt text, for readers who cannot see it and for image search.',
  scope: 'document',
  defaultSeverity: 'warning',
  defaultOptions: {},
  weight: 1,
  check({ links }) {
    const { images, missingAlt } = links;
    if (images.length === 0) return [{ passed: true, message: 'There are no images' }];
    if (missingAlt.length === 0) {
      const n = images.length === 1 ? 'The image has' : `All ${images.length} images have`;
      return [{ passed: true, message: `${n} alt text`, line: images[0].line }];
    }
    const first = missingAlt[0];
    const which = missingAlt.length === 1 ? 'One image has' : `${missingAlt.length} images have`;
    return [
      {
        passed: false,
        message: `${which} no alt text (of ${images.length}); describe ${first.src === '' ? 'it' : `"${first.src}"`} in ![…](…)`,
        line: first.line,
      },
    ];
  },
});
