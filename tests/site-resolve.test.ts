import { describe, expect, it } from 'vitest';
import { headingsOf } from './parse-helpers.js';
import { LinkResolver, type Resolution } from '../src/site/resolve.js';
import type { SiteSummary } from '../src/site/types.js';
import { datedTail, pageKey, readLink } from '../src/site/url.js';

/** A summary with only what link resolution reads. */
function page(file: string, extra: Partial<SiteSummary> & { headingTexts?: string[]; hrefs?: Array<string | [string, string]> } = {}): SiteSummary {
  const { headingTexts = [], hrefs = [], ...rest } = extra;
  const anchors = headingsOf(headingTexts);
  return {
    file,
    path: `/site/${file}`,
    language: 'en',
    title: file,
    titleLine: 1,
    description: null,
    descriptionLine: 1,
    slug: file.split('/').pop()!.replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    url: null,
    aliases: [],
    keyphrases: [],
    headings: anchors.map((a, i) => ({ text: a.text, level: 2, line: i + 2, anchor: a.anchor })),
    ids: [],
    links: hrefs.map((h, i) => {
      const [href, target] = typeof h === 'string' ? [h, null] : h;
      return { href, target, text: '', line: i + 1, column: 1, endLine: i + 1, endColumn: 1 };
    }),
    words: 0,
    bodyLine: 1,
    bodyHash: '',
    minhash: [],
    terms: [],
    termCounts: [],
    titleTerms: [],
    headingTerms: [],
    phrases: [],
    sentences: [],
    ...rest,
  };
}

/** What each link of the first summary resolved to: status, and the files it found. */
function resolveFrom(from: SiteSummary, others: SiteSummary[], exists: (p: string) => boolean = () => false): string[] {
  const all = [from, ...others];
  const out = new LinkResolver(all, exists).resolveAll()[0];
  return out.map((r: Resolution) => `${r.status}${r.status === 'broken' ? `:${r.reason}` : ''}${r.targets.length ? ` ${r.targets.map((t) => all[t].file).join(',')}` : ''}`);
}

describe('readLink: what a destination says', () => {
  it.each([
    ['../x.md', null, { kind: 'relative', path: '../x.md', fragment: null }],
    ['./x/#Intro', null, { kind: 'relative', path: './x/', fragment: 'Intro' }],
    ['x.md?plain=1#a%20b', null, { kind: 'relative', path: 'x.md', fragment: 'a b' }],
    ['/blog/slug/', null, { kind: 'absolute', path: '/blog/slug/', fragment: null }],
    ['#top', null, { kind: 'fragment', fragment: 'top' }],
    ['https://example.com/blog/x/', null, { kind: 'other' }],
    ['mailto:x@example.com', null, { kind: 'other' }],
    ['//cdn.example.com/x.js', null, { kind: 'other' }],
    ['{{ site.baseurl }}/x/', null, { kind: 'absolute', path: '/x/', fragment: null }],
    ['{{site.baseurl}}x/#y', null, { kind: 'absolute', path: '/x/', fragment: 'y' }],
    ["{{ '/2017/01/06/x/' | relative_url }}", null, { kind: 'absolute', path: '/2017/01/06/x/', fragment: null }],
    ['{{ "/2017/01/06/x/" | url }}#h', null, { kind: 'absolute', path: '/2017/01/06/x/', fragment: 'h' }],
    ['{% post_url 2010-07-21-name %}', null, { kind: 'post', name: '2010-07-21-name', fragment: null }],
    ['{% post_url /cat/2010-07-21-name %}#h', null, { kind: 'post', name: '/cat/2010-07-21-name', fragment: 'h' }],
    ['%7B%25%20post_url%202010-07-21-name%20%25%7D', null, { kind: 'post', name: '2010-07-21-name', fragment: null }],
    ['{% link _posts/2016-07-26-name.md %}', null, { kind: 'source', path: '_posts/2016-07-26-name.md', fragment: null, from: 'root' }],
    ['{{< ref "blog/x.md" >}}', null, { kind: 'source', path: 'blog/x.md', fragment: null, from: 'article' }],
    ['{{< relref "/blog/x.md#sec" >}}', null, { kind: 'source', path: '/blog/x.md', fragment: 'sec', from: 'root' }],
    ['{{% ref "x" %}}', null, { kind: 'source', path: 'x', fragment: null, from: 'article' }],
    ['{{< ref path="x.md" >}}', null, { kind: 'source', path: 'x.md', fragment: null, from: 'article' }],
    ['{{ ref . "x.md" }}', null, { kind: 'source', path: 'x.md', fragment: null, from: 'article' }],
    ['{{ page.next.url }}', null, { kind: 'other' }],
    ['{{ site.baseurl }}/x/', '/base/x/', { kind: 'absolute', path: '/base/x/', fragment: null }],
  ] as const)('%s (target %s)', (href, target, expected) => {
    expect(readLink(href, target, null)).toEqual(expected);
  });

  it('an absolute URL is internal only on the site’s host', () => {
    expect(readLink('https://www.example.com/blog/x/#h', null, 'example.com')).toEqual({ kind: 'absolute', path: '/blog/x/', fragment: 'h' });
    expect(readLink('https://other.org/blog/x/', null, 'example.com')).toEqual({ kind: 'other' });
  });
});

