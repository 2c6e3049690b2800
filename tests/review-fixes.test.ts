import { describe, expect, it } from 'vitest';
import { Suppressions } from '../src/check/suppress.js';
import { FIXTURES, report, runCli } from './helpers.js';

describe('inline directives', () => {
  it('"enable x" inside a blanket disable lets x report again, the others stay silent', () => {
    const s = new Suppressions([
      { text: 'seo-check-disable', line: 3 },
      { text: 'seo-check-enable single-h1', line: 5 },
    ]);
    expect(s.covers('single-h1', 4)).toBe(true);
    expect(s.covers('single-h1', 6)).toBe(false);
    expect(s.covers('links', 6)).toBe(true);
  });
  it('"disable x" then "enable" (all) ends every region', () => {
    const s = new Suppressions([
      { text: 'seo-check-disable links, single-h1', line: 2 },
      { text: 'seo-check-enable', line: 4 },
    ]);
    expect([s.covers('links', 3), s.covers('single-h1', 3), s.covers('links', 5)]).toEqual([true, true, false]);
  });
});

describe('positions after a code span that wraps', () => {
  it('places the occurrence where it is written', () => {
    const r = report('# T\n\nA `C\nunwind`, so red fox. While\nwe `C unwind` go.\n', { keyphrases: ['red fox'] });
    expect(r.keyphrases[0].occurrences).toEqual([{ line: 4, column: 13, text: 'red fox' }]);
  });
});

describe('front matter keyphrases and empty -k', () => {
  it('a number as the keyphrase is its text; a list keeps its strings and numbers only', () => {
    expect(report('---\nkeyphrase: 2024\n---\nThe 2024 plan.\n').keyphrases.map((k) => k.phrase)).toEqual(['2024']);
    expect(report('---\nkeywords: [rye, 7, true, null]\n---\nText.\n').keyphrases.map((k) => k.phrase)).toEqual(['rye', '7']);
  });
  it('-k with an empty string is a usage error', async () => {
    const r = await runCli(['x.md', '-k', ' ']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-check: -k needs a keyphrase, not an empty string\n' });
  });
});

describe('markdown report', () => {
  it('shows titles and keyphrases as text, never as live Markdown', async () => {
    const r = await runCli(['-', '-f', 'markdown', '-k', '[Click me](https://evil.example) **bold**'], { stdin: 'Text.' });
    expect(r.stdout).toContain('\\[Click me\\](https://evil.example) \\*\\*bold\\*\\*');
    expect(r.stdout).not.toContain('[Click me](');
  });
  it('puts file names in a code span fenced longer than any backtick run inside', async () => {
    const r = await runCli(['a`b|c.md', '-f', 'markdown']);
    expect(r.stdout).toContain('| ``a`b\\|c.md`` |');
  });
});

describe('--print-config and -c', () => {
  it('--print-config applies the article\'s own front-matter rules', async () => {
    const r = await runCli(['--print-config', 'article.md'], { cwd: `${FIXTURES}cli/disables` });
    expect(JSON.parse(r.stdout).rules['description-length']).toEqual(['off', { min: 120, max: 160 }]);
  });
  it('-c on a package.json without a "seo-check" key is an error', async () => {
    const r = await runCli(['x.md', '-c', `${FIXTURES}../package.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json: has no "seo-check" key\n$/);
  });
});

describe('option values', () => {
  it('--min-score takes decimal numbers only', async () => {
    expect((await runCli(['x.md', '--min-score', '0x10'])).stderr).toBe("seo-check: --min-score must be a number from 0 to 100, not '0x10'\n");
  });
  it('a rule option below zero is refused', async () => {
    const r = await runCli(['x.md', '--rule', 'links.internal=-5']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'seo-check: rule \'links\': option \'internal\' must be a number of 0 or more, not "-5"\n' });
  });
  it('SARIF encodes a colon in a relative path', async () => {
    const log = JSON.parse((await runCli(['c:x.md', '-f', 'sarif'])).stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'c%3Ax.md', uriBaseId: '%SRCROOT%' });
  });
});

describe('words that hold an escape or an entity', () => {
  it('end where their last character ends in the source, and read as the reader sees them', () => {
    const cases: Array<[string, string, Array<{ line: number; column: number; text: string }>]> = [
      ["I don\\'t know. Don\\'t stop.", "don't", [{ line: 1, column: 3, text: "don't" }, { line: 1, column: 16, text: "Don't" }]],
      ['A caf&eacute; here, the caf&eacute; there.', 'café', [{ line: 1, column: 3, text: 'café' }, { line: 1, column: 25, text: 'café' }]],
      ['&Eacute;cole and &Eacute;cole.', 'école', [{ line: 1, column: 1, text: 'École' }, { line: 1, column: 18, text: 'École' }]],
    ];
    for (const [text, phrase, occurrences] of cases) expect(report(text, { keyphrases: [phrase] }).keyphrases[0].occurrences).toEqual(occurrences);
  });

  it('and between the words of an occurrence, entities read as the reader sees them', () => {
    expect(report('The fox &amp; meeting went well.', { keyphrases: ['fox, meeting'] }).keyphrases[0].occurrences).toEqual([
      { line: 1, column: 5, text: 'fox & meeting' },
    ]);
  });

  it('are marked over their whole source text in explain', () => {
    const sentence = report('A caf&eacute; here.', { keyphrases: ['café'], explain: true }).explain![0].occurrences[0];
    expect(sentence.text.slice(...sentence.marks[0])).toBe('caf&eacute;');
  });
});
