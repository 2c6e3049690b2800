/**
 * The front-matter keys the main site generators give meaning to, so that the parser (which must
 * say when one holds a list where text belongs) and measure/meta.ts (which reads them) agree.
 *
 * - Jekyll: title, description, excerpt, permalink, slug
 * - Hugo: title, description, summary, slug, url, keywords
 * - Eleventy: permalink
 * - Astro, Docusaurus: description, slug, keywords
 */

export const TITLE_KEY = 'title';
/** The first present wins: description is what jekyll-seo-tag and Hugo's templates prefer. */
export const DESCRIPTION_KEYS = ['description', 'summary', 'excerpt'];
export const SLUG_KEY = 'slug';
/** Jekyll and Eleventy name the page's path `permalink`, Hugo `url`. */
/** Jekyll's and Eleventy's `permalink`, Hugo's `url`, and the `path` of Zola and Gatsby. */
export const URL_KEYS = ['permalink', 'url', 'path'];
/** seo-check's own keys first, then the `keywords` of Hugo, Astro and Docusaurus. */
export const KEYPHRASE_KEYS = ['keyphrase', 'keyphrases', 'keywords'];

/** Keys whose value must be text: a list or a mapping there is a mistake, not a missing value. */
export const TEXT_KEYS = [TITLE_KEY, ...DESCRIPTION_KEYS, SLUG_KEY];

/**
 * The key of `data` that holds `name` (lower case): the key itself, else one spelt in other case.
 * Hugo lower-cases every front-matter key (`Title` is the title); Jekyll does not, but a `Title`
 * there is still what the writer meant.
 */
export function findKey(data: Record<string, unknown>, name: string): string | undefined {
  if (Object.hasOwn(data, name)) return name;
  for (const key of Object.keys(data)) if (key.toLowerCase() === name) return key;
  return undefined;
}
