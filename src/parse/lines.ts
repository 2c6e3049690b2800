/** A 1-based place in a file: line, and column in UTF-16 code units (as ESLint and SARIF count). */
export interface Place {
  line: number;
  column: number;
}

/**
 * Text as the parser reads it: no byte-order mark, CRLF or a lone CR made LF and NUL made U+FFFD
 * (what markdown-it's own normalisation does, which markdown.ts skips: it copies the whole text
 * even when nothing changes), so that lines and columns mean the same whatever the file used.
 */
export function normalizeText(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text;
}

/** Turns offsets into lines and columns, and lines into offsets, over one source text. */
export class LineIndex {
  /** Offset at which each line (0-based) starts. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = -1;
    while ((i = text.indexOf('\n', i + 1)) !== -1) starts.push(i + 1);
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** The text of a 0-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return this.text.slice(start, next);
  }

  place(offset: number): Place {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
