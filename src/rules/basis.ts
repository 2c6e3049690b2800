import type { Basis } from './types.js';

/*
 * Where each check's authority comes from (issue 13): Google's Search Central documentation for
 * the few things it says matter, and editorial convention for the rest.
 */

export const GOOGLE_TITLE: Basis = {
  kind: 'google',
  url: 'https://developers.google.com/search/docs/appearance/title-link',
  why: 'Google asks for a descriptive, concise title element unique to each page, and builds the title link of a result from it.',
};

export const GOOGLE_SNIPPET: Basis = {
  kind: 'google',
  url: 'https://developers.google.com/search/docs/appearance/snippet',
  why: 'Google may use the meta description for the snippet under a result when it describes the page better than the text does.',
};

export const GOOGLE_IMAGES: Basis = {
  kind: 'google',
  url: 'https://developers.google.com/search/docs/appearance/google-images',
  why: 'Google uses alt text, with the text around an image, to understand what the image shows.',
};

export const GOOGLE_LINKS: Basis = {
  kind: 'google',
  url: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
  why: 'Google finds pages through links and reads their anchor text; every page worth finding should be linked from another.',
};

/** An editorial convention: `why` says whose and why it still helps. */
export function heuristic(why: string): Basis {
  return { kind: 'heuristic', why };
}
