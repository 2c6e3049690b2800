import { describe, expect, it } from 'vitest';
import type { AnalyzerOptions } from './internal.js';
import { fixture, report, runCli } from './helpers.js';

/** The keyphrase's facts in `text`, analysed with `options`. */
function kp(text: string, phrase: string, options: AnalyzerOptions = {}) {
  return report(text, { keyphrases: [phrase], ...options }).keyphrases[0];
}

type Row = [rule: string, text: string, phrase: string, count: number, options?: AnalyzerOptions];

/** One row per matching rule: the text as written, the keyphrase, the `count` expected. */
const rows: Row[] = [
  ['plural in the text', 'Two meetings were held.', 'meeting', 1],
  ['singular in the text', 'One meeting was held.', 'meetings', 1],
  ['possessive with ’', 'Trump’s Putin meeting was cancelled.', 'Trump Putin meeting', 1],
  ["possessive with '", "Trump's Putin meeting was cancelled.", 'Trump Putin meeting', 1],
  ['possessive with ʼ (modifier letter)', 'Trumpʼs Putin meeting was cancelled.', 'Trump Putin meeting', 1],
  ['hyphen-minus -', 'The Trump-Putin meeting ended.', 'Trump Putin meeting', 1],
  ['hyphen ‐ U+2010', 'The Trump‐Putin meeting ended.', 'Trump Putin meeting', 1],
  ['non-breaking hyphen ‑ U+2011', 'The Trump‑Putin meeting ended.', 'Trump Putin meeting', 1],
  ['figure dash ‒ U+2012', 'The Trump‒Putin meeting ended.', 'Trump Putin meeting', 1],
  ['en dash – U+2013', 'The Trump–Putin meeting ended.', 'Trump Putin meeting', 1],
  ['em dash — U+2014', 'The Trump—Putin meeting ended.', 'Trump Putin meeting', 1],
  ['horizontal bar ― U+2015', 'The Trump―Putin meeting ended.', 'Trump Putin meeting', 1],
  ['minus sign − U+2212', 'The Trump−Putin meeting ended.', 'Trump Putin meeting', 1],
  ['slash /', 'The Trump/Putin meeting ended.', 'Trump Putin meeting', 1],
  ['a spaced dash is punctuation', 'They saw Trump — Putin meeting aides later.', 'Trump Putin meeting', 0],
  ['dotted abbreviation', 'Strained U.S. Russia relations.', 'US Russia relations', 1],
  ['dotted abbreviation and a hyphen', 'Strained U.S.-Russia relations.', 'US Russia relations', 1],
  ['dotted abbreviation and an en dash', 'Strained U.S.–Russia relations.', 'US Russia relations', 1],
  ['dotted keyphrase, plain text', 'Strained US Russia relations.', 'U.S. Russia relations', 1],
  ['case: capitals in the text', 'TRUMP PUTIN MEETING CANCELLED', 'Trump Putin meeting', 1],
  ['case: lower-case keyphrase', 'The Trump Putin Meeting ended.', 'trump putin meeting', 1],
  ['acronym: "US" never matches the pronoun', 'Tell us Russia relations matter.', 'US Russia relations', 0],
  ['acronym: "US" in an all-capitals heading', '# US RUSSIA RELATIONS\n\nText.', 'US Russia relations', 1],
  ['acronym: "AI" never matches "ai"', 'The ai tools failed.', 'AI tools', 0],
  ['acronym: "AI" matches "A.I."', 'The A.I. tools failed.', 'AI tools', 1],
  ['acronym: lower-case keyphrase matches capitals', 'Strained US Russia relations.', 'us russia relations', 1],
  ['acronym: a keyphrase typed in capitals is shouted', 'The Trump Putin meeting ended.', 'TRUMP PUTIN MEETING', 1],
  ['diacritics in the text', 'Our café culture thrives.', 'cafe culture', 1],
  ['diacritics in the keyphrase', 'Our cafe culture thrives.', 'café culture', 1],
  ['punctuation written in the keyphrase', 'Learn C++ (v2.0) today.', 'C++ (v2.0)', 1],
  ['aliases: multi-word alias in the text', 'Strained United States–Russia relations.', 'US Russia relations', 1, { aliases: { US: ['U.S.', 'United States', 'USA'] } }],
  ['aliases: one-word alias in the text', 'Strained USA-Russia relations.', 'US Russia relations', 1, { aliases: { US: ['U.S.', 'United States', 'USA'] } }],
  ['aliases: alias in the keyphrase', 'Strained U.S.-Russia relations.', 'United States Russia relations', 1, { aliases: { US: ['U.S.', 'United States', 'USA'] } }],
  ['aliases: the pronoun is still no alias', 'Tell us Russia relations matter.', 'US Russia relations', 0, { aliases: { US: ['U.S.', 'United States'] } }],
  ['aliases: none given, no alias', 'Strained United States–Russia relations.', 'US Russia relations', 0],
  ['Spanish (es): verb and plural forms', 'Los niños cantaban canciones.', 'cantar canción', 1, { language: 'es' }],
  ['Spanish under English stemming does not match', 'Los niños cantaban canciones.', 'cantar canción', 0],
  ['French (fr): chevaux = cheval', 'Les chevaux blancs courent.', 'cheval blanc', 1, { language: 'fr' }],
  ['German (de): Häuser = Haus', 'Die alten Häuser stehen hier.', 'altes Haus', 1, { language: 'de' }],
  ['Russian (ru): встречи = встреча', 'Встречи Трампа и Путина отменены.', 'встреча Трампа', 1, { language: 'ru' }],
  ['Russian hyphenated compound', 'Мы говорили о российско-американских отношениях.', 'российско-американские отношения', 1, { language: 'ru' }],
  ['language from front matter', '---\nlang: fr\n---\nLes chevaux blancs courent.', 'cheval blanc', 1],
  ['language from front matter `language`', '---\nlanguage: German\n---\nDie alten Häuser stehen hier.', 'altes Haus', 1],
  ['Chinese is split into words, not letters', '特朗普与普京的会议取消了。', '会议', 1, { language: 'zh' }],
  ['Japanese is split into words', 'トランプとプーチンの会談は中止された。', '会談', 1, { language: 'ja' }],
];

