import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseMarkdown } from '../src/parse/markdown.js';
import { LineIndex } from '../src/parse/lines.js';

// markdown-it as it comes: the answers the fast path in src/parse/markdown.ts must give, bare
// text linked as GitHub and Hugo link it (a scheme or `www.`; a bare domain is words).
const reference = new MarkdownIt({ html: true, linkify: true });
const fuzzy = reference.linkify.match.bind(reference.linkify);
reference.linkify.match = (text) => fuzzy(text)?.filter((l) => l.schema !== '' || l.raw.toLowerCase().startsWith('www.')) ?? null;
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const hrefs = (text: string) => {
  const model = parseMarkdown(new LineIndex(text), 0, 0);
  return [...model.links.map((l) => l.href), ...model.images.map((i) => i.src)];
};
const referenceHrefs = (text: string) =>
  reference
    .parse(text, {})
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === 'link_open' || t.type === 'image')
    .sort((a, b) => Number(a.type === 'image') - Number(b.type === 'image'))
    .map((t) => t.attrGet(t.type === 'image' ? 'src' : 'href'));

// Letters, digits, what mdurl keeps as it is, and what it does not: %, spaces, non-ASCII, xn--.
const URL_PIECES = ['http://', 'https://', 'HTTPS://', 'ftp://', 'a:', '../', './', 'mailto:', '//', 'www.', 'xn--', 'Example', 'COM', '.com', '.org', ':8080', '/', '?', '#', '&', '=', '+', '$', ',', ';', '@', '!', '~', '*', "'", '(', ')', '-', '_', '.', '%', '%20', '%zz', 'é', 'ü', 'ß', '日本', 'a', 'b9', 'user:pw@', '[::1]', 'javascript:', 'a'.repeat(70)];

describe('link normalisation fast path', () => {
  it('gives what markdown-it gives for every URL', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 12 }).map((p) => p.join('')), (url) => {
        for (const text of [`[x](<${url}>)`, `[x](${url})`, `![x](${url})`, `[x]\n\n[x]: ${url}`]) {
          expect(hrefs(text)).toEqual(referenceHrefs(text));
        }
      }),
      { seed: 20261127, numRuns: RUNS },
    );
  });

  it('finds the same links, and the same prose around them, in bare URLs and autolinks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...URL_PIECES, ' ', ' see ', '<', '>'), { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(hrefs(text)).toEqual(referenceHrefs(text));
      }),
      { seed: 20261127, numRuns: RUNS },
    );
  });

  it('keeps each kind of URL as markdown-it normalises it', () => {
    const cases = [
      'https://example.com/a b',
      'https://example.com/caf%C3%A9',
      'https://bücher.example/x',
      'http://xn--bcher-kva.example/',
      'https://example.com/path?q=1&r=2#frag',
      'HTTP://EXAMPLE.COM/Up',
      `https://${'a'.repeat(300)}.com/`,
    ];
    for (const url of cases) expect(hrefs(`<${url}> and [t](<${url}>)`)).toEqual(referenceHrefs(`<${url}> and [t](<${url}>)`));
    expect(hrefs('[t](https://bücher.example/x)')).toEqual(['https://xn--bcher-kva.example/x']);
    expect(hrefs('[t](https://example.com/a%20b)')).toEqual(['https://example.com/a%20b']);
  });
});
