import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderTable, type Column } from '../src/report/table.js';
import { displayWidth, shorten, stripAnsi } from '../src/report/width.js';
import { atoms, flow, wrap, wrapPath } from '../src/report/wrap.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'score 54/100', 12],
    ['colour codes take nothing', colour.red.bold('✖ error'), 7],
    ['the marks the report draws take one', '●○◆◉◈◐✱·|‖▕▏✔✖⚠–—…│─┌', 21],
    ['CJK ideographs take two', '日本語', 6],
    ['kana and Hangul take two', 'カナ한글', 8],
    ['fullwidth forms take two', 'ＡＢ', 4],
    ['an emoji takes two', '✅ ok', 5],
    ['a ZWJ family is one emoji', '👩‍👩‍👧', 2],
    ['a flag is two regional indicators', '🇫🇷', 2],
    ['a text pictograph with VS16 becomes an emoji', '❤️', 2],
    ['combining marks take nothing', 'e\u0301te\u0301', 3],
    ['accented letters take one', 'Éte résumé', 10],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrap keeps figures whole', () => {
  it.each([
    ['"30 %" stays together', 'use a transition word: aim for 30 %. The longest', 31, ['use a transition word: aim for', '30 %. The longest']],
    ['"(0.26 %):" stays together', 'in 771 words (0.26 %): below 0.5 %', 20, ['in 771 words', '(0.26 %): below', '0.5 %']],
    ['"2 of 6" stays together', 'so far 2 of 6 subheadings', 11, ['so far', '2 of 6', 'subheadings']],
    ['"19 of 37" inside a sentence', 'now 19 of 37 sentences', 12, ['now 19 of 37', 'sentences']],
    ['"of" between words still breaks', 'part of the text', 7, ['part of', 'the', 'text']],
    ['a status keeps its symbol', '✖ error here', 7, ['✖ error', 'here']],
    ['a "·" never starts a line', 'a · b · c', 3, ['a ·', 'b ·', 'c']],
    ['a rule id is one word', 'see keyphrase-in-introduction now', 25, ['see', 'keyphrase-in-introduction', 'now']],
    ['a word wider than the line is cut after a hyphen', 'keyphrase-in-introduction', 14, ['keyphrase-in-', 'introduction']],
    ['line breaks are kept', 'one\ntwo three', 20, ['one', 'two three']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('glues a figure with its unit into one piece', () => {
    expect(atoms('aim for 30 %. The 3 min read, 2 of 6 (51 %) here')).toEqual(['aim', 'for', '30 %.', 'The', '3 min', 'read,', '2 of 6', '(51 %)', 'here']);
  });

  const words = fc.array(fc.stringMatching(/^[a-z0-9%()]{1,12}$/), { minLength: 1, maxLength: 30 });
  it('never makes a line wider than the width when no piece is, and keeps every word in order', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 100 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = wrap(text, width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(' ')).toEqual(text.split(' '));
      }),
    );
  });

  it('lays lists out within the width, items in order, commas kept', () => {
    fc.assert(
      // From 24 columns an item of 12 and its comma fit under the label: none is cut.
      fc.property(words, fc.integer({ min: 24, max: 100 }), (items, width) => {
        const lines = flow(items, width, { first: '✔ passed: ', indent: '          ' });
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join(' ').slice('✔ passed: '.length).split(/,?\s+/)).toEqual(items);
      }),
    );
  });

  it('wraps a label wider than the line, and lays the items after it', () => {
    expect(flow(['1:36 "a"', '11:24 "b"'], 16, { first: '  US Russia relations found at ', indent: '    ' })).toEqual(['US Russia', 'relations found', 'at 1:36 "a",', '    11:24 "b"']);
  });

  it('breaks paths after a "/" or "-"', () => {
    expect(wrapPath('posts/2024/05-some-long-name.md', 12)).toEqual(['posts/2024/', '05-some-', 'long-name.md']);
  });
});

describe('shorten', () => {
  it('cuts a long quote at a word boundary, with "…"', () => {
    expect(shorten('A long description that goes on about bread', 20)).toBe('A long description…');
    expect(shorten('short', 20)).toBe('short');
  });
});

describe('renderTable', () => {
  const cell = fc.stringMatching(/^[a-zA-Z0-9 %.,:()-]{0,60}$/);
  it('never draws a line wider than the width, and loses no character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 30, max: 160 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (n, total, rows) => {
        const columns: Column[] = Array.from({ length: n }, (_, i) => ({ head: `Col ${i}` }));
        const cells = rows.map((r) => r.slice(0, n));
        const text = renderTable(columns, cells, total, plain);
        const lines = text.split('\n');
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(total);
        // Every line of the box is as wide as every other.
        expect(new Set(lines.map(displayWidth)).size).toBe(1);
        // Every character of every cell is drawn once (words may be cut, never lost).
        const chars = (s: string) => [...s.replace(/[│┌┐└┘├┤┬┴┼─\s]/g, '')].sort().join('');
        expect(chars(text)).toBe(chars([...columns.map((c) => c.head), ...cells.flat()].join('')));
      }),
    );
  });

  it('colours line by line, so no colour crosses a border', () => {
    const text = renderTable([{ head: 'Status', nowrap: true }, { head: 'Message' }], [[{ text: '✖ error', paint: (l) => colour.red(l) }, 'a message long enough to wrap onto a second line']], 40, colour);
    for (const l of text.split('\n')) {
      expect(displayWidth(l)).toBeLessThanOrEqual(40);
      expect(stripAnsi(l)).toMatch(/^[│┌├└]/);
    }
    expect(text).toContain(`│ ${colour.red('✖ error')} │`);
  });
});
