/**
 * A fast path for the tokenizer's WORD pattern (tokenize.ts) over ASCII text, which is most of
 * what articles hold: reading character codes finds the same words without a regular-expression
 * match object per word. Wherever a character outside ASCII could change the match (a letter,
 * mark or curly apostrophe), or the match could be a dotted abbreviation ("U.S."), it answers -1
 * and the pattern decides.
 */

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether an ASCII character can start a word (a letter or a digit). */
export function isAsciiWordStart(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/**
 * Where the word WORD matches at `i` ends, `text[i]` being an ASCII letter or digit; -1 when
 * only the pattern can tell. Past the end of `text`, charCodeAt gives NaN, which is no character.
 */
export function asciiWordEnd(text: string, i: number): number {
  // "U.S.": the pattern tries dotted abbreviations first.
  if (isLetter(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 0x2e) return -1;
  let j = i + 1;
  let c = text.charCodeAt(j);
  while (isLetter(c) || isDigit(c)) c = text.charCodeAt(++j);
  if (c >= 0x80) return -1;
  // Inner apostrophes ("don't") and decimals ("2.0", "1,000"), as often as they come.
  for (;;) {
    const next = text.charCodeAt(j + 1);
    if (c === 0x27 && isLetter(next)) {
      j += 2;
      while (isLetter((c = text.charCodeAt(j)))) j++;
    } else if ((c === 0x2e || c === 0x2c) && isDigit(next)) {
      j += 2;
      while (isDigit((c = text.charCodeAt(j)))) j++;
    } else if ((c === 0x27 || c === 0x2e || c === 0x2c) && next >= 0x80) {
      return -1;
    } else break;
    if (c >= 0x80) return -1;
  }
  // The suffixes of C++ and C#.
  if (c === 0x2b && text.charCodeAt(j + 1) === 0x2b) return j + 2;
  if (c === 0x23) {
    const next = text.charCodeAt(j + 1);
    if (next >= 0x80) return -1;
    return isLetter(next) || isDigit(next) ? j : j + 1;
  }
  return j;
}
