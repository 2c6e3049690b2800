import { foldDiacritics } from '../text/fold.js';

/**
 * The fragments a link may name: heading anchors as the generators make them (the parse layer,
 * src/parse/anchors.ts, gives each heading GitHub's; kramdown's are made here) and the ids of
 * HTML elements. A link's fragment is judged found when it is any of them, compared loosely (see `looseAnchor`): seo-check cannot know which generator and
 * which slug settings a site uses, and a false "broken anchor" costs more than a missed one.
 */

/** kramdown's auto id (Jekyll's default): ASCII letters, digits, spaces and dashes; leading non-letters dropped. */
export function kramdownSlug(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/^[^a-z]+/, '')
    .replace(/ /g, '-');
}

/** Letters and digits only, lower case and without diacritics: what every slug scheme keeps. */
export function looseAnchor(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a fragment could be a generated heading slug: lower-case letters, digits, `-` and `_`.
 * One with capitals or dots (`#TOC_4.1`, `#GobEncoder`) may be an id a layout or a script makes,
 * which seo-check cannot see (it sees only the article's own HTML ids), so it is never reported.
 */
export function slugLike(fragment: string): boolean {
  return /^[\p{Ll}\p{Lo}\p{N}\p{M}_-]+$/u.test(fragment);
}

/**
 * Whether `loose` (a fragment's loose form) is a heading's loose form `heading` with something
 * appended that makes up at most 40 % of it: slug schemes add what a plain reading of the heading
 * leaves out (emoji names, "🦀" → "crab"; a domain markdown-it linkifies out of the heading text).
 */
export function extendsHeading(loose: string, heading: string): boolean {
  return heading.length > 0 && loose.startsWith(heading) && heading.length >= 0.6 * loose.length;
}

/** Fragments that need no heading: the empty one and `top` scroll to the top (HTML's rule). */
export function selfEvidentFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

/** A heading's fragments, as `anchorForms` reads them. */
export interface AnchorForms {
  /** Loose forms of its anchor and of its GitHub and kramdown slugs, repeats numbered. */
  exact: Set<string>;
  /**
   * Loose forms of headings holding emoji or other symbols, which slug schemes spell out in words
   * ("🦀" → "crab"): a fragment that starts with one of these is that heading.
   */
  open: string[];
}

const SYMBOL = /[\p{S}\p{Extended_Pictographic}]/u;

/**
 * Every loose form the fragment of one of `headings` may take, and the `ids` of HTML elements
 * (`<div id>`, `<a name>`), which a browser scrolls to as it does to a heading.
 */
export function anchorForms(headings: ReadonlyArray<{ text: string; anchor: string | null }>, ids: readonly string[] = []): AnchorForms {
  const exact = new Set<string>();
  for (const id of ids) if (looseAnchor(id) !== '') exact.add(looseAnchor(id));
  const open: string[] = [];
  const seen = new Map<string, number>();
  for (const h of headings) {
    if (h.anchor !== null) exact.add(looseAnchor(h.anchor));
    const loose = looseAnchor(h.text);
    if (loose === '') continue;
    const n = seen.get(loose) ?? 0;
    seen.set(loose, n + 1);
    exact.add(n === 0 ? loose : `${loose}${n}`);
    exact.add(looseAnchor(kramdownSlug(h.text)) + (n === 0 ? '' : String(n)));
    if (SYMBOL.test(h.text)) open.push(loose);
  }
  return { exact, open };
}

/** Whether a fragment's loose form names one of the headings whose forms these are. */
export function hasAnchor(forms: AnchorForms, loose: string): boolean {
  if (forms.exact.has(loose)) return true;
  if (forms.open.some((h) => loose.startsWith(h))) return true;
  for (const f of forms.exact) if (extendsHeading(loose, f)) return true;
  return false;
}
