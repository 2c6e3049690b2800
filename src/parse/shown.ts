import type { Document } from './document.js';

/*
 * Text as a reader sees it, for occurrences and messages: the words as they read (an escape or an
 * entity resolved, code without its backticks) and what stands between them on the page (a
 * hyphen, a comma, a space; never Markdown syntax, a link's destination or a template tag).
 * While each block's words are read, document.ts keeps what stands between consecutive words
 * (Words.gaps); the text is made from those, never from the source.
 */

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/**
 * What a reader sees of a block's prose string `text[from, to)` between two words: white space as
 * one space, a BREAK as what it shows (`shown`: a bare URL's text) or as a space.
 */
export function visibleGap(text: string, from: number, to: number, shown: ReadonlyArray<readonly [number, string]>): string {
  // Most gaps (", ", ". ", "-") are already as shown: single spaces, no BREAK.
  let plain = true;
  for (let i = from; i < to && plain; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffc || (isSpace(c) && (c !== 0x20 || (i > from && text.charCodeAt(i - 1) === 0x20)))) plain = false;
  }
  if (plain) return to - from === 1 ? text[from] : text.slice(from, to);
  let out = '';
  let space = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let piece: string;
    // BREAK: an image, a URL or a template tag stood there.
    if (c === 0xfffc) {
      piece = shownAt(shown, i);
      if (piece === '') {
        space = true;
        continue;
      }
    } else if (isSpace(c)) {
      space = true;
      continue;
    } else piece = text[i];
    if (space) out += ' ';
    space = false;
    out += piece;
  }
  return space ? `${out} ` : out;
}

function shownAt(shown: ReadonlyArray<readonly [number, string]>, at: number): string {
  for (const [offset, text] of shown) if (offset === at) return text;
  return '';
}

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
