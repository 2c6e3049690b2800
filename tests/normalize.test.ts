import { describe, expect, it } from 'vitest';
import { count, report } from './helpers.js';

/** One row per normalisation rule: the text as written, the keyphrase, and the count expected. */
const rows: Array<[rule: string, text: string, phrase: string, expected: number]> = [
  ['NFKC: full-width letters', 'The ｍｅｅｔｉｎｇ ended.', 'meeting', 1],
  ['NFKC: ligatures', 'The ﬁnal offer came.', 'final offer', 1],
  ['case folding', 'TRUMP PUTIN MEETING was cancelled.', 'trump putin meeting', 1],
  ['diacritics: text accented', 'We met at the café.', 'cafe', 1],
  ['diacritics: keyphrase accented', 'We met at the cafe.', 'café', 1],
  ['curly apostrophe possessive', 'Trump’s plan failed.', 'Trump plan', 1],
  ['straight apostrophe possessive', "Trump's plan failed.", 'Trump plan', 1],
  ['possessive in the keyphrase', 'Trump plan failed.', "Trump's plan", 1],
  ['hyphen splits words', 'The Trump-Putin meeting ended.', 'Trump Putin meeting', 1],
  ['en dash splits words', 'The Trump–Putin meeting ended.', 'Trump Putin meeting', 1],
  ['em dash splits words', 'The Trump—Putin meeting ended.', 'Trump Putin meeting', 1],
  ['slash splits words', 'The Trump/Putin meeting ended.', 'Trump Putin meeting', 1],
  ['spaced dash is punctuation', 'They met Trump — Putin meeting aides later.', 'Trump Putin meeting', 0],
  ['dotted abbreviation joined', 'Strained U.S. Russia relations.', 'US Russia relations', 1],
  ['dotted abbreviation before a hyphen', 'Strained U.S.-Russia relations.', 'US Russia relations', 1],
  ['dotted abbreviation in the keyphrase', 'Strained US Russia relations.', 'U.S. Russia relations', 1],
  ['stemming: plural', 'Two meetings were held.', 'meeting', 1],
  ['stemming: plural keyphrase', 'One meeting was held.', 'meetings', 1],
  ['stemming: inflection', 'Relations between them relate to trade.', 'relation', 2],
  ['words must be consecutive', 'Trump met Putin at a meeting.', 'Trump Putin meeting', 0],
  ['words must be in order', 'The meeting of Putin and Trump.', 'Trump Putin meeting', 0],
  ['a comma breaks the phrase', 'Trump, Putin meeting aides.', 'Trump Putin meeting', 0],
  ['a sentence end breaks the phrase', 'He met Trump. Putin meeting aides came.', 'Trump Putin meeting', 0],
  ['emphasis does not break the phrase', 'The **Trump Putin** meeting.', 'Trump Putin meeting', 1],
  ['regex characters are data', 'Learn C++ (v2.0) .* today; C is older.', 'C++ (v2.0) .*', 1],
  ['regex characters never match as patterns', 'Learn Cxx (v2x0) today.', 'C++ (v2.0) .*', 0],
];

describe('keyphrase normalisation', () => {
  it.each(rows)('%s', (_rule, text, phrase, expected) => {
    expect(count(text, phrase)).toBe(expected);
  });
});

describe('what is not prose', () => {
  const cases: Array<[string, string]> = [
    ['fenced code', 'Intro text here.\n\n```\nsourdough starter\n```\n'],
    ['indented code', 'Intro text here.\n\n    sourdough starter\n'],
    ['an HTML comment', 'Intro. <!-- sourdough starter --> More.'],
    ['a comment in an HTML block', '<div>\n<!-- sourdough starter -->\n</div>\n\nText.'],
    ['a script or a style', '<script>\nsourdough starter\n</script>\n\n<style>\n.sourdough starter {}\n</style>\n\nText.'],
    ['a template tag', 'Use {{ sourdough starter }} and {% sourdough starter %} here.'],
    ['a template comment', '{% comment %}\nsourdough starter\n{% endcomment %}\n\nText.'],
    ['a raw block', '{% raw %}\nsourdough starter\n{% endraw %}\n\nText.'],
    ['a bare URL', 'See https://example.com/sourdough-starter for more.'],
    ['an autolink', 'See <https://example.com/sourdough/starter> for more.'],
    ['front matter', '---\ntitle: x\nnote: sourdough starter\n---\nText here.'],
    ['image alt text', 'Look: ![sourdough starter](jar.png) here.'],
  ];
  it.each(cases)('%s is not counted', (_what, text) => {
    expect(count(text, 'sourdough starter')).toBe(0);
  });

  // Code and the text of HTML are what a reader sees, and what a search engine indexes.
  it.each([
    ['inline code', 'Use `sourdough starter` as a name.'],
    ['an HTML block', '<div>\nsourdough starter\n</div>\n\nText.'],
    ['a bare domain', 'Ask sourdough.starter support.'],
  ])('%s is counted', (_what, text) => {
    expect(count(text, _what === 'a bare domain' ? 'sourdough.starter' : 'sourdough starter')).toBe(1);
  });

  it('link text is prose, its URL is not', () => {
    expect(count('Read [sourdough starter](https://x.com/sourdough-starter) tips.', 'sourdough starter')).toBe(1);
  });

  it('does not join words across inline code', () => {
    expect(count('sourdough `x` starter', 'sourdough starter')).toBe(0);
  });
});

describe('sentence matches', () => {
  it('count sentences holding every content word in any order', () => {
    const r = report('Putin and Trump held a meeting. The meeting of Trump. Trump Putin meeting.', {
      keyphrases: ['Trump Putin meeting'],
    });
    expect(r.keyphrases[0]).toMatchObject({ count: 1, sentenceMatches: 2 });
  });

  it('ignore function words of the keyphrase', () => {
    const r = report('Relations of the US with Russia. Russia relations.', { keyphrases: ['relations with the Russia'] });
    expect(r.keyphrases[0].sentenceMatches).toBe(2);
  });

  it('do not split at "U.S." or "Mr." inside a sentence', () => {
    const r = report('The U.S. Secretary met Mr. Lavrov in Geneva. They talked.', {});
    expect(r.stats.sentences).toBe(2);
  });

  it('split after "U.S." when a new sentence begins', () => {
    expect(report('Weapons came from the U.S. The talks stalled.', {}).stats.sentences).toBe(2);
  });
});

describe('occurrences', () => {
  it('give line, column and the text as written, front matter included', () => {
    const text = '---\ntitle: T\n---\n\nSome text about the\nTrump–Putin  meeting today.\n';
    expect(report(text, { keyphrases: ['Trump Putin meeting'] }).keyphrases[0].occurrences).toEqual([
      { line: 6, column: 1, endLine: 6, endColumn: 21, text: 'Trump–Putin meeting' },
    ]);
  });

  it('count columns inside block quotes and list items', () => {
    const r = report('> - a sourdough starter here\n', { keyphrases: ['sourdough starter'] });
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 1, column: 7, endLine: 1, endColumn: 24, text: 'sourdough starter' }]);
  });

  it('span a soft line break', () => {
    const r = report('Feed the sourdough\nstarter daily.', { keyphrases: ['sourdough starter'] });
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 1, column: 10, endLine: 2, endColumn: 8, text: 'sourdough starter' }]);
  });
});
