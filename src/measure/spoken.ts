import { foldDiacritics } from '../text/fold.js';
import { countSyllables } from './syllable-count.js';
import { capitalsSyllables, pronounceable, spelledSyllables, TWO_LETTER_WORDS } from './spoken-letters.js';
import { attachedSyllables, cardinalSyllables, numberSyllables, ordinalExtra, pluralExtra } from './spoken-numbers.js';
import { listedWord, wordSyllables } from './spoken-word.js';

/*
 * Syllables of one written token as a reader says it aloud: "2020" twenty twenty (4), "HTTP"
 * aitch-tee-tee-pee (4), "W3C" double-u three cee (5), "%" percent (2), "iPhone" eye-phone (2).
 * Words go to spoken-word.ts, numbers to spoken-numbers.ts, capitals to spoken-letters.ts; this
 * module splits a token into those pieces.
 */

/** Symbols read as a word, when the tokenizer gives them as a token or inside one ("C++", "C#"). */
const SYMBOLS = new Map<string, number>([
  ['%', 2], ['&', 1], ['+', 1], ['@', 1], ['=', 2], ['°', 2], ['§', 2], ['×', 1], ['#', 1], ['$', 2], ['€', 2],
  ['£', 1], ['‰', 3],
]);

/** Unit symbols after a number, read as their words: "10ms" ten milliseconds, "4GB" four gigabytes. */
const UNITS = new Map<string, number>([
  ['ms', 4], ['ns', 4], ['us', 4], ['kb', 3], ['mb', 3], ['gb', 3], ['tb', 3], ['kib', 3], ['mib', 3], ['gib', 3],
  ['px', 2], ['km', 4], ['kg', 3], ['mph', 3], ['fps', 4], ['hz', 1], ['khz', 3], ['mhz', 3], ['ghz', 3],
]);

const ORDINAL = /^(?:st|nd|rd|th)$/i;
const APOSTROPHES = /[’‘ʼ′`]/g;
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]?\.?$/;
/** A token's pieces: a number (with its separators), letters (with inner apostrophes), or one other character. */
const PIECE = /[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:'[A-Za-z]+)*|[^A-Za-z0-9]/g;
const LOWER = /^[a-z']+$/;
const UPPER = /^[A-Z]+$/;

/** Syllables of `surface`, one token of prose, as a reader says it. */
export function spokenSyllables(surface: string): number {
  let s = surface.includes('’') || surface.includes('‘') || surface.includes('ʼ') ? surface.replace(APOSTROPHES, "'") : surface;
  // "café", "naïve": the letters without their accents; other scripts go to the package.
  if (/[^\x00-\x7f]/.test(s)) {
    if (s.length === 1 && SYMBOLS.has(s)) return SYMBOLS.get(s)!;
    s = foldDiacritics(s);
    if (/[^\x00-\x7f]/.test(s)) return countSyllables(surface);
  }
  if (LOWER.test(s)) return lowerSyllables(s);
  if (DOTTED.test(s)) return spelledSyllables(s.replace(/\./g, '')); // "U.S.", "e.g."
  const pieces = s.match(PIECE) ?? [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const c = piece.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) {
      const next = pieces[i + 1];
      if (pieces.length === 1) return numberSyllables(piece);
      if (next !== undefined && /^[A-Za-z]/.test(next) && !/[.,]/.test(piece)) {
        // "2nd", "1990s", "10ms": the letters say how the number is read.
        if (ORDINAL.test(next)) { n += cardinalSyllables(piece) + ordinalExtra(piece); i++; continue; }
        if (next === 's' || next === "'s") { n += numberSyllables(piece) + pluralExtra(piece); i++; continue; }
        const unit = UNITS.get(next.toLowerCase());
        if (unit !== undefined) { n += numberSyllables(piece) + unit; i++; continue; }
      }
      n += i === 0 && (next === undefined || !/^[A-Za-z]/.test(next)) ? numberSyllables(piece) : attachedNumber(piece);
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      n += pieces.length === 1 ? lettersSyllables(piece) : attachedLetters(piece);
    } else n += SYMBOLS.get(piece) ?? 0;
  }
  return n;
}

function attachedNumber(digits: string): number {
  return /[.,]/.test(digits) ? numberSyllables(digits) : attachedSyllables(digits);
}

/** A word in lower case; a word without a vowel is spelt ("html", "npm"), but for a few ("hmm", "nth"). */
function lowerSyllables(word: string): number {
  if (word.length === 1) return spelledSyllables(word);
  if (!/[aeiouy]/.test(word) && !word.includes("'")) return listedWord(word) ?? spelledSyllables(word);
  return wordSyllables(word);
}

/** A token of letters only, in any case: a word, capitals, or camel case ("GitHub", "iOS", "URLs"). */
function lettersSyllables(letters: string): number {
  if (LOWER.test(letters)) return lowerSyllables(letters);
  // "The", "Trump's": a word with a capital first letter.
  if (/^[A-Z][a-z']*$/.test(letters)) return lowerSyllables(letters.toLowerCase());
  // "URLs", "NASA's", "OSes": capitals and the s of a plural or possessive.
  const caps = /^([A-Z]+)('?s|es)?$/.exec(letters);
  if (caps !== null) {
    if (caps[1].length === 1) return spelledSyllables(letters); // "W", "X": the letter's name
    return capitalsSyllables(caps[1], caps[2] !== undefined, wordSyllables);
  }
  if (letters.includes("'") && letters === letters.toUpperCase()) return wordSyllables(letters.toLowerCase());
  const parts = camelParts(letters);
  // No place to split ("XAsa"): read it as one word.
  if (parts.length === 1) return lowerSyllables(letters.toLowerCase());
  let n = 0;
  for (const part of parts) n += lettersSyllables(part);
  return n;
}

/**
 * Camel case split where a reader hears a new word: before a capital that follows a small
 * letter ("Git|Hub", "i|Phone", "mac|OS"), and before the last capital of a run that a small
 * letter follows ("HTTP|Server", "O|Auth"), but not before an s that makes capitals plural ("URLs").
 */
function camelParts(letters: string): string[] {
  return letters.split(/(?<=[a-z'])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-rt-z])/);
}

/**
 * Letters glued to digits ("x86", "mp3", "W3C", "IPv6", "go1"): capitals and short runs are
 * spelt, longer runs read as a word when they can be ("win32", "sha256"; not "utf8").
 */
function attachedLetters(letters: string): number {
  if (!LOWER.test(letters)) {
    if (UPPER.test(letters)) return letters.length === 1 ? spelledSyllables(letters) : capitalsSyllables(letters, false, wordSyllables);
    return lettersSyllables(letters);
  }
  if (letters.length <= 2) return TWO_LETTER_WORDS.has(letters) ? 1 : spelledSyllables(letters);
  return pronounceable(letters) ? wordSyllables(letters) : spelledSyllables(letters);
}
