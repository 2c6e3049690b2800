import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { count, FIXTURES } from './helpers.js';
import { doc, placed, words } from './parse-helpers.js';
import { WordFlag } from '../src/text/words.js';

// Template tags of Jekyll, Eleventy (Liquid, Nunjucks), Hugo and the Go blog: what a reader sees
// of them is not the tag. Offsets are in the text as written.

describe('template tags are not prose', () => {
  it.each([
    ['a Liquid output in a sentence', 'Welcome to {{ site.title }} today.', ['Welcome@0', 'to@8', 'today@28']],
    ['a statement on a line of its own', '{% include "nav.html" %}\n\nText here.', ['Text@26', 'here@31']],
    ['a link whose destination holds a tag', 'See [part one]({{ "/2016/06/20/x/" | url }}) now.', ['See@0', 'part@5', 'one@10', 'now@45']],
    ['an inline raw pair, whose content is code', 'Use {% raw %}{{ x }}{% endraw %} here', ['Use@0', 'x@16', 'here@33']],
    ['a Go string of Markdown, its markers', 'even {{raw "`x := 1`"}}.', ['even@0', 'x@13', '1@18']],
    ['Nunjucks, Go and Liquid comments', 'a {# b #} c {{/* d */}} e {{- /* f */ -}} g {% # h %} i', ['a@0', 'c@10', 'e@24', 'g@42', 'i@54']],
    ['a comment pair inside a sentence', 'a {% comment %}hidden{% endcomment %} b', ['a@0', 'b@38']],
    ['Hugo shortcode parameters', '{{< youtube id="abc" title="Red fox" >}}\n', []],
    ['the content of a Markdown shortcode pair', '{{% notice tip %}}Inner text{{% /notice %}}', ['Inner@18', 'text@24']],
  ])('%s', (_what, text, expected) => {
    expect(placed(text)).toEqual(expected);
  });

  it('keeps the words on either side of a tag apart', () => {
    expect(count('Welcome to {{ site.title }} today.', 'to today')).toBe(0);
    expect(words('Welcome to {{ site.title }} today.')).toEqual(['Welcome', 'to', 'today']);
  });

  it('reads code in a raw pair as code words, and a raw block as a code block', () => {
    const inline = doc('Use {% raw %}{{ x }}{% endraw %} here');
    expect([0, 1, 2].map((i) => inline.words.code(i))).toEqual([false, true, false]);
    const block = doc('{% raw %}\n{{ not a tag }}\n{% endraw %}\n\nAfter.\n');
    expect(words('{% raw %}\n{{ not a tag }}\n{% endraw %}\n\nAfter.\n')).toEqual(['After']);
    expect(block.codeBlocks).toBe(1);
  });

  it.each([
    ['Liquid', '{% highlight ruby %}\nputs "red fox"\n{% endhighlight %}\n\nAfter.\n'],
    ['Hugo', '{{< highlight go >}}\nfmt.Println("red fox")\n{{< /highlight >}}\n\nAfter.\n'],
    ['Go blog (code)', '{{code "fox/main.go" `/START/` `/END/`}}\n\nAfter.\n'],
    ['Go blog (play)', '{{play "fox/main.go"}}\n\nAfter.\n'],
  ])('reads a %s code sample as a code block', (_what, text) => {
    expect(words(text)).toEqual(['After']);
    expect(doc(text).codeBlocks).toBe(1);
  });

  it('reads a Go raw string of lines as the Markdown it writes into the page', () => {
    // The marker lines become empty lines: a tab-indented block is code, a paragraph is prose.
    expect(words('Intro.\n{{raw `\n\tfunc main() {}\n`}}\n')).toEqual(['Intro']);
    expect(doc('Intro.\n{{raw `\n\tfunc main() {}\n`}}\n').codeBlocks).toBe(1);
    expect(placed('{{raw `\nHello *there*.\n`}}\n')).toEqual(['Hello@8', 'there@15']);
  });

  it('reads the content of a Hugo shortcode pair as Markdown, not its markers', () => {
    const d = doc('{{< note >}}\nInside the note.\n{{< /note >}}\n');
    expect(words('{{< note >}}\nInside the note.\n{{< /note >}}\n')).toEqual(['Inside', 'the', 'note']);
    expect(d.blocks.map((b) => [b.kind, b.line])).toEqual([['paragraph', 2]]);
  });

  it('lets a statement end a paragraph, but not an output, which stands in the sentence', () => {
    expect(doc('First line\n{% if x %}\nSecond line\n{% endif %}\n').blocks.map((b) => b.line)).toEqual([1, 3]);
    expect(doc('First line\n{{ site.title }}\nsame paragraph\n').blocks.map((b) => b.line)).toEqual([1]);
  });

  it('recognises tags only where the generator would: never in code', () => {
    expect(placed('`{{ x }}`')).toEqual(['x@4']);
    expect(doc('`{{ x }}`').words.code(0)).toBe(true);
    expect(words('```\n{% raw %}\n```\n')).toEqual([]);
    expect(doc('```\n{% comment %}\n```\nText.\n').comments).toEqual([]);
  });

  it('records template comments with their place', () => {
    const text = '{% comment %}\nhidden\n{% endcomment %}\n\nText. {# note #}\n';
    expect(doc(text).comments).toEqual([
      { text: 'hidden', line: 1, start: 0, end: 37, kind: 'template' },
      { text: 'note', line: 5, start: 45, end: 55, kind: 'template' },
    ]);
  });
});

