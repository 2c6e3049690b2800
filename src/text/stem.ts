import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Reduces a lower-cased word to its stem. */
export type StemFn = (word: string) => string;

/**
 * A stemmer that remembers its answers: Porter costs ~0.3 µs a call, and articles repeat most of
 * their words, so the memo turns 3.7 MB/s into ~30 MB/s (PERFORMANCE-NOTES.md). The memo lives
 * with the stemmer a caller holds, never at module level, so it is freed with the run.
 */
export function createStemmer(stem: (word: string) => string = porter.stem): StemFn {
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
