import type { ChalkInstance } from 'chalk';
import type { FileReport, KeyphraseReport } from '../engine/types.js';
import { printable } from './escape.js';
import { displayWidth, padDisplay, shorten } from './width.js';
import { flow, wrap } from './wrap.js';

/*
 * The distribution of each keyphrase as a strip across the article, start to end. Each kind of
 * find has its own mark, and two kinds in one cell get a mark of their own, so that no find hides
 * another; section starts are drawn on a ruler of their own above the strips, where no find can
 * cover them. The legend names only the marks drawn.
 */

export const WRITTEN = 1;
export const SYNONYM = 2;
export const WORDS = 4;

/** Each set of finds in one cell: its mark and what the legend says of it. */
const MARKS: Record<number, { mark: string; means: string }> = {
  [WRITTEN]: { mark: '●', means: 'as written' },
  [SYNONYM]: { mark: '◆', means: 'a synonym' },
  [WORDS]: { mark: '○', means: 'a sentence with all its words' },
  [WRITTEN | SYNONYM]: { mark: '◐', means: '● and ◆ in one cell' },
  [WRITTEN | WORDS]: { mark: '◉', means: '● and ○ in one cell' },
  [SYNONYM | WORDS]: { mark: '◈', means: '◆ and ○ in one cell' },
  [WRITTEN | SYNONYM | WORDS]: { mark: '✱', means: '●, ◆ and ○ in one cell' },
};
/** The kinds of find a strip mark stands for (0 for "·", none). */
export function kindsOf(mark: string): number {
  for (const [kinds, m] of Object.entries(MARKS)) if (m.mark === mark) return Number(kinds);
  return 0;
}

const SECTION = { mark: '|', means: 'a section starts' };
const SECTIONS = { mark: '‖', means: 'two or more start' };
const RULER = 'sections';
/** Narrower than this, a strip goes on the line under its keyphrase. */
const MIN_CELLS = 36;

function colour(kinds: number, paint: ChalkInstance): (s: string) => string {
  if (kinds === WORDS) return (s) => paint.yellow(s);
  if (kinds === SYNONYM) return (s) => paint.cyan(s);
  return (s) => paint.green(s);
}

/** The kinds of find in each of `width` cells. */
export function stripCells(k: KeyphraseReport, width: number): number[] {
  const d = k.distribution;
  const cells = new Array<number>(width).fill(0);
  const at = (share: number) => Math.min(width - 1, Math.max(0, Math.floor(share * width)));
  for (const p of d.positions) cells[at(p)] |= WRITTEN;
  for (const p of d.synonymPositions) cells[at(p)] |= SYNONYM;
  for (const p of d.sentencePositions) cells[at(p)] |= WORDS;
  return cells;
}

/** How many sections start in each cell (the first section, at the start, is not drawn). */
export function sectionCells(k: KeyphraseReport, width: number): number[] {
  const cells = new Array<number>(width).fill(0);
  for (const s of k.distribution.sections.slice(1)) cells[Math.min(width - 1, Math.floor(s.position * width))]++;
  return cells;
}

function gapText(k: KeyphraseReport): string {
  const d = k.distribution;
  return d.longestGap.sentences === 0 ? 'in every sentence' : `longest gap ${d.longestGap.sentences} of ${d.sentences} sentences`;
}

/** Each keyphrase's strip, a ruler of section starts above them, and a legend of the marks used. */
export function distributionStrips(r: FileReport, paint: ChalkInstance, columns: number): string[] {
  const keyphrases = r.keyphrases.filter((k) => k.distribution !== undefined && k.distribution.sentences > 0);
  if (keyphrases.length === 0) return [];
  const label = Math.min(30, Math.max(RULER.length, ...keyphrases.map((k) => displayWidth(printable(k.phrase)))) + 2);
  const gapWidth = Math.max(...keyphrases.map((k) => gapText(k).length));
  const wideCells = Math.min(80, columns - label - 3 - gapWidth);
  const wide = wideCells >= MIN_CELLS;
  const width = wide ? wideCells : Math.max(8, Math.min(80, columns - 4));
  const used = new Set<number>();
  const strip = (cells: string[]) => `▕${cells.join('')}▏`;
  const rows: string[] = [];

  const sections = sectionCells(keyphrases[0], width);
  if (sections.some((n) => n > 0)) {
    const ruler = strip(sections.map((n) => (n === 0 ? ' ' : paint.dim(n === 1 ? SECTION.mark : SECTIONS.mark))));
    sections.forEach((n) => n > 0 && used.add(n === 1 ? -1 : -2));
    rows.push(wide ? `${RULER.padEnd(label)}${ruler}` : `${RULER}\n  ${ruler}`);
  }
  for (const k of keyphrases) {
    const cells = stripCells(k, width).map((kinds) => {
      if (kinds === 0) return paint.dim('·');
      used.add(kinds);
      return colour(kinds, paint)(MARKS[kinds].mark);
    });
    const name = printable(k.phrase);
    if (wide) rows.push(`${padDisplay(shorten(name, label - 2), label)}${strip(cells)} ${paint.dim(gapText(k))}`);
    else rows.push(`${wrap(`${name}: ${paint.dim(gapText(k))}`, columns).join('\n')}\n  ${strip(cells)}`);
  }
  // A combined mark is explained by the marks it combines: they are in the legend too.
  const named = [WRITTEN, SYNONYM, WORDS].filter((kind) => [...used].some((kinds) => kinds > 0 && (kinds & kind) !== 0));
  const combined = [WRITTEN | SYNONYM, WRITTEN | WORDS, SYNONYM | WORDS, WRITTEN | SYNONYM | WORDS].filter((kinds) => used.has(kinds));
  const legend = [
    ...[...named, ...combined].map((kinds) => `${MARKS[kinds].mark} ${MARKS[kinds].means}`),
    ...(used.has(-1) ? [`${SECTION.mark} ${SECTION.means}`] : []),
    ...(used.has(-2) ? [`${SECTIONS.mark} ${SECTIONS.means}`] : []),
  ];
  const title = wrap('Where each keyphrase stands, start to end of the text', columns).map((l) => paint.bold(l));
  const key = flow(legend, columns, { separator: '  ', indent: '' }).map((l) => paint.dim(l));
  return [[...title, ...rows, ...key].join('\n')];
}
