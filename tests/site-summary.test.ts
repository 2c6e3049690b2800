import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../src/engine/analyzer.js';
import { slug } from '../src/parse/anchors.js';
import { kramdownSlug } from '../src/site/anchors.js';
import { headingsOf } from './parse-helpers.js';
import { MAX_SENTENCES, MAX_TERMS } from '../src/site/features.js';
import { estimate, SIGNATURE } from '../src/site/minhash.js';
import { buildSummary } from '../src/site/summary.js';
import { SummaryLanguages } from '../src/site/language.js';
import { ContentKeys } from '../src/site/content-words.js';
import { WordFolder } from '../src/text/fold.js';
import { Languages } from '../src/languages/registry.js';
import { loadSite } from './site-load.js';

const ARTICLE = `---
title: The Trump-Putin meeting
permalink: /news/trump-putin/
aliases: [/old/meeting.html]
site: https://example.com
---

# The Trump-Putin meeting

The Trump-Putin meeting took place in Helsinki. Reporters asked whether the meeting changed
anything, and [the summit page](https://www.example.com/news/summit/#day-1) said little.

## What was said {#said}

Trump-Putin meetings are rare: see [earlier talks](../2017/talks.md), [an anchor](#said) and
[elsewhere](https://other.org/x) or [mail](mailto:a@b.c). In 2018, the meeting lasted two hours.

## What was said

Meeting notes were not published.
`;

function summarize(text: string, keyphrases: string[] = [], file = 'news/meeting.md') {
  return buildSummary(new Analyzer({ keyphrases }).facts(text, file), file, `/site/${file}`);
}

describe('buildSummary', () => {
  const s = summarize(ARTICLE, ['Trump Putin meetings']);

  it('normalises a keyphrase as matching does: "Trump-Putin meeting" and "trump putin meetings" share a key', () => {
    expect(s.keyphrases).toEqual([{ phrase: 'Trump Putin meetings', key: 'trump putin meet', line: 1, endColumn: 4 }]);
    expect(summarize(ARTICLE, ['Trump-Putin meeting']).keyphrases[0].key).toBe('trump putin meet');
    // From front matter, the keyphrase points at its line.
    const fm = summarize(ARTICLE.replace('site: https', 'keyphrase: the meeting\nsite: https'));
    expect(fm.keyphrases).toEqual([{ phrase: 'the meeting', key: 'meet', line: 5, endColumn: 23 }]);
  });

  it('reads the metadata, URL and aliases; a permalink pattern is no URL', () => {
    expect([s.title, s.titleLine, s.description, s.slug, s.url, s.aliases, s.words, s.bodyLine]).toEqual([
      'The Trump-Putin meeting',
      2,
      null,
      // The slug comes from the permalink, as the site generator publishes it.
      'trump-putin',
      '/news/trump-putin/',
      ['/old/meeting.html'],
      // The heading's {#said} is its id, not a word.
      54,
      8,
    ]);
    expect(summarize(ARTICLE.replace('/news/trump-putin/', '/:year/:title/')).url).toBeNull();
    const toml = summarize('+++\ntitle = "x"\npath = "2014/09/15/Rust-1.0"\n+++\n\nText.\n', [], 'x.md');
    expect(toml.url).toBe('/2014/09/15/Rust-1.0');
  });

  it('gives each heading its anchor: an explicit {#id}, else GitHub’s slug, repeats numbered', () => {
    expect(s.headings).toEqual([
      { text: 'The Trump-Putin meeting', level: 1, line: 8, anchor: 'the-trump-putin-meeting' },
      { text: 'What was said', level: 2, line: 13, anchor: 'said' },
      { text: 'What was said', level: 2, line: 18, anchor: 'what-was-said' },
    ]);
    expect(headingsOf(['Intro', 'Intro', 'Intro {: #x}', 'C++ & you!'])).toEqual([
      { text: 'Intro', anchor: 'intro' },
      { text: 'Intro', anchor: 'intro-1' },
      { text: 'Intro', anchor: 'x' },
      { text: 'C++ & you!', anchor: 'c--you' },
    ]);
    expect([slug('Café au lait_2'), kramdownSlug('2. Café au lait')]).toEqual(['café-au-lait_2', 'cafe-au-lait']);
  });

  it('keeps internal links only: relative, fragments, and absolute URLs on the site’s host (with their path as target)', () => {
    expect(s.links.map((l) => [l.href, l.target, l.line])).toEqual([
      ['https://www.example.com/news/summit/#day-1', '/news/summit/#day-1', 11],
      ['../2017/talks.md', null, 15],
      ['#said', null, 15],
    ]);
  });

  it('counts content words by stem, function words and numbers left out', () => {
    expect(s.terms.slice(0, 3)).toEqual(['meet', 'trump', 'putin']);
    expect(s.termCounts.slice(0, 3)).toEqual([6, 3, 3]);
    for (const w of ['the', 'in', 'was', '2018', 'said']) expect(s.terms).not.toContain(w);
    expect(s.titleTerms).toEqual(['trump', 'putin', 'meet']);
    // "What was said": every word a function word.
    expect(s.headingTerms).toEqual([]);
  });

  it('keeps repeated phrases of one to three words, each as the article writes it most often', () => {
    expect(s.phrases).toEqual([
      ['meet', 'meeting', 6],
      ['trump', 'Trump', 3],
      ['putin', 'Putin', 3],
      ['trump putin', 'Trump-Putin', 3],
      ['putin meet', 'Putin meeting', 3],
      ['trump putin meet', 'Trump-Putin meeting', 3],
    ]);
  });

  it('keeps the sentences of paragraphs where a link could go, with their place and what a reader sees', () => {
    expect(s.sentences.map(([line, column, endLine, endColumn, excerpt]) => [line, column, endLine, endColumn, excerpt])).toEqual([
      [10, 1, 10, 47, 'The Trump-Putin meeting took place in Helsinki'],
      [10, 49, 11, 88, 'Reporters asked whether the meeting changed anything, and…'],
      [15, 1, 16, 42, 'Trump-Putin meetings are rare: see earlier talks an anchor…'],
      [16, 59, 16, 96, 'In 2018, the meeting lasted two hours'],
    ]);
    // Terms are indices into `terms`.
    expect(s.sentences[0][5].map((t) => s.terms[t])).toEqual(['trump', 'putin', 'meet', 'took', 'place', 'helsinki']);
  });

  it('fingerprints the body: the same words hash the same whatever the front matter; one word changed stays near', () => {
    const other = summarize(ARTICLE.replace('title: The Trump-Putin meeting', 'title: Another title'));
    expect(other.bodyHash).toBe(s.bodyHash);
    expect(s.bodyHash).toMatch(/^[0-9a-f]{16}$/);
    const edited = summarize(ARTICLE.replace('took place in Helsinki', 'took place in Vienna'));
    expect(edited.bodyHash).not.toBe(s.bodyHash);
    expect(s.minhash).toHaveLength(SIGNATURE);
    expect(estimate(s.minhash, edited.minhash)).toBeGreaterThan(0.7);
    expect(summarize('---\ntitle: x\n---\n').bodyHash).toBe('');
  });

  it('reads the article’s language: French function words are not terms', () => {
    const fr = summarize('---\nlang: fr\n---\n\nLe chat et le chien dorment dans la maison avec le chat.\n', [], 'fr.md');
    expect(fr.language).toBe('fr');
    expect(fr.terms).not.toContain('le');
    expect(fr.terms).toContain('chat');
  });

  it('is plain data, bounded in size', () => {
    expect(structuredClone(s)).toEqual(s);
    const site = loadSite('duplicate-content');
    for (const summary of site) {
      expect(summary.terms.length).toBeLessThanOrEqual(MAX_TERMS);
      expect(summary.sentences.length).toBeLessThanOrEqual(MAX_SENTENCES);
      expect(v8.serialize(summary).length).toBeLessThan(20_000);
    }
  });
});

