import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { jsonErrorOffset, jsonEnd } from '../src/parse/frontmatter-json.js';

describe('JSON front matter, found as Hugo finds it', () => {
  const cases: Array<[string, string, Record<string, unknown>, Record<string, number>, number]> = [
    ['an object over several lines', '{\n  "title": "Hello",\n  "tags": ["a", "b"]\n}\nBody.\n', { title: 'Hello', tags: ['a', 'b'] }, { title: 2, tags: 3 }, 4],
    ['on one line', '{"title": "Hello"}\nBody.\n', { title: 'Hello' }, { title: 1 }, 1],
    ['braces and escaped quotes inside strings', '{"title": "a } b { c", "x": "\\"}"}\nBody.\n', { title: 'a } b { c', x: '"}' }, { title: 1, x: 1 }, 1],
    ['nested objects: only top-level keys have lines', '{\n "seo": {\n  "title": "inner"\n },\n "title": "outer"\n}\nBody.\n', { seo: { title: 'inner' }, title: 'outer' }, { seo: 2, title: 5 }, 6],
    ['a repeated key: the last wins, as encoding/json', '{"title": "a",\n"title": "b"}\nBody.\n', { title: 'b' }, { title: 2 }, 2],
    ['a key with escapes, a colon after white space', '{"ti\\u0074le"\n  : "x"}\n', { title: 'x' }, { title: 1 }, 2],
    ['empty', '{}\nBody.\n', {}, {}, 1],
    ['no body', '{"title": "x"}', { title: 'x' }, { title: 1 }, 0],
  ];
  it.each(cases)('%s', (_name, text, data, keyLines, bodyLine) => {
    const fm = splitFrontMatter(text);
    expect(fm.error).toBeNull();
    expect(fm.format).toBe('json');
    expect(fm.data).toStrictEqual(data);
    expect(Object.fromEntries(fm.keyLines)).toEqual(keyLines);
    expect(fm.bodyLine).toBe(bodyLine);
    expect(fm.bodyOffset).toBe(bodyLine === 0 ? text.length : text.split('\n').slice(0, bodyLine).join('\n').length + 1);
  });

  // Hugo reads any first `{` as JSON; a template tag or an MDX expression is the body's.
  it.each(['{{< figure src="a.png" >}}\n', '{% raw %}\n', '{/* a comment */}\n', '{#if x}\n', '{ not json }\n', '\n{"title": "x"}\n'])(
    '%j is not front matter',
    (text) => {
      expect(splitFrontMatter(text)).toMatchObject({ format: null, data: {}, bodyOffset: 0, bodyLine: 0, error: null });
    },
  );

  it('jsonEnd counts braces outside quotes, and a backslash skips the next character', () => {
    expect(jsonEnd('{"a": {"b": "}"}} rest')).toBe(17);
    expect(jsonEnd('{"a": "\\"}"} rest')).toBe(12);
    expect(jsonEnd('{"a": 1')).toBe(-1);
  });
});

describe('JSON errors: V8\'s words, the line and column in the file', () => {
  const cases: Array<[string, string, { message: string; line: number; column?: number }, number]> = [
    ['a trailing comma', '{\n  "title": "x",\n}\nBody.\n', { message: "invalid JSON front matter on line 3: Expected double-quoted property name", line: 3, column: 1 }, 3],
    ['single quotes', "{\n  'title': 'x'\n}\n", { message: "invalid JSON front matter on line 2: Expected property name or '}'", line: 2, column: 3 }, 3],
    ['a missing comma', '{"a": 1\n "b": 2}\n', { message: "invalid JSON front matter on line 2: Expected ',' or '}' after property value", line: 2, column: 2 }, 2],
    ['a bad literal', '{\n "draft": tru }\n', { message: "invalid JSON front matter on line 2: Unexpected token ' '", line: 2, column: 14 }, 2],
    ['a bad escape', '{"a": "\\q"}\n', { message: 'invalid JSON front matter on line 1: Bad escaped character', line: 1, column: 9 }, 1],
    ['never closed', '{\n  "title": "x"\n\nBody.\n', { message: "front matter opened with '{' on line 1 is never closed", line: 1 }, 0],
    ['text after the closing brace', '{"title": "x"} Body.\nMore.\n', { message: "text after the '}' that closes JSON front matter on line 1 is not read: start the body on the next line", line: 1 }, 1],
  ];
  it.each(cases)('%s', (_name, text, error, bodyLine) => {
    const fm = splitFrontMatter(text);
    expect(fm.format).toBe('json');
    expect(fm.error).toEqual(error);
    expect(fm.bodyLine).toBe(bodyLine);
  });

  it('jsonErrorOffset is where V8 says the text stops being JSON, whenever V8 says where', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', '"a"', ':', ',', '1', '-', '1.', '2e', 'tru', 'null', ' ', '\n', '"\\x"', '"\\u12"', '"', '\t');
    let compared = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        let message = '';
        try {
          JSON.parse(text);
          return;
        } catch (error) {
          message = (error as Error).message;
        }
        const position = / at position (\d+)/.exec(message);
        if (position === null) return;
        compared++;
        expect(jsonErrorOffset(text)).toBe(Number(position[1]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
    // The property must have had something to compare.
    expect(compared).toBeGreaterThan(100);
  });
});
