import type { Document } from '../parse/document.js';
import type { Image } from '../parse/markdown.js';
import { hasAllContentWords, type Phrase } from './phrase.js';
import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';

export interface LinkFacts {
  /** Relative links, and absolute ones on the site's host. */
  internal: number;
  /** Absolute http(s) links to other hosts. Jump links (#…), mailto: and the like are neither. */
  external: number;
  /** The host internal links are recognised by (front matter `site`, else the option), if any. */
  site: string | null;
  images: Image[];
  /** Images whose alt text is empty. */
  missingAlt: Image[];
  /** The keyphrases some alt text holds (all their content words, any order), as given. */
  keyphraseInAlt: string[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The host of a `site` value ("https://www.example.com/blog" or "example.com"), without "www.". */
export function siteHost(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const v = value.trim();
  try {
    const url = new URL(SCHEME.test(v) ? v : `https://${v}`);
    return url.hostname === '' ? null : url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

type Kind = 'internal' | 'external' | 'other';

function classify(href: string, site: string | null): Kind {
  if (href === '' || href.startsWith('#')) return 'other';
  const absolute = href.startsWith('//') ? `https:${href}` : SCHEME.test(href) ? href : null;
  if (absolute === null) return 'internal';
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return 'other';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'other';
  return site !== null && url.hostname.toLowerCase().replace(/^www\./, '') === site ? 'internal' : 'external';
}

/**
 * Counts links and images. `site` (a URL or host) comes from the options; the article's own
 * front matter `site` overrides it, as the more specific of the two.
 */
/** Whether a text (an alt text) holds a keyphrase. */
export type Holds = (text: string, phrase: Phrase) => boolean;

export function measureLinks(doc: Document, phrases: readonly Phrase[], holds: Holds, site?: string): LinkFacts {
  const host = siteHost(doc.frontMatter.data.site) ?? siteHost(site);
  let internal = 0;
  let external = 0;
  for (const link of doc.links) {
    const kind = classify(link.href, host);
    if (kind === 'internal') internal++;
    else if (kind === 'external') external++;
  }
  const alts = doc.images.map((i) => i.alt).filter((alt) => alt.trim() !== '');
  return {
    internal,
    external,
    site: host,
    images: doc.images,
    missingAlt: doc.images.filter((i) => i.alt.trim() === ''),
    keyphraseInAlt: phrases.filter((p) => alts.some((alt) => holds(alt, p))).map((p) => p.text),
  };
}
