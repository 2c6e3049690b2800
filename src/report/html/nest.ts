// Ranges over a text become elements that nest properly, whatever their overlaps: an occurrence
// inside a long sentence, one that runs over the sentence's end, two keyphrases sharing a word.
// When a range ends while one that began inside it is still open, the inner one is closed and
// opened again after it: its first piece carries its identity (`data-keyphrase`), the pieces that
// continue it do not, so one occurrence is always one identified element.

export interface Span {
  start: number;
  end: number;
  /** Which is outer of two spans opening at the same point: the lower rank. */
  rank: number;
  /** The opening tag; `first` is false for a piece that continues the span after a split. */
  open(first: boolean): string;
  close: string;
}

/**
 * Of spans opening at one point, which goes outside: the lower rank, so that a line is never
 * inside a mark; of the same rank, the one that ends later, which then never needs splitting.
 */
function outerFirst(a: Span, b: Span): number {
  return a.rank - b.rank || b.end - a.end;
}

/**
 * `text` with the spans as elements around it; `show` turns each piece of text into HTML (it
 * must escape). Spans are offsets into `text`, end exclusive; an empty span is an empty element.
 */
export function renderNested(text: string, spans: readonly Span[], show: (piece: string) => string): string {
  const sorted = spans.filter((s) => s.start <= s.end).sort((a, b) => a.start - b.start || outerFirst(a, b));
  const points = new Float64Array(2 * sorted.length + 1);
  sorted.forEach((s, i) => {
    points[2 * i] = s.start;
    points[2 * i + 1] = s.end;
  });
  points[2 * sorted.length] = text.length;
  points.sort();
  const out: string[] = [];
  const stack: Span[] = [];
  const begun = new Set<Span>();
  let pos = 0;
  let next = 0;
  for (let p = 0; p < points.length; p++) {
    const at = points[p];
    if (p > 0 && at === points[p - 1]) continue;
    if (at > pos) {
      out.push(show(text.slice(pos, at)));
      pos = at;
    }
    // Close every span ending here, and whatever opened inside it; those go on after `at`.
    let lowest = 0;
    while (lowest < stack.length && stack[lowest].end > at) lowest++;
    let opening: Span[] | null = null;
    for (let i = stack.length - 1; i >= lowest; i--) {
      out.push(stack[i].close);
      if (stack[i].end > at) (opening ??= []).push(stack[i]);
    }
    stack.length = lowest;
    for (; next < sorted.length && sorted[next].start === at; next++) {
      const s = sorted[next];
      if (s.end === at) out.push(s.open(true) + s.close);
      else (opening ??= []).push(s);
    }
    if (opening === null) continue;
    if (opening.length > 1) opening.sort(outerFirst);
    for (const s of opening) {
      out.push(s.open(!begun.has(s)));
      begun.add(s);
      stack.push(s);
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) out.push(stack[i].close);
  return out.join('');
}
