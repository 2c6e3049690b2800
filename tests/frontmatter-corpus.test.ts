import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/parse/lines.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { FIXTURES, fixture, report } from './helpers.js';

// 18F posts that seo-check used to refuse ("Missing closing quote"): Jekyll builds them, their
// quoted titles and excerpts continued at column 0. Titles and descriptions as PyYAML reads them.
const POSTS: Array<[string, { title: string; description: string; slug: string }, Record<string, number>]> = [
  [
    '2015-04-01-govtechhack-hacking-for-civic-improvement.md',
    {
      title: 'GovTechHack: hacking for civic improvement',
      description:
        'On a recent breezy San Francisco evening, groups of developers, designers, marketing folks, and others convened for GovTechHack — a hackathon for civic good. The event’s premise was simple: To bring together people interested in improving the accessibility and transparency of federal digital resources for a two-day work session.',
      slug: 'govtechhack-hacking-for-civic-improvement',
    },
    { title: 2, date: 3, layout: 4, image: 5, tags: 7, authors: 12, description: 14, excerpt: 16, hero: 18 },
  ],
  [
    '2016-03-22-helping-california-buy-a-new-child-welfare-system.md',
    {
      title: 'From 1,500 pages to 10: Helping California buy a new Child Welfare System',
      description:
        "Through a partnership with the Department of Health and Human Services, 18F was able to work with California’s Department of Social Services and Office of Systems Integration on the replacement of California's Child Welfare System. We helped them  simplify the contracting documents and incorporate modular contracting, agile development, user-centered design, and open source practices into their project.",
      slug: 'helping-california-buy-a-new-child-welfare-system',
    },
    { title: 2, date: 4, authors: 5, tags: 8, excerpt: 14, image: 15 },
  ],
  [
    '2018-08-09-etl-extract-transform-learn.md',
    {
      title: 'ETL: Extract, Transform, Learn',
      description:
        'Providing government data to the public almost always requires building a data processing pipeline between its place of origin and the systems that will serve it. Data must be copied, transferred between digital storage formats, reshaped to meet the needs of reporting systems, groomed for readability, and cleansed for accuracy.',
      slug: 'etl-extract-transform-learn',
    },
    { title: 2, date: 3, authors: 4, tags: 6, excerpt: 11 },
  ],
  [
    '2019-03-05-the-us-data-federation.md',
    {
      title: 'The U.S. Data Federation wants to make it easier to collect, combine, and exchange data across government',
      description:
        'The U.S. Data Federation Project is an initiative of the GSA Technology Transformation Services 10x program, which seeks to address the need for knowledge sharing, repeatable processes, and reusable tools for federated data efforts.',
      slug: 'the-us-data-federation',
    },
    { title: 2, date: 4, authors: 5, tags: 7, excerpt: 11, image: 15 },
  ],
];

describe('real posts whose front matter only libyaml reads', () => {
  it.each(POSTS)('%s', (name, meta, keyLines) => {
    const text = fixture(`corpus/${name}`);
    const fm = splitFrontMatter(normalizeText(text));
    expect(fm.error).toBeNull();
    expect(Object.fromEntries(fm.keyLines)).toEqual(keyLines);
    expect(report(text, {}, `fixtures/corpus/${name}`).meta).toEqual(meta);
  });
});

const CORPUS = join(FIXTURES, '..', '..', 'shared', 'corpus', 'articles');
const corpusMissing = !existsSync(CORPUS);

describe('the whole corpus (../shared/corpus/articles)', () => {
  it.skipIf(corpusMissing)(
    corpusMissing ? 'skipped: ../shared/corpus/articles is not here (a checkout without the shared corpus)' : 'reads the front matter of all 316 articles, refusing none',
    () => {
      const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
      const refused = files
        .map((file) => ({ file, error: splitFrontMatter(normalizeText(readFileSync(join(CORPUS, file), 'utf8'))).error }))
        .filter((r) => r.error !== null);
      expect(files).toHaveLength(316);
      expect(refused).toEqual([]);
    },
  );
});
