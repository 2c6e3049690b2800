import type { Position, Range } from 'vscode-languageserver/node';

/** A 1-based range, its end just past the last character: what checks and occurrences carry. */
export interface OneBased {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Turns the engine's places into LSP positions in the text as the client holds it. The engine
 * reads that text with CRLF and lone CR made LF (line numbers and columns are unchanged: LSP
 * counts `\r\n`, `\r` and `\n` as one line break each, columns in UTF-16 units as the engine
 * does) and a leading byte-order mark dropped (which shifts the first line by one unit).
 */
export class Positions {
  /** UTF-16 units the client's first line has before the engine's column 1. */
  private readonly shift: number;

  constructor(clientText: string) {
    this.shift = clientText.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  position(line: number, column: number): Position {
    const l = Math.max(0, line - 1);
    return { line: l, character: Math.max(0, column - 1) + (l === 0 ? this.shift : 0) };
  }

  range(r: OneBased): Range {
    return { start: this.position(r.line, r.column), end: this.position(r.endLine, r.endColumn) };
  }

  /** Where the engine's text starts in the client's: after the byte-order mark, if any. */
  get start(): Position {
    return { line: 0, character: this.shift };
  }
}

/** Whether `p` lies in `r`, its end included (a cursor just after a word is on it). */
export function contains(r: Range, p: Position): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

/** Whether two ranges share a position (an empty request range at a diagnostic's edge counts). */
export function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
