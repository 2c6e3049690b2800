import type { FileReport } from '../../engine/types.js';
import type { Range } from '../../check/run.js';
import { splitFrontMatter } from '../../parse/frontmatter.js';
import { esc, escPlain, escShown } from './escape.js';
import { renderNested, type Span } from './nest.js';

// The article as its writer wrote it, not rendered: every character escaped, lines numbered, the
// front matter dimmed, and the report's ranges marked at their exact places. Positions are 1-based
// lines and UTF-16 columns, ends exclusive, over the LF text without a byte-order mark.

/** Offsets at which each 1-based line starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a place; null when the text has no such place (a stale or foreign report). */
export function offsetOf(text: string, starts: readonly number[], line: number, column: number): number | null {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || line > starts.length || column < 1) return null;
  const lineEnd = line < starts.length ? starts[line] - 1 : text.length;
  const offset = starts[line - 1] + column - 1;
  return offset > lineEnd ? null : offset;
}

/** The offsets [start, end) of a range, or null when either end is not in the text. */
export function rangeOffsets(text: string, starts: readonly number[], r: Range): [number, number] | null {
  const start = offsetOf(text, starts, r.line, r.column);
  const end = offsetOf(text, starts, r.endLine, r.endColumn);
  return start === null || end === null || end < start ? null : [start, end];
}

// Which is outer where two spans cover the same text.
const RANK = { line: 0, frontMatter: 1, long: 2, keyphrase: 3, synonym: 4, near: 5 } as const;

export interface SourceView {
  html: string;
  /** Ranges of the report that are not in the text: the source is not the one the report was made from. */
  misplaced: number;
}

function span(start: number, end: number, rank: number, first: string, rest: string, close: string): Span {
  return { start, end, rank, open: (isFirst) => (isFirst ? first : rest), close };
}

/** The keyphrase marks: one `mark[data-keyphrase]` per occurrence, so that their number is `count`. */
function keyphraseSpans(r: FileReport, place: (x: Range) => [number, number] | null): Span[] {
  const spans: Span[] = [];
  r.keyphrases.forEach((k, i) => {
    const kind = `k${i % 6}`;
    const phrase = esc(k.phrase);
    k.occurrences.forEach((o, n) => {
      const at = place(o);
      if (at === null) return;
      const title = escPlain(`${k.phrase}: ${n + 1} of ${k.count}`);
      spans.push(span(at[0], at[1], RANK.keyphrase, `<mark class="kp ${kind}" data-keyphrase="${phrase}" title="${title}">`, `<mark class="kp ${kind} cont" data-keyphrase-part="${phrase}">`, '</mark>'));
    });
    // Synonyms and near matches are other elements, so that mark[data-keyphrase] stays the count.
    for (const s of k.synonyms) {
      for (const o of s.occurrences) {
        const at = place(o);
        if (at === null) continue;
        const attrs = `data-synonym="${esc(s.phrase)}" data-synonym-of="${phrase}" title="${escPlain(`${s.phrase}: synonym of ${k.phrase}`)}"`;
        spans.push(span(at[0], at[1], RANK.synonym, `<span class="syn ${kind}" ${attrs}>`, `<span class="syn ${kind} cont">`, '</span>'));
      }
    }
    for (const o of k.nearMatches) {
      const at = place(o);
      if (at === null) continue;
      const attrs = `data-near-of="${phrase}" title="${escPlain(`near match of ${k.phrase}`)}"`;
      spans.push(span(at[0], at[1], RANK.near, `<span class="near ${kind}" ${attrs}>`, `<span class="near ${kind} cont">`, '</span>'));
    }
  });
  return spans;
}

/** Where the front matter ends, by the parser the checks read it with. */
function bodyOffset(text: string): number {
  try {
    return splitFrontMatter(text).bodyOffset;
  } catch {
    return 0;
  }
}

/**
 * The article's text as HTML: a block per line (`id` + `-L` + line number, for links from
 * checks), the front matter dimmed, keyphrase occurrences, synonyms, near matches and long
 * sentences marked.
 */
export function sourceView(r: FileReport, text: string, id: string): SourceView {
  const starts = lineStarts(text);
  let misplaced = 0;
  const place = (x: Range) => {
    const at = rangeOffsets(text, starts, x);
    if (at === null) misplaced++;
    return at;
  };
  const spans: Span[] = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const line = i + 1;
    return span(start, end, RANK.line, `<span class="ln" id="${id}-L${line}" data-line="${line}">`, '<span class="ln">', '</span>');
  });
  const body = bodyOffset(text);
  if (body > 0) spans.push(span(0, body, RANK.frontMatter, '<span class="fm" title="front matter">', '<span class="fm">', '</span>'));
  for (const s of r.readability.longSentences ?? []) {
    const at = place(s);
    if (at === null) continue;
    spans.push(span(at[0], at[1], RANK.long, `<span class="long" data-long-sentence="${s.words}" title="${s.words} words">`, '<span class="long cont">', '</span>'));
  }
  spans.push(...keyphraseSpans(r, place));
  return { html: renderNested(text, spans, escShown), misplaced };
}
