import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { remember } from '../util/memo.js';

/** Reduces a lower-cased word to its stem. */
export type StemFn = (word: string) => string;

const english: StemFn = (word) => porter.stem(word);

/**
 * Natural's Porter stemmer for English. Imported, not loaded on first use as other languages'
 * are: most runs are English, and so it is in the bundle and its code cache.
 */
export function englishStem(): StemFn {
  return english;
}

/**
 * A stemmer that remembers its answers: natural's Porter costs ~4.5 µs a word (the corpus's 14 000
 * distinct words in lower case), and articles repeat most of their words. The memo lives with
 * the stemmer a caller holds, never at module level, so it is freed with the run. A null stemmer
 * (a language natural has no stemmer for) compares words unstemmed.
 */
export function createStemmer(stem: StemFn | null = englishStem()): StemFn {
  if (stem === null) return (word) => word;
  const memo = new Map<string, string>();
  return (word) => remember(memo, word, stem);
}
