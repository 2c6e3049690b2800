import { describe, expect, it } from 'vitest';
import { fixture, report } from './helpers.js';
import { parseDocument } from '../src/parse/document.js';
import { shownText } from '../src/parse/shown.js';
import { WordFolder } from '../src/text/fold.js';

// One article per site generator (fixtures/generators/, written for these tests), each counted by
// hand: its words (runs between white space of what a reader sees: no front matter, tag, URL,
// alt text or code block), and each place its keyphrase stands, line and column in the file.
interface Case {
  file: string;
  keyphrase: string;
  words: number;
  occurrences: Array<[number, number, string]>;
  /** Blocks as a reader sees them: [kind, line, shown text]. */
  blocks: Array<[string, number, string]>;
  links: Array<{ text: string; target: string; targetKind: string }>;
  images: Array<{ alt: string; origin: string; line: number }>;
  comments: string[];
  codeBlocks: number;
  anchors: string[];
}

const CASES: Case[] = [
  {
    // Jekyll: Liquid output and tags, an include with a caption, a comment and a highlight pair.
    file: 'jekyll-liquid.md',
    keyphrase: 'cloud.gov',
    words: 48,
    occurrences: [
      [7, 35, 'cloud.gov'],
      // The figure's caption is shown under it; its alt text (line 9, column 70) is not prose.
      [9, 116, 'cloud.gov'],
      [11, 8, 'cloud.gov'],
      [17, 12, 'cloud.gov'],
      [23, 41, 'cloud.gov'],
    ],
    blocks: [
      ['paragraph', 7, 'Our team moved the agency site to cloud.gov last spring. Read part one first'],
      ['paragraph', 9, 'How the site reaches cloud.gov'],
      ['heading', 11, 'Why cloud.gov'],
      ['paragraph', 17, 'Hosting on cloud.gov meant no servers to patch. See the checklist and our last post'],
      ['paragraph', 23, 'The cf push command deploys an app to cloud.gov in one step'],
    ],
    links: [
      { text: 'part one', target: '/2016/06/20/moving-part-1/', targetKind: 'url' },
      { text: 'the checklist', target: '_posts/2016-05-01-checklist.md', targetKind: 'file' },
      { text: 'our last post', target: '2016-06-20-moving-part-1', targetKind: 'post' },
    ],
    images: [{ alt: 'Diagram of the cloud.gov move', origin: 'shortcode', line: 9 }],
    comments: ['Remember to mention cloud.gov pricing.'],
    codeBlocks: 1,
    anchors: ['why'],
  },
  {
    // Hugo: TOML front matter, figure, notice (Markdown content), highlight, ref and relref, a comment.
    file: 'hugo-shortcodes.md',
    keyphrase: 'trace context',
    words: 36,
    occurrences: [
      [7, 25, 'trace context'],
      [9, 106, 'trace context'],
      [11, 8, 'trace context'],
      [14, 40, 'trace context'],
      [23, 116, 'trace context'],
    ],
    blocks: [
      ['paragraph', 7, 'Every request carries a trace context from service to service'],
      ['paragraph', 9, 'Propagating trace context'],
      ['heading', 11, 'How trace context travels'],
      ['paragraph', 14, 'The W3C header traceparent holds the trace context'],
      ['paragraph', 23, 'Read the propagation guide and the API for trace context details'],
    ],
    links: [
      { text: 'propagation guide', target: 'docs/propagation.md', targetKind: 'ref' },
      { text: 'the API', target: 'api.md#context', targetKind: 'ref' },
    ],
    images: [{ alt: 'A trace context passed between three services', origin: 'shortcode', line: 9 }],
    comments: ['TODO: link the trace context spec'],
    codeBlocks: 1,
    anchors: ['travels'],
  },
  {
    // Eleventy with Nunjucks: a comment, the image shortcode, a url filter, if/endif, HTML details.
    file: 'eleventy-nunjucks.md',
    keyphrase: 'plain language',
    words: 50,
    occurrences: [
      [8, 18, 'plain language'],
      [13, 11, 'plain language'],
      [17, 25, 'plain language'],
      [23, 54, 'plain language'],
    ],
    blocks: [
      ['paragraph', 8, 'Forms written in plain language get finished more often. Our first post showed why'],
      ['paragraph', 13, 'Tip: test plain language with real users'],
      ['paragraph', 17, 'What counts as plain language'],
      ['paragraph', 19, 'Short sentences, common words, and the active voice'],
      ['paragraph', 23, 'The rule of thumb: write for a reader in a hurry, in plain language, 30% shorter'],
    ],
    links: [{ text: 'first post', target: '/2019/03/01/forms-part-1/', targetKind: 'url' }],
    images: [{ alt: 'A form before the plain language rewrite', origin: 'shortcode', line: 10 }],
    comments: ['Draft notes: plain language checklist'],
    codeBlocks: 0,
    anchors: [],
  },
  {
    // Docusaurus MDX: admonitions with a title, a directive label, nested ones, JSX, {#id}.
    file: 'docusaurus.mdx',
    keyphrase: 'search index',
    words: 58,
    occurrences: [
      [6, 17, 'search index'],
      [8, 5, 'search index'],
      [10, 20, 'search index'],
      [14, 19, 'search index'],
      [22, 34, 'search index'],
      [26, 30, 'search index'],
    ],
    blocks: [
      ['heading', 6, 'Configure the search index'],
      ['paragraph', 8, 'The search index is built when the site builds'],
      ['paragraph', 10, 'Rebuild the search index'],
      ['paragraph', 11, 'Run npm run build after you change a page'],
      ['paragraph', 14, 'Where the search index lives'],
      ['paragraph', 15, 'In the build/ folder, next to the pages'],
      ['heading', 20, 'Tuning'],
      ['paragraph', 22, 'Each page adds about 2 KB to the search index'],
      ['paragraph', 25, 'Nested'],
      ['paragraph', 26, 'Large sites should split the search index'],
    ],
    links: [],
    images: [],
    comments: [],
    codeBlocks: 0,
    anchors: ['configure-the-search-index', 'tuning'],
  },
  {
    // GitHub: alerts (and a quote that is none), www. autolinked, a bare domain not, a table, <img>.
    file: 'github-alerts.md',
    keyphrase: 'release checklist',
    words: 46,
    occurrences: [
      [1, 3, 'Release checklist'],
      [3, 28, 'release checklist'],
      [6, 7, 'release checklist'],
      [9, 16, 'release checklist'],
      [13, 49, 'release checklist'],
    ],
    blocks: [
      ['heading', 1, 'Release checklist'],
      ['paragraph', 3, 'Before a release, read the release checklist in full'],
      ['paragraph', 6, 'The release checklist lives in docs/release.md'],
      ['paragraph', 9, 'Skipping the release checklist breaks builds'],
      ['paragraph', 11, 'TIP] Not an alert: text follows the marker'],
      ['paragraph', 13, 'See www.example.com/releases or docs.rs for the release checklist history'],
      ['table-cell', 15, 'Step'],
      ['table-cell', 15, 'Who'],
      ['table-cell', 17, 'Tag the release'],
      ['table-cell', 17, 'A maintainer'],
    ],
    links: [{ text: 'www.example.com/releases', target: 'http://www.example.com/releases', targetKind: 'url' }],
    images: [{ alt: 'The release checklist as a flow chart', origin: 'html', line: 19 }],
    comments: [],
    codeBlocks: 0,
    anchors: ['release-checklist'],
  },
];

