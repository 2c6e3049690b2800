import type { StemFn } from '../text/stem.js';
import type { Words } from '../text/words.js';
import type { FormulaId } from '../engine/report-types.js';
export type { FormulaId };

/** What ends a sentence in a language and what does not ("Mr. Smith", "the U.S. The talks"). */
export interface SentenceRules {
  /** Abbreviations whose final dot does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Capitalised words that, after a dotted abbreviation, show that a new sentence began. */
  starters: ReadonlySet<string>;
}

/** The word lists and rules the style checks read (transition words, passive voice, beginnings). */
export interface StyleRules {
  /** Single-word transitions, folded as words are folded (lower case, no diacritics). */
  transitionWords: ReadonlySet<string>;
  /** Transitions of several words, each a list of folded words. */
  transitionPhrases: ReadonlyArray<readonly string[]>;
  /** First words after which a sentence's beginning is its first two words ("the talks"). */
  beginningDeterminers: ReadonlySet<string>;
  /** Token range [from, to) of the first passive construction in `words[from, to)`, or null. */
  passive(words: Words, from: number, to: number): [number, number] | null;
}

/** What a reading-ease formula reads. */
export interface EaseCounts {
  words: number;
  sentences: number;
  syllables: number;
  letters: number;
}

export interface ReadingEase {
  formula: FormulaId;
  score(counts: EaseCounts): number;
  /** Bands for people, highest first: the first whose minimum the score reaches names it. */
  bands: ReadonlyArray<readonly [number, string]>;
}

/**
 * Everything matching and the checks know of one language. A rule that needs something a
 * language lacks (its `style`, its `readingEase`) is skipped for articles in that language.
 */
export interface Language {
  /** ISO 639-1 code ("en", "es"), or the tag as given when the language is unknown. */
  readonly code: string;
  /** Its English name ("German"), or the code when unknown. */
  readonly name: string;
  /** The stemmer; null when there is none and words are compared unstemmed. */
  readonly stem: StemFn | null;
  /** Function words, folded as matching folds words (lower case, no diacritics). */
  readonly functionWords: ReadonlySet<string>;
  readonly sentences: SentenceRules;
  readonly style: StyleRules | null;
  readonly readingEase: ReadingEase | null;
  /** Syllables of one written word (its surface); null: the language has no syllable rules. */
  readonly syllables: ((surface: string) => number) | null;
}

/** How a language module describes its language; `define.ts` turns it into a Language on first use. */
export interface LanguageModule {
  code: string;
  name: string;
  /** Other tags and names that mean it ("deutsch", "deu"). */
  names: readonly string[];
  /** File of natural's stemmer under natural/lib/natural/stemmers/, or null. */
  stemmer: string | null;
  /** Key of its function-word list in the `stopword` package, or the list itself. */
  functionWords: string | readonly string[] | null;
  sentences?: SentenceRules;
  style?: () => StyleRules;
  readingEase?: ReadingEase;
  syllables?: (surface: string) => number;
}
