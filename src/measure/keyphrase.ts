import type { Document } from '../parse/document.js';
import type { Meta } from './meta.js';
import { findPhrase, hasAllContentWords, type Phrase } from './phrase.js';
import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';

/** One place the keyphrase stands in the text, as the writer wrote it. */
export interface Occurrence {
  line: number;
  column: number;
  text: string;
}

/** Where a placement was checked and what was found there. */
export interface Placement {
  /** Every content word of the keyphrase is there (any order). */
  found: boolean;
  /** The keyphrase is there as written, words in order. */
  exact: boolean;
}

export interface KeyphraseFacts {
  phrase: string;
  /** Words the keyphrase was reduced to: what matching compares. */
  keys: string[];
  count: number;
  sentenceMatches: number;
  density: number;
  occurrences: Occurrence[];
  /** Word index ranges of the occurrences in `Document.words`. */
  spans: Array<[number, number]>;
  title: Placement;
  description: Placement;
  slug: Placement;
  introduction: Placement;
  subheadings: { total: number; matching: number; lines: number[] };
}

const NOT_THERE: Placement = { found: false, exact: false };

function placement(text: string | null, phrase: Phrase, folder: WordFolder): Placement {
  if (text === null) return NOT_THERE;
  const words = tokenize(text, folder);
  return { found: hasAllContentWords(words, phrase), exact: findPhrase(words, phrase, 0, words.length) !== -1 };
}

/** Rounds to two decimals, as reports show percentages. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Measures how the article targets one keyphrase. */
export function measureKeyphrase(
  doc: Document,
  meta: Meta,
  phrase: Phrase,
  totalWords: number,
  folder: WordFolder,
): KeyphraseFacts {
  const { words, sentences, blocks } = doc;
  const spans: Array<[number, number]> = [];
  const n = phrase.words.length;
  for (let i = findPhrase(words, phrase, 0, words.length); i !== -1; i = findPhrase(words, phrase, i + n, words.length)) {
    spans.push([i, i + n]);
  }
  let sentenceMatches = 0;
  for (const s of sentences) {
    if (hasAllContentWords(words.slice(s.from, s.to), phrase)) sentenceMatches++;
  }
  const occurrences = spans.map(([from, to]) => {
    const start = words[from].start;
    const place = doc.lines.place(start);
    return { line: place.line, column: place.column, text: doc.lines.text.slice(start, words[to - 1].end).replace(/\s+/g, ' ') };
  });
  const firstParagraph = blocks.find((b) => b.kind !== 'heading');
  let introduction = NOT_THERE;
  if (firstParagraph !== undefined) {
    const inBlock = sentences.filter((s) => s.block === blocks.indexOf(firstParagraph));
    introduction = {
      found: inBlock.some((s) => hasAllContentWords(words.slice(s.from, s.to), phrase)),
      exact: spans.some(([from]) => words[from].block === blocks.indexOf(firstParagraph)),
    };
  }
  const subheadings = blocks.filter((b) => b.kind === 'heading' && b.level >= 2);
  const matchingLines = subheadings.filter((b) => hasAllContentWords(words.slice(b.from, b.to), phrase)).map((b) => b.line);
  return {
    phrase: phrase.text,
    keys: phrase.words.map((w) => w.key),
    count: spans.length,
    sentenceMatches,
    density: totalWords === 0 ? 0 : round2((100 * spans.length) / totalWords),
    occurrences,
    spans,
    title: placement(meta.title, phrase, folder),
    description: placement(meta.description, phrase, folder),
    slug: placement(meta.slug, phrase, folder),
    introduction,
    subheadings: { total: subheadings.length, matching: matchingLines.length, lines: matchingLines },
  };
}
