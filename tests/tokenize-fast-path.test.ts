import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFolder } from '../src/text/fold.js';
import { tokenize, wordPattern } from '../src/text/tokenize.js';

const folder = new WordFolder();

/** The words as the pattern alone finds them: [start, surface]. */
function byPattern(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(wordPattern().source, wordPattern().flags))].map((m) => [m.index, m[0]]);
}

function byTokenizer(text: string): Array<[number, string]> {
  return tokenize(text, folder).list().map((t) => [t.start, t.surface]);
}

// The characters where reading ASCII by hand could go wrong: inner apostrophes (straight and
// curly), decimals, dotted abbreviations, C++ and C#, letters and marks outside ASCII next to ASCII.
const PIECES = ['a', 'B', 'z', 'Z', '0', '9', '.', ',', "'", '’', '‘', 'ʼ', '+', '#', '-', ' ', '\n', 'é', '\u0301', '²', '٣', '_', 'ß', 'U', 'S', '(', '"', '\uFFFC', '!', 'x', 'a.', 'U.S.', 'e.g.', 'a.b.c.d.e.f.', 'Trump’s', 'n’t', '.gov', '.g', '.é', 'cloud', '.io.'];

describe('the ASCII fast path of the tokenizer', () => {
  it('finds the words the pattern finds, where they stand', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')), (text) => {
        expect(byTokenizer(text)).toEqual(byPattern(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: 20261127 },
    );
  });

  it('reads the hard cases as the pattern does', () => {
    for (const text of ["don't9", "U.S. and e.g. x.y", 'C++ C# C#5 a#é 2.0, 1,000.5 v2.0.1', "it’s rock’n’roll", 'end.', "a'", 'x+', 'a.b.c.d.e.f.g.h.i.j.', 'a.b.c.d.e.f.g.h.i.j.k.', 'a.b.c.d.e.f.g.h.i.j.k', 'U.S.A', 'U.S.é', 'U.S.2', 'Trump’ s', 'Trump’é', 'Trump’s’', 'a.b.’s', 'cloud.gov', 'cloud.gov.', 'x.y', 'i.e', 'docs.rs/x', 'a.bé', 'a.éb', 'x.a1', 'ASP.NET', 'U.S.gov']) {
      expect(byTokenizer(text)).toEqual(byPattern(text));
    }
  });
});