describe('ContentKeys', () => {
  /** Key ids of `words`, read in order by a table of their own. */
  function keyIds(words: string[]): { ids: number[]; keys: ContentKeys } {
    const folder = new WordFolder();
    const keys = new ContentKeys(folder.forms, new Languages().get('en').functionWords);
    return { ids: words.map((w) => keys.keyOf(folder.idAt(w, 0, w.length))), keys };
  }

  it('gives function words, numbers and lone letters 0, and content words one id per stem key in order of first use', () => {
    const words = ['the', '2018', 'x', 'meeting', 'Meetings', 'summit', 'NATO', 'meet', 'of'];
    expect(keyIds(words).ids).toEqual([0, 0, 0, 1, 1, 2, 3, 1, 0]);
  });

  it('answers the same for a spelling asked again, and names each id by its stem key', () => {
    const { ids, keys } = keyIds(['meetings', 'summit', 'meetings', 'NATO']);
    expect(ids).toEqual([1, 2, 1, 3]);
    expect([1, 2, 3].map((k) => keys.text(k))).toEqual(['meet', 'summit', 'nato']);
  });

  it('keeps one table per folder table and language', () => {
    const forms = new WordFolder().forms;
    const languages = new SummaryLanguages();
    expect(languages.get('en').contentKeys(forms)).toBe(languages.get('en').contentKeys(forms));
    expect(languages.get('en').contentKeys(new WordFolder().forms)).not.toBe(languages.get('en').contentKeys(forms));
    expect(languages.get('de').contentKeys(forms)).not.toBe(languages.get('en').contentKeys(forms));
  });
});

describe('summaries in a run', () => {
  const A = '# Whales\n\nThe blue whale swam past the harbour. A blue whale sings. Harbour seals watched the whale.\n';
  const B = '# Foxes\n\nThe red fox ran past the harbour. A red fox hunts. The red fox slept by the harbour wall.\n';
  const summaryOf = (analyzer: Analyzer, text: string, file: string) => {
    const outcome = analyzer.check(text, file, { path: `/site/${file}` });
    return 'summary' in outcome ? outcome.summary : undefined;
  };

  it('reads each article as if it came alone, whatever the articles before it', () => {
    const run = new Analyzer({});
    const articles: Array<[string, string]> = [[A, 'a.md'], [B, 'b.md'], [A, 'c.md']];
    const inRun = articles.map(([text, file]) => summaryOf(run, text, file));
    expect(inRun).toEqual(articles.map(([text, file]) => summaryOf(new Analyzer({}), text, file)));
    expect(inRun[1]?.terms.slice(0, 3)).toEqual(['fox', 'red', 'harbour']);
  });

  it('is in the language the run matches in: --lang wins over the front matter', () => {
    const text = '---\nlang: en\n---\n\nDie Katze und der Hund schlafen nicht im Haus, und die Katze träumt.\n';
    const de = summaryOf(new Analyzer({ language: 'de' }), text, 'de.md');
    expect(de?.language).toBe('de');
    expect(de?.terms).not.toContain('und');
    expect(de?.terms).toContain('katz');
    expect(summaryOf(new Analyzer({}), text, 'en.md')?.terms).toContain('und');
  });
});
