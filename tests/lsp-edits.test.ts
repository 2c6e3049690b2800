import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import { Analyzer, isFailure, type FileReport } from './internal.js';
import { addKey, frontMatterOf, ruleOffEdit, valueRange } from '../src/lsp/frontmatter-edit.js';
import { disableFile, disableLine } from '../src/lsp/suppress-edit.js';
import { splitFrontMatter } from '../src/parse/frontmatter.js';
import { normalizeText } from '../src/parse/lines.js';

function apply(text: string, edit: TextEdit): string {
  return TextDocument.applyEdits(TextDocument.create('file:///a.md', 'markdown', 1, text), [edit]);
}

function analyse(text: string): FileReport {
  const r = new Analyzer({ keyphrases: ['cast iron pan'] }).analyze(text, 'a.md');
  if (isFailure(r)) throw new Error(r.error);
  return r;
}

const failing = (r: FileReport, rule: string) => r.checks.filter((c) => c.ruleId === rule && !c.passed && c.suppressed === undefined);
const structure = (r: FileReport) => ({ words: r.stats.words, sentences: r.stats.sentences, paragraphs: r.stats.paragraphs, headings: r.stats.headings.length });

const PROSE = 'A cast iron pan lasts for generations when it is seasoned well and kept dry after each wash.';

/** [what, article, rule, the edit's new text, where it goes (line, character)]. */
const LINE_CASES: Array<[string, string, string, string, [number, number]]> = [
  ['a heading after a blank line: above it', `# Pans\n\n${PROSE}\n\n#### Oil\n\n${PROSE}\n`, 'heading-increment', '<!-- seo-check-disable-next-line heading-increment -->\n', [4, 0]],
  ['a heading right after a paragraph: above it (a comment line ends the paragraph as the heading does)', `# Pans\n\n${PROSE}\n#### Oil\n\n${PROSE}\n`, 'heading-increment', '<!-- seo-check-disable-next-line heading-increment -->\n', [3, 0]],
  ['an image on a paragraph\'s second line: at the end of the line', `# Pans\n\n${PROSE}\n![](pan.jpg) and more words here.\n`, 'image-alt', ' <!-- seo-check-disable-line image-alt -->', [3, 33]],
  ['an image in a list item: at the end of the line', `# Pans\n\n${PROSE}\n\n- first item\n- ![](pan.jpg) second\n`, 'image-alt', ' <!-- seo-check-disable-line image-alt -->', [5, 21]],
  ['an image after a blank line in a list item: above it, indented like it', `# Pans\n\n- ${PROSE}\n\n  ![](pan.jpg)\n`, 'image-alt', '  <!-- seo-check-disable-next-line image-alt -->\n', [4, 0]],
  ['line 1 without front matter: at its end, where a whole-document finding stays', `![](pan.jpg) ${PROSE}\n`, 'image-alt', ' <!-- seo-check-disable-line image-alt -->', [0, 105]],
  ['the first line after front matter: above it', `---\ntitle: Pans\n---\n![](pan.jpg)\n\n${PROSE}\n`, 'image-alt', '<!-- seo-check-disable-next-line image-alt -->\n', [3, 0]],
];

describe('disabling a rule for one line', () => {
  it.each(LINE_CASES)('%s', (_what, text, rule, newText, [line, character]) => {
    const before = analyse(text);
    const [check] = failing(before, rule);
    expect(check, `${rule} fails before`).toBeDefined();
    const silencing = disableLine(text, frontMatterOf(text), check.line, rule);
    expect(silencing?.edit).toEqual({ range: { start: { line, character }, end: { line, character } }, newText });
    const after = analyse(apply(text, silencing!.edit));
    expect(failing(after, rule)).toEqual([]);
    expect(after.checks.filter((c) => c.ruleId === rule && c.suppressed !== undefined).length).toBe(1);
    // The comment changes nothing the reader sees.
    expect(structure(after)).toEqual(structure(before));
  });

  it('offers nothing inside front matter, where a comment cannot go', () => {
    const text = `---\ntitle: Pans\n---\n\n${PROSE}\n`;
    expect(disableLine(text, frontMatterOf(text), 2, 'title-length')).toBeNull();
    expect(disableLine(text, frontMatterOf(text), 1, 'links')).toBeNull();
  });

  it('keeps CRLF line endings and a byte-order mark in place', () => {
    const text = `\uFEFF# Pans\r\n\r\n${PROSE}\r\n\r\n#### Oil\r\n`;
    const s = disableLine(text, frontMatterOf(text), 5, 'heading-increment');
    expect(s?.edit.newText).toBe('<!-- seo-check-disable-next-line heading-increment -->\r\n');
    const one = disableLine(text, frontMatterOf(text), 1, 'links');
    expect(one?.edit.range.start).toEqual({ line: 0, character: 7 });
  });
});

