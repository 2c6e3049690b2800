import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { KEY_LINES, LENIENT, YAML_ERRORS } from './frontmatter-cases.js';

const lines = (fm: { keyLines: Map<string, number> }) => Object.fromEntries(fm.keyLines);

describe('YAML front matter as libyaml reads it', () => {
  it.each(LENIENT)('%s', (_name, block, data, keyLines) => {
    const fm = splitFrontMatter(`---\n${block}---\nBody.\n`);
    expect(fm.error).toBeNull();
    expect(fm.data).toStrictEqual(data);
    expect(lines(fm)).toEqual(keyLines);
    expect(fm.bodyLine).toBe(block.split('\n').length + 1);
  });
  it.each(KEY_LINES)('key lines: %s', (_name, block, keyLines) => {
    const fm = splitFrontMatter(`---\n${block}---\nBody.\n`);
    expect(fm.error).toBeNull();
    expect(lines(fm)).toEqual(keyLines);
  });
  it('types scalars by YAML 1.2 (as Hugo and Eleventy): yes, on and dates are text', () => {
    const fm = splitFrontMatter('---\na: yes\nb: on\nc: 2016-03-22\nd: 1:30\ne: 0777\nf: [x, {y: 1}]\n---\n');
    expect(fm.data).toStrictEqual({ a: 'yes', b: 'on', c: '2016-03-22', d: '1:30', e: 777, f: ['x', { y: 1 }] });
  });
});

describe('fences', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof splitFrontMatter>>]> = [
    ['closed by ...', '---\ntitle: a\n...\nBody.\n', { format: 'yaml', data: { title: 'a' }, bodyOffset: 17, bodyLine: 3 }],
    ['fences with trailing white space', '---  \ntitle: a\n--- \nBody.\n', { format: 'yaml', data: { title: 'a' }, bodyOffset: 20, bodyLine: 3 }],
    ['empty', '---\n---\nBody.\n', { format: 'yaml', data: {}, bodyOffset: 8, bodyLine: 2 }],
    ['no body, no last line break', '---\ntitle: a\n---', { format: 'yaml', data: { title: 'a' }, bodyOffset: 16, bodyLine: 3 }],
    ['a first line with more than the fence: no front matter', '--- a\ntitle: b\n---\n', { format: null, data: {}, bodyOffset: 0, bodyLine: 0 }],
    ['a fence not on line 1: no front matter', '\n---\ntitle: b\n---\n', { format: null, data: {}, bodyOffset: 0, bodyLine: 0 }],
    ['one line only', '---', { format: null, data: {}, bodyOffset: 0, bodyLine: 0 }],
    ['TOML', '+++\ntitle = "a"\n+++\nBody.\n', { format: 'toml', data: { title: 'a' }, bodyOffset: 20, bodyLine: 3 }],
    ['TOML is not closed by ...', '+++\ntitle = "a"\n...\n+++\n', { format: 'toml', data: {}, bodyOffset: 24, bodyLine: 4, error: { message: 'invalid TOML front matter on line 3: Invalid TOML document: illegal empty bare key', line: 3, column: 1 } }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(splitFrontMatter(text)).toMatchObject({ error: null, ...expected });
  });
  // Hugo refuses a file whose front matter is never closed; Jekyll publishes it whole, fence and all.
  it.each([
    ['---', '---\ntitle: x\n\nText.\n'],
    ['+++', '+++\ntitle = "x"\nText.\n'],
  ])("an unclosed '%s' is an error on line 1, and the whole text is the body", (fence, text) => {
    expect(splitFrontMatter(text)).toEqual({
      format: fence === '---' ? 'yaml' : 'toml',
      data: {},
      bodyOffset: 0,
      bodyLine: 0,
      keyLines: new Map(),
      error: { message: `front matter opened with '${fence}' on line 1 is never closed`, line: 1 },
    });
  });
});

describe('front matter that cannot be read is an error with its line; the body after it is still read', () => {
  it.each(YAML_ERRORS)('%s', (_name, block, error) => {
    const text = `---\n${block}---\nBody.\n`;
    const fm = splitFrontMatter(text);
    expect(fm.error).toEqual(error);
    expect(fm.bodyOffset).toBe(text.length - 'Body.\n'.length);
    expect(fm.bodyLine).toBe(block.split('\n').length + 1);
    // What could not be read is left out; a wrongly typed field is kept, and read as no text.
    if (!error.message.startsWith('front matter ')) expect(fm.data).toEqual({});
  });
  it('nesting deeper than the stack', () => {
    const fm = splitFrontMatter(`---\nk: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nBody.\n`);
    expect(fm.error).toMatchObject({ message: 'invalid YAML front matter on line 2: Maximum call stack size exceeded', line: 2 });
    expect(fm.bodyLine).toBe(3);
  });
  it('an alias bomb', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(splitFrontMatter(`---\n${bomb}---\n`).error).toEqual({ message: 'invalid YAML front matter: Excessive alias count indicates a resource exhaustion attack', line: 1 });
  });
});

describe('splitFrontMatter on any text', () => {
  const line = fc.oneof(
    fc.constantFrom('title: a', 'title: "open', 'b"', "c: 'x", '  - item', '- item', 'k: [1,', '2]', 'x: {a: 1}', '? q', ': v', '"q": 1', '#c', '', '\t', 'a: &x 1', 'b: *x', 'c: *y', 'm: &m {k: 1}', '<<: *m', '...', '--- x', 'key: |', '  block'),
    fc.string({ maxLength: 12 }),
  );
  it('never throws, and every key of what it read has the line it is on', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('---', '+++'), (ls, fence) => {
        const text = `${fence}\n${ls.join('\n')}\n${fence}\nBody.\n`;
        const fm = splitFrontMatter(text);
        const fileLines = text.split('\n');
        expect(fm.bodyLine).toBeLessThanOrEqual(fileLines.length);
        if (fm.error !== null) {
          expect(fm.error.line).toBeGreaterThanOrEqual(1);
          expect(fm.error.line).toBeLessThanOrEqual(fileLines.length);
          expect(fm.error.message).not.toContain('\n');
          return;
        }
        for (const [key, at] of fm.keyLines) {
          expect(Object.hasOwn(fm.data, key)).toBe(true);
          expect(at).toBeGreaterThan(1);
          expect(at).toBeLessThanOrEqual(fm.bodyLine);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
