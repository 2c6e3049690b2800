import { describe, expect, it } from 'vitest';
import { Analyzer } from './internal.js';
import type { Meta } from '../src/measure/meta.js';
import { frontMatterKeyphrases } from '../src/measure/meta.js';

const facts = (text: string, file: string | null) => new Analyzer().facts(text, file);
const meta = (text: string, file: string | null = 'content/posts/2020-01-31-from-the-file.md'): Meta => facts(text, file).meta;
const yaml = (block: string) => `---\n${block}---\n\nBody text.\n`;
const toml = (block: string) => `+++\n${block}+++\n\nBody text.\n`;

type Row = [string, string, Partial<Meta>];

describe('the keys each generator gives meaning to', () => {
  const jekyll: Row[] = [
    ['title, description, slug', yaml('title: T\ndescription: D\nslug: my-slug\n'), { title: 'T', description: 'D', slug: 'my-slug', url: null, lines: { title: 2, description: 3, slug: 4, url: 1 } }],
    ['excerpt as the description', yaml('title: T\nexcerpt: E\n'), { description: 'E', lines: { title: 2, description: 3, slug: 1, url: 1 } }],
    ['description over excerpt, whatever the order', yaml('excerpt: E\ndescription: D\n'), { description: 'D', lines: { title: 1, description: 3, slug: 1, url: 1 } }],
    ['a permalink: its last segment is the slug', yaml('title: T\npermalink: /blog/why-we-love-rust/\n'), { slug: 'why-we-love-rust', url: '/blog/why-we-love-rust/', lines: { title: 2, description: 1, slug: 3, url: 3 } }],
    ['a permalink over a slug', yaml('slug: ignored\npermalink: /a/b.html\n'), { slug: 'b', url: '/a/b.html', lines: { title: 1, description: 1, slug: 3, url: 3 } }],
    ['a permalink ending in index.html names its folder', yaml('permalink: /about/index.html\n'), { slug: 'about', url: '/about/index.html' }],
    ['a permalink to a folder whose name has a dot', yaml('permalink: /releases/v1.2/\n'), { slug: 'v1.2', url: '/releases/v1.2/' }],
    // Only a page's extension is one: Zola's `path = "2015/01/09/Rust-1.0-alpha"` is no file "Rust-1".
    ['a page whose name has a dot, without a slash', yaml('permalink: /2015/01/09/Rust-1.0-alpha\n'), { slug: 'Rust-1.0-alpha', url: '/2015/01/09/Rust-1.0-alpha' }],
    ['a page whose name has a dot and an extension', yaml('permalink: /notes/v1.2.htm\n'), { slug: 'v1.2', url: '/notes/v1.2.htm' }],
    // `:title` is filled from `slug` or the file name: a pattern, not a path.
    ['a permalink with placeholders: the file name', yaml('permalink: /:year/:month/:title/\n'), { slug: 'from-the-file', url: null, lines: { title: 1, description: 1, slug: 1, url: 1 } }],
    ['a permalink with placeholders and a slug: the slug', yaml('permalink: /:categories/:title:output_ext\nslug: custom\n'), { slug: 'custom', url: null, lines: { title: 1, description: 1, slug: 3, url: 1 } }],
    ['the home page', yaml('permalink: /\nslug: home\n'), { slug: 'home', url: '/' }],
  ];
  const hugo: Row[] = [
    ['title, description, slug (TOML)', toml('title = "T"\ndescription = "D"\nslug = "s"\n'), { title: 'T', description: 'D', slug: 's', url: null, lines: { title: 2, description: 3, slug: 4, url: 1 } }],
    ['summary as the description', toml('summary = "S"\n'), { description: 'S', lines: { title: 1, description: 2, slug: 1, url: 1 } }],
    ['url: its last segment is the slug', toml('slug = "ignored"\nurl = "/docs/getting-started/"\n'), { slug: 'getting-started', url: '/docs/getting-started/', lines: { title: 1, description: 1, slug: 3, url: 3 } }],
    ['a url with a host, query and fragment', toml('url = "https://example.com/a/b/?x=1#y"\n'), { slug: 'b', url: 'https://example.com/a/b/?x=1#y' }],
    ['a percent-encoded url', toml('url = "/caf%C3%A9/"\n'), { slug: 'café', url: '/caf%C3%A9/' }],
    // Hugo lower-cases front-matter keys.
    ['keys in any case', toml('Title = "T"\nDESCRIPTION = "D"\nSlug = "s"\n'), { title: 'T', description: 'D', slug: 's', lines: { title: 2, description: 3, slug: 4, url: 1 } }],
    ['JSON front matter', '{\n  "title": "T",\n  "url": "/x/y/"\n}\nBody text.\n', { title: 'T', slug: 'y', url: '/x/y/', lines: { title: 2, description: 1, slug: 3, url: 3 } }],
  ];
  const eleventy: Row[] = [
    ['permalink: false (not published): the file name', yaml('permalink: false\n'), { slug: 'from-the-file', url: null }],
    ['a templated permalink: the file name', yaml('permalink: "/{{ page.fileSlug }}/"\n'), { slug: 'from-the-file', url: null }],
    ['a permalink relative to the output folder', yaml('permalink: posts/my-post/index.html\n'), { slug: 'my-post', url: 'posts/my-post/index.html' }],
    ['a permalink per build (a mapping): the file name', yaml('permalink:\n  build: /x/\n'), { slug: 'from-the-file', url: null }],
  ];
  const astroDocusaurus: Row[] = [
    ['a slug that is a path (Docusaurus)', yaml('slug: /guides/intro\ndescription: D\n'), { slug: 'intro', description: 'D', url: null, lines: { title: 1, description: 3, slug: 2, url: 1 } }],
    ['a slug with a dot is not cut at it', yaml('slug: v1.2-release\n'), { slug: 'v1.2-release' }],
    ['slug / (the docs root): the file name', yaml('slug: /\n'), { slug: 'from-the-file' }],
  ];
  for (const [generator, rows] of [['Jekyll', jekyll], ['Hugo', hugo], ['Eleventy', eleventy], ['Astro and Docusaurus', astroDocusaurus]] as const) {
    it.each(rows)(`${generator}: %s`, (_name, text, expected) => {
      expect(meta(text)).toMatchObject(expected);
    });
  }

  it('a Hugo page bundle, in one language of several, is named by its folder', () => {
    expect(meta(toml('title = "T"\n'), 'content/posts/my-bundle/index.fr.md').slug).toBe('my-bundle');
  });

  it('keywords as keyphrases: a list (Hugo, Astro, Docusaurus) or a comma-separated string, in any case', () => {
    const phrases = (text: string) => frontMatterKeyphrases(facts(text, null).doc);
    expect(phrases(toml('keywords = ["rye bread", "spelt"]\n'))).toEqual(['rye bread', 'spelt']);
    expect(phrases(yaml('keywords: [rye bread, spelt]\n'))).toEqual(['rye bread', 'spelt']);
    expect(phrases(yaml('Keywords: rye bread, spelt\n'))).toEqual(['rye bread', 'spelt']);
    expect(phrases(yaml('keyphrase: rye bread\nkeywords: spelt\n'))).toEqual(['rye bread']);
  });

  it('a title or description that is not text is none (the error is the front matter\'s)', () => {
    const f = facts(yaml('title: [a, b]\ndescription: {x: 1}\n'), 'a.md');
    expect(f.doc.frontMatter.error).toEqual({ message: 'front matter title must be text, not a list', line: 2 });
    expect(f.meta).toMatchObject({ title: null, description: null, titleFrom: null });
  });
});

describe('key lines in every format, keys quoted or indented oddly', () => {
  const rows: Array<[string, string, Meta['lines']]> = [
    ['YAML, quoted keys after a multi-line value', yaml('summary: "a\ntitle: not a key"\n"title": T\n\'slug\': s\n'), { title: 4, description: 2, slug: 5, url: 1 }],
    ['YAML indented throughout', yaml('  layout: post\n  title: T\n  permalink: /p/\n'), { title: 3, description: 1, slug: 4, url: 4 }],
    ['TOML, a multi-line string and a quoted key', toml('description = """\ntitle = "no"\n"""\n"title" = "T"\n'), { title: 5, description: 2, slug: 1, url: 1 }],
    ['JSON on one line', '{"description": "D", "title": "T"}\nBody text.\n', { title: 1, description: 1, slug: 1, url: 1 }],
  ];
  it.each(rows)('%s', (_name, text, lines) => {
    expect(meta(text).lines).toEqual(lines);
  });
  it('the H1 gives the title and its line when the front matter has none', () => {
    expect(meta(yaml('slug: s\n') + '\n# The Real Title\n')).toMatchObject({ title: 'The Real Title', titleFrom: 'h1', lines: { title: 7 } });
  });
});
