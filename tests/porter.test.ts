import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../src/text/porter.js';
import { FIXTURES } from './helpers.js';

// porterStem must be a drop-in for natural's stemmer, so every expectation here is natural's own
// answer, never a hand-written stem.

/** The inputs on which the two stemmers disagree, with both answers. */
function disagreements(words: Iterable<string>): { word: string; natural: string; ours: string }[] {
  const out = [];
  for (const word of words) {
    const ours = porterStem(word);
    const theirs = porter.stem(word);
    if (ours !== theirs) out.push({ word, natural: theirs, ours });
  }
  return out;
}

describe('porterStem against natural', () => {
  it('agrees on every distinct word of the fixtures', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    const words = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(FIXTURES + file, 'utf8').matchAll(/[\p{L}\p{N}']+/gu)) words.add(match[0].toLowerCase());
    }
    expect(words.size).toBeGreaterThan(1000);
    expect(disagreements(words)).toEqual([]);
  });

  // Each step of the algorithm, and the inputs natural treats oddly.
  const EDGE_CASES = [
    // step 1a
    'caresses', 'ponies', 'ties', 'ies', 'sses', 'caress', 'cats', 'gas', 'this', 'ss', 'sss',
    // step 1b
    'feed', 'agreed', 'eed', 'eeds', 'plastered', 'bled', 'motoring', 'sing', 'ing', 'ed', 'eds',
    'conflated', 'troubled', 'sized', 'hopping', 'tanned', 'falling', 'hissing', 'fizzed',
    'failing', 'filing', 'hoping', 'boxed', 'snowing', 'played', 'yed', 'dying',
    // step 1c
    'happy', 'sky', 'say', 'by', 'toy', 'y', 'yy', 'yyy', 'yyyy', 'ayy', 'byy', 'syzygy',
    // step 2
    'relational', 'conditional', 'rational', 'valenci', 'hesitanci', 'digitizer', 'conformabli',
    'radicalli', 'differentli', 'vileli', 'analogousli', 'vietnamization', 'predication',
    'operator', 'feudalism', 'decisiveness', 'hopefulness', 'callousness', 'formaliti',
    'sensitiviti', 'sensibiliti', 'archaeologi', 'byational', 'byabli',
    // step 3
    'triplicate', 'formative', 'formalize', 'electriciti', 'electrical', 'hopeful', 'goodness',
    // step 4
    'revival', 'allowance', 'inference', 'airliner', 'gyroscopic', 'adjustable', 'defensible',
    'irritant', 'replacement', 'adjustment', 'dependent', 'adoption', 'homologou', 'communism',
    'activate', 'angulariti', 'homologous', 'effective', 'bowdlerize', 'ement', 'xment', 'ment',
    'conclusion', 'tion', 'ation', 'abation',
    // step 5
    'probate', 'rate', 'cease', 'controll', 'roll', 'e', 'ee', 'hope', 'bowe', 'boxe',
    // short words come back as given, not lower-cased
    '', 'a', 'ab', 'AB', 'A', 'Ab', 'İİ',
    // digits, apostrophes, hyphens, upper case
    '1990s', '3rd', 'mp3s', 'covid19', '123456', "don't", "trump's", "o'clock", "'tis", "cats'",
    'well-being', 'state-of-the-art', 'follow-ups', 'RUNNING', 'Caresses', 'McDonald',
    'HAPPY', 'NASA', 'İstanbul', 'ΣΊΣΥΦΟΣ',
    // other scripts and symbols
    'café', 'cafés', 'naïve', 'résumés', 'über', 'straße', 'встречи', 'переговоры', 'مرحبا',
    '日本語', '😀😀😀', 'hopping😀', '😀ing', 'e\u0301te\u0301', 'ﬁnalization',
    // line terminators: natural's step 4 uses `.`, which stops at them
    'a\nreplacement', 'replace\nment', 'x\rconclusion', 'ab\u2028ement', 'hop\nping',
    ' spaces ', '\t\ttabbed', 'adoption\n',
  ];

  it.each(EDGE_CASES)('agrees on %j', (word) => {
    expect(porterStem(word)).toBe(porter.stem(word));
  });
});

describe('porterStem against natural, as properties', () => {
  const PARAMS = { seed: 20261127, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) };

  /** Strings of 0–20 characters drawn from `alphabet`. */
  const over = (alphabet: string) =>
    fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 20 }).map((chars) => chars.join(''));

  // y-heavy and vowel-heavy mixes reach natural's y and measure quirks far more often than a–z;
  // mixed case checks that case is folded only for words of three units or more.
  const latin = fc.oneof(
    over('abcdefghijklmnopqrstuvwxyz'),
    over('yyyyyyaeioubcdlst'),
    over('aeiouaeiouybdlnst'),
    over('aeiouyAEIOUYbdlnsgtBDLNSGT'),
  );

  // Suffixes of every step glued to a short stem, so that each rule fires with measures near its
  // threshold.
  const SUFFIXES = [
    'ational', 'tional', 'enci', 'anci', 'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli',
    'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti',
    'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance',
    'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti',
    'ous', 'ive', 'ize', 'sion', 'tion', 'e', 'll', 'sses', 'ies', 's', 'eed', 'ed', 'ing', 'y',
  ];
  const suffixed = fc
    .tuple(over('aeiouybcdlmnrstwxz'), fc.array(fc.constantFrom(...SUFFIXES), { maxLength: 3 }))
    .map(([stem, suffixes]) => (stem.slice(0, 8) + suffixes.join('')).slice(0, 20));

  it('agrees on Latin letters, y- and vowel-heavy mixes', () => {
    fc.assert(fc.property(latin, (word) => porterStem(word) === porter.stem(word)), PARAMS);
  });

  it('agrees on stems followed by suffixes the steps remove', () => {
    fc.assert(fc.property(suffixed, (word) => porterStem(word) === porter.stem(word)), PARAMS);
  });

  it('agrees on arbitrary unicode strings', () => {
    // Whole code points, and single UTF-16 units (lone surrogates, line terminators) as well.
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
    const unit = fc.oneof(codePoint, codeUnit, fc.constantFrom(...'aeiouy'));
    const text = fc.string({ unit, minLength: 0, maxLength: 20 });
    fc.assert(fc.property(text, (word) => porterStem(word) === porter.stem(word)), PARAMS);
  });

  it('agrees on unicode strings that end like English words', () => {
    const text = fc
      .tuple(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...SUFFIXES))
      .map(([head, suffix]) => head + suffix);
    fc.assert(fc.property(text, (word) => porterStem(word) === porter.stem(word)), PARAMS);
  });
});
