import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/frontmatter.js';

// Its own file, so that no other test has loaded yaml or smol-toml into this process's module cache.
it('plain key: value front matter takes the fast path: yaml loads only for the rest, smol-toml only for TOML', () => {
  const loaded = () =>
    Object.keys(createRequire(import.meta.url).cache)
      .map((k) => /node_modules[\\/](yaml|smol-toml)[\\/]/.exec(k)?.[1])
      .filter((name) => name !== undefined);
  const simple = splitFrontMatter('---\ntitle: "A title"\ndate: 2020-01-01\ntags:\n- a\n- b\nslug: a-title\n---\nBody.\n');
  expect(simple.data).toEqual({ title: 'A title', date: '2020-01-01', tags: ['a', 'b'], slug: 'a-title' });
  expect(new Set(loaded())).toEqual(new Set());
  splitFrontMatter('---\ntitle: "continued\nat column 0"\n---\nBody.\n');
  expect(new Set(loaded())).toEqual(new Set(['yaml']));
  splitFrontMatter('+++\ntitle = "a"\n+++\nBody.\n');
  expect(new Set(loaded())).toEqual(new Set(['yaml', 'smol-toml']));
});