describe('template tags that are images', () => {
  it.each([
    ['Eleventy/Jekyll image', '{% image "a.png" "Alt text" %}', { src: 'a.png', alt: 'Alt text' }, []],
    ['Nunjucks image, with commas', '{% image "a.png", "Alt text" %}', { src: 'a.png', alt: 'Alt text' }, []],
    ['image_with_class (the alt comes last)', '{% image_with_class "a.png" "w-50" "The alt" %}', { src: 'a.png', alt: 'The alt' }, []],
    ['an image without alt', '{% image "a.png" "" %}', { src: 'a.png', alt: '' }, []],
    ['Hugo figure', '{{< figure src="a.png" alt="The alt" caption="A caption" >}}', { src: 'a.png', alt: 'The alt' }, ['A', 'caption']],
    ['Hugo figure whose caption is its alt', '{{< figure src="a.png" caption="Only a caption" >}}', { src: 'a.png', alt: 'Only a caption' }, ['Only', 'a', 'caption']],
    ['the Go blog image (no alt)', '{{image "a.png" 800}}', { src: 'a.png', alt: '' }, []],
    [
      'a Jekyll include with named parameters over lines',
      '{% include "linked-figure.html",\n     image: "/a.jpg",\n     alt: "The alt",\n     caption: "The caption" %}',
      { src: '/a.jpg', alt: 'The alt' },
      ['The', 'caption'],
    ],
  ])('%s', (_what, text, image, prose) => {
    const d = doc(`${text}\n`);
    expect(d.images).toEqual([{ ...image, line: 1, start: 0, end: text.length, origin: 'shortcode' }]);
    expect(words(`${text}\n`)).toEqual(prose);
  });

  it('reads an image tag inside a link (18F: [{% image … %}](url))', () => {
    const d = doc('[{% image "a.png" "Alt" %}](https://x.example/)\n');
    expect(d.images.map((i) => [i.alt, i.start, i.end])).toEqual([['Alt', 1, 26]]);
    expect(d.links.map((l) => [l.href, l.text, l.start, l.end])).toEqual([['https://x.example/', '', 0, 47]]);
  });
});

