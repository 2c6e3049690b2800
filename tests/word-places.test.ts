import { describe, expect, it } from 'vitest';
import { doc } from './parse-helpers.js';

/** Each word as surface@line:column–endLine:endColumn (1-based, end exclusive). */
function places(text: string): string[] {
  const d = doc(text);
  return Array.from({ length: d.words.length }, (_, i) => {
    const s = d.lines.place(d.words.starts[i]);
    const e = d.lines.place(d.words.ends[i]);
    return `${d.words.surface(i)}@${s.line}:${s.column}–${e.line}:${e.column}`;
  });
}

describe('words stand where the source has them', () => {
  it.each([
    [
      'a table cell with an escaped pipe',
      'x\n\n| a \\| b | c |\n| - | - |\n| red fox \\| d | e |\n',
      ['x@1:1–1:2', 'a@3:3–3:4', 'b@3:8–3:9', 'c@3:12–3:13', 'red@5:3–5:6', 'fox@5:7–5:10', 'd@5:14–5:15', 'e@5:18–5:19'],
    ],
    ['two escaped pipes in a cell', '| h |\n| - |\n| a \\| b \\| c |\n', ['h@1:3–1:4', 'a@3:3–3:4', 'b@3:8–3:9', 'c@3:13–3:14']],
    ['a backslash before a letter', 'A \\alpha red fox.\n', ['A@1:1–1:2', 'alpha@1:4–1:9', 'red@1:10–1:13', 'fox@1:14–1:17']],
    ['an escape that escapes (\\*)', 'A \\*star\\* here.\n', ['A@1:1–1:2', 'star@1:5–1:9', 'here@1:12–1:16']],
    ['a footnote mark in <sup> after a word', 'unwinding<sup>[1](#x)</sup>, they\n', ['unwinding@1:1–1:10', '1@1:16–1:17', 'they@1:30–1:34']],
    ['a <sub> after a letter', 'H<sub>2</sub>O is water.\n', ['H@1:1–1:2', '2@1:7–1:8', 'O@1:14–1:15', 'is@1:16–1:18', 'water@1:19–1:24']],
    ['a <sup> in an HTML block', '<p>unwinding<sup>1</sup> here</p>\n', ['unwinding@1:4–1:13', '1@1:18–1:19', 'here@1:26–1:30']],
  ])('%s', (_what, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
