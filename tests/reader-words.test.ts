import { describe, expect, it } from 'vitest';
import { WordFolder } from '../src/text/fold.js';
import { tokenize } from '../src/text/tokenize.js';
import { count, report } from './helpers.js';
import { doc } from './parse-helpers.js';

const folder = new WordFolder();
/** Tokens as `surface`, `~` when not a written word's first, `^` when a sentence's first. */
const marked = (text: string, code?: number[]) =>
  tokenize(text, folder, undefined, code)
    .list()
    .map((w) => `${w.surface}${w.wordStart ? '' : '~'}${w.sentenceStart ? '^' : ''}`);

describe('what the tokenizer reads as words', () => {
  it.each([
    ['a bare domain is one word', 'I use cloud.gov. It works', ['I^', 'use', 'cloud.gov', 'It^', 'works']],
    ['an address is one written word', 'See example.com/docs now', ['See^', 'example.com', 'docs~', 'now']],
    ['"U.S." and sentence ends stay as they were', 'In the U.S. The talks', ['In^', 'the', 'U.S.', 'The^', 'talks']],
    ['one letter after a dot is no name', 'x.y and i.e then', ['x^', 'y~', 'and', 'i', 'e~', 'then']],
    ['a capital after a dot starts a sentence, in one written word', 'the end.Then more', ['the^', 'end', 'Then~^', 'more']],
    ['"%" after a number is a token of its own', 'a 30% cut, 30 % more', ['a^', '30', '%~', 'cut', '30', '%', 'more']],
    ['"%" after a no-break space is one too (French and German set it so)', 'une baisse de 30\u00a0% et 5\u202f%', ['une^', 'baisse', 'de', '30', '%', 'et', '5', '%']],
    ['"%" elsewhere is punctuation', 'the % sign, x%', ['the^', 'sign', 'x']],
  ])('%s', (_what, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it('ends no sentence inside code, and flags its words', () => {
    // "Call os.Exit now. Done": the code is "os.Exit" (offsets 5–12).
    expect(marked('Call os.Exit now. Done', [5, 12])).toEqual(['Call^', 'os', 'Exit~', 'now', 'Done^']);
    expect(tokenize('Call os.Exit now. Done', folder, undefined, [5, 12]).list().map((w) => w.code)).toEqual([false, true, true, false, false]);
  });

  it('reads an acronym with a small plural s as the acronym', () => {
    expect(['READMEs', 'APIs', 'URLs', "README's", 'Is', 'Os'].map((w) => folder.form(w).acronym)).toEqual([true, true, true, true, false, false]);
  });
});

describe('what a reader sees is matched and counted', () => {
  it('matches "30 % off" however the space before the "%" is written', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2007']) expect(count(`Get 30${space}% off today.`, '30 % off')).toBe(1);
  });

  it('matches a phrase written partly in code, in a heading too', () => {
    expect(count('Using `async fn` in traits is new.', 'async fn in traits')).toBe(1);
    expect(count('## `async fn` in traits\n', 'async fn in traits')).toBe(1);
  });

  it('counts code as words, for counts and density', () => {
    const r = report('Run `go test -v` before you push.\n', { keyphrases: ['go test'] });
    expect(r.stats.words).toBe(7);
    expect(r.keyphrases[0]).toMatchObject({ count: 1, density: 14.29 });
  });

  it('finds a keyphrase typed in capitals in its plural and possessive', () => {
    expect(count('Write personal READMEs. A personal README’s tone matters.', 'personal README')).toBe(2);
    expect(count('Our APIs and URLs', 'API')).toBe(1);
    expect(count('the apis', 'API')).toBe(0);
  });

  it('matches "30% off" written either way, and counts words as wc -w does', () => {
    expect(count('Get 30 % off today.', '30% off')).toBe(1);
    expect(count('Get 30% off today.', '30 % off')).toBe(1);
    expect(report('Get 30% off.\n').stats.words).toBe(3);
    expect(report('Get 30 % off.\n').stats.words).toBe(4);
  });

  it('reads a bare domain as words, not as a link; a www. address or a URL is a link', () => {
    const d = doc('Deploy to cloud.gov or docs.rs, see www.example.com or https://example.com/x.\n');
    expect(d.links.map((l) => [l.href, l.text])).toEqual([
      ['http://www.example.com', 'www.example.com'],
      ['https://example.com/x', 'https://example.com/x'],
    ]);
    expect(count('cloud.gov is a platform. Use cloud.gov.', 'cloud.gov')).toBe(2);
  });
});
