import { LONGEST_WORD, type TokenShape, type WordForm } from '../text/fold.js';
import { isOutsideWords } from '../text/ascii-word.js';
import { remember } from '../util/memo.js';
import { spokenSyllables } from './spoken.js';
import { wordSyllables } from './spoken-word.js';
import { resized } from '../util/typed-arrays.js';

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
  private readonly tables = new WeakMap<readonly WordForm[], ShapeColumns>();

  /**
   * The shapes of a folder table's spellings by id, in typed arrays, filled as ids are asked for
   * (`ShapeColumns.fill`): a pass over an article's words reads a few bytes per spelling instead
   * of a shape object per word.
   */
  columns(forms: readonly WordForm[], syllablesIn: ((surface: string) => number) | null = null): ShapeColumns {
    let columns = this.tables.get(forms);
    if (columns === undefined) {
      columns = new ShapeColumns(forms, (form) => this.shape(form, syllablesIn));
      this.tables.set(forms, columns);
    }
    return columns;
  }

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

/** What a word's spelling says of whether it is one of Gunning's hard words (see countText). */
export const enum Hard {
  /** Never: fewer than three syllables without its inflection, a number or an acronym. */
  Never = 0,
  /** Wherever it stands. */
  Always = 1,
  /** Only as a sentence's first word: a capitalised word inside a sentence is a name. */
  AtSentenceStart = 2,
}

/** A folder table's shapes by spelling id (see SyllableCounter.columns). */
export class ShapeColumns {
  /** Syllables, letters and characters of each spelling; `known` is 1 where they are filled in. */
  syllables = new Int32Array(0);
  letters = new Int32Array(0);
  characters = new Int32Array(0);
  /** Hard (Gunning) of each spelling, when it is a written word of its own. */
  hard = new Uint8Array(0);
  known = new Uint8Array(0);

  constructor(
    private readonly forms: readonly WordForm[],
    private readonly shapeOf: (form: WordForm) => TokenShape,
  ) {}

  /** Makes room for the spellings the table holds now (so that the columns stay the same arrays while a pass fills them in). */
  reserve(): void {
    if (this.forms.length > this.known.length) this.grow(Math.max(this.forms.length, this.known.length * 2, 1024));
  }

  /** Fills in the columns of spelling `id` (the caller checks `known` first, after `reserve`). */
  fill(id: number): void {
    const form = this.forms[id];
    const shape = this.shapeOf(form);
    this.syllables[id] = shape.syllables;
    this.letters[id] = shape.letters;
    this.characters[id] = shape.characters;
    this.hard[id] = hardness(form, Math.max(1, shape.syllables));
    this.known[id] = 1;
  }

  private grow(size: number): void {
    this.syllables = resized(this.syllables, size);
    this.letters = resized(this.letters, size);
    this.characters = resized(this.characters, size);
    this.hard = resized(this.hard, size);
    this.known = resized(this.known, size);
  }
}

/** The syllable an inflection adds, which Gunning does not count ("created", "boxes", "going"). */
function suffixSyllable(fold: string): number {
  if (fold.length > 5 && fold.endsWith('ing')) return 1;
  if (fold.length > 4 && /[td]ed$/.test(fold)) return 1;
  if (fold.length > 4 && /(?:[sxz]|ch|sh|[cg])es$/.test(fold)) return 1;
  return 0;
}

/**
 * Whether a written word of one token, spelt so and of `n` syllables, is one of Gunning's hard
 * words: three or more syllables without its inflection, not an acronym or a number (long to
 * say, not hard to read), and not a capitalised name inside a sentence.
 */
function hardness(form: WordForm, n: number): Hard {
  const c = form.surface.charCodeAt(0);
  if (n < 3 || form.acronym || (c >= 0x30 && c <= 0x39) || n - suffixSyllable(form.fold) < 3) return Hard.Never;
  const first = form.surface[0];
  return first !== first.toLowerCase() ? Hard.AtSentenceStart : Hard.Always;
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