describe('matching, one rule per row', () => {
  it.each(rows)('%s', (_rule, text, phrase, expected, options) => {
    expect(kp(text, phrase, options).count).toBe(expected);
  });
});

describe('synonyms', () => {
  const text = '# Summit in Budapest\n\nThe summit was cancelled. Later the Trump Putin meeting was cancelled too.\n';

  it('counts the keyphrase alone and with its synonyms', () => {
    const k = kp(text, 'Trump Putin meeting', { synonyms: ['summit'] });
    expect(k.count).toBe(1);
    expect(k.countWithSynonyms).toBe(3);
    expect(k.synonyms).toEqual([
      {
        phrase: 'summit',
        count: 2,
        occurrences: [
          { line: 1, column: 3, endLine: 1, endColumn: 9, text: 'Summit' },
          { line: 3, column: 5, endLine: 3, endColumn: 11, text: 'summit' },
        ],
      },
    ]);
  });

  it('passes placements on a synonym and says which one matched', () => {
    const r = report(text, { keyphrases: ['Trump Putin meeting'], synonyms: ['summit'] });
    const k = r.keyphrases[0];
    expect(k.inTitle).toBe(true);
    expect(k.placements.title).toEqual({ found: true, exact: true, via: 'summit' });
    expect(k.inIntroduction).toBe(true);
    // The keyphrase itself is in the first paragraph: no synonym needed there.
    expect(k.placements.introduction).toEqual({ found: true, exact: true });
    const title = r.checks.find((c) => c.id === 'keyphrase-in-title')!;
    expect(title.passed).toBe(true);
    expect(title.message).toBe('The title holds "Trump Putin meeting" through its synonym "summit" (as written)');
  });

  it('counts a subheading that holds a synonym, and says so', () => {
    const text = '# Title\n\nThe Trump Putin meeting ended.\n\n## The summit\n\nText.\n\n## Other news\n\nText.\n\n## More\n\nText.\n';
    const r = report(text, { keyphrases: ['Trump Putin meeting'], synonyms: ['summit'] });
    expect(r.keyphrases[0].placements.subheadings).toEqual({ total: 3, matching: 1, lines: [5], via: [{ line: 5, synonym: 'summit' }] });
    expect(r.checks.find((c) => c.id === 'keyphrase-in-subheadings')!.message).toBe(
      '1 of 3 subheadings (33 %) hold "Trump Putin meeting" (1 through "summit"), within 30–75 %',
    );
  });

  it('reads synonyms from front matter, as a list or per keyphrase', () => {
    const list = '---\nsynonyms: [summit, talks]\n---\nThe talks and the summit failed.\n';
    expect(kp(list, 'Trump Putin meeting').synonyms.map((s) => [s.phrase, s.count])).toEqual([
      ['summit', 1],
      ['talks', 1],
    ]);
    const mapped = '---\nsynonyms:\n  Trump Putin meeting: summit\n  other: talks\n---\nThe talks and the summit failed.\n';
    expect(kp(mapped, 'Trump Putin meeting').synonyms.map((s) => s.phrase)).toEqual(['summit']);
  });

  it('counts a place once when keyphrase and synonym overlap', () => {
    const k = kp('The Trump Putin meeting ended.', 'Trump Putin meeting', { synonyms: ['Putin meeting'] });
    expect([k.count, k.synonyms[0].count, k.countWithSynonyms]).toEqual([1, 1, 1]);
  });

  it('takes synonyms from the command line', async () => {
    const { stdout } = await runCli([`${'fixtures/'}trump-putin-meeting.md`, '-k', 'Trump Putin meeting', '-s', 'summit', '-f', 'json', '--no-config']);
    const k = JSON.parse(stdout).results[0].keyphrases[0];
    expect([k.count, k.countWithSynonyms, k.synonyms[0].count]).toEqual([2, 3, 1]);
  });
});

