import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer, isFailure } from './internal.js';
import { report, runCli, tempFiles } from './helpers.js';
import { schemaErrors } from './schema.js';

const { dir, file } = tempFiles('hostile');

/** A run that stopped cleanly: exit 2 and exactly one line on stderr, naming the file; no stack. */
async function refused(path: string, argv: string[] = []): Promise<string> {
  const r = await runCli([path, '-k', 'red fox', ...argv]);
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr.startsWith(`seo-check: ${path}`)).toBe(true);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr.trimEnd();
}

describe('keyphrases built to make a regular expression backtrack are data', () => {
  it('(a+)+$ over 20 000 "a"s matches the word "a", 20 000 times', () => {
    const r = report('a '.repeat(20_000) + '\n', { keyphrases: ['(a+)+$'] });
    expect(r.keyphrases[0]).toMatchObject({ count: 20_000, density: 100 });
  });
  it('.*.*.*=.* has no words: a finding, not a match of everything', () => {
    const r = report('x=y and x=z\n', { keyphrases: ['.*.*.*=.*'] });
    expect(r.keyphrases[0].count).toBe(0);
    expect(r.checks.find((c) => c.id === 'keyphrase-defined')).toMatchObject({ passed: false, severity: 'error' });
  });
  it('a 2 000-word keyphrase over 100 000 words of text', () => {
    const r = report('a '.repeat(100_000) + '\n', { keyphrases: ['a '.repeat(1_999) + 'b'] });
    expect(r.keyphrases[0].count).toBe(0);
    expect(r.stats.words).toBe(100_000);
  });
});

describe('text built to make the tokenizer backtrack', () => {
  // The dotted-abbreviation branch of the word pattern, unbounded, was retried at every letter
  // of "a.a.a.…a.ab": quadratic, ~13 minutes for 1 MB. Its repeat is now capped.
  // The last "a.ab" is one word, as "cloud.gov" is (a dot, then two lower-case letters).
  it('analyses 1 MB of "a.a.a.…" ending in a two-letter word', () => {
    const r = report('a.'.repeat(500_000) + 'ab\n', { keyphrases: ['a.ab'] });
    expect(r.keyphrases[0].count).toBe(1);
  });
  // Porter stemming and the syllable patterns are quadratic in a word's length (100 000 letters:
  // 35 s); a "word" over 64 characters is compared as written and its syllables counted by vowels.
  it('analyses a 100 000-character line that is one word (a pasted hash or blob)', () => {
    const r = report(`# ${'x'.repeat(100_000)}\n\nThe red fox.\n`, { keyphrases: ['red fox'] });
    expect(r.stats.words).toBe(4);
  });
  // NFKC of one letter carrying 500 000 combining marks of two classes is quadratic in ICU; such
  // a "word" is over 64 characters and is not normalised.
  it('analyses a letter with 1 MB of combining marks (Zalgo text)', () => {
    const r = report('e' + '\u0301\u0323'.repeat(250_000) + ' red fox\n', { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].count).toBe(1);
  });
  it('analyses 1 MB of prose on one line, with exact counts', () => {
    const r = report('The red fox ran. '.repeat(61_681) + '\n', { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].count).toBe(61_681);
    expect(r.stats.words).toBe(4 * 61_681);
    expect(r.stats.sentences).toBe(61_681);
  });
  it('a 100 000-character line: every occurrence placed on line 1 at its column', () => {
    const r = report('red fox '.repeat(12_500) + '\n', { keyphrases: ['red fox'] });
    const k = r.keyphrases[0];
    expect(k.count).toBe(12_500);
    expect(k.occurrences[12_499]).toEqual({ line: 1, column: 8 * 12_499 + 1, endLine: 1, endColumn: 8 * 12_499 + 8, text: 'red fox' });
  });
});

