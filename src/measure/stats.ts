import type { Document } from '../parse/document.js';
import { WordFlag } from '../text/words.js';

export interface Heading {
  level: number;
  text: string;
  line: number;
}

export interface Stats {
  /** Words as a writer counts them: runs between white space ("Trump-Putin" is one word). */
  words: number;
  sentences: number;
  paragraphs: number;
  headings: Heading[];
}

export function measureStats(doc: Document): Stats {
  let words = 0;
  const { flags } = doc.words;
  for (let i = 0; i < doc.words.length; i++) if (flags[i] & WordFlag.WordStart) words++;
  return {
    words,
    sentences: doc.sentences.length,
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    headings: doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ level: b.level, text: b.plain, line: b.line })),
  };
}
