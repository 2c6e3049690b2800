import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleYaml } from '../src/parse/simple-yaml.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';

// Each block the fast path reads must give exactly what yaml gives; the others go to yaml.
const SIMPLE = [
  'title: Hello world\n',
  'a: 007\nb: +5\nc: 0\nd: 00\n',
  'date: 2020-01-01\nupdated: 2017-09-28 10:00:00 -0400\n',
  'a: yes\nb: no\nc: on\n',
  'a: ~\nb: null\nc: Null\nd:\n',
  'a: TRUE\nb: False\n',
  'a: "x # y"\nb: \'it\'\'s\'\nc: x # comment\nd: C#\n',
  'url: https://x.com/a?b=c\ntime: 12:30\nlist: x,y\n',
  'tags:\n- a\n- b\n',
  'tags:\n  - a\n  - "b"\nnext: c\n',
  'a:\n# c\n  - x\n',
  "a: ''\nb: \"\"\nc: 1_000\n",
  'a: Ünïcode ✓\n# only a comment\n\n',
  // A repeated key takes its last value, as libyaml (Psych, PyYAML) does.
  'a: x\na: y\n',
  'tags:\n- a\ntags: b\n',
];
const NOT_SIMPLE = [
  'a: [1, 2]\n', 'a: {b}\n', 'a: b: c\n', 'a: 12345678901234567890\n', 'a: 1e3\n', 'a: .5\n',
  'a: -x\n', 'a: 0x1F\n', 'a: 0o17\n', 'a: .inf\n', 'a: -0\n', 'a: x\n  y\n', 'a: x:\n', 'a: &x 1\n', 'a: |\n  text\n',
  'meta:\n  a: 1\n', 'title: "unclosed\n', '\ta: 1\n', 'a: "esc\\n"\n', '__proto__: x\n', 'a: x\n- b\n',
];

describe('simple front matter without the YAML parser', () => {
  for (const raw of SIMPLE) {
    it(`reads ${JSON.stringify(raw)} as yaml does`, () => {
      expect(readSimpleYaml(raw)?.data).toStrictEqual(parse(raw, { uniqueKeys: false }) ?? {});
    });
  }
  for (const raw of NOT_SIMPLE) {
    it(`leaves ${JSON.stringify(raw)} to yaml`, () => {
      expect(readSimpleYaml(raw)).toBeUndefined();
    });
  }
  it('gives the line of each key in the block, the last of a repeated key', () => {
    expect(readSimpleYaml('# c\ntitle: a\ntags:\n- x\n\ntitle: b\nslug:\n')?.keyLines).toEqual(
      new Map([['title', 6], ['tags', 3], ['slug', 7]]),
    );
  });
  it('still words errors as yaml does, since invalid blocks are never read by the fast path', () => {
    expect(splitFrontMatter('---\ntitle: a\n  b: c\n---\nText.\n').error).toEqual({
      message: 'invalid YAML front matter on line 2: Nested mappings are not allowed in compact mappings',
      line: 2,
      column: 8,
    });
  });
});