describe('deep nesting', () => {
  it('99 nested block quotes are read; the words inside count', () => {
    const r = report('> '.repeat(99) + 'The red fox.\n', { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].count).toBe(1);
  });
  it('a list nested 49 deep is read to its last item', () => {
    const text = Array.from({ length: 49 }, (_, i) => `${'  '.repeat(i)}- red fox ${i}`).join('\n') + '\n';
    expect(report(text, { keyphrases: ['red fox'] }).keyphrases[0].count).toBe(49);
  });
  // markdown-it skips what lies past its nesting limit; counting without it would be wrong quietly.
  it('10 000 nested block quotes stop with a clear error naming the line, exit 2', async () => {
    const path = file('Intro.\n\n' + '> '.repeat(10_000) + 'The red fox.\n');
    expect(await refused(path)).toBe(
      `seo-check: ${path}:3: lists or block quotes nested too deeply on line 3 (a list counts 2 levels, the limit is 99); seo-check cannot read what is inside`,
    );
  });
  it('block quotes one level deeper on each of 1 000 lines stop at line 100', async () => {
    const path = file(Array.from({ length: 1_000 }, (_, i) => '>'.repeat(i + 1) + ' red fox').join('\n') + '\n');
    expect(await refused(path)).toMatch(/:100: lists or block quotes nested too deeply on line 100 /);
  });
  it('10 000 nested lists on one line ("- - - … red fox") stop the same way', async () => {
    expect(await refused(file('- '.repeat(10_000) + 'red fox\n'))).toMatch(/:1: lists or block quotes nested too deeply on line 1 /);
    expect(await refused(file('1. '.repeat(10_000) + 'red fox\n'))).toMatch(/:1: lists or block quotes nested too deeply on line 1 /);
  });
  it('a list indented one level deeper on each of 1 000 lines stops at line 50', async () => {
    const path = file(Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- red fox`).join('\n') + '\n');
    expect(await refused(path)).toMatch(/:50: lists or block quotes nested too deeply on line 50 /);
  });
  it('10 000 nested links and emphasis are read as text', () => {
    const r = report('['.repeat(10_000) + 'red fox' + '](x)'.repeat(10_000) + '\n\n' + '*'.repeat(10_000) + 'red fox' + '*'.repeat(10_000) + '\n', {
      keyphrases: ['red fox'],
    });
    expect(r.keyphrases[0].count).toBe(2);
  });
});

describe('odd characters', () => {
  it('a NUL byte in the first 8 KB: a binary file, exit 2', async () => {
    expect(await refused(file(Buffer.from('red\0fox\n')))).toMatch(/: binary file \(NUL byte at offset 3\), not Markdown$/);
  });
  it('a NUL byte later is read as U+FFFD (markdown-it\'s rule): it separates words', () => {
    const text = 'The red fox. '.repeat(1000) + 'red\0fox red fox\n';
    const r = report(text, { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].count).toBe(1001);
  });
  it('lone surrogates in text and keyphrase: analysed, and the JSON report stays valid', async () => {
    const r = report('red\ud800fox and red fox \udc00.\n', { keyphrases: ['red fox', '\ud800'] });
    expect(r.keyphrases.map((k) => k.count)).toEqual([1, 0]);
    const out = await runCli(['-', '-k', 'red\udfff fox', '--format', 'json'], { stdin: 'red fox\n' });
    expect(schemaErrors(JSON.parse(out.stdout))).toEqual([]);
    expect(out.stdout).toContain('"phrase": "red\\udfff fox"');
  });
  it('a surrogate encoded in UTF-8 bytes (CESU) is invalid UTF-8: exit 2 naming the byte', async () => {
    expect(await refused(file(Buffer.from([0x61, 0x20, 0xed, 0xa0, 0x80, 0x0a])))).toMatch(/: invalid UTF-8 at byte 2$/);
  });
  it('right-to-left text: Hebrew and Arabic keyphrases counted and placed', () => {
    const text = 'Shalom: שלום עולם. Again שלום עולם!\n\nمرحبا بالعالم اليوم\n';
    const r = report(text, { keyphrases: ['שלום עולם', 'بالعالم'] });
    expect(r.keyphrases[0].occurrences).toEqual([
      { line: 1, column: 9, endLine: 1, endColumn: 18, text: 'שלום עולם' },
      { line: 1, column: 26, endLine: 1, endColumn: 35, text: 'שלום עולם' },
    ]);
    expect(r.keyphrases[1].occurrences).toEqual([{ line: 3, column: 7, endLine: 3, endColumn: 14, text: 'بالعالم' }]);
  });
  it('emoji are not words; a combining accent folds; columns count UTF-16 units', () => {
    const text = 'I 👍🏽 the cafe\u0301 and 👩‍👩‍👧 red fox.\n';
    const r = report(text, { keyphrases: ['café', 'red fox'] });
    expect(r.stats.words).toBe(6);
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 1, column: text.indexOf('cafe') + 1, endLine: 1, endColumn: text.indexOf('cafe') + 6, text: 'cafe\u0301' }]);
    expect(r.keyphrases[1].occurrences).toEqual([{ line: 1, column: text.indexOf('red') + 1, endLine: 1, endColumn: text.indexOf('red') + 8, text: 'red fox' }]);
  });
});

describe('tabs', () => {
  // markdown-it turns a tab partly used as indentation into spaces; positions are still exact.
  it.each([['- a\n\t red fox\n', 2, 3], ['-  a\n \tred fox\n', 2, 3], ['- a\n\t\tred fox\n', 2, 3], ['> - a\n>\t red fox\n', 2, 4], ['1. a\n\t  red fox\n', 2, 4]])(
    '%j: red fox at %i:%i',
    (text, line, column) => {
      expect(report(text, { keyphrases: ['red fox'] }).keyphrases[0].occurrences).toEqual([{ line, column, endLine: line, endColumn: column + 7, text: 'red fox' }]);
    },
  );
});

describe('every front-matter error is a finding at its line, in the parser’s words; the body is still read; exit 1', () => {
  const cases: Array<[string, string, string]> = [
    ['unclosed YAML', '---\ntitle: x\n\nred fox\n', ":1: front matter opened with '---' on line 1 is never closed"],
    ['unclosed TOML', '+++\ntitle = "x"\nred fox\n', ":1: front matter opened with '+++' on line 1 is never closed"],
    ['bad YAML: unclosed flow', '---\ntitle: [unclosed\n---\nred fox\n', ':2: invalid YAML front matter on line 2: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['bad YAML: unclosed quote', '---\ntitle: "a\n---\nred fox\n', ':2: invalid YAML front matter on line 2: Missing closing "quote'],
    ['bad YAML: tab indentation', '---\ntitle:\n\t- x\n---\nred fox\n', ':3: invalid YAML front matter on line 3: Tabs are not allowed as indentation'],
    ['bad YAML: an unclosed list after other keys', '---\na: 1\nb: 2\nc: [1, 2\n---\nred fox\n', ':4: invalid YAML front matter on line 4: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['YAML: an alias bomb', '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nred fox\n', ':1: invalid YAML front matter: Excessive alias count indicates a resource exhaustion attack'],
    ['YAML: an unknown alias', '---\na: *x\n---\nred fox\n', ':1: invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): x'],
    ['YAML: nested 20 000 deep', `---\nk: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nred fox\n`, ':2: invalid YAML front matter on line 2: Maximum call stack size exceeded'],
    ['YAML: a list, not a mapping', '---\n- a\n- b\n---\nred fox\n', ':2: YAML front matter must be a mapping of keys to values, not a list'],
    ['YAML: a scalar, not a mapping', '---\njust text\n---\nred fox\n', ':2: YAML front matter must be a mapping of keys to values, not a single value'],
    ['bad TOML: no value', '+++\ntitle = \n+++\nred fox\n', ':2: invalid TOML front matter on line 2: Invalid TOML document: invalid value'],
    ['TOML: a key twice', '+++\ntitle = "a"\ntitle = "b"\n+++\nred fox\n', ':3: invalid TOML front matter on line 3: Invalid TOML document: trying to redefine an already defined table or value'],
    ['TOML: nested 20 000 deep', `+++\nk = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n+++\nred fox\n`, ':2: invalid TOML front matter on line 2: Invalid TOML document: document contains excessively nested structures. aborting.'],
  ];
  it.each(cases)('%s', async (_name, content, expected) => {
    const [, line, message] = /^:(\d+): (.*)$/.exec(expected)!;
    // The same file with CRLF line endings and a BOM gives the same message and line.
    for (const text of [content, `\ufeff${content.replace(/\n/g, '\r\n')}`]) {
      const r = await runCli([file(text), '-k', 'red fox', '-f', 'json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout).results[0];
      const failed = result.checks.filter((c: { id: string; passed: boolean }) => c.id === 'front-matter' && !c.passed);
      expect(failed).toMatchObject([{ severity: 'error', messageId: 'unreadable', line: Number(line), column: 1, message }]);
      expect(result.keyphrases[0].count).toBe(1);
    }
  });
  it('an unknown YAML tag is read as its value, with no warning on stderr', async () => {
    const r = await runCli([file('---\ntitle: !custom The red fox\n---\nred fox\n'), '-k', 'red fox', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results[0].meta.title).toBe('The red fox');
  });
  it('a repeated key takes its last value, as libyaml (Jekyll, PyYAML) reads it', () => {
    expect(report('---\ntitle: a\ndescription: b\ntitle: The red fox\n---\nred fox\n').meta.title).toBe('The red fox');
    expect(report('---\nmeta:\n  a: 1\n  a: 2\ntitle: The red fox\n---\nred fox\n').meta.title).toBe('The red fox');
  });
  it('40 000 front-matter keys are read (no key is compared with every other)', () => {
    const fm = Array.from({ length: 40_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(report(`---\n${fm}\ntitle: The red fox\n---\nred fox\n`).meta.title).toBe('The red fox');
  });
});

describe('the analyzer never throws on what the API is given', () => {
  it('empty text, white space, only front matter, only code', () => {
    const a = new Analyzer({ keyphrases: ['red fox'] });
    for (const text of ['', ' \n\t', '---\ntitle: x\n---\n', '```\nred fox\n```\n', '\ufeff', '\r\r\r']) {
      const r = a.analyze(text, 'x.md');
      expect(isFailure(r) ? r.error : r.keyphrases[0].count).toBe(0);
    }
  });
});
