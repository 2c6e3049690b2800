import { syllable } from 'syllable';

/** What the readability formulas need to know of one written token. */
export interface TokenShape {
  /** From the `syllable` package; 0 for a token without letters ("2019"). */
  syllables: number;
  /** Unicode letters (Coleman–Liau). */
  letters: number;
  /** Letters and digits (ARI). */
  characters: number;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * Counts syllables with the `syllable` package (Titus Wormer; English rules plus a list of
 * exceptions), and letters. One counter serves a whole run, like the word folder: articles
 * repeat most of their words, so the memo turns most tokens into a map look-up, and it is freed
 * with the run.
 */
export class SyllableCounter {
  private readonly memo = new Map<string, TokenShape>();

  shape(surface: string): TokenShape {
    let s = this.memo.get(surface);
    if (s === undefined) {
      let letters = 0;
      let digits = 0;
      for (const c of surface) {
        if (LETTER.test(c)) letters++;
        else if (DIGIT.test(c)) digits++;
      }
      s = { syllables: syllable(surface), letters, characters: letters + digits };
      this.memo.set(surface, s);
    }
    return s;
  }
}
