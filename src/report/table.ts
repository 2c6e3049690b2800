import type { ChalkInstance } from 'chalk';
import { displayWidth, padDisplay } from './width.js';
import { longestAtom, longestPathPiece, wrap, wrapPath } from './wrap.js';

/**
 * Boxed tables that fit a width. Column widths come from the text: each column as wide as its
 * widest line when that fits, else shrunk towards its longest unbreakable piece (a rule id, a
 * figure), the room left shared in proportion to how much each column would still take. Cells are
 * wrapped here, as plain text, and coloured line by line, so colour never spans a border.
 */

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** Never wrapped: figures and statuses stay on one line. */
  nowrap?: boolean;
  /** File paths: broken after a "/" or "-" rather than at spaces. */
  path?: boolean;
}

type Paint = (line: string) => string;

/** A cell: its text (paragraphs split at "\n"), and the colour of its lines, or of each paragraph's. */
export interface Cell {
  text: string;
  paint?: Paint | Paint[];
}

export type CellInput = string | Cell;

const cellOf = (c: CellInput): Cell => (typeof c === 'string' ? { text: c } : c);

/** Borders and padding of a table of `n` columns: "│ a │ b │". */
export function tableChrome(n: number): number {
  return 3 * n + 1;
}

/** A path cell's first paragraph is the path; any others are text. */
function pathLeast(text: string): number {
  const [path, ...rest] = text.split('\n');
  return Math.max(longestPathPiece(path), ...rest.map(longestAtom));
}

function naturalWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/**
 * Widths that fit `room` when even the least widths do not: the widest wrapping columns are
 * capped at one width (found by bisection), so that each keeps as much as the others allow.
 */
function capped(least: readonly number[], columns: readonly Column[], room: number): number[] {
  const fit = (cap: number, all: boolean) => least.map((w, i) => (all || columns[i].nowrap !== true ? Math.min(w, cap) : w));
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const all = total(fit(1, false)) > room; // even one column each for the wrapping ones is too much
  let lo = 1;
  let hi = Math.max(...least);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(fit(mid, all)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return fit(lo, all);
}

/** The content width of each column; `fits` is false when a word had to be cut. */
export function columnWidths(columns: readonly Column[], rows: readonly CellInput[][], total: number): { widths: number[]; fits: boolean } {
  const cells = rows.map((r) => r.map(cellOf));
  const natural = columns.map((c, i) => Math.max(naturalWidth(c.head), ...cells.map((r) => naturalWidth(r[i].text)), 1));
  const least = columns.map((c, i) =>
    c.nowrap === true
      ? natural[i]
      : Math.min(natural[i], Math.max(longestAtom(c.head), ...cells.map((r) => (c.path === true ? pathLeast(r[i].text) : longestAtom(r[i].text))), 1)),
  );
  const room = total - tableChrome(columns.length);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) <= room) return { widths: natural, fits: true };
  if (sum(least) > room) return { widths: capped(least, columns, room), fits: false };
  const extra = room - sum(least);
  const flex = natural.map((n, i) => n - least[i]);
  const flexSum = sum(flex);
  const widths = least.map((l, i) => l + Math.floor((extra * flex[i]) / flexSum));
  // Hand the columns left over after rounding to those that would take the most more.
  let left = room - sum(widths);
  const wanting = flex.map((_, i) => i).sort((a, b) => natural[b] - widths[b] - (natural[a] - widths[a]));
  for (const i of wanting) {
    if (left === 0) break;
    if (widths[i] < natural[i]) {
      widths[i]++;
      left--;
    }
  }
  return { widths, fits: true };
}

/** Whether the table fits `total` columns without cutting a word. */
export function tableFits(columns: readonly Column[], rows: readonly CellInput[][], total: number): boolean {
  return columnWidths(columns, rows, total).fits;
}

function rule(widths: readonly number[], [left, middle, right]: string): string {
  return left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
}

/** The lines of one row, each cell wrapped to its column and padded. */
function rowLines(cells: readonly Cell[], widths: readonly number[], columns: readonly Column[], head = false): string[] {
  const wrapped = cells.map((c, i) =>
    c.text.split('\n').flatMap((paragraph, p) => {
      const paint = Array.isArray(c.paint) ? c.paint[p] : c.paint;
      const lines = columns[i].path === true && p === 0 && !head ? wrapPath(paragraph, widths[i]) : wrap(paragraph, widths[i]);
      return lines.map((text) => ({ text, paint }));
    }),
  );
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let y = 0; y < height; y++) {
    const parts = cells.map((_, i) => {
      const { text, paint } = wrapped[i][y] ?? { text: '', paint: undefined };
      const padded = padDisplay(text, widths[i], columns[i].align);
      if (text === '' || paint === undefined) return padded;
      const gap = padded.length - text.length;
      return columns[i].align === 'right' ? ' '.repeat(gap) + paint(text) : paint(text) + ' '.repeat(gap);
    });
    lines.push(`│ ${parts.join(' │ ')} │`);
  }
  return lines;
}

/** A boxed table that fits `total` columns, its head in bold. */
export function renderTable(columns: readonly Column[], rows: readonly CellInput[][], total: number, paint: ChalkInstance): string {
  const { widths } = columnWidths(columns, rows, total);
  const head = columns.map((c): Cell => ({ text: c.head, paint: (l) => paint.bold(l) }));
  const lines = [rule(widths, '┌┬┐'), ...rowLines(head, widths, columns, true), rule(widths, '├┼┤')];
  for (const r of rows) lines.push(...rowLines(r.map(cellOf), widths, columns));
  lines.push(rule(widths, '└┴┘'));
  return lines.join('\n');
}
