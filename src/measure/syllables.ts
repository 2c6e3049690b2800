import { LONGEST_WORD, type TokenShape, type WordForm } from '../text/fold.js';
import { isOutsideWords } from '../text/ascii-word.js';
import { remember } from '../util/memo.js';
import { spokenSyllables } from './spoken.js';
import { wordSyllables } from './spoken-word.js';

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const ASCII = /^[\x00-\x7f]*$/;
const LOWER_WORD = /^[a-z]+$/;
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * Counts syllables as a reader says each token (spoken.ts: words by the `syllable` package's
 * rules, corrected; numbers, acronyms and symbols as read aloud), and letters. Articles repeat
 * most of their words, so each spelling is counted once: the answer is kept on the word
 * folder's entry for the spelling (`WordForm.shape`), so that a word costs no second look-up,
 * and is freed with the run.
 */
export class SyllableCounter {
  /**
   * Shapes by ASCII spelling, a capitalised word under its lower case ("The" and "the" are
   * counted once: 5 µs a count, and most spellings that differ from another differ so). Case
   * matters otherwise: "US" is two syllables, "us" one.
   */
  private readonly ascii = new Map<string, TokenShape>();

  /**
   * The shape of a spelling; `syllablesIn` counts the syllables of a language with rules of its
   * own (the folder's table is the language's, so the shape kept on the form is that language's).
   */
  shape(form: WordForm, syllablesIn: ((surface: string) => number) | null = null): TokenShape {
    if (syllablesIn !== null) return (form.shape ??= count(form.surface, syllablesIn));
    return (form.shape ??= this.count(form.surface));
  }

  private count(surface: string): TokenShape {
    if (!ASCII.test(surface)) return count(surface);
    const key = CAPITALISED.test(surface) ? surface.toLowerCase() : surface;
    return remember(this.ascii, key, () => count(key));
  }
}

function count(surface: string, syllablesIn: (surface: string) => number = syllablesOf): TokenShape {
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
      // ASCII and punctuation ("isn’t") by their codes: a Unicode class costs its first uses
      // milliseconds of compiling.
      const code = c.charCodeAt(0);
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) letters++;
        else if (code >= 0x30 && code <= 0x39) digits++;
      } else if (isOutsideWords(code)) continue;
      else if (LETTER.test(c)) letters++;
      else if (DIGIT.test(c)) digits++;
    }
  }
  return { syllables: surface.length > LONGEST_WORD ? vowelGroups(surface) : syllablesIn(surface), letters, characters: letters + digits };
}

function syllablesOf(surface: string): number {
  if (surface.length > LONGEST_WORD) return vowelGroups(surface);
  // Most spellings: a lower-case word, counted by the rules without splitting it into pieces.
  return LOWER_WORD.test(surface) && surface.length > 1 ? wordOrSpelt(surface) : spokenSyllables(surface);
}

/** A lower-case word; spoken.ts spells one without a vowel ("html"), so it goes there. */
function wordOrSpelt(word: string): number {
  return /[aeiouy]/.test(word) ? wordSyllables(word) : spokenSyllables(word);
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