describe('link destinations that hold template tags', () => {
  it.each([
    ['[a]({{ site.baseurl }}/x/)', '/x/', 'url'],
    ['[a]({{site.baseurl}}/x/)', '/x/', 'url'],
    ['[a]({{ "/x/" | url }})', '/x/', 'url'],
    ["[a]({{ '/x/' | relative_url }})", '/x/', 'url'],
    ['[a]({{ "/x/" | absolute_url }})', '/x/', 'url'],
    ['[a]({{ "/x/" | prepend: site.baseurl }})', '/x/', 'url'],
    ['[a]({% link _posts/2016-06-20-x.md %})', '_posts/2016-06-20-x.md', 'file'],
    ['[a]({% post_url 2016-06-20-x %}#part)', '2016-06-20-x#part', 'post'],
    ['[a]({{< ref "x.md" >}})', 'x.md', 'ref'],
    ['[a]({{< relref path="x.md#y" >}})', 'x.md#y', 'ref'],
    ['[a]({{% ref "x.md" %}})', 'x.md', 'ref'],
    ['[a]({{ page.url }})', '{{ page.url }}', 'template'],
    ['[a](/plain/path)', '/plain/path', 'url'],
    ['[a][r]\n\n[r]: <{{ "/x/" | url }}>', '/x/', 'url'],
  ])('%s → %s', (text, target, targetKind) => {
    const [link] = doc(`${text}\n`).links;
    expect({ text: link.text, target: link.target, targetKind: link.targetKind }).toEqual({ text: 'a', target, targetKind });
  });

  it('places the whole link, and gives a resolved one the href the site gives it', () => {
    const text = 'See [part one]({{ "/2016/06/20/x/" | url }}) now.';
    expect(doc(text).links).toEqual([
      { href: '/2016/06/20/x/', line: 1, auto: false, start: 4, end: 44, text: 'part one', target: '/2016/06/20/x/', targetKind: 'url' },
    ]);
  });

  it('reads an image whose source holds a tag', () => {
    expect(doc('![Alt]({{ site.baseurl }}/img.png)\n').images.map((i) => [i.src, i.alt, i.origin])).toEqual([['/img.png', 'Alt', 'markdown']]);
  });
});

describe('HTML tags whose attribute values hold template tags (18F: src="{{ "/a.gif" | url }}")', () => {
  const IMG = '<img src="{{ "/a.gif" | url }}" alt="Screenshot: typing in mkdir code" />';
  it.each([
    ['an <img> on a line of its own', `Some text here.\n\n${IMG}\n\nMore text.\n`, 17, 1, ['Some', 'text', 'here', 'More', 'text']],
    ['an <img> in a sentence', `Some text ${IMG} here.\n`, 10, 1, ['Some', 'text', 'here']],
    ['an <img> in a <div> block', `<div>\n\t${IMG}\n</div>\n\nText.\n`, 7, 2, ['Text']],
  ])('%s: an image, its alt not words', (_what, text, start, line, prose) => {
    expect(doc(text).images).toEqual([
      { src: '/a.gif', alt: 'Screenshot: typing in mkdir code', line: line + (text.startsWith('Some text here') ? 2 : 0), start, end: start + IMG.length, origin: 'html' },
    ]);
    expect(words(text)).toEqual(prose);
  });

  it.each([
    ['inline', 'Read <a href="{{ "/x/" | url }}">the guide</a> now.\n', 5, 46, ['Read', 'the', 'guide', 'now']],
    ['at the start of a paragraph', '<a href="{{ "/x/" | url }}">the guide</a> now.\n', 0, 41, ['the', 'guide', 'now']],
    ['a tag with `>` in it', '<a href="{{ site.baseurl }}/x/" title="{{ "a>b" }}">the guide</a>\n', 0, 65, ['the', 'guide']],
  ])('an <a href> %s: a link to the resolved target', (_what, text, start, end, prose) => {
    const d = doc(text);
    expect(d.links.map((l) => [l.target, l.targetKind, l.text, l.start, l.end])).toEqual([['/x/', 'url', 'the guide', start, end]]);
    expect(words(text)).toEqual(prose);
  });

  it('a tag without template tags is read by markdown-it as before; one cut by a blank line is no tag', () => {
    expect(doc('<img src="/b.png" alt="B">\n').images.map((i) => [i.src, i.alt])).toEqual([['/b.png', 'B']]);
    expect(words('<img src="{{ x\n\ny }}" alt="A">\n')).toEqual(['img', 'src', 'x', 'y', 'alt', 'A']);
  });

  it('corpus: 18F GitHub guide reads 9 images and no "img src alt" words', () => {
    const text = readFileSync(`${FIXTURES}posts/2015-02-24-how-to-use-github-and-the-terminal-a-guide.md`, 'utf8');
    const d = doc(text);
    expect(d.images.filter((i) => i.src.startsWith('/assets/blog/github-tutorial/')).length).toBe(9);
    expect(words(text).filter((w) => w === 'img' || w === 'src')).toEqual([]);
  });
});

