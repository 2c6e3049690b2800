/*
 * Syllables of numbers as an American reader says them: "2020" is "twenty twenty" (4), "3.5"
 * "three point five" (3), "1,000" "one thousand" (3), "2nd" "second" (2). No dependency: the
 * few tables below are the syllables of the number words, counted by hand (CMU agrees on each).
 */

/** zero … nine ("zero" and "seven" have two). */
const ONES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1];
/** ten … nineteen (e-lev-en, sev-en-teen). */
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
/** —, —, twenty … ninety (sev-en-ty). */
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];
const HUNDRED = 2;
const POINT = 1;
/** "oh", as a zero is read in a year ("nineteen oh five") or before other digits ("007"). */
const OH = 1;
/** thousand, million, billion, trillion, quadrillion: the words for each group of three digits. */
const SCALES = [0, 2, 2, 2, 2, 3];
/** Beyond quadrillions nobody reads a number as one: it is read digit by digit. */
const LONGEST_CARDINAL = 3 * SCALES.length;

/** Digit by digit ("3.14159": one four one five nine after the point). */
export function digitSyllables(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) n += ONES[digits.charCodeAt(i) - 0x30];
  return n;
}

/** 1–99 as words; 0 for 0 (it is not said inside a larger number). */
function belowHundred(n: number): number {
  if (n === 0) return 0;
  if (n < 10) return ONES[n];
  if (n < 20) return TEENS[n - 10];
  return TENS[Math.floor(n / 10)] + (n % 10 === 0 ? 0 : ONES[n % 10]);
}

/** 1–999 as words ("three hundred forty-two"; American English: no "and"). */
function belowThousand(n: number): number {
  const h = Math.floor(n / 100);
  return (h > 0 ? ONES[h] + HUNDRED : 0) + belowHundred(n % 100);
}

/**
 * A whole number written in `digits` (no separators) as cardinal English: "100" one hundred,
 * "1000000" one million. Leading zeros are each "oh" ("007", "09"), a lone "0" is "zero", and a
 * number too long to say as one is read digit by digit.
 */
export function cardinalSyllables(digits: string): number {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 0x30) start++;
  const body = digits.slice(start);
  if (body === '0') return start === 0 ? ONES[0] : OH * digits.length;
  if (body.length > LONGEST_CARDINAL) return digitSyllables(digits);
  let n = start * OH;
  for (let end = body.length, scale = 0; end > 0; end -= 3, scale++) {
    const group = Number(body.slice(Math.max(0, end - 3), end));
    if (group > 0) n += belowThousand(group) + SCALES[scale];
  }
  return n;
}

/** A year read in pairs: "1999" nineteen ninety-nine, "2020" twenty twenty, "1905" nineteen oh five. */
function yearSyllables(year: number): number {
  const low = year % 100;
  return belowHundred(Math.floor(year / 100)) + (low < 10 ? OH + ONES[low] : belowHundred(low));
}

/**
 * Whether a plain four-digit number is read as a year: 1100–2099 and not a round hundred
 * ("1900" and "2000" are read as cardinals, "nineteen hundred" aside). Prose numbers of four
 * digits in that range are mostly years; a quantity is usually written "1,500".
 */
export function isYear(digits: string): boolean {
  if (digits.length !== 4 || digits.endsWith('00')) return false;
  const n = Number(digits);
  return n >= 1100 && n <= 2099;
}

/** A run of digits standing alone: a year or a cardinal. */
function wholeSyllables(digits: string): number {
  return isYear(digits) ? yearSyllables(Number(digits)) : cardinalSyllables(digits);
}

/**
 * The syllables an ordinal suffix changes: "two" → "second" (+1), "twenty" → "twentieth"
 * (+1); every other last word keeps its count (first, third, fifth, twelfth, hundredth…).
 */
export function ordinalExtra(digits: string): number {
  const n = Number(digits.slice(-2));
  if (n >= 20 && n % 10 === 0) return 1;
  return n % 10 === 2 && n !== 12 ? 1 : 0;
}

/** The syllables a plural -s adds to a number's last word: only "six" → "sixes" ("the 1990s": none). */
export function pluralExtra(digits: string): number {
  const n = Number(digits.slice(-2));
  return n % 10 === 6 && n !== 16 ? 1 : 0;
}

/** Groups after the first are thousands: "1,000", "12,345,678" (not "1,2", a list). */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Syllables of a number as the tokenizer writes it: digits with optional thousands separators
 * and decimal points. After a single point the digits are read one by one ("3.14": three point
 * one four); a number with several points is a version or an address ("1.25.1", "127.0.0.1"),
 * each part read as a number with "point" between. Commas that do not separate thousands
 * ("1,2") separate numbers read in turn.
 */
export function numberSyllables(written: string): number {
  const parts = written.split('.');
  let n = 0;
  if (parts.length === 2) {
    n = integerSyllables(parts[0]) + POINT + digitSyllables(parts[1]);
  } else {
    for (let i = 0; i < parts.length; i++) n += (i > 0 ? POINT : 0) + integerSyllables(parts[i]);
  }
  return n;
}

function integerSyllables(written: string): number {
  if (!written.includes(',')) return wholeSyllables(written);
  if (THOUSANDS.test(written)) return cardinalSyllables(written.replace(/,/g, ''));
  let n = 0;
  for (const part of written.split(',')) if (part !== '') n += wholeSyllables(part);
  return n;
}

/**
 * Digits glued to letters ("x86", "i386", "Win32", "ES2015", "H.264"): one or two digits as a
 * number, three in the way of a model name ("three eighty-six", "five oh nine"), four as a
 * year when they can be one, longer ones as a cardinal.
 */
export function attachedSyllables(digits: string): number {
  if (digits.length === 3 && digits.charCodeAt(0) !== 0x30) {
    const low = Number(digits.slice(1));
    return ONES[digits.charCodeAt(0) - 0x30] + (low === 0 ? HUNDRED : low < 10 ? OH + ONES[low] : belowHundred(low));
  }
  return wholeSyllables(digits);
}
