/**
 * The Porter stemmer for English, ported from natural's `porter_stemmer.js`
 * (natural, MIT licence, Copyright (c) 2011 Chris Umbel). It returns natural's answer for every
 * string, quirks included, because stems are compared with stems natural made elsewhere (and in
 * saved reports); it only avoids natural's cost: chains of regex replacements that allocate a new
 * string for each test. Here each test reads character codes in place, and a string is built only
 * when a step changes the word. tests/porter.test.ts checks it against natural itself.
 *
 * Where natural departs from Porter's paper, this file follows natural:
 * - A `y` is a vowel when the character before it is not one of a, e, i, o, u, y ("ayy": the
 *   second y is a consonant); any other character, digits and non-Latin letters included, is a
 *   consonant.
 * - The measure counts groups, and a vowel `y` is a group of its own even when a vowel follows it
 *   ("bya" is C V V), so it can be fractional: natural's m is half of what `measure2` returns.
 * - Steps 2 and 3 try every suffix in the list, not only the longest that ends the word, so a
 *   shorter suffix may apply where the longer one failed its measure ("ational" then "tional").
 * - Step 4 tries only the longest suffix; and its regexes use `.`, so a word holding a line
 *   terminator is left alone by that step.
 * - Words shorter than three UTF-16 units are returned as given, not lower-cased.
 */

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;
const Y = 121;
const L = 108;
const S = 115;
const Z = 122;
const W = 119;
const X = 120;
const T = 116;

function isAeiou(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

/** Natural's vowel test for the character at `i` (see the file comment for `y`). */
function isVowelAt(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (isAeiou(c)) return true;
  if (c !== Y || i === 0) return false;
  const before = w.charCodeAt(i - 1);
  return before !== Y && !isAeiou(before);
}

/** Whether `w.slice(0, end)` holds a vowel. */
function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(w, i)) return true;
  return false;
}

// Kinds of character, as natural's categorizeGroups merges them into groups.
const NONE = 0;
const CONSONANT = 1;
const VOWEL_RUN = 2; // a, e, i, o, u: adjacent ones form one group
const VOWEL_Y = 3; // a vowel y: a group by itself, never merged with the vowels after it

/**
 * Twice natural's measure of `w.slice(0, end)`, so that it stays an integer: the number of groups,
 * less a leading consonant group and a trailing vowel group. Natural gives -1 for the empty word.
 */
function measure2(w: string, end: number): number {
  if (end === 0) return -2;
  let groups = 0;
  let kind = NONE;
  for (let i = 0; i < end; i++) {
    const c = w.charCodeAt(i);
    let next = CONSONANT;
    if (isAeiou(c)) next = VOWEL_RUN;
    else if (c === Y && isVowelAt(w, i)) next = VOWEL_Y;
    if (next !== kind) groups++;
    kind = next;
  }
  const leadingConsonant = isAeiou(w.charCodeAt(0)) ? 0 : 1;
  const trailingVowel = kind === CONSONANT ? 0 : 1;
  return groups - leadingConsonant - trailingVowel;
}

/**
 * Whether `w.slice(0, end)` ends consonant, vowel, consonant, the last not w, x or y: natural's
 * `categorizeChars(...) === 'CVC'` with `/[^wxy]$/` (and `/[^wxy].$/` in step 5a, one character
 * earlier).
 */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false;
  const last = w.charCodeAt(end - 1);
  if (last === W || last === X || last === Y) return false;
  return !isVowelAt(w, end - 3) && isVowelAt(w, end - 2) && !isVowelAt(w, end - 1);
}

function step1a(w: string): string {
  const n = w.length;
  if (n >= 3 && w.charCodeAt(n - 1) === S && w.charCodeAt(n - 2) === E) {
    const c = w.charCodeAt(n - 3);
    if (c === I || (c === S && n >= 4 && w.charCodeAt(n - 4) === S)) return w.slice(0, n - 2);
  }
  if (n > 2 && w.charCodeAt(n - 1) === S && w.charCodeAt(n - 2) !== S) return w.slice(0, n - 1);
  return w;
}

