/**
 * A fast path for the tokenizer's word pattern (tokenize.ts, wordPattern) over ASCII text, which is most of
 * what articles hold: reading character codes finds the same words without a regular-expression
 * match object per word. Wherever a character outside ASCII could change the match (a letter or a
 * mark), it answers -1 and the pattern decides. Dotted abbreviations ("U.S.") and curly
 * apostrophes ("Trump’s") are read here too, and so is punctuation outside ASCII that can be in
 * no word (“quotes”, dashes, no-break spaces): nearly every English article has some, and the
 * pattern's first two uses cost a run 10–30 ms of compiling its Unicode classes.
 */

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Apostrophes WORD allows inside a word: ' ’ ‘ (not ʼ, which is a letter, and left to WORD). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

/**
 * The character code at `i`, 0 past the end (which, as NaN would, is no letter, digit or mark).
 * charCodeAt past the end gives NaN, and a function that once sees it is compiled for numbers
 * that may be NaN: reading the corpus's words took 3.5 times as long as with the bound checked.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/**
 * Characters outside ASCII that no part of WORD matches (no letter, digit or mark, nor one of
 * its apostrophes but as below): the no-break space, « and », General Punctuation (U+2000–
 * U+206F: spaces, dashes, quotes, bullets, the ellipsis), the ideographic space, comma and full
 * stop, and BREAK (U+FFFC). tests/tokenize-fast-path.test.ts holds each to \p{L}, \p{N} and
 * \p{M}. The apostrophes ’ and ‘ are among them: WORD reads them only between letters, which
 * asciiWordEnd looks at first.
 */
export function isOutsideWords(c: number): boolean {
  return c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3002) || c === 0xfffc;
}

/** Whether an ASCII character can start a word (a letter or a digit). */
export function isAsciiWordStart(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/**
 * Where the word WORD matches at `i` ends, `text[i]` being an ASCII letter or digit; -1 when
 * only the pattern can tell.
 */
export function asciiWordEnd(text: string, i: number): number {
  // "U.S.": the pattern tries dotted abbreviations first.
  if (isLetter(codeAt(text, i)) && codeAt(text, i + 1) === 0x2e) {
    const end = dottedEnd(text, i);
    if (end !== 0) return end;
  }
  let j = i + 1;
  let c = codeAt(text, j);
  while (isLetter(c) || isDigit(c)) c = codeAt(text, ++j);
  // Inner apostrophes ("don't", "Trump’s"), decimals ("2.0", "1,000") and dotted lower-case
  // parts ("cloud.gov": a dot, then two lower-case letters or digits, the first a letter), as
  // often as they come.
  for (;;) {
    if (c >= 0x80 && !isApostrophe(c)) {
      // "“phase”": a word ends at punctuation no part of WORD reads.
      if (isOutsideWords(c)) break;
      return -1;
    }
    const next = codeAt(text, j + 1);
    if (isApostrophe(c) && isLetter(next)) {
      j += 2;
      while (isLetter((c = codeAt(text, j)))) j++;
    } else if ((c === 0x2e || c === 0x2c) && isDigit(next)) {
      j += 2;
      while (isDigit((c = codeAt(text, j)))) j++;
    } else if (c === 0x2e && isLower(next)) {
      const third = codeAt(text, j + 2);
      if (third >= 0x80 && !isOutsideWords(third)) return -1;
      if (!isLower(third) && !isDigit(third)) break;
      j += 3;
      while (isLower((c = codeAt(text, j))) || isDigit(c)) j++;
    } else if ((isApostrophe(c) || c === 0x2e || c === 0x2c) && next >= 0x80 && !isOutsideWords(next)) {
      return -1;
    } else break;
  }
  // The suffixes of C++ and C#.
  if (c === 0x2b && codeAt(text, j + 1) === 0x2b) return j + 2;
  if (c === 0x23) {
    const next = codeAt(text, j + 1);
    if (next >= 0x80 && !isOutsideWords(next)) return -1;
    return isLetter(next) || isDigit(next) ? j : j + 1;
  }
  return j;
}

/**
 * Where WORD, searching from `from`, could next match, or a "%" stands: the first character that
 * is neither ASCII outside words nor isOutsideWords; `text.length` when there is none. WORD
 * matches nothing before it.
 */
export function nextPossibleWord(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A "%" stops the search too: it may be a word after a number (tokenize.ts).
    if (c < 0x80 ? isAsciiWordStart(c) || c === 0x25 : !isOutsideWords(c)) break;
  }
  return i;
}

/**
 * Where WORD's first branch, `(?:\p{L}\.){2,10}(?!\p{L})`, matches at `i`: the end of the
 * run of letter-dot pairs when it has 2 to 10 of them and no letter follows (a shorter run would
 * be followed by the next pair's letter); 0 when it does not match; -1 when a character outside
 * ASCII decides.
 */
function dottedEnd(text: string, i: number): number {
  let pairs = 0;
  let p = i;
  for (;;) {
    const c = codeAt(text, p);
    if (c >= 0x80 && !isOutsideWords(c)) return -1;
    if (!isLetter(c) || codeAt(text, p + 1) !== 0x2e) break;
    // Past ten pairs the branch cannot match; reading on would make "a.a.a.…" quadratic.
    if (++pairs > 10) return 0;
    p += 2;
  }
  return pairs >= 2 && !isLetter(codeAt(text, p)) ? p : 0;
}
