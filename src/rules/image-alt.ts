import { GOOGLE_IMAGES } from './basis.js';
import { defineRule, type Place } from './types.js';
import type { Image } from '../parse/markdown.js';

/** The whole image as written: `![alt](src)`, `<img …>` or its template tag. */
function placeOf(image: Image): Place {
  return { start: image.start, end: image.end };
}

/** Where the writer puts the alt text, in the syntax the image was written in. */
const HOW: Record<Image['origin'], string> = {
  markdown: '![…](…)',
  html: 'its alt="…" attribute',
  shortcode: 'the tag’s alt argument',
};

export default defineRule({
  id: 'image-alt',
  description: 'Every image has alt text, for readers who cannot see it and for image search.',
  scope: 'document',
  defaultSeverity: 'warning',
  weight: 1,
  basis: GOOGLE_IMAGES,
  options: {},
  messages: {
    noImages: 'There are no images',
    one: 'The image has alt text',
    all: 'All {{images}} images have alt text',
    missing: '{{which}} no alt text (of {{images}}); describe {{what}} in {{how}}',
  },
  check({ links }) {
    const { images, missingAlt } = links;
    if (images.length === 0) return [{ passed: true, messageId: 'noImages' }];
    if (missingAlt.length === 0) return [{ passed: true, messageId: images.length === 1 ? 'one' : 'all', data: { images: images.length }, at: placeOf(images[0]) }];
    const first = missingAlt[0];
    const which = missingAlt.length === 1 ? 'One image has' : `${missingAlt.length} images have`;
    const what = first.src === '' ? 'it' : `"${first.src}"`;
    return [{ passed: false, messageId: 'missing', data: { which, missing: missingAlt.length, images: images.length, what, how: HOW[first.origin] }, at: placeOf(first) }];
  },
});
