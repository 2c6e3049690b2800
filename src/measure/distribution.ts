import type { Document } from '../parse/document.js';
import type { SectionShare, Distribution } from '../engine/report-types.js';
export type { SectionShare, Distribution };

interface Layout {
  sectionOfBlock: number[];
  /** The sections with their sentence counts, and nothing found in them yet. */
  skeleton: SectionShare[];
}

// Every keyphrase of an article shares its sections; the layout is freed with the document.
const layouts = new WeakMap<Document, Layout>();

function layoutOf(doc: Document): Layout {
  let layout = layouts.get(doc);
  if (layout !== undefined) return layout;
  const skeleton: SectionShare[] = [];
  const sectionOfBlock = doc.blocks.map((b) => b.section);
  for (const b of doc.blocks) {
    if (skeleton.length <= b.section) {
      const heading = b.kind === 'heading' ? b.plain : null;
      skeleton.push({ heading, line: b.line, position: share(b.from, doc.words.length), sentences: 0, sentencesWith: 0, occurrences: 0 });
    }
  }
  for (const s of doc.sentences) skeleton[sectionOfBlock[s.block]].sentences++;
  layout = { sectionOfBlock, skeleton };
  layouts.set(doc, layout);
  return layout;
}

function share(index: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * index) / total) / 1000;
}

/**
 * The longest run of sentences none of which is in `sentencesWith` (sorted): its first sentence
 * (-1 when there is none) and its length.
 */
export function longestGap(sentencesWith: readonly number[], total: number): { first: number; sentences: number } {
  let best = 0;
  let first = -1;
  let previous = -1;
  for (const i of [...sentencesWith, total]) {
    const gap = i - previous - 1;
    if (gap > best) {
      best = gap;
      first = previous + 1;
    }
    previous = i;
  }
  return { first, sentences: best };
}

/**
 * Measures the spread of a keyphrase: `spans` are its occurrences (word ranges), `synonymSpans`
 * those of its synonyms, `sentencesWith` the sentences holding it (sorted).
 */
export function measureDistribution(
  doc: Document,
  spans: ReadonlyArray<[number, number]>,
  synonymSpans: ReadonlyArray<[number, number]>,
  sentencesWith: readonly number[],
): Distribution {
  const { words, sentences } = doc;
  const total = words.length;
  const { sectionOfBlock, skeleton } = layoutOf(doc);
  const sections = skeleton.map((s) => ({ ...s }));
  for (const i of sentencesWith) sections[sectionOfBlock[sentences[i].block]].sentencesWith++;
  for (const [from] of spans) sections[sectionOfBlock[words.blocks[from]]].occurrences++;

  const { first: bestFrom, sentences: best } = longestGap(sentencesWith, sentences.length);
  const lineOf = (sentence: number) => doc.lines.place(words.starts[sentences[sentence].from]).line;
  return {
    sentences: sentences.length,
    sentencesWith: sentencesWith.length,
    positions: spans.map(([from]) => share(from, total)),
    synonymPositions: synonymSpans.map(([from]) => share(from, total)).sort((a, b) => a - b),
    sentencePositions: sentencesWith.map((i) => share(sentences[i].from, total)),
    sections,
    longestGap: {
      sentences: best,
      share: share(best, sentences.length),
      fromLine: best === 0 ? null : lineOf(bestFrom),
      toLine: best === 0 ? null : lineOf(bestFrom + best - 1),
    },
  };
}