describe('reference definitions whose destination holds template tags', () => {
  it.each([
    ['[a][r]\n\n[r]: {{ site.baseurl }}/guide/', '/guide/', 'url', '/guide/'],
    ['[a][r]\n\n[r]: {% post_url 2016-01-01-x %}', '2016-01-01-x', 'post', '%7B%25%20post_url%202016-01-01-x%20%25%7D'],
    ['[a][r]\n\n[r]: {% link _posts/x.md %}#y "A title"', '_posts/x.md#y', 'file', '%7B%25%20link%20_posts/x.md%20%25%7D#y'],
    ['[a][R]\n\n[r]: {{ "/x/" | url }}\n[R]: /second/', '/x/', 'url', '/x/'],
    ['> [a][r]\n>\n> [r]: {{ site.baseurl }}/q/', '/q/', 'url', '/q/'],
  ])('%s → %s', (text, target, targetKind, href) => {
    const d = doc(`${text}\n`);
    expect(d.links.map((l) => [l.text, l.target, l.targetKind, l.href])).toEqual([['a', target, targetKind, href]]);
    expect(words(`${text}\n`)).toEqual(['a']);
  });

  it('the 18F repro: 7 words, 2 internal links, "guide" once', () => {
    const text = '---\ntitle: x\n---\n\nSee [the guide][guide] and [my post][p] today.\n\n[guide]: {{ site.baseurl }}/guide/\n[p]: {% post_url 2016-01-01-x %}\n';
    const d = doc(text);
    expect(words(text)).toEqual(['See', 'the', 'guide', 'and', 'my', 'post', 'today']);
    expect(d.links.map((l) => [l.target, l.start, l.end])).toEqual([['/guide/', 22, 40], ['2016-01-01-x', 45, 57]]);
  });

  it.each([
    ['text after the destination', '[r]: {{ site.baseurl }}/x/ more words\n', ['r', 'x', 'more', 'words']],
    ['a line that continues a paragraph', 'Text\n[r]: {{ site.baseurl }}/x/\n', ['Text', 'r', 'x']],
    ['a tag left open', '[r]: {{ site.baseurl /x/\n', ['r', 'site.baseurl', 'x']],
  ])('no definition: %s', (_what, text, expected) => {
    expect(doc(text).links).toEqual([]);
    expect(words(text)).toEqual(expected);
  });
});

