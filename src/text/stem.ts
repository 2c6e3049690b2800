import { createRequire } from 'node:module';

/** Reduces a lower-cased word to its stem. */
export type StemFn = (word: string) => string;

const require = createRequire(import.meta.url);

let english: StemFn | undefined;

/** Natural's Porter stemmer for English, loaded on first use (only when English is matched). */
export function englishStem(): StemFn {
  if (english === undefined) {
    const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
    english = (word) => porter.stem(word);
  }
  return english;
}

/**
 * A stemmer that remembers its answers: Porter costs ~0.3 µs a call, and articles repeat most of
 * their words, so the memo turns 3.7 MB/s into ~30 MB/s (PERFORMANCE-NOTES.md). The memo lives
 * with the stemmer a caller holds, never at module level, so it is freed with the run. A null
 * stemmer (a language natural has no stemmer for) compares words unstemmed.
 */
export function createStemmer(stem: StemFn | null = englishStem()): StemFn {
  if (stem === null) return (word) => word;
  const memo = new Map<string, string>();
  return (word) => {
    let s = memo.get(word);
    if (s === undefined) {
      s = stem(word);
      memo.set(word, s);
    }
    return s;
  };
}
