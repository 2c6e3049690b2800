import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../src/engine/analyzer.js';
import { buildSummary } from '../src/site/summary.js';
import { runSite } from '../src/site/run.js';
import { doc } from './parse-helpers.js';
import { FIXTURES } from './helpers.js';

/*
 * A link's #fragment may point at an HTML element's id or at an `<a name>`, not only at a
 * heading: the parse layer collects them and the site stage finds them.
 */

describe('HTML ids in the document model', () => {
  it.each([
    ['inline <a name>', 'Text.<a name="note"></a> More.\n', ['note']],
    ['inline id on any element', 'A <span id="s1">word</span> here.\n', ['s1']],
    ['block <div id>', '<div id="box">A box.</div>\n', ['box']],
    ['block <dt id> inside <dl>', '<dl><dt id="term">Term</dt><dd>Definition.</dd></dl>\n', ['term']],
    ['entities decoded', '<p id="a&amp;b">x</p>\n', ['a&b']],
    ['name on another element is no anchor', '<input name="q">\n\nText <img name="pic" src="x.png">.\n', []],
    ['an empty id is none', '<div id="">x</div>\n', []],
    ['code is not HTML', 'Use `<a name="x">` and\n\n```\n<div id="y"></div>\n```\n', []],
    ['an HTML comment holds no ids', '<!-- <div id="gone"></div> -->\n', []],
  ])('%s', (_, text, ids) => {
    expect(doc(text).ids).toEqual(ids);
  });
});

/** The findings of the site stage over articles given as [file, text]. */
function brokenLinks(files: Array<[string, string]>): string[] {
  const analyzer = new Analyzer();
  const summaries = files.map(([file, text]) => buildSummary(analyzer.facts(text, file), file, `/site/${file}`));
  return runSite(summaries)
    .findings.filter((f) => f.ruleId === 'broken-link')
    .map((f) => `${f.messageId} ${f.files.map((p) => `${p.file}:${p.line}:${p.column}`).join(',')}`);
}

describe('broken-link finds fragments that name HTML ids', () => {
  const A = `---
title: Article A about anchors in HTML
---

# Article A

See [the note](#note), [the box](#box) and [the term](#term), [section two](b.md#second-part), [gone](#gone) and [b's box](b.md#b-box).

Text here with a note.<a name="note"></a>

<div id="box">A box.</div>

<dl><dt id="term">Term</dt><dd>Definition.</dd></dl>
`;
  const B = `---
title: Article B has a second part
---

# Article B

## Second part {#second-part}

<section id="b-box">Body of B links back to [A](a.md).</section>
`;

  it('an id of the article or of another one is found; a fragment named nowhere is still broken', () => {
    expect(brokenLinks([['a.md', A], ['b.md', B]])).toEqual(['ownAnchor a.md:7:96']);
  });

  it('the summary lists each id once', () => {
    const facts = new Analyzer().facts(`${A}\n<a name="note">again</a>\n`, 'a.md');
    expect(buildSummary(facts, 'a.md', '/site/a.md').ids).toEqual(['note', 'box', 'term']);
  });

  it('corpus: rust-blog ffi-unwind links to its footnote <a name="longjmp-unwind">', () => {
    const dir = `${FIXTURES}posts/`;
    const ffi = 'inside-rust-2021-01-26-ffi-unwind-longjmp.md';
    const files: Array<[string, string]> = [ffi, '2014-11-20-Cargo.md'].map((f) => [f, readFileSync(dir + f, 'utf8')]);
    expect(doc(files[0][1]).ids).toEqual(['longjmp-unwind']);
    expect(brokenLinks(files).filter((f) => f.includes(ffi))).toEqual([]);
  });
});
