import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/frontmatter.js';

const toml = (block: string) => splitFrontMatter(`+++\n${block}+++\nBody.\n`);
// smol-toml's tables have no prototype; compare them as plain data.
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('TOML front matter as Hugo reads it', () => {
  // Hugo (go-toml) gives a local date or date-time at that time in UTC, its default time zone;
  // smol-toml's TomlDate is that instant, and prints as written.
  const dates: Array<[string, string, number, string]> = [
    ['a local date', 'date = 2015-04-10', Date.UTC(2015, 3, 10), '2015-04-10'],
    ['a local date-time', 'date = 2015-04-10T10:30:00', Date.UTC(2015, 3, 10, 10, 30), '2015-04-10T10:30:00.000'],
    ['a local date-time with a space', 'date = 2015-04-10 10:30:00', Date.UTC(2015, 3, 10, 10, 30), '2015-04-10T10:30:00.000'],
    ['an offset date-time', 'date = 1979-05-27T07:32:00-08:00', Date.UTC(1979, 4, 27, 15, 32), '1979-05-27T07:32:00.000-08:00'],
    ['a UTC date-time', 'date = 1979-05-27T07:32:00Z', Date.UTC(1979, 4, 27, 7, 32), '1979-05-27T07:32:00.000Z'],
  ];
  it.each(dates)('%s is a Date at its instant, printed as written', (_name, line, time, printed) => {
    const fm = toml(`${line}\n`);
    expect(fm.error).toBeNull();
    const date = fm.data.date as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.getTime()).toBe(time);
    expect(date.toISOString()).toBe(printed);
  });

  it('a quoted date is text, as Hugo leaves it for its own date parsing', () => {
    expect(toml('date = "2021-08-16T06:00:00-07:00"\n').data).toEqual({ date: '2021-08-16T06:00:00-07:00' });
  });

  it('arrays: of text, mixed, nested, over several lines with comments', () => {
    const fm = toml('keywords = ["rust", "concurrency"]\nmixed = [1, "a", 2.5, true]\nnested = [[1, 2], ["x"]]\nlong = [\n  "a", # first\n  "b",\n]\n');
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual({ keywords: ['rust', 'concurrency'], mixed: [1, 'a', 2.5, true], nested: [[1, 2], ['x']], long: ['a', 'b'] });
  });

  it('tables, arrays of tables, inline tables and dotted keys', () => {
    const fm = toml('title = "T"\nseo.title = "S"\nimage = { src = "a.png", alt = "A" }\n[params]\nauthor = "x"\n[params.social]\nx = "y"\n[[authors]]\nname = "a"\n[[authors]]\nname = "b"\n');
    expect(fm.error).toBeNull();
    expect(plain(fm.data)).toStrictEqual({
      title: 'T',
      seo: { title: 'S' },
      image: { src: 'a.png', alt: 'A' },
      params: { author: 'x', social: { x: 'y' } },
      authors: [{ name: 'a' }, { name: 'b' }],
    });
  });

  it('strings: basic with escapes, literal, multi-line (its first line break dropped)', () => {
    const fm = toml('a = "tab\\there \\u00e9"\nb = \'C:\\path\'\nc = """\nline one\nline two"""\nd = \'\'\'\nraw \\n\'\'\'\n');
    expect(fm.data).toEqual({ a: 'tab\there é', b: 'C:\\path', c: 'line one\nline two', d: 'raw \\n' });
  });
});

describe('TOML key lines', () => {
  const cases: Array<[string, string, Record<string, number>]> = [
    ['bare keys', 'title = "a"\nslug = "b"\n', { title: 2, slug: 3 }],
    ['quoted keys and spaces', '"title" = "a"\n  \'slug\'   =   "b"\n"de\\u0073cription" = "c"\n', { title: 2, slug: 3, description: 4 }],
    ['a dotted key gives its first part, first seen', 'seo.title = "a"\nseo.description = "b"\n', { seo: 2 }],
    ['a multi-line string holding `key = value` lines', 'summary = """\ntitle = "not a key"\n"""\ntitle = "real"\n', { summary: 2, title: 5 }],
    ['a literal multi-line string ending in quotes', "summary = '''\nslug = 'x' '''''\nslug = \"real\"\n", { summary: 2, slug: 4 }],
    ['an array over lines, with `=` and brackets in strings and comments', 'tags = [\n  "a = b", # title = x\n  "[c]",\n]\ntitle = "real"\n', { tags: 2, title: 6 }],
    ['an inline table', 'image = { title = "x" }\ntitle = "real"\n', { image: 2, title: 3 }],
    ['table headers give their first key; keys under them are not top-level', 'title = "a"\n[ params . x ]\ntitle = "inner"\n[[authors]]\nname = "b"\n["seo"]\nen = "c"\n', { title: 2, params: 3, authors: 5, seo: 7 }],
    ['comments and blank lines', '# title = "x"\n\n  # slug = "y"\ntitle = "a" # slug = "z"\n', { title: 5 }],
  ];
  it.each(cases)('%s', (_name, block, keyLines) => {
    const fm = toml(block);
    expect(fm.error).toBeNull();
    expect(Object.fromEntries(fm.keyLines)).toEqual(keyLines);
  });
});

describe('TOML errors: smol-toml\'s words, the line and column in the file', () => {
  const cases: Array<[string, string, { message: string; line: number; column: number }]> = [
    ['no value', 'a = 1\ntitle = \n', { message: 'invalid TOML front matter on line 3: Invalid TOML document: invalid value', line: 3, column: 9 }],
    ['a key twice (TOML forbids it, Hugo too)', 'title = "a"\ntitle = "b"\n', { message: 'invalid TOML front matter on line 3: Invalid TOML document: trying to redefine an already defined table or value', line: 3, column: 1 }],
    ['an unclosed string', 'title = "open\n', { message: 'invalid TOML front matter on line 2: Invalid TOML document: control characters are not allowed in strings', line: 2, column: 14 }],
    ['a YAML line in TOML', 'title: a\n', { message: 'invalid TOML front matter on line 2: Invalid TOML document: illegal character in key', line: 2, column: 6 }],
  ];
  it.each(cases)('%s', (_name, block, error) => {
    const fm = toml(block);
    expect(fm.error).toEqual(error);
    expect(fm.data).toEqual({});
    // The body after the closing fence is still read.
    expect(fm.bodyLine).toBe(block.split('\n').length + 1);
  });
  it('a description that is a table is an error on its header line', () => {
    expect(toml('title = "a"\n[description]\nen = "x"\n').error).toEqual({ message: 'front matter description must be text, not a mapping', line: 3 });
  });
});