describe('pageKey and datedTail', () => {
  it.each([
    ['content/blog/x.md', 'content/blog/x'],
    ['content/blog/x/index.md', 'content/blog/x'],
    ['content/blog/_index.md', 'content/blog'],
    ['docs/README.md', 'docs'],
    ['/blog/X/', '/blog/x'],
    ['/blog/x.html', '/blog/x'],
    ['/blog/x/index.html', '/blog/x'],
    ['/go1.18', '/go1.18'],
    ['/', '/'],
  ])('pageKey(%s) = %s', (path, key) => expect(pageKey(path)).toBe(key));

  it.each([
    ['/2016/06/20/slug/', '2016/06/20/slug'],
    ['/blog/2016/06/20/slug.html', '2016/06/20/slug'],
    ['/2016/06/slug/', '2016/06/slug'],
    ['/2016/06/20/', null],
    ['/2016/06/', null],
    ['/blog/slug/', null],
  ])('datedTail(%s) = %s', (path, tail) => expect(datedTail(path)).toBe(tail));
});

describe('LinkResolver: each way generators name a page', () => {
  const post = page('_posts/2016-06-20-build-empathy.md', { headingTexts: ['Preparation', 'Interviews', 'Fulfill Rust’s Promise (🦀)', 'Modules {#mods}'] });

  it.each([
    // Dated Jekyll paths, .html and trailing slashes.
    ['/2016/06/20/build-empathy/', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy.html', 'found _posts/2016-06-20-build-empathy.md'],
    ['/blog/2016/06/20/build-empathy/', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/build-empathy/', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-sympathy/', 'broken:article'],
    // Another day, the same name: a time zone may move a post's date; not judged.
    ['/2016/06/21/build-empathy/', 'unjudged _posts/2016-06-20-build-empathy.md'],
    // Fragments: GitHub and kramdown slugs, explicit ids, emoji spelt out, loosely compared.
    ['/2016/06/20/build-empathy/#interviews', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#Interviews', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#mods', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#fulfill-rusts-promise-crab', 'found _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#budget', 'broken:anchor _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#TOC_4.1', 'unjudged _posts/2016-06-20-build-empathy.md'],
    ['/2016/06/20/build-empathy/#top', 'found _posts/2016-06-20-build-empathy.md'],
    // Jekyll tags, read by the parse layer or written in angle brackets.
    ['{% post_url 2016-06-20-build-empathy %}', 'found _posts/2016-06-20-build-empathy.md'],
    ['{% post_url 2016-06-20-missing %}', 'broken:article'],
    ['{% link _posts/2016-06-20-build-empathy.md %}', 'found _posts/2016-06-20-build-empathy.md'],
    ['{% link _posts/2016-06-20-missing.md %}', 'broken:article'],
    ['{{ site.baseurl }}/2016/06/20/build-empathy/', 'found _posts/2016-06-20-build-empathy.md'],
    // Pages outside the articles' URLs may be anything: not judged.
    ['/about/', 'unjudged'],
    ['/images/logo.png', 'unjudged'],
    ['https://example.com/x', 'unjudged'],
  ])('from another post, %s → %s', (href, expected) => {
    const from = page('_posts/2016-07-01-research.md', { hrefs: [href] });
    expect(resolveFrom(from, [post])).toEqual([expected]);
  });

  it.each([
    ['#preparation', 'found _posts/2016-06-20-build-empathy.md'],
    ['#next-steps', 'broken:anchor _posts/2016-06-20-build-empathy.md'],
    ['#', 'found _posts/2016-06-20-build-empathy.md'],
  ])('a fragment of the article itself: %s → %s', (href, expected) => {
    const self = { ...post, links: page('x', { hrefs: [href] }).links };
    expect(resolveFrom(self, [])).toEqual([expected]);
  });

  const bundle = page('content/blog/notes/index.md', { headingTexts: ['Day one'] });
  const leaf = page('content/blog/lessons.md');
  const other = page('content/blog/ideas.md');

  it.each([
    // A source path is relative to the file; a URL to the page (a leaf's page is its name as a folder).
    ['notes/index.md', 'found content/blog/notes/index.md'],
    ['notes/index.md#day-one', 'found content/blog/notes/index.md'],
    ['notes/index.md#day-two', 'broken:anchor content/blog/notes/index.md'],
    ['../notes/', 'found content/blog/notes/index.md'],
    ['notes/', 'found content/blog/notes/index.md'],
    ['ideas.md', 'found content/blog/ideas.md'],
    ['./ideas.md', 'found content/blog/ideas.md'],
    ['ideas.html', 'found content/blog/ideas.md'],
    ['../ideas/', 'found content/blog/ideas.md'],
    ['drafts.md', 'broken:article'],
    ['../drafts.md', 'broken:article'],
    // A URL that may be a page of a folder without articles (`lessons/tags/`): not judged.
    ['tags/', 'unjudged'],
    ['photo.jpg', 'unjudged'],
  ])('from a leaf, %s → %s', (href, expected) => {
    expect(resolveFrom({ ...leaf, links: page('x', { hrefs: [href] }).links }, [bundle, other])).toEqual([expected]);
  });

  it('a file next to the article is found when it exists on disk, else not judged', () => {
    const from = { ...leaf, links: page('x', { hrefs: ['diagram.png', 'photo.jpg', 'archive.md'] }).links };
    const exists = (p: string) => p === '/site/content/blog/diagram.png' || p === '/site/content/blog/archive.md';
    // archive.md exists on disk but was not given to the run: no broken link either.
    expect(resolveFrom(from, [], exists)).toEqual(['found', 'unjudged', 'found']);
  });

  it('Hugo ref and relref: from the article’s folder, else by name across the run; several by one name are ambiguous', () => {
    const a = page('content/blog/a.md', { hrefs: ['{{< ref "ideas.md" >}}', '{{< relref "ideas" >}}', '{{< ref "/content/blog/notes/index.md#day-one" >}}', '{{< ref "gone.md" >}}', '{{< ref "dup" >}}'] });
    const dup1 = page('content/blog/dup.md');
    const dup2 = page('content/docs/dup.md');
    expect(resolveFrom(a, [bundle, other, dup1, dup2])).toEqual([
      'found content/blog/ideas.md',
      'found content/blog/ideas.md',
      'found content/blog/notes/index.md',
      'broken:article',
      'found content/blog/dup.md',
    ]);
  });

  it('permalinks and aliases: a folder of articles by URL makes a missing page there broken', () => {
    const setup = page('guides/setup.md', { url: '/guides/setup/' });
    const tools = page('guides/tools.md', { url: '/guides/tools/', aliases: ['/old/tools.html'] });
    const from = page('index.md', { hrefs: ['/guides/setup/', '/guides/tools', '/old/tools.html', '/guides/deploy/', '/about/'] });
    expect(resolveFrom(from, [setup, tools])).toEqual(['found guides/setup.md', 'found guides/tools.md', 'found guides/tools.md', 'broken:article', 'unjudged']);
  });

  it('slugs: found only in a URL folder the run’s links show to hold articles (three named, half of its paths)', () => {
    const posts = ['a', 'b', 'c'].map((n) => page(`posts/${n}.md`));
    const blog = page('index.md', { hrefs: ['/blog/a/', '/blog/b/', '/blog/c/', '/blog/d/', '/pkg/a/', '/pkg/x/', '/pkg/y/', '/pkg/z/'] });
    expect(resolveFrom(blog, posts)).toEqual([
      'found posts/a.md',
      'found posts/b.md',
      'found posts/c.md',
      'broken:article',
      // `/pkg/` holds mostly other pages: `/pkg/a/` is not the post named "a".
      'unjudged posts/a.md',
      'unjudged',
      'unjudged',
      'unjudged',
    ]);
    // With two slugs only, /blog/ is not known to hold articles: nothing is broken there.
    const two = page('index.md', { hrefs: ['/blog/a/', '/blog/b/', '/blog/d/'] });
    expect(resolveFrom(two, posts)).toEqual(['unjudged posts/a.md', 'unjudged posts/b.md', 'unjudged']);
  });

  it('the parse layer’s target wins over the href', () => {
    const from = page('_posts/2016-07-01-research.md', { hrefs: [['{{ site.baseurl }}/2016/06/20/build-empathy/', '/2016/06/20/build-empathy/'], ['{{ x }}', '/2016/06/20/nope/']] });
    expect(resolveFrom(from, [post])).toEqual(['found _posts/2016-06-20-build-empathy.md', 'broken:article']);
  });
});
