import { describe, expect, it } from 'vitest';
import { doc } from './parse-helpers.js';

/** Each block as kind/container@line, then its words. */
function blocks(text: string): string[] {
  const d = doc(text);
  return d.blocks.map((b) => {
    const w = Array.from({ length: b.to - b.from }, (_, i) => d.words.surface(b.from + i));
    return `${b.kind}/${b.container}@${b.line}: ${w.join(' ')}`;
  });
}

describe('Pandoc fenced divs with attributes are admonitions', () => {
  it.each([
    ['a class', '::: {.warning}\nThis is a warning.\n:::\n', ['paragraph/admonition@2: This is a warning'], []],
    ['an id and a class', '::: {#note-1 .note}\nA note.\n:::\n', ['paragraph/admonition@2: A note'], ['note-1']],
    ['more colons after the attributes', '::::: {.tip} :::::\nTip.\n:::::\n', ['paragraph/admonition@2: Tip'], []],
    ['a plain type, as before', '::: warning\nPlain typed.\n:::\n', ['paragraph/admonition@2: Plain typed'], []],
    ['nested divs', ':::: {.outer}\n::: {.inner}\nIn.\n:::\nOut.\n::::\n', ['paragraph/admonition@3: In', 'paragraph/admonition@5: Out'], []],
  ])('%s', (_what, text, expected, ids) => {
    expect(blocks(`Intro.\n\n${text}\nAfter.\n`)).toEqual([
      'paragraph/root@1: Intro',
      ...expected.map((b) => b.replace(/@(\d+)/, (_, n) => `@${Number(n) + 2}`)),
      `paragraph/root@${text.split('\n').length + 3}: After`,
    ]);
    expect(doc(text).ids).toEqual(ids);
  });

  it.each([
    ['text after the attributes', '::: {.x} Title words\nBody.\n:::\n'],
    ['an unclosed brace', '::: {.x\nBody.\n:::\n'],
  ])('not a div: %s', (_what, text) => {
    expect(blocks(text)[0]).toMatch(/^paragraph\/root@1: /);
  });
});
