import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOutsideWords } from '../src/text/ascii-word.js';
import { dottedAscii, WordFolder } from '../src/text/fold.js';
import { tokenize, wordPattern } from '../src/text/tokenize.js';

const folder = new WordFolder();

/** The words as the pattern alone finds them: [start, surface]. */
function byPattern(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(wordPattern().source, wordPattern().flags))].map((m) => [m.index, m[0]]);
}

/**
 * The pattern's words and a "%" word wherever one follows a number with nothing or white space
 * between ("30%", "30 %", "30\u00a0%"): what the tokenizer is to find.
 */
function byPatternAndPercent(text: string): Array<[number, string]> {
  const words = byPattern(text);
  const out: Array<[number, string]> = [];
  let next = 0;
  for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', at + 1)) {
    while (next < words.length && words[next][0] < at) out.push(words[next++]);
    const prev = out[out.length - 1];
    if (prev === undefined || prev[1] === '%') continue;
    const end = prev[0] + prev[1].length;
    if (/\d$/.test(prev[1]) && /^[ \n\t\r\u00a0\u2000-\u200b\u202f\u3000]*$/.test(text.slice(end, at))) out.push([at, '%']);
  }
  return [...out, ...words.slice(next)];
}

function byTokenizer(text: string): Array<[number, string]> {
  return tokenize(text, folder).list().map((t) => [t.start, t.surface]);
}

// The characters where reading ASCII by hand could go wrong: inner apostrophes (straight and
// curly), decimals, dotted abbreviations, C++ and C#, letters and marks outside ASCII next to ASCII,
// punctuation outside ASCII that the fast path reads as in no word, and "%" after a number.
const PIECES = ['“', '”', '—', '–', '\u00a0', '…', '«', '»', '\u3000', '\u2009', '•', 'a', 'B', 'z', 'Z', '0', '9', '.', ',', "'", '’', '‘', 'ʼ', '+', '#', '-', ' ', '\n', 'é', '\u0301', '²', '٣', '_', 'ß', 'U', 'S', '(', '"', '\uFFFC', '!', 'x', 'a.', 'U.S.', 'e.g.', 'a.b.c.d.e.f.', 'Trump’s', 'n’t', '.gov', '.g', '.é', 'cloud', '.io.', '%', '%%', '\u202f', '30', '9\u00a0%', '0\u202f%'];

describe('the ASCII fast path of the tokenizer', () => {
  it('reads as in no word only characters that are no letter, digit or mark', () => {
    const inWords = /[\p{L}\p{N}\p{M}]/u;
    for (let c = 0x80; c <= 0xffff; c++) if (isOutsideWords(c)) expect(inWords.test(String.fromCharCode(c)), c.toString(16)).toBe(false);
  });

  it('reads a "%" after a number and spaces of any kind as a word, and no other "%"', () => {
    // A no-break space (U+00A0) or a narrow one (U+202F) is how French and German set "30 %".
    const words = (text: string) => tokenize(text, folder).list().map((t) => [t.start, t.surface]);
    expect(words('30\u00a0% off, 30 % off, 30% off')).toEqual([[0, '30'], [3, '%'], [5, 'off'], [10, '30'], [13, '%'], [15, 'off'], [20, '30'], [22, '%'], [24, 'off']]);
    expect(words('“50%” — 20\u202f%')).toEqual([[1, '50'], [3, '%'], [8, '20'], [11, '%']]);
    expect(words('5—% x, “%” 7 »%')).toEqual([[0, '5'], [4, 'x'], [11, '7']]);
  });

  it('finds the words the pattern finds, where they stand, and a "%" after a number', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')), (text) => {
        expect(byTokenizer(text)).toEqual(byPatternAndPercent(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: 20261127 },
    );
  });

  it('reads the hard cases as the pattern does', () => {
    for (const text of ["don't9", "U.S. and e.g. x.y", 'C++ C# C#5 a#é 2.0, 1,000.5 v2.0.1', "it’s rock’n’roll", 'end.', "a'", 'x+', 'a.b.c.d.e.f.g.h.i.j.', 'a.b.c.d.e.f.g.h.i.j.k.', 'a.b.c.d.e.f.g.h.i.j.k', 'U.S.A', 'U.S.é', 'U.S.2', 'Trump’ s', 'Trump’é', 'Trump’s’', 'a.b.’s', 'cloud.gov', 'cloud.gov.', 'x.y', 'i.e', 'docs.rs/x', 'a.bé', 'a.éb', 'x.a1', 'ASP.NET', 'U.S.gov', '“phase”', 'isn’t—it', 'U.S.”', 'a.b”', 'x.a”', 'C#”', 'e.g.\u00a0x', 'it’”', '2.”', '— 2.0 …']) {
      expect(byTokenizer(text)).toEqual(byPattern(text));
    }
  });
});

describe('dotted abbreviations read by hand', () => {
  it('are the ASCII spellings the pattern reads as dotted', () => {
    const dotted = /^(?:\p{L}\.)+\p{L}?\.?$/u;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Z', '.', '1', '-', 'U.', 'S.', 'e.g'), { maxLength: 10 }).map((a) => a.join('')), (s) => {
        expect(dottedAscii(s)).toBe(dotted.test(s));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: 20261202 },
    );
  });
});