describe.each(CASES)('the $file fixture', (c) => {
  const text = fixture(`generators/${c.file}`);
  const doc = parseDocument(text, new WordFolder(), { mdx: c.file.endsWith('.mdx') });

  it(`counts ${c.words} words and finds "${c.keyphrase}" where a reader sees it`, () => {
    const r = report(text, { keyphrases: [c.keyphrase] }, c.file);
    expect(r.stats.words).toBe(c.words);
    expect(r.keyphrases[0].occurrences.map((o) => [o.line, o.column, o.text])).toEqual(c.occurrences);
    expect(r.keyphrases[0].count).toBe(c.occurrences.length);
  });

  it('reads its blocks, links, images, comments and code as the site shows them', () => {
    expect(doc.blocks.map((b) => [b.kind, b.line, shownText(doc, b.from, b.to)])).toEqual(c.blocks);
    expect(doc.links.map(({ text, target, targetKind }) => ({ text, target, targetKind }))).toEqual(c.links);
    expect(doc.images.map(({ alt, origin, line }) => ({ alt, origin, line }))).toEqual(c.images);
    expect(doc.comments.map((k) => k.text)).toEqual(c.comments);
    expect(doc.codeBlocks).toBe(c.codeBlocks);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.anchor)).toEqual(c.anchors);
  });

  it('places every block, link, image and comment in the source', () => {
    for (const b of doc.blocks) {
      expect(b.start).toBeLessThan(b.end);
      for (let i = b.from; i < b.to; i++) expect(doc.words.starts[i]).toBeGreaterThanOrEqual(b.start);
      if (b.to > b.from) expect(doc.words.ends[b.to - 1]).toBeLessThanOrEqual(b.end);
    }
    for (const l of doc.links) expect(text.slice(l.start, l.end)).toMatch(/^(?:\[[^]*\)|www\.|<a )/);
    for (const i of doc.images) expect(text.slice(i.start, i.end)).toMatch(/^(?:\{%|\{\{<|<img )[^]*(?:%\}|>\}\}|>)$/);
    for (const k of doc.comments) expect(text.slice(k.start, k.end)).toMatch(/^\{(?:%|#|\{\/\*)[^]*(?:%\}|#\}|\*\/\}\})$/);
  });
});

// A post from the 18F blog, copied as it is (fixtures/ATTRIBUTION.md): its three links to part one
// are `[…]({{ "/2016/06/20/…-stakeholder-interviews-…/" | url }})`, which CommonMark reads as no
// link, so "stakeholder interviews" was counted in their URLs. Occurrences read off the file by
// hand; its 1615 words are its runs between white space (front matter, tags and URLs left out),
// less the 13 that hold no letter or digit (spaced dashes), as `wc -w` of that text gives 1628.
describe('the 18F post on stakeholder interviews (Eleventy)', () => {
  const text = fixture('generators/18f-stakeholder-interviews-part-2.md');

  it('counts "stakeholder interviews" where a reader sees it, not in the three URLs', () => {
    const r = report(text, { keyphrases: ['stakeholder interviews'] }, '2016-07-22-building-empathy-with-stakeholder-interviews-part-2-conversation.md');
    expect(r.stats.words).toBe(1615);
    expect(r.keyphrases[0].occurrences.map((o) => `${o.line}:${o.column}`)).toEqual([
      '15:303', '17:141', '33:186', '70:41', '70:230', '78:1', '80:16', '80:620', '82:75', '82:385', '84:81',
    ]);
  });

  it('reads the links to part one, their text and the path the site gives them', () => {
    const doc = parseDocument(text, new WordFolder());
    const partOne = doc.links.filter((l) => l.target === '/2016/06/20/build-empathy-with-stakeholder-interviews-part-1-preparation/');
    expect(partOne.map((l) => [l.line, l.text])).toEqual([
      [17, 'first post of this series'],
      [50, 'As I mentioned in part one'],
      [74, 'part 1'],
    ]);
  });
});