describe('aliases', () => {
  it('reads aliases from front matter and places the alias as written', () => {
    const text = '---\naliases:\n  US: [U.S., United States, USA]\n---\nStrained United States–Russia relations.\n';
    expect(kp(text, 'US Russia relations').occurrences).toEqual([{ line: 5, column: 10, endLine: 5, endColumn: 40, text: 'United States–Russia relations' }]);
  });

  it('counts the seed article the same with the usual aliases', () => {
    const k = kp(fixture('trump-putin-meeting.md'), 'US Russia relations', { aliases: { US: ['U.S.', 'United States', 'USA'] } });
    expect(k.count).toBe(4);
    expect(k.sentenceMatches).toBe(4);
  });
});

describe('near matches', () => {
  const cases: Array<[string, string, string, Array<{ line: number; column: number; text: string }>]> = [
    ['words apart, one between', 'Trump and Putin’s meeting was cancelled.', 'Trump Putin meeting', [{ line: 1, column: 1, endLine: 1, endColumn: 26, text: 'Trump and Putin’s meeting' }]],
    ['words in another order', 'The meeting of Putin and Trump ended.', 'Trump Putin meeting', [{ line: 1, column: 5, endLine: 1, endColumn: 31, text: 'meeting of Putin and Trump' }]],
    ['too far apart', 'Trump said on Monday in Washington that Putin wanted a meeting.', 'Trump Putin meeting', []],
    ['the phrase itself is no near match', 'The Trump-Putin meeting ended.', 'Trump Putin meeting', []],
    ['not across sentences', 'Trump and Putin met. The meeting ended.', 'Trump Putin meeting', []],
  ];
  it.each(cases)('%s', (_rule, text, phrase, expected) => {
    const k = kp(text, phrase);
    expect(k.nearMatches).toEqual(expected);
  });

  it('uses the window given', () => {
    const text = 'Trump said on Monday that Putin wanted a meeting.';
    expect(kp(text, 'Trump Putin meeting').nearMatches).toHaveLength(0);
    expect(kp(text, 'Trump Putin meeting', { nearWindow: 6 }).nearMatches).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 49, text: 'Trump said on Monday that Putin wanted a meeting' }]);
  });

  it('finds none in the seed article, and four sentences with all the words', () => {
    const k = kp(fixture('trump-putin-meeting.md'), 'Trump Putin meeting');
    expect(k.nearMatches).toEqual([]);
    expect(k.sentenceMatches).toBe(4);
  });
});

describe('languages', () => {
  it('takes function words from the stopword package for the language', () => {
    // "de" and "la" are Spanish function words: a sentence with "reunión" and "Trump" holds every content word.
    expect(kp('La reunión fue larga. Trump llegó tarde a la reunión.', 'reunión de Trump', { language: 'es' }).sentenceMatches).toBe(1);
  });

  it('says once on stderr that a language has no stemmer, and matches unstemmed', async () => {
    const { stderr, stdout, code } = await runCli(['fixtures/trump-putin-meeting.md', 'fixtures/trump-putin-meeting.md', '-k', 'meetings', '--lang', 'pl', '--no-config', '-f', 'json']);
    expect(stderr).toBe("seo-check: language 'pl' has no stemmer; its words are matched unstemmed (stemmed: en, de, es, fa, fr, it, nl, no, pt, ru, sv, uk, ja, id)\n");
    const results = JSON.parse(stdout).results;
    expect(results[0].language).toBe('pl');
    // Unstemmed, "meetings" is neither "meeting" (7 times in the seed) nor "meet" (once); Porter makes all three "meet".
    expect(results[0].keyphrases[0].count).toBe(0);
    expect(report(fixture('trump-putin-meeting.md'), { keyphrases: ['meetings'] }).keyphrases[0].count).toBe(8);
    expect(code).toBe(1);
  });

  it('loads only the stemmer of the language used', async () => {
    const { Languages } = await import('../src/languages/registry.js');
    const langs = new Languages();
    expect(langs.get('ru').stem!('встречи')).toBe('встреч');
    expect(langs.get('en-GB').code).toBe('en');
    expect(langs.get('Spanish').code).toBe('es');
    expect(langs.get('xx').stem).toBeNull();
    expect(langs.get('pl').stem).toBeNull();
    expect(langs.get('pl').functionWords.has('nie')).toBe(true);
  });
});
