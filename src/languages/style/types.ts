/**
 * What the readability checks need to know of one language besides English: its connectives,
 * how it builds a passive, which first words are too common to make a sentence beginning, how
 * to count its syllables and which reading-ease formula was made for it. Each language's module
 * (de.ts, es.ts, …) exports one `style` of this shape; the rules call these pure functions.
 */

import type { EaseCounts, FormulaId } from '../types.js';

export type { FormulaId };
export type TextCounts = EaseCounts;

export interface LanguageStyle {
  /** Single-word transitions (connectives), lower case, NFC, diacritics kept, straight apostrophes. */
  transitionWords: readonly string[];
  /** Multi-word transitions, words separated by one space, as the tokenizer would split them. */
  transitionPhrases: readonly string[];
  /**
   * The first passive construction in a sentence: [from, to) indices into `words` from the
   * auxiliary to the participle (or the se/si/sich marker to the verb), null when none.
   * `words` are the sentence's tokens in order, lower case, NFC, diacritics kept, straight apostrophes.
   */
  passive(words: readonly string[]): [number, number] | null;
  /**
   * First words too common to make a sentence beginning on their own (articles, determiners,
   * numerals, common function words): after one of these, the beginning is the first two words —
   * the rule English uses (english-style.ts BEGINNING_DETERMINERS).
   */
  beginningDeterminers: readonly string[];
  /** Syllables in one lower-case word of the language (≥ 1 for a word with a letter). */
  syllables(word: string): number;
  /** The language's reading-ease formula, published form. */
  readingEase: {
    formula: FormulaId;
    /** The score, rounded to two decimals as readability.ts rounds Flesch's; NaN without words or sentences. */
    score(c: TextCounts): number;
    /** Bands for people, highest first: [minScore, label]. */
    bands: ReadonlyArray<readonly [number, string]>;
  };
}
