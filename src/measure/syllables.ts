import { syllable } from 'syllable';

/**
 * Counts syllables with the `syllable` package (Titus Wormer; English rules plus a list of
 * exceptions). One counter serves a whole run, like the word folder: articles repeat most of
 * their words, so the memo turns most counts into a map look-up, and it is freed with the run.
 */
export class SyllableCounter {
  private readonly memo = new Map<string, number>();

  /** Syllables in one written token ("Trump’s", "U.S.", "2019"); 0 when it has no letters. */
  count(surface: string): number {
    let n = this.memo.get(surface);
    if (n === undefined) {
      n = syllable(surface);
      this.memo.set(surface, n);
    }
    return n;
  }
}
