import type { Document } from './document.js';

/*
 * Text as a reader sees it, for occurrences and messages: the words as they read (an escape or an
 * entity resolved, code without its backticks) and what stands between them on the page (a
 * hyphen, a comma, a space; never Markdown syntax, a link's destination or a template tag).
 * While each block's words are read, document.ts keeps what stands between consecutive words
 * (Words.gaps); the text is made from those, never from the source.
 */

/** The words [from, to) as a reader sees them, with what joins them ("Trump-Putin meeting"). */
export function shownText(doc: Document, from: number, to: number): string {
  const { words } = doc;
  if (from >= to) return '';
  let text = words.surface(from);
  for (let k = from + 1; k < to; k++) text += (words.blocks[k] === words.blocks[k - 1] ? words.gap(k) : ' ') + words.surface(k);
  return text;
}

/** How long a quote in a message may be, in UTF-16 units, unless its first written word is longer. */
const MAX_CHARS = 120;

/**
 * A quote for messages: the words [from, to) as the reader sees them, cut at a word boundary
 * after at most `maxWords` written words (or `maxChars`), with "…" when cut, in “curly quotes”.
 */
export function excerpt(doc: Document, from: number, to: number, maxWords = 8, maxChars = MAX_CHARS): string {
  const { words } = doc;
  let end = from;
  let written = 0;
  let length = 0;
  for (let k = from; k < to; k++) {
    const piece = (k === from ? '' : words.blocks[k] === words.blocks[k - 1] ? words.gap(k) : ' ') + words.surface(k);
    if (words.wordStart(k) || k === from) {
      if (++written > maxWords) break;
      if (k > from && length + piece.length > maxChars) break;
    }
    length += piece.length;
    end = k + 1;
  }
  const cut = end < to;
  return `“${shownText(doc, from, end)}${cut ? '…' : ''}”`;
}
