import { BREAK } from '../text/tokenize.js';

/** Where a stretch of a block's prose string came from in the source. */
export interface Segment {
  /** Offset in the block's prose string. */
  prose: number;
  /** Offset in the source text. */
  src: number;
  /** The stretch is the source verbatim (false for entities and escapes: `&amp;`, `\*`). */
  exact: boolean;
  /** Source characters of a stretch that is not exact (`&eacute;`: 8), 0 when unknown. */
  length: number;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** `s` on one line: white space runs as one space, none at the ends (most link texts already are). */
function oneLine(s: string): string {
  let plain = s.length === 0 || (s.charCodeAt(0) > 0x20 && s.charCodeAt(s.length - 1) > 0x20);
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 && (c !== 0x20 || s.charCodeAt(i + 1) <= 0x20)) plain = false;
    else if (c >= 0x80 && /\s/.test(s[i])) plain = false;
  }
  return plain ? s : s.replace(/\s+/g, ' ').trim();
}

/**
 * Builds the prose of one block as a reader sees it (the string the tokenizer reads), with where
 * each stretch stands in the source, which stretches are code, and what a reader sees where
 * something that is not prose stands (BREAK). Markdown (inline.ts), HTML (html-text.ts) and
 * template captions all write prose through it.
 */
export class ProseBuilder {
  text = '';
  readonly segments: Segment[] = [];
  /** Code in `text`: pairs of offsets [start, end, …] (see tokenize's CodeRanges). */
  readonly code: number[] = [];
  /** What a reader sees at each BREAK of `text` that stands for visible text (a bare URL): [offset, text]. */
  readonly shown: Array<[number, string]> = [];
  /** Source offsets of the first and past the last character added from the source; -1 before any. */
  start = -1;
  end = -1;

  private cover(src: number, length: number): void {
    if (this.start === -1 || src < this.start) this.start = src;
    if (src + length > this.end) this.end = src + length;
  }

  /** `s`, written verbatim in the source at `src` (on one line: a stretch maps linearly). */
  verbatim(s: string, src: number, code = false): void {
    if (s === '') return;
    this.segments.push({ prose: this.text.length, src, exact: true, length: s.length });
    if (code) this.code.push(this.text.length, this.text.length + s.length);
    this.text += s;
    // The block spans what it shows: white space around it (between HTML tags) is not its own.
    let first = 0;
    let last = s.length;
    while (first < last && isBlank(s.charCodeAt(first))) first++;
    while (last > first && isBlank(s.charCodeAt(last - 1))) last--;
    if (last > first) this.cover(src + first, last - first);
  }

  /**
   * `s[from, to)`, which stands verbatim in some source whose offset `toSource` gives, line by
   * line (a stretch of several lines, as in HTML or a code span, whose lines may be indented).
   */
  lines(s: string, from: number, to: number, toSource: (offset: number) => number, code = false): void {
    const codeStart = this.text.length;
    let at = from;
    while (at < to) {
      const nl = s.indexOf('\n', at);
      const end = nl === -1 || nl >= to ? to : nl;
      if (end > at) this.verbatim(s.slice(at, end), toSource(at));
      if (end < to) this.text += '\n';
      at = end + 1;
    }
    if (code && this.text.length > codeStart) this.code.push(codeStart, this.text.length);
  }

  /** `s`, which the reader sees for `length` source characters at `src` (an entity, an escape). */
  replaced(s: string, src: number, length: number, code = false): void {
    this.segments.push({ prose: this.text.length, src, exact: false, length });
    if (code) this.code.push(this.text.length, this.text.length + s.length);
    this.text += s;
    if (length > 0) this.cover(src, length);
  }

  /** White space: a line break, or a space where a block-level tag stood. */
  space(s = ' '): void {
    this.text += s;
  }

  /**
   * Something that is not prose (an image, a URL, a template tag): the words on either side are
   * apart. `shown` is what a reader sees there, for quotes (a bare URL's text), '' for nothing.
   */
  apart(shown = ''): void {
    if (shown !== '') this.shown.push([this.text.length + 1, shown]);
    this.text += ` ${BREAK} `;
  }

  /** What a reader sees, on one line: BREAKs as what they show, white space as single spaces. */
  plain(): string {
    return this.plainFrom(0);
  }

  /** What a reader sees of `text` from offset `from` on (see `plain`): a link's text. */
  plainFrom(from: number): string {
    const { text, shown } = this;
    let out = '';
    let k = 0;
    while (k < shown.length && shown[k][0] < from) k++;
    let i = from;
    for (;;) {
      const at = text.indexOf(BREAK, i);
      if (at === -1) break;
      out += text.slice(i, at);
      if (k < shown.length && shown[k][0] === at) out += shown[k++][1];
      i = at + 1;
    }
    out += text.slice(i);
    return oneLine(out);
  }
}
