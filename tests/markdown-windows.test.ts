import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { LineIndex } from '../src/parse/lines.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { body } from './arbitraries.js';
import { FIXTURES } from './helpers.js';

// parseMarkdown reads a long article's blocks a window of lines at a time (src/parse/markdown.ts,
// readBlocks). Whatever the window, the article must read exactly as in one piece.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const WHOLE = Number.MAX_SAFE_INTEGER;
// Deep runs (FUZZ_RUNS in the tens of thousands) take longer than vitest's default 20 s.
const TIMEOUT = Math.max(20_000, RUNS * 10);

function model(text: string, windowLines: number) {
  const lines = new LineIndex(text);
  const fm = splitFrontMatter(text);
  return parseMarkdown(lines, fm.bodyOffset, fm.bodyLine, { windowLines });
}

// Blocks whose reading depends on the lines after them: a window may end anywhere inside them.
const TRICKY = fc.constantFrom(
  'red fox\n===\n',
  'red fox\nrunning\n---\n',
  '```\nopen fence to the end\n',
  '~~~\ncode\n~~~\n',
  '- a\n\n- b\n\n  more b\n\n- c\n',
  '> quoted\nlazy line\n',
  '1. one\n2. two\n\n   para in two\n',
  '<div>\nhtml\n\nafter blank\n',
  '<!--\nlong\ncomment\n-->\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |\n',
  '[later][def] and [def]\n',
  '[def]: https://example.com/def\n',
  "[def]: /url\n'a title\nthat goes on'\n",
  '[def]: /url "a title\nthat goes on\nand on"\n',
  '[def]:\n/url-on-the-next-line\n',
  '[multi\nline label]: /url\n',
  '[def]: /url\n  "title after an indent"\n',
  '    indented\n    code\n',
  '\n\n\n',
  'para\n    not code, a continuation\n',
  '* * *\n',
  '  - nested\n    - deeper\n      text\n',
  // Template tags, asides and HTML blocks, whose reading also depends on lines after them.
  '{% comment %}\nhidden\n\nmore\n{% endcomment %}\n',
  '{% raw %}\n{{ x }}\n{% endraw %}\n',
  '{{raw `\n\tcode\n\nmore text\n`}}\n',
  '{% include "f.html",\n  alt: "A fox",\n  caption: "Red fox" %}\n',
  ':::note Title\nbody\n\nmore\n:::\n',
  '::::tip\n:::info Inner\ntext\n:::\n::::\n',
  '> [!NOTE]\n> alert\n> more\n',
  '{{< note >}}\ntext\n{{< /note >}}\n',
  '<details>\n<summary>S</summary>\n\nBody\n\n</details>\n',
  '<p>html <a href="/x">link</a>\n<img src="a.png" alt="b"></p>\n',
  '{% image "a.png" "alt" %}\n',
  'see [x]({{ "/y/" | url }}) and {{ site.name }}\n',
  '## Title {#id}\n\n## Title\n',
  '<table>\n<tr><td>a</td></tr>\n</table>\n',
  '{{ is how an expression starts, never closed\n',
  '{# notes\n\nover paragraphs #}\n',
  '{# a comment never closed\n',
  '<img src="{{ "/a.gif" | url }}" alt="A gif" />\n',
  '[g]: {{ site.baseurl }}/g/\n',
);

const document = fc
  .array(fc.oneof({ weight: 3, arbitrary: body }, { weight: 2, arbitrary: TRICKY }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

// Single lines and line fragments of every block kind, joined at random: blocks open and close
// anywhere, so windows end inside definitions, fences, HTML blocks, lists and setext headings.
const LINES = [
  'red fox', "[d]: /u\n't1\nt2\nt3'\n", '[e]: /v\n"x\ny"\n', '[f]: <a b>\n(p\nq)\n', 'Red fox\n===\n', '---\n', '\n', '\n\n',
  '- a\n', '  - b\n', '    c\n', '1. x\n', '> q\n', 'lazy\n', '```\n', '~~~\n', '    code\n', '<div>\n', '<!--\n', '-->\n',
  '| a | b |\n', '| - | - |\n', '[d]: /u\n', '[d]:\n', '/u2\n', "'t1\n", "t2'\n", '"t\n', 't"\n', '[d]: /u "x\n', '(t\n', 't)\n',
  '[x][d]\n', '[d]\n', "[D]: /u3 'title'\n", '<https://e.com>\n', 'www.e.com\n', 'text\n', '* * *\n', '***\n', '# H\n', '\t- t\n',
  '[\n', ']: /u\n', '[e\nf]: /g\n', '<script>\n', '</script>\n', '<pre>\n', '</pre>\n', '<?\n', '?>\n', '<![CDATA[\n', ']]>\n',
  '<!X\n', '>\n', '+ p\n', '2) q\n',
  '{% comment %}\n', '{% endcomment %}\n', '{% raw %}\n', '{% endraw %}\n', '{{raw `\n', '`}}\n', ':::tip T\n', ':::\n', '::::\n',
  '> [!NOTE]\n', '{{< x >}}\n', '{{< /x >}}\n', '{{% y %}}\n', '{% image "a" "b" %}\n', '<p>\n', '</p>\n', '<td>c</td>\n', '{{ a }}\n',
  '{% include "x",\n', 'alt: "y" %}\n', '# H {#h}\n', '[t]({{ "/u/" | url }})\n',
];

describe('reading an article a window of lines at a time', () => {
  it('reads any run of lines as in one piece, whatever the window', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 1, max: 8 }), (text, windowLines) => {
        // The whole text is the body (a first '---' line is a thematic break, not front matter).
        const body = (w: number) => parseMarkdown(new LineIndex(text), 0, 0, { windowLines: w });
        expect(body(windowLines)).toEqual(body(WHOLE));
      }),
      { seed: 20261127, numRuns: RUNS },
    );
  }, TIMEOUT);

  it('reads any article as in one piece, whatever the window', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 6 }), (text, windowLines) => {
        expect(model(text, windowLines)).toEqual(model(text, WHOLE));
      }),
      { seed: 20261127, numRuns: RUNS },
    );
  }, TIMEOUT);

  it('reads every fixture as in one piece, in windows of 1 to 5 lines', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8').replace(/\r\n?/g, '\n');
      const whole = model(text, WHOLE);
      for (const windowLines of [1, 2, 3, 5]) expect(model(text, windowLines), `${file} in windows of ${windowLines}`).toEqual(whole);
    }
  });

  it('reads a link definition whose title runs over the end of a window as one definition', () => {
    const text = "[d]: /url\n'a title\nthat goes on'\n\nSee [x][d].\n";
    expect(model(text, 2)).toEqual(model(text, WHOLE));
    expect(model(text, 2).blocks.map((b) => b.text)).toEqual(['See x.']);
  });

  it('finds a link whose definition comes windows later', () => {
    const text = `See [the docs][d].\n\n${'Filler paragraph.\n\n'.repeat(20)}[d]: https://example.com/docs\n`;
    expect(model(text, 3).links).toEqual([
      { href: 'https://example.com/docs', line: 1, auto: false, start: 4, end: 17, text: 'the docs', target: 'https://example.com/docs', targetKind: 'url' },
    ]);
    expect(model(text, 3).blocks).toHaveLength(21);
  });
});
