import type { Document } from '../parse/document.js';
import { WordFlag, type Words } from '../text/words.js';
import type { Heading } from '../engine/report-types.js';
export type { Heading };

export interface Stats {
  /** Words as a writer counts them: runs between white space ("Trump-Putin" is one word). */
  words: number;
  sentences: number;
  paragraphs: number;
  headings: Heading[];
}

/** Words in `words[from, to)` as a writer counts them: tokens that follow white space. */
export function wordCount(words: Words, from: number, to: number): number {
  const { flags } = words;
  let n = 0;
  for (let k = from; k < to; k++) if (flags[k] & WordFlag.WordStart) n++;
  return n;
}

export function measureStats(doc: Document): Stats {
  return {
    words: wordCount(doc.words, 0, doc.words.length),
    sentences: doc.sentences.length,
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    headings: doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ level: b.level, text: b.plain, line: b.line })),
  };
}
