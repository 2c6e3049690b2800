import { describe, expect, it } from 'vitest';
import { Analyzer } from './internal.js';
import { siteHost } from '../src/measure/links.js';

function links(text: string, site?: string, keyphrases: string[] = []) {
  return new Analyzer({ site, keyphrases }).facts(text, 'a.md').links;
}

const body = [
  '[a](/about) [b](other.md) [c](https://www.example.com/x) [d](https://example.org/y)',
  '[e](#top) [f](mailto:me@example.com) <https://example.com> [g](//cdn.example.net/z)',
].join('\n');

describe('links', () => {
  it('counts relative links as internal, absolute ones as external without a site', () => {
    expect(links(body)).toMatchObject({ internal: 2, external: 4, site: null });
  });

  it('counts links on the site host as internal, with or without www', () => {
    expect(links(body, 'https://example.com/blog/')).toMatchObject({ internal: 4, external: 2, site: 'example.com' });
    expect(links(body, 'www.example.com')).toMatchObject({ internal: 4, external: 2 });
  });

  it('takes the site from front matter over the option', () => {
    expect(links(`---\nsite: https://example.org\n---\n${body}`, 'example.com')).toMatchObject({ internal: 3, external: 3, site: 'example.org' });
  });

  it('reads a site given as a URL or a bare host', () => {
    expect(siteHost('https://WWW.Example.com:8080/path')).toBe('example.com');
    expect(siteHost('blog.example.com')).toBe('blog.example.com');
    expect(siteHost('')).toBeNull();
    expect(siteHost(42)).toBeNull();
  });
});

describe('images', () => {
  const text = 'Intro.\n\n![A Trump Putin meeting in Helsinki](a.jpg)\n\n![](b.png)\n\nText ![ ](c.gif) more.\n';

  it('counts images and those without alt text', () => {
    const l = links(text);
    expect(l.images.map((i) => i.src)).toEqual(['a.jpg', 'b.png', 'c.gif']);
    expect(l.missingAlt.map((i) => [i.src, i.line])).toEqual([
      ['b.png', 5],
      ['c.gif', 7],
    ]);
  });

  it('finds the keyphrases some alt text holds, matched as in titles', () => {
    expect(links(text, undefined, ['Trump Putin meeting', 'Putin meetings', 'Ukraine conflict']).keyphraseInAlt).toEqual([
      'Trump Putin meeting',
      'Putin meetings',
    ]);
  });
});