function step1b(w: string): string {
  const n = w.length;
  if (w.endsWith('eed')) return measure2(w, n - 3) > 0 ? w.slice(0, n - 1) : w;
  let end: number;
  if (w.endsWith('ed')) end = n - 2;
  else if (w.endsWith('ing')) end = n - 3;
  else return w;
  // Natural keeps the word when nothing, or nothing with a vowel, is left.
  if (!hasVowel(w, end)) return w;
  const stem = w.slice(0, end);
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  const last = w.charCodeAt(end - 1);
  if (end >= 2 && last === w.charCodeAt(end - 2) && !isAeiou(last) && last !== L && last !== S && last !== Z) {
    return w.slice(0, end - 1);
  }
  // Natural's `measure === 1`: exactly 1, so a fractional 1.5 does not count.
  if (measure2(w, end) === 2 && endsCvc(w, end)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  const n = w.length;
  if (n > 0 && w.charCodeAt(n - 1) === Y && hasVowel(w, n - 1)) return w.slice(0, n - 1) + 'i';
  return w;
}

/** A suffix and what replaces it. */
type Rule = readonly [suffix: string, replacement: string];

/**
 * Rules grouped by the code of their suffix's last character, so a word is tested only against
 * suffixes it may end with. Each group keeps natural's list order, which decides between a suffix
 * and a longer one that ends with it ("ational" before "tional").
 */
function byLastChar(rules: readonly Rule[]): (readonly Rule[] | undefined)[] {
  const table: Rule[][] = [];
  for (const rule of rules) (table[rule[0].charCodeAt(rule[0].length - 1)] ??= []).push(rule);
  return table;
}

/**
 * Natural's replacePatterns with a minimum measure of 0: the first rule (in list order) whose
 * suffix ends the word and leaves a stem of measure above 0 applies. Natural goes on down the
 * list, but no later rule can match what an earlier one produced, so stopping changes nothing.
 */
function applyFirst(w: string, table: (readonly Rule[] | undefined)[]): string {
  const rules = table[w.charCodeAt(w.length - 1)];
  if (rules === undefined) return w;
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const end = w.length - suffix.length;
    if (measure2(w, end) > 0) return w.slice(0, end) + replacement;
  }
  return w;
}

const STEP2 = byLastChar([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['abli', 'able'], ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
  ['logi', 'log'],
]);

const STEP3 = byLastChar([
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''],
  ['ness', ''],
]);

/** Step 4's suffixes by last character, longest first: natural's lazy `^(.+?)` takes the longest. */
const STEP4 = byLastChar(
  [
    'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ent', 'ant', 'ism', 'ate', 'iti', 'ous', 'ive',
    'ize', 'al', 'er', 'ic', 'ou',
  ].map((suffix): Rule => [suffix, '']),
);

/** The characters JavaScript's `.` does not match. */
function hasLineTerminator(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * Natural's two regexes: the longest suffix of STEP4, or "ion" after s or t. No STEP4 suffix ends
 * in n, so at most one of them matches a word, and only that one suffix is tried: a shorter one is
 * not, even when the longest leaves too short a stem.
 */
function step4(w: string): string {
  const n = w.length;
  const rules = STEP4[w.charCodeAt(n - 1)];
  let cut = 0;
  if (rules !== undefined) {
    for (const [suffix] of rules) {
      // `(.+?)` needs at least one character before the suffix.
      if (n > suffix.length && w.endsWith(suffix)) {
        cut = suffix.length;
        break;
      }
    }
  } else if (n >= 5 && w.endsWith('ion') && (w.charCodeAt(n - 4) === S || w.charCodeAt(n - 4) === T)) {
    cut = 3;
  }
  if (cut === 0 || measure2(w, n - cut) <= 2 || hasLineTerminator(w)) return w;
  return w.slice(0, n - cut);
}

function step5a(w: string): string {
  const n = w.length;
  if (n === 0 || w.charCodeAt(n - 1) !== E) return w;
  const m2 = measure2(w, n - 1);
  if (m2 > 2 || (m2 === 2 && !endsCvc(w, n - 1))) return w.slice(0, n - 1);
  return w;
}

function step5b(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === L && w.charCodeAt(n - 2) === L && measure2(w, n) > 2) {
    return w.slice(0, n - 1);
  }
  return w;
}

/** The Porter stem of `word`: for every string, what natural's `PorterStemmer.stem` returns. */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  const w = step1c(step1b(step1a(word.toLowerCase())));
  return step5b(step5a(step4(applyFirst(applyFirst(w, STEP2), STEP3))));
}
