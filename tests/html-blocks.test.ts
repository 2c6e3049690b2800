import { describe, expect, it } from 'vitest';
import { tokenizeHtml } from '../src/parse/html.js';
import { shownText } from '../src/parse/shown.js';
import { report } from './helpers.js';
import { doc, placed, words } from './parse-helpers.js';

describe('the HTML tokenizer', () => {
  it('reads attributes quoted, unquoted and bare, with the offsets of their values', () => {
    const html = `<a href="x" title='y' data-z=w disabled>`;
    expect(tokenizeHtml(html)).toEqual([
      {
        type: 'open',
        name: 'a',
        start: 0,
        end: 40,
        selfClosing: false,
        attrs: [
          { name: 'href', value: 'x', valueStart: 9, valueEnd: 10 },
          { name: 'title', value: 'y', valueStart: 19, valueEnd: 20 },
          { name: 'data-z', value: 'w', valueStart: 29, valueEnd: 30 },
          { name: 'disabled', value: '', valueStart: 39, valueEnd: 39 },
        ],
      },
    ]);
  });

  it.each([
    ['a `<` that opens no tag is text', 'a < b and c>d', [['text', 0, 13]]],
    ['a comment', 'x<!-- c -->y', [['text', 0, 1], ['comment', 1, 11], ['text', 11, 12]]],
    ['comments that end at once', '<!--><!--->', [['comment', 0, 5], ['comment', 5, 11]]],
    ['raw text up to its end tag', '<script>if (a<b) {}</script>', [['open', 0, 8], ['raw', 8, 19], ['close', 19, 28]]],
    ['a self-closing tag', '<br/>', [['open', 0, 5]]],
    ['a tag left open at the end', '<div class="x', [['other', 0, 13]]],
    ['a closing tag with a space', '</div >', [['close', 0, 7]]],
    ['a doctype and CDATA', '<!DOCTYPE html><![CDATA[x>y]]>', [['other', 0, 15], ['other', 15, 30]]],
  ])('%s', (_what, html, expected) => {
    expect(tokenizeHtml(html).map((t) => [t.type, t.start, t.end])).toEqual(expected);
  });

  it('ends raw text only at its own end tag, in any case', () => {
    const tokens = tokenizeHtml('<style>a</b></STYLE >after');
    expect(tokens.map((t) => [t.type, t.start, t.end])).toEqual([['open', 0, 7], ['raw', 7, 12], ['close', 12, 21], ['text', 21, 26]]);
  });
});

describe('what a reader sees of HTML blocks', () => {
  it.each([
    ['a paragraph', '<p>Visible text</p>\n', ['Visible@3', 'text@11']],
    ['a link in a paragraph', '<p>See <a href="/x">the docs</a> now.</p>\n', ['See@3', 'the@20', 'docs@24', 'now@33']],
    ['entities, placed at their source ("AT&T" is two tokens, as in Markdown)', '<p>AT&amp;T &eacute;t&eacute;</p>\n', ['AT@3', 'T@10', 'été@12']],
    ['a template tag in the text', '<p>Hello {{ name }} there</p>\n', ['Hello@3', 'there@20']],
    ['script, style and comments', '<div>\n<script>var fox = 1;</script>\n<style>.fox {}</style>\n<!-- fox -->\nShown fox\n</div>\n', ['Shown@72', 'fox@78']],
    ['pre, which is code', '<pre>\nnot prose\n</pre>\n\nAfter.\n', ['After@24']],
  ])('%s', (_what, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it('makes a block of each block-level element, with the kind and place a reader sees', () => {
    const d = doc('<details>\n<summary>Title here</summary>\n\nBody text.\n\n</details>\n');
    expect(d.blocks.map((b) => [b.kind, b.line, b.start, b.end, shownText(d, b.from, b.to)])).toEqual([
      ['paragraph', 2, 19, 29, 'Title here'],
      ['paragraph', 4, 41, 51, 'Body text'],
    ]);
    const table = doc('<table><tr><td>a b</td><th>c</th></tr></table>\n');
    expect(table.blocks.map((b) => [b.kind, shownText(table, b.from, b.to)])).toEqual([['table-cell', 'a b'], ['table-cell', 'c']]);
    const list = doc('<ul>\n<li>One item</li>\n</ul>\n');
    expect(list.blocks.map((b) => b.container)).toEqual(['list']);
  });

  it('reads headings, with the id they are given as their anchor', () => {
    const d = doc('<h2 id="sec">A heading</h2>\n\n<h3>No id</h3>\n');
    expect(d.blocks.map((b) => [b.kind, b.level, b.plain, b.anchor])).toEqual([
      ['heading', 2, 'A heading', 'sec'],
      ['heading', 3, 'No id', undefined],
    ]);
  });

  it('reads <img alt> for the image checks and a figure caption as prose', () => {
    const text = '<figure>\n<img src="f.png" alt="A &amp; fox">\n<figcaption>A red fox</figcaption>\n</figure>\n';
    const d = doc(text);
    expect(d.images).toEqual([{ src: 'f.png', alt: 'A & fox', line: 2, start: 9, end: 44, origin: 'html' }]);
    expect(words(text)).toEqual(['A', 'red', 'fox']);
  });

  it('reads <a href> for the links check, with its text and place', () => {
    const text = '<p>See <a href="/x">the docs</a> now.</p>\n';
    expect(doc(text).links).toEqual([{ href: '/x', line: 1, auto: false, start: 7, end: 32, text: 'the docs', target: '/x', targetKind: 'url' }]);
    const r = report('<p>See <a href="/x">the docs</a> and <a href="https://other.example/">more</a>.</p>\n');
    expect([r.readability.links.internal, r.readability.links.external]).toEqual([1, 1]);
  });

  it('flags the words of <code> as code', () => {
    const d = doc('<p>Run <code>go test</code> now</p>\n');
    expect(Array.from({ length: d.words.length }, (_, i) => [d.words.surface(i), d.words.code(i)])).toEqual([
      ['Run', false],
      ['go', true],
      ['test', true],
      ['now', false],
    ]);
  });

  it('records the comments of an HTML block with their place', () => {
    expect(doc('<div>\n<!-- seo-check-disable -->\n</div>\n').comments).toEqual([{ text: 'seo-check-disable', line: 2, start: 6, end: 32, kind: 'html' }]);
  });
});

describe('inline HTML in Markdown', () => {
  it.each([
    ['an inline element joins what it wraps', 'foo<b>bar</b> baz\n', ['foobar@0', 'baz@14']],
    ['<br> breaks', 'one<br>two\n', ['one@0', 'two@7']],
    ['an image stands apart', 'a <img src="x.png" alt="Alt"> b\n', ['a@0', 'b@30']],
    ['a link is read', 'x <a href="/y">link</a> z\n', ['x@0', 'link@15', 'z@24']],
    ['a script is not prose', 'x <script>var y = 1;</script> z\n', ['x@0', 'z@30']],
  ])('%s', (_what, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it('counts an inline image and link', () => {
    const d = doc('a <img src="x.png" alt="Alt"> b <a href="/y">link</a>\n');
    expect(d.images.map((i) => [i.alt, i.origin, i.start, i.end])).toEqual([['Alt', 'html', 2, 29]]);
    expect(d.links.map((l) => [l.href, l.text, l.start, l.end])).toEqual([['/y', 'link', 32, 53]]);
  });

  it('keeps the words on either side of an MDX component apart', () => {
    expect(doc('red <Chart /> fox\n', true).words.apart(1)).toBe(true);
  });
});