describe('disabling a rule for the file', () => {
  it('puts the comment first without front matter: every finding of the rule is silenced, line 1 too', () => {
    const text = `# Pans\n\n${PROSE}\n\n#### Oil\n\n${PROSE}\n`;
    for (const rule of ['heading-increment', 'links', 'content-length']) {
      const s = disableFile(frontMatterOf(text), rule, analyse(text).checks);
      expect(s?.edit.range.start).toEqual({ line: 0, character: 0 });
      expect(failing(analyse(apply(text, s!.edit)), rule)).toEqual([]);
    }
  });

  it('puts the comment after the front matter when the findings are in the body', () => {
    const text = `---\ntitle: Seasoning and caring for a cast iron pan\n---\n\n${PROSE}\n\n#### Oil\n`;
    const s = disableFile(frontMatterOf(text), 'heading-increment', analyse(text).checks);
    expect(s).toEqual({ title: 'Disable heading-increment for this file', edit: { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- seo-check-disable heading-increment -->\n' } });
    expect(failing(analyse(apply(text, s!.edit)), 'heading-increment')).toEqual([]);
  });

  it.each([
    ['YAML', `---\ntitle: Pans\n---\n\n${PROSE}\n`, 1],
    ['TOML', `+++\ntitle = "Pans"\n[params]\nx = 1\n+++\n\n${PROSE}\n`, 4],
  ])('turns the rule off in %s front matter for a finding that stands there', (_format, text, line) => {
    const before = analyse(text);
    expect(failing(before, 'title-length').length).toBe(1);
    const s = disableFile(frontMatterOf(text), 'title-length', before.checks);
    expect(s?.title).toBe('Turn title-length off for this file (front matter)');
    expect(s?.edit.range.start.line).toBe(line);
    const after = analyse(apply(text, s!.edit));
    expect(after.checks.filter((c) => c.ruleId === 'title-length')).toEqual([]);
    expect(after.checks.filter((c) => c.ruleId === 'front-matter')[0].passed).toBe(true);
  });

  it('leaves a front matter that has a seo-check key alone', () => {
    const fm = frontMatterOf(`---\nseo-check:\n  rules: {}\n---\n\n${PROSE}\n`);
    expect(ruleOffEdit(fm, 'title-length')).toBeNull();
  });
});

/** [what, article, the front matter it should read after the edit]. */
const ADD_CASES: Array<[string, string, Record<string, unknown>]> = [
  ['no front matter: a new YAML block', `${PROSE}\n`, { keyphrase: 'cast iron pan' }],
  ['no front matter, a BOM and CRLF: the block goes after the mark', `\uFEFF${PROSE}\r\n`, { keyphrase: 'cast iron pan' }],
  ['YAML', `---\ntitle: Pans\ntags:\n  - a\n---\n${PROSE}\n`, { keyphrase: 'cast iron pan', title: 'Pans', tags: ['a'] }],
  ['TOML with a table: the key goes before it', `+++\ntitle = "Pans"\n[params]\nx = 1\n+++\n${PROSE}\n`, { keyphrase: 'cast iron pan', title: 'Pans', params: { x: 1 } }],
  ['JSON', `{\n  "title": "Pans"\n}\n${PROSE}\n`, { keyphrase: 'cast iron pan', title: 'Pans' }],
];

describe('adding a key to the front matter', () => {
  it.each(ADD_CASES)('%s', (_what, text, expected) => {
    const added = addKey(text, frontMatterOf(text), 'keyphrase', '"cast iron pan"');
    const edited = apply(text, added!.edit);
    const fm = splitFrontMatter(normalizeText(edited));
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual(expected);
    // The value's range, in the edited text, is the value without its quotes.
    const lines = edited.split(/\r\n|\n/);
    const { start, end } = added!.value;
    expect(lines[start.line].slice(start.character, end.character)).toBe('cast iron pan');
    expect(analyse(edited).keyphrases.map((k) => k.phrase)).toEqual(['cast iron pan']);
  });

  it('cannot add to front matter that is never closed, or to JSON on one line', () => {
    for (const text of [`---\ntitle: Pans\n\n${PROSE}\n`, `{"title": "Pans"}\n${PROSE}\n`]) {
      expect(addKey(text, frontMatterOf(text), 'keyphrase', '""')).toBeNull();
    }
  });

  it('finds the value of a key to select', () => {
    const text = `---\ntitle: "Pans"\ndescription: How to season a pan\n---\n`;
    const fm = frontMatterOf(text);
    expect(valueRange(text, fm, 'title')).toEqual({ start: { line: 1, character: 8 }, end: { line: 1, character: 12 } });
    expect(valueRange(text, fm, 'description')).toEqual({ start: { line: 2, character: 13 }, end: { line: 2, character: 32 } });
    expect(valueRange(text, fm, 'slug')).toBeNull();
  });
});
