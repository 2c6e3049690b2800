import { describe, expect, it } from 'vitest';
import { fixture, report } from './helpers.js';
import { doc, words } from './parse-helpers.js';

const text = fixture('charts.mdx');

describe('MDX', () => {
  it('reads imports, exports, JSX and expressions of an .mdx file as code, not prose', () => {
    const r = report(text, { keyphrases: ['sales chart'] }, 'charts.mdx');
    // "Sales and charts" (3) + "Our sales chart shows growth. It is big." (8) + "The end of the sales chart story, with code and bold." (11)
    expect(r.stats.words).toBe(22);
    expect(r.keyphrases[0].occurrences).toEqual([
      { line: 9, column: 5, endLine: 9, endColumn: 16, text: 'sales chart' },
      { line: 16, column: 16, endLine: 16, endColumn: 27, text: 'sales chart' },
    ]);
  });
  it('reads the same text as CommonMark in a .md file, where all of it is prose', () => {
    const r = report(text, { keyphrases: ['sales chart'] }, 'charts.md');
    expect(r.keyphrases[0].count).toBe(5);
  });
  it('keeps a paragraph that merely starts with a capital "Import"', () => {
    expect(report('Import the data first.\n', {}, 'a.mdx').stats.words).toBe(4);
  });
});

describe('an upper-case HTML tag is a component only in MDX', () => {
  it.each([
    ['Markdown: <A HREF> is a link', false, [['/x', 'the page', 4, 29]], ['See', 'the', 'page', 'now']],
    ['MDX: <A HREF> is a component', true, [], ['See', 'the', 'page', 'now']],
  ])('%s', (_what, mdx, links, expected) => {
    const text = 'See <A HREF="/x">the page</A> now.\n';
    expect(doc(text, mdx).links.map((l) => [l.href, l.text, l.start, l.end])).toEqual(links);
    expect(words(text, mdx)).toEqual(expected);
  });
});
