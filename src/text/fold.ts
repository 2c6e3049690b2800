import { createStemmer, englishStem, type StemFn } from './stem.js';
import type { TokenShape } from '../measure/syllables.js';

/** How one written word compares: its folded form and its stem key. */
export interface WordForm {
  /** The word as written: one string shared by every word spelt so. */
  surface: string;
  /** NFKC, lower case, straight apostrophes, possessive dropped, dots of "U.S." removed, no diacritics. */
  fold: string;
  /** The stem of `fold` (computed before diacritics are folded): what matching compares. */
  key: string;
  /** Written in capitals ("US", "NATO") or as a dotted abbreviation ("U.S."). */
  acronym: boolean;
  /**
   * Syllables and letters, which depend on the spelling alone: SyllableCounter fills them in on
   * first use, so that one memo entry per spelling serves folding and readability.
   */
  shape: TokenShape | undefined;
}

const APOSTROPHES = /[’‘ʼ′`]/g;
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Removes combining marks: café = cafe, Straße stays apart from Strasse until `ß` is folded. */
export function foldDiacritics(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(/ß/g, 'ss');
}

/** Words longer than this (in UTF-16 units) are compared unnormalised; see WordFolder.compute. */
export const LONGEST_WORD = 64;

/**
 * Folds written words into comparable forms. One folder serves a whole run; its memo turns the
 * repeated words of an article (most of them) into a map look-up.
 */
export class WordFolder {
  private readonly memo = new Map<string, WordForm>();
  private readonly stem: StemFn;
  private segmenter: Intl.Segmenter | undefined;

  /**
   * @param stem the language's stemmer (default English); null compares words unstemmed.
   * @param locale the language, for splitting Chinese and Japanese text into words.
   */
  constructor(stem: StemFn | null = englishStem(), readonly locale = 'en') {
    this.stem = createStemmer(stem);
  }

  /** Splits runs of Chinese or Japanese, which are written without spaces, into words. */
  wordSegmenter(): Intl.Segmenter {
    this.segmenter ??= new Intl.Segmenter(this.locale === 'ja' ? 'ja' : 'zh', { granularity: 'word' });
    return this.segmenter;
  }

  form(surface: string): WordForm {
    let f = this.memo.get(surface);
    if (f === undefined) {
      f = this.compute(surface);
      this.memo.set(surface, f);
    }
    return f;
  }

  private compute(surface: string): WordForm {
    // No word of any language runs this long; a pasted hash or a letter under a heap of combining
    // marks does, and NFKC (which sorts marks) and Porter are quadratic in length. Such a "word"
    // is compared as written, in lower case, the same way in keyphrase and text.
    if (surface.length > LONGEST_WORD) {
      const lower = surface.toLowerCase();
      return { surface, fold: lower, key: lower, acronym: false, shape: undefined };
    }
    let s = surface.normalize('NFKC');
    if (s.includes('’') || s.includes('‘') || s.includes('ʼ') || s.includes('′') || s.includes('`')) {
      s = s.replace(APOSTROPHES, "'");
    }
    // A possessive names the same thing: Trump's meeting is a Trump meeting.
    if (s.length > 2 && (s.endsWith("'s") || s.endsWith("'S"))) s = s.slice(0, -2);
    let acronym = false;
    if (s.includes('.') && DOTTED.test(s)) {
      s = s.replace(/\./g, '');
      acronym = true;
    } else {
      acronym = s.length >= 2 && s !== s.toLowerCase() && s === s.toUpperCase();
    }
    const lower = s.toLowerCase();
    // Stem before folding diacritics: the stemmers of French, Spanish or Russian read the accents.
    return { surface, fold: foldDiacritics(lower), key: foldDiacritics(this.stem(lower)), acronym, shape: undefined };
  }
}
