/*
 * What a reader sees between two words of a block, kept while the block's words are read
 * (document.ts), so that quotes are made from it and never from the source (shown.ts).
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
