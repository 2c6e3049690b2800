import { syllable } from 'syllable';
import { problematic } from 'syllable/problematic.js';
import { B, countByRules, reserve } from './syllable-rules.js';

/*
 * Syllable counts identical to those of the `syllable` package v5 (Titus Wormer, MIT,
 * https://github.com/words/syllable), whose English rules are ported here from regular
 * expressions to loops over character codes: the package spends ~6 µs a word in a chain of
 * eleven regex passes, pluralize's singular rules and normalize-strings.
 *
 * Why the port counts the same:
 * - syllable() lower-cases, deletes apostrophes (' and ’), splits at \b (ASCII word characters
 *   [A-Za-z0-9_]) and counts each piece with only its letters a–z kept. For ASCII words (plus ’,
 *   which normalize-strings leaves alone) that is a scan for runs of word characters. Any other
 *   non-ASCII word goes to the package itself: normalize-strings maps 650 characters to letters
 *   and toLowerCase() can turn one into ASCII (U+212A, the Kelvin sign, into k): not worth
 *   porting for the few words that have one (0.2 % of the spellings of a 316-article corpus).
 * - Its exceptions list (`problematic`) is imported, not copied.
 * - It also looks up the singular (pluralize) of each piece in that list. pluralize 8.0.0 only
 *   rewrites the end of a word: its singular of `stem + tail` is `stem + replacement` for a pair
 *   of SINGULAR_REWRITES, or the word itself (uncountables, words already singular, irregular
 *   singulars); and no irregular plural has its singular in the list. So only the few spellings
 *   of MAY_SINGULARISE_TO_PROBLEMATIC can have their singular in the list: those go to the
 *   package, every other piece skips pluralize. tests/syllable-count.test.ts checks these
 *   premises against pluralize itself.
 * - The rules of one() are in syllable-rules.ts.
 */

const PROBLEMATIC = new Map<string, number>(Object.entries(problematic));

/** The package's own count of a word its rules miscount (`problematic`), if it lists `word`. */
export function listedCount(word: string): number | undefined {
  return PROBLEMATIC.get(word);
}

/** [what pluralize's singular writes, what it replaced] for each rule of pluralize 8.0.0 that changes a word. */
const SINGULAR_REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['', 's'], ['', 'es'], ['', 'im'], ['', 'ren'], ['', 'x'], ['fe', 'ves'], ['f', 'ves'],
  ['y', 'ies'], ['ie', 'ies'], ['ey', 'ies'], ['ouse', 'ice'], ['sis', 'ses'], ['is', 'es'],
  ['us', 'i'], ['um', 'a'], ['on', 'a'], ['a', 'ae'], ['ex', 'ices'], ['ix', 'ices'],
  ['rson', 'ople'], ['man', 'men'],
];

// The tables below are made when the module loads, before any JIT: plain loops, without the
// closures of flatMap and filter nor calls per letter (they cost every start-up ~3 ms).

const singularising = new Set<string>();
for (const word of PROBLEMATIC.keys()) {
  for (const [written, replaced] of SINGULAR_REWRITES) {
    if (word.endsWith(written)) singularising.add(word.slice(0, word.length - written.length) + replaced);
  }
}
/** Every spelling whose pluralize singular could be a word of `problematic` ("peoples", "cafes"). */
export const MAY_SINGULARISE_TO_PROBLEMATIC: ReadonlySet<string> = singularising;

/** Pieces the rules do not count: the package's count, or DELEGATE for a spelling pluralize may turn into one. */
const DELEGATE = -1;
const OVERRIDES = new Map<string, number>();
for (const w of MAY_SINGULARISE_TO_PROBLEMATIC) OVERRIDES.set(w, DELEGATE);
for (const [w, n] of PROBLEMATIC) OVERRIDES.set(w, n); // after: `problematic` is looked up before the singular

/**
 * A hash of every override's letters, so that most pieces are known not to be one without
 * making a string of them to look up. countSyllables hashes each piece as it copies it
 * (hashStep and slot, written out here).
 */
const MAY_OVERRIDE = new Uint8Array(1 << 16);
/** No override is longer; a longer piece is not made into a string (nor spread into arguments). */
let LONGEST_OVERRIDE = 0;
for (const w of OVERRIDES.keys()) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  MAY_OVERRIDE[(h ^ (h >>> 16)) & 0xffff] = 1;
  if (w.length > LONGEST_OVERRIDE) LONGEST_OVERRIDE = w.length;
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function slot(h: number): number {
  return (h ^ (h >>> 16)) & 0xffff;
}

const RIGHT_QUOTE = 0x2019;

/**
 * Syllables of `word`, exactly as `syllable(word)` counts them. One pass copies each piece's
 * letters, lower-cased, into B and counts the piece where a non-word character ends it; digits,
 * underscores and apostrophes belong to a piece but are not letters.
 */
export function countSyllables(word: string): number {
  reserve(word.length);
  let sum = 0;
  let n = 0;
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20; // A–Z
    if (c >= 0x61 && c <= 0x7a) {
      B[n++] = c;
      h = hashStep(h, c);
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x27 || c === RIGHT_QUOTE) continue;
    else if (c >= 0x80) return syllable(word);
    else if (n > 0) {
      sum += countPiece(n, h);
      n = 0;
      h = 0;
    }
  }
  return n > 0 ? sum + countPiece(n, h) : sum;
}

/** syllable's one() of the n letters in B, whose hash is h. */
function countPiece(n: number, h: number): number {
  if (n < 3) return 1;
  if (n <= LONGEST_OVERRIDE && MAY_OVERRIDE[slot(h)] === 1) {
    const v = String.fromCharCode(...B.subarray(0, n));
    const known = OVERRIDES.get(v);
    // For a piece of letters a–z, syllable() is one() of the piece, pluralize included.
    if (known === DELEGATE) return syllable(v);
    if (known !== undefined) return known;
  }
  return countByRules(n);
}