describe('template comments that span blank lines', () => {
  it.each([
    ['Nunjucks {# … #}', 'Intro.\n\n{# Draft notes:\n\nremember the secret plan #}\n\nOutro.\n', 'Draft notes:\n\nremember the secret plan', 8, 52],
    ['Go/Hugo {{/* … */}}', 'Intro.\n\n{{/* Hugo note\n\nhidden words here */}}\n\nOutro.\n', 'Hugo note\n\nhidden words here', 8, 46],
    ['Go/Hugo {{- /* … */ -}}, two blank lines', 'Intro.\n\n{{- /* a\n\n\nb */ -}}\n\nOutro.\n', 'a\n\n\nb', 8, 27],
  ])('%s is a comment, its words not prose', (_what, text, comment, start, end) => {
    expect(words(text)).toEqual(['Intro', 'Outro']);
    expect(doc(text).comments).toEqual([{ text: comment, line: 3, start, end, kind: 'template' }]);
  });

  it.each([
    ['an output {{ … }}', 'Intro {{ x\n\ny }} outro.\n', ['Intro', 'x', 'y', 'outro']],
    ['a statement {% … %}', '{% if x\n\n%} outro.\n', ['if', 'x', 'outro']],
  ])('%s still stops at a blank line', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('a tag never closed in the last paragraph', () => {
  // In a window that is not the article's last, an unclosed tag may close in lines not read
  // yet (the window reader reads it again); at the article's end it is prose.
  it.each([
    ['{{', 'Intro words here.\n\n{{ is how a Jinja expression starts, and this last paragraph says so.\n', ['Intro', 'words', 'here', 'is', 'how', 'a', 'Jinja', 'expression', 'starts', 'and', 'this', 'last', 'paragraph', 'says', 'so']],
    ['{%', 'Intro.\n\n{% is how a Liquid tag starts.\n', ['Intro', 'is', 'how', 'a', 'Liquid', 'tag', 'starts']],
    ['{#', 'Intro.\n\n{# a note never closed\n\nLast words.\n', ['Intro', 'a', 'note', 'never', 'closed', 'Last', 'words']],
    ['{{ before another paragraph', 'Intro.\n\n{{ opens here.\n\nAnother paragraph.\n', ['Intro', 'opens', 'here', 'Another', 'paragraph']],
  ])('%s: its line is prose', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('template pairs inside HTML blocks', () => {
  /** Each word as surface@line:column, `code:` before a code word. */
  const read = (text: string) => {
    const d = doc(text);
    return Array.from({ length: d.words.length }, (_, i) => {
      const at = d.lines.place(d.words.starts[i]);
      return `${d.words.flags[i] & WordFlag.Code ? 'code:' : ''}${d.words.surface(i)}@${at.line}:${at.column}`;
    });
  };
  it.each([
    [
      'a comment pair and a highlight pair in a <div>',
      '<div class="x">\n{% comment %}secret hidden note{% endcomment %}\n<p>Shown text.</p>\n{% highlight js %}var hiddenCode = 1;{% endhighlight %}\n</div>\n',
      ['Shown@3:4', 'text@3:10', 'code:var@4:19', 'code:hiddenCode@4:23', 'code:1@4:36'],
      [{ text: 'secret hidden note', line: 2, start: 16, end: 63, kind: 'template' }],
    ],
    [
      'a comment pair around HTML tags',
      '<div>\n{% comment %}\n<p>Old text.</p>\n{% endcomment %}\n<p>New text.</p>\n</div>\n',
      ['New@5:4', 'text@5:8'],
      [{ text: '<p>Old text.</p>', line: 2, start: 6, end: 53, kind: 'template' }],
    ],
    [
      'a raw pair whose content looks like tags',
      '<div>{% raw %}{{ x }}{% endraw %} after</div>\n',
      ['code:x@1:18', 'after@1:35'],
      [],
    ],
    ['an unclosed comment pair blanks only its tag', '<div>{% comment %} shown</div>\n', ['shown@1:20'], []],
  ])('%s', (_what, text, expected, comments) => {
    expect(read(text)).toEqual(expected);
    expect(doc(text).comments).toEqual(comments);
  });
});

describe('which includes show an image', () => {
  it.each([
    ['a video with a url', '{% include youtube.html url="https://www.youtube.com/embed/abc" %}', null],
    ['a card with a title and a url', '{% include card.html title="Read the guide" url="/guide/" %}', null],
    ['a button with an href', '{% include button.html href="/x/" text="Sign up" %}', null],
    ['a file include with a path', '{% include snippet.html path="/code/x.py" %}', null],
    ['a src that is no image', '{% include embed.html src="/demo/index.html" %}', null],
    ['an include with alt', '{% include card.html url="/x/" alt="A card" %}', { src: '/x/', alt: 'A card' }],
    ['a src naming an image file', '{% include box.html src="/a/b.PNG?v=2" %}', { src: '/a/b.PNG?v=2', alt: '' }],
    ['an image value naming an image file', '{% include hero.html image="/img/hero.webp" %}', { src: '/img/hero.webp', alt: '' }],
    ['an image include by its name', '{% include figure.html url="/a/b" %}', { src: '/a/b', alt: '' }],
    ['an image include, quoted name', '{% include "image-with-caption.html" file="/a/b" %}', { src: '/a/b', alt: '' }],
    ['an Eleventy render of a photo partial', '{% render "photo.liquid", path: "/p/q" %}', { src: '/p/q', alt: '' }],
  ])('%s', (_what, text, image) => {
    const d = doc(`${text}\n`);
    expect(d.images).toEqual(image === null ? [] : [{ ...image, line: 1, start: 0, end: text.length, origin: 'shortcode' }]);
    expect(d.words.length).toBe(0);
  });
});
