import { describe, expect, it } from 'vitest';
import { slugFromPath } from '../src/measure/meta.js';
import { fixture, report } from './helpers.js';

describe('metadata', () => {
  it('reads YAML front matter: title, description, slug', () => {
    const r = report(fixture('sourdough-starter.md'), {}, 'fixtures/sourdough-starter.md');
    expect(r.meta).toEqual({
      title: 'How to Keep a Sourdough Starter Alive All Year',
      description: expect.stringMatching(/^A sourdough starter needs flour/),
      slug: 'sourdough-starter-care',
    });
  });

  it('reads TOML front matter (+++), a real Rust blog post', () => {
    const r = report(fixture('corpus/2015-04-10-Fearless-Concurrency.md'), {}, 'fixtures/corpus/2015-04-10-Fearless-Concurrency.md');
    expect(r.meta).toEqual({ title: 'Fearless Concurrency with Rust', description: "Rust's vision for concurrency", slug: 'Fearless-Concurrency' });
  });

  it('takes the description from summary or excerpt', () => {
    expect(report('---\nsummary: Happy birthday\n---\nText.').meta.description).toBe('Happy birthday');
    expect(report('---\nexcerpt: An excerpt\n---\nText.').meta.description).toBe('An excerpt');
    const go = report(fixture('corpus/11years.md'), {}, 'fixtures/corpus/11years.md');
    expect(go.meta).toEqual({ title: 'Eleven Years of Go', description: 'Happy Birthday, Go!', slug: '11years' });
  });

  it('falls back to the first H1 for the title', () => {
    expect(report('Intro.\n\n# The Real Title\n\n# Second\n').meta.title).toBe('The Real Title');
  });

  it('derives the slug from the file name', () => {
    expect(slugFromPath('posts/2024-01-31-my-first-post.md')).toBe('my-first-post');
    expect(slugFromPath('content/blog/my-bundle/index.md')).toBe('my-bundle');
    expect(slugFromPath('C:\\blog\\plain.markdown')).toBe('plain');
    expect(slugFromPath('2024-01-31-.md')).toBe(null);
  });

  it('reads keyphrases from keyphrase, keyphrases or keywords, the first present winning', () => {
    const phrases = (front: string) => report(`---\n${front}\n---\nText.`).keyphrases.map((k) => k.phrase);
    expect(phrases('keyphrase: rye bread')).toEqual(['rye bread']);
    expect(phrases('keyphrases: [rye bread, spelt]')).toEqual(['rye bread', 'spelt']);
    expect(phrases('keywords: rye bread, spelt')).toEqual(['rye bread', 'spelt']);
    expect(phrases('keyphrase: rye bread\nkeywords: [spelt]')).toEqual(['rye bread']);
    expect(phrases('keywords: []')).toEqual([]);
  });

  it('points findings about front-matter fields at their lines', () => {
    const r = report('---\nlayout: post\n\ntitle: Short\n---\nText.');
    expect(r.checks.find((c) => c.id === 'title-length')).toMatchObject({ passed: false, line: 4 });
  });
});

describe('metadata that is not text', () => {
  it('a TOML date as the title is its text as written', () => {
    expect(report('+++\ntitle = 2015-04-10\n+++\nText.\n').meta.title).toBe('2015-04-10');
  });
  it('a list or a mapping as the title is a front-matter error on its line, not only a missing title', async () => {
    const frontMatterCheck = (text: string) => report(text).checks.filter((c) => c.id === 'front-matter');
    expect(frontMatterCheck('---\nlayout: post\ntitle: [a, b]\n---\nText.\n')).toMatchObject([
      { passed: false, message: 'front matter title must be text, not a list', line: 3, column: 1, endLine: 3, endColumn: 14 },
    ]);
    expect(frontMatterCheck('+++\n[description]\nen = "x"\n+++\nText.\n')).toMatchObject([{ passed: false, message: 'front matter description must be text, not a mapping' }]);
  });
});

describe('front matter keyphrases', () => {
  it('a number as the keyphrase is its text; a list keeps its strings and numbers only', () => {
    expect(report('---\nkeyphrase: 2024\n---\nThe 2024 plan.\n').keyphrases.map((k) => k.phrase)).toEqual(['2024']);
    expect(report('---\nkeywords: [rye, 7, true, null]\n---\nText.\n').keyphrases.map((k) => k.phrase)).toEqual(['rye', '7']);
  });
});
