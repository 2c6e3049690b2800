import { displayWidth, sliceToWidth, stripAnsi as strip } from './width.js';

/**
 * Wrapping at word boundaries for a terminal. A figure is read as one thing, so it never breaks
 * across lines: "30 %", "(0.26 %):", "2 of 6", "3 min"; nor does a status word lose its symbol
 * ("✖ error") or a "·" separator start a line. Only a word wider than the whole line is cut.
 */

const NUMBER_END = /\d[)\]]?$/;
const NUMBER_START = /^[([]?\d/;
const PERCENT = /^[%‰]/;
const LONE_SYMBOL = /^[✔✖⚠–—•]$/u;

/** The unbreakable pieces of a line of text, in order; each keeps its inner spaces. */
export function atoms(text: string): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const coloured = text.includes('\x1b');
  const stripAnsi = coloured ? strip : (w: string) => w;
  const out: string[] = [];
  let glueNext = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const plain = stripAnsi(w);
    const last = out.length - 1;
    const before = last >= 0 ? stripAnsi(out[last]) : '';
    if (last >= 0 && plain === 'of' && NUMBER_END.test(before) && i + 1 < words.length && NUMBER_START.test(stripAnsi(words[i + 1]))) {
      out[last] += ` ${w} ${words[++i]}`;
    } else if (last >= 0 && (glueNext || PERCENT.test(plain) || plain === '·' || ((plain === 'min' || plain === '×') && NUMBER_END.test(before)))) {
      out[last] += ` ${w}`;
    } else out.push(w);
    glueNext = LONE_SYMBOL.test(plain);
  }
  return out;
}

/** The widest unbreakable piece of `text`: a column narrower than this must cut a word. */
export function longestAtom(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) for (const a of atoms(line)) widest = Math.max(widest, displayWidth(a));
  return widest;
}

/** A piece too wide for a line, cut into lines: after a "/" or "-" when one is near the end. */
export function cut(piece: string, width: number): string[] {
  const lines: string[] = [];
  let rest = piece;
  while (displayWidth(rest) > width) {
    let head = sliceToWidth(rest, Math.max(1, width));
    if (head === '') head = [...rest][0];
    const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('-'));
    if (soft >= head.length / 2 && soft < head.length - 1) head = head.slice(0, soft + 1);
    lines.push(head);
    rest = rest.slice(head.length);
  }
  if (rest !== '') lines.push(rest);
  return lines;
}

/** Breaks one piece that does not fit: at its own spaces first (a glued figure), then inside words. */
function breakPiece(piece: string, width: number): string[] {
  if (!piece.includes(' ')) return cut(piece, width);
  const lines: string[] = [];
  let line = '';
  for (const word of piece.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      const parts = cut(word, width);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `text` as lines of at most `width` columns, broken between words; its own line breaks are
 * kept. Runs of spaces become one: this is for prose and messages, not for code.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const a of atoms(paragraph)) {
      const w = displayWidth(a);
      if (line !== '' && lineWidth + 1 + w <= width) {
        line += ` ${a}`;
        lineWidth += 1 + w;
        continue;
      }
      if (line !== '') out.push(line);
      if (w <= width) {
        line = a;
        lineWidth = w;
      } else {
        const parts = breakPiece(a, width);
        line = parts.pop() ?? '';
        lineWidth = displayWidth(line);
        out.push(...parts);
      }
    }
    out.push(line);
  }
  return out;
}

/** How `flow` lays out a list. */
export interface FlowOptions {
  /** What the first line starts with (a label), counted in the width. */
  first?: string;
  /** What every further line starts with (spaces under the label). */
  indent?: string;
  /** Between two items on a line: ", " or " · ". */
  separator?: string;
}

/**
 * Items laid out one after another and wrapped to `width`, breaking between items rather than
 * inside one; an item wider than a line is wrapped on its own. A ", " separator keeps its comma
 * at the end of the line; a " · " is dropped there, since a line end separates as well.
 */
export function flow(items: readonly string[], width: number, options: FlowOptions = {}): string[] {
  const { first = '', indent = '', separator = ', ' } = options;
  const atEnd = separator.trimEnd() === ',' ? ',' : '';
  const lines: string[] = [];
  let line = first;
  if (displayWidth(first) > width) {
    // A label wider than the line: wrapped itself, the items after its last line.
    const parts = wrap(first, width);
    lines.push(...parts.slice(0, -1));
    line = parts[parts.length - 1] + (first.endsWith(' ') ? ' ' : '');
  }
  let empty = true; // nothing after the label yet
  const room = (prefix: string) => Math.max(1, width - displayWidth(prefix));
  items.forEach((item, index) => {
    // A comma after the item must fit too, unless it is the last.
    const tail = index < items.length - 1 ? atEnd.length : 0;
    const candidate = empty ? line + item : line + separator + item;
    if (displayWidth(candidate) + tail <= width) {
      line = candidate;
      empty = false;
      return;
    }
    if (!empty) {
      lines.push(line + atEnd);
      line = indent;
      empty = true;
    }
    if (displayWidth(line + item) + tail <= width) {
      line += item;
      empty = false;
      return;
    }
    // Too wide after the label: under it, rather than cut, when it fits there.
    if (line !== indent && displayWidth(indent + item) + tail <= width) {
      lines.push(line.trimEnd());
      line = indent + item;
      empty = false;
      return;
    }
    // The item alone is wider than a line: wrap it, its last line open to the next items.
    const head = wrap(item, Math.max(1, room(line) - tail))[0];
    let rest = item;
    if (item.startsWith(head)) {
      lines.push(line + head);
      rest = item.slice(head.length).trimStart();
    } else if (line !== indent) lines.push(line);
    if (rest === '') {
      line = lines.pop()!;
      empty = false;
      return;
    }
    const parts = wrap(rest, Math.max(1, room(indent) - tail));
    for (const part of parts.slice(0, -1)) lines.push(indent + part);
    line = indent + parts[parts.length - 1];
    empty = false;
  });
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** A path's pieces, each ending after a "/" or "-": where a path may break across lines. */
function pathPieces(path: string): string[] {
  return path.match(/[^/-]*(?:[/-]+|$)/g)!.filter((p) => p !== '');
}

/** The widest piece of a path that `wrapPath` keeps whole. */
export function longestPathPiece(path: string): number {
  return Math.max(0, ...pathPieces(path).map(displayWidth));
}

/** A path as lines of at most `width` columns, broken after a "/" or "-", so no name is split. */
export function wrapPath(path: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pathPieces(path)) {
    if (displayWidth(line + piece) <= width) {
      line += piece;
      continue;
    }
    if (line !== '') lines.push(line);
    const parts = cut(piece, width);
    line = parts.pop() ?? '';
    lines.push(...parts);
  }
  lines.push(line);
  return lines;
}

