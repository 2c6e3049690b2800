import { describe, expect, it } from 'vitest';
import { excerpt, shownText } from '../src/parse/shown.js';
import { excerpt as ruleExcerpt } from '../src/rules/excerpt.js';
import { WordFolder } from '../src/text/fold.js';
import { Words } from '../src/text/words.js';
import { report } from './helpers.js';
import { doc } from './parse-helpers.js';

/** The whole text's words as a reader sees them. */
const shown = (text: string) => {
  const d = doc(text);
  return shownText(d, 0, d.words.length);
};

describe('text as a reader sees it', () => {
  it.each([
    ['a link and what follows it', '[Trump](/x)-Putin meeting', 'Trump-Putin meeting'],
    ['link text, never its destination', 'The [Presidential Innovation Fellows](https://wh.gov/x) program', 'The Presidential Innovation Fellows program'],
    ['links around a word', 'fixed in [CL 48988](/cl/48988/) fixing [issue #21029](/issue/21029).', 'fixed in CL 48988 fixing issue #21029'],
    ['an entity', 'fox &amp; meeting', 'fox & meeting'],
    ['an escape', 'don\\\'t \\*stop\\*', "don't *stop"],
    ['code, without its backticks', '`async fn` in traits', 'async fn in traits'],
    ['emphasis, without its markers', 'a **bold** *move*', 'a bold move'],
    ['a bare URL, as written', 'See https://x.example/a for it.', 'See https://x.example/a for it'],
    ['an image, as nothing', 'A ![pic](p.png) fox', 'A fox'],
    ['a template tag, as nothing', 'Hi {{ site.name }} there', 'Hi there'],
    ['a line break, as a space', 'red\nfox', 'red fox'],
    ['white space, as one space', 'red \u00a0  fox', 'red fox'],
    ['blocks, joined by a space', '# Red\n\nFox runs.', 'Red Fox runs'],
  ])('%s', (_what, text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  it('quotes an occurrence as the reader sees it', () => {
    const r = report('The [Trump](/x)-Putin meeting, and `async fn` in traits.\n\n## Using `async fn` in traits\n', {
      keyphrases: ['Trump Putin meeting', 'async fn in traits'],
    });
    expect(r.keyphrases.map((k) => k.occurrences)).toEqual([
      [{ line: 1, column: 6, endLine: 1, endColumn: 30, text: 'Trump-Putin meeting' }],
      [
        { line: 1, column: 37, endLine: 1, endColumn: 56, text: 'async fn in traits' },
        { line: 3, column: 11, endLine: 3, endColumn: 30, text: 'async fn in traits' },
      ],
    ]);
  });
});

describe('excerpts for messages', () => {
  const sentence = 'The [Presidential Innovation Fellows](https://wh.gov/innovation/fellows) program is a long-running program that pairs people with agencies.';

  it('cuts at a written word after at most maxWords, in curly quotes, with "…" when cut', () => {
    const d = doc(sentence);
    expect(excerpt(d, 0, d.words.length)).toBe('“The Presidential Innovation Fellows program is a long-running…”');
    expect(excerpt(d, 0, d.words.length, 3)).toBe('“The Presidential Innovation…”');
    expect(excerpt(d, 0, 4, 8)).toBe('“The Presidential Innovation Fellows”');
  });

  it('cuts before a written word that would pass maxChars, keeping at least one', () => {
    const d = doc(sentence);
    expect(excerpt(d, 0, d.words.length, 20, 20)).toBe('“The Presidential…”');
    expect(excerpt(d, 1, d.words.length, 20, 3)).toBe('“Presidential…”');
  });

  it('is what the rules quote (src/rules/excerpt.ts delegates)', () => {
    const d = doc(sentence);
    expect(ruleExcerpt(d, 0, d.words.length)).toBe(excerpt(d, 0, d.words.length));
    expect(ruleExcerpt(d, 0, d.words.length, 6)).toBe('“The Presidential Innovation Fellows program is…”');
  });

  it('never quotes Markdown syntax in a message', () => {
    const r = report(`${'The [Presidential Innovation Fellows](https://wh.gov/x) program pairs people and agencies, and it has done so for years, in many places, with many partners, ever since it began. '.repeat(3)}\n`);
    const messages = r.checks.map((c) => c.message).join('\n');
    expect(messages).toContain('“The Presidential Innovation Fellows program pairs people and…”');
    expect(messages).not.toMatch(/\]\(|https:\/\/wh/);
  });
});

describe('the column of gaps between words', () => {
  it('keeps each gap exactly, past the 254 it interns', () => {
    const words = new Words(new WordFolder().forms);
    for (let i = 0; i < 600; i++) words.push(0, i, i + 1, 0);
    for (let i = 1; i < 600; i++) words.setGap(i, `gap ${i % 300}`);
    expect(Array.from({ length: 599 }, (_, k) => words.gap(k + 1))).toEqual(Array.from({ length: 599 }, (_, k) => `gap ${(k + 1) % 300}`));
    expect(words.gap(0)).toBe(' ');
  });
});
