/*
 * Heading anchors as the site generators make them, so that a link's `#fragment` can be checked
 * against the headings it may point at. GitHub, Hugo (goldmark's default, `github`) and
 * kramdown's GFM mode lower-case the heading's text, drop punctuation and symbols, and turn each
 * space into a hyphen; a repeated anchor gets `-1`, `-2`… An explicit `{#id}` (kramdown, Hugo,
 * Docusaurus) wins and is not prose.
 */

const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;

/** Characters an anchor keeps: letters, marks, numbers, `-`, `_` and spaces (which become `-`). */
function kept(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f || code === 0x20;
  return LETTER_MARK_NUMBER.test(c);
}

/** GitHub's slug of a heading's text (github-slugger), without the repeat suffix. */
export function slug(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let from = 0;
  // Copies runs of kept characters at once; a space becomes `-`, anything else is dropped.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdbff;
    const c = surrogate ? lower.slice(i, i + 2) : lower[i];
    if (code !== 0x20 && kept(c)) {
      if (surrogate) i++;
      continue;
    }
    out += lower.slice(from, i) + (code === 0x20 ? '-' : '');
    from = i + (surrogate ? 2 : 1);
    if (surrogate) i++;
  }
  return out + lower.slice(from);
}

/** Gives each heading of one document its anchor, numbering repeats as GitHub does. */
export class Anchors {
  private readonly seen = new Map<string, number>();

  /** The anchor of the next heading: `explicit` when it has one, else its text's slug. */
  next(text: string, explicit?: string): string {
    if (explicit !== undefined) {
      this.seen.set(explicit, this.seen.get(explicit) ?? 0);
      return explicit;
    }
    const base = slug(text);
    let anchor = base;
    let n = this.seen.get(base);
    if (n !== undefined) {
      do anchor = `${base}-${++n}`;
      while (this.seen.has(anchor));
      this.seen.set(base, n);
    }
    this.seen.set(anchor, this.seen.get(anchor) ?? 0);
    return anchor;
  }
}

/**
 * An attribute list at the end of a heading's content (`## Title {#id .class key=value}`,
 * kramdown's `{: #id}`): where it starts in `content` and the id it gives; null when the content
 * ends otherwise. Read character by character: `{`, then space-separated `#id`, `.class` or
 * `key=value` (quoted or not) items, then `}` and nothing after but spaces.
 */
export function headingAttributes(content: string): { at: number; id: string | undefined } | null {
  let end = content.length;
  while (end > 0 && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
  if (end === 0 || content[end - 1] !== '}') return null;
  const open = content.lastIndexOf('{', end - 1);
  if (open === -1) return null;
  let i = open + 1;
  if (content[i] === ':') i++;
  let id: string | undefined;
  let items = 0;
  while (i < end - 1) {
    const c = content[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    let j = i;
    let quote = '';
    while (j < end - 1 && (quote !== '' || (content[j] !== ' ' && content[j] !== '\t'))) {
      if (quote === '' && (content[j] === '"' || content[j] === "'")) quote = content[j];
      else if (content[j] === quote) quote = '';
      if (content[j] === '{' || content[j] === '}') return null;
      j++;
    }
    const item = content.slice(i, j);
    if (item.startsWith('#') && item.length > 1) id = item.slice(1);
    else if (!(item.startsWith('.') && item.length > 1) && !/^[\w-]+=/.test(item)) return null;
    items++;
    i = j;
  }
  return items === 0 ? null : { at: open, id };
}
