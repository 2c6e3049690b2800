import { countSyllables } from './syllable-count.js';
import { LONGEST_WORD, type TokenShape, type WordForm } from '../text/fold.js';
import { remember } from '../util/memo.js';

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Counts syllables with the `syllable` package (Titus Wormer; English rules plus a list of
 * exceptions), and letters. Articles repeat most of their words, so each spelling is counted
 * once: the answer is kept on the word folder's entry for the spelling (`WordForm.shape`),
 * so that a word costs no second look-up, and is freed with the run.
 */
export class SyllableCounter {
  /**
   * Shapes by ASCII spelling in lower case without apostrophes, which is all `syllable` reads of
   * an ASCII word: "The" and "the", "Trump's" and "trumps" are counted once (5 µs a count, and
   * 17 % of a run's spellings differ from another only so).
   */
  private readonly ascii = new Map<string, TokenShape>();

  shape(form: WordForm): TokenShape {
    return (form.shape ??= this.count(form.surface));
  }

  private count(surface: string): TokenShape {
    if (!ASCII.test(surface)) return count(surface);
    return remember(this.ascii, surface.toLowerCase().replace(/'/g, ''), () => count(surface));
  }
}

function count(surface: string): TokenShape {
  let letters = 0;
  let digits = 0;
  if (ASCII.test(surface)) {
    // Most spellings: character codes, not a Unicode pattern per character.
    for (let i = 0; i < surface.length; i++) {
      const c = surface.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
      else if (c >= 0x30 && c <= 0x39) digits++;
    }
  } else {
    for (const c of surface) {
      if (LETTER.test(c)) letters++;
      else if (DIGIT.test(c)) digits++;
    }
  }
  return { syllables: surface.length > LONGEST_WORD ? vowelGroups(surface) : countSyllables(surface), letters, characters: letters + digits };
}

const VOWEL = /[aeiouyàâäéèêëîïôöùûüáíóú]/i;

/**
 * Syllables of a "word" too long to be one (a pasted hash): `syllable`'s patterns backtrack
 * quadratically on it (20 000 letters: 0.6 s), so count groups of vowels in one pass instead.
 */
function vowelGroups(surface: string): number {
  let groups = 0;
  let inGroup = false;
  for (const c of surface) {
    const vowel = VOWEL.test(c);
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
}
