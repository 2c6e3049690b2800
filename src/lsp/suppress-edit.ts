import type { TextEdit } from 'vscode-languageserver/node';
import { isProblem, type Check } from '../check/run.js';
import { ruleOffEdit, type FrontMatterShape } from './frontmatter-edit.js';

/** An edit that silences a rule, with the words the code action shows. */
export interface Silencing {
  title: string;
  edit: TextEdit;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The end of a line of the client's text (a byte-order mark is part of line 0 there). */
function endOf(line: number, source: string): { line: number; character: number } {
  return { line, character: source.length };
}

/**
 * Silences `rule` on one line (1-based, the check's). The comment goes above the line, indented
 * like it, when a comment line there cannot change what the Markdown means: after a blank line,
 * the front matter or above a heading. Elsewhere (a paragraph's second line, a list item, a
 * quote) a comment line would split the paragraph or end the list, so `disable-line` goes at the
 * end of the line instead; on line 1 too, where a whole-document finding stands and stays.
 * Null inside front matter, where comments cannot go.
 */
export function disableLine(text: string, fm: FrontMatterShape, line: number, rule: string): Silencing | null {
  if (fm.format !== null && line <= fm.bodyLine) return null;
  const all = lines(text);
  const l = line - 1;
  const current = all[l] ?? '';
  const title = `Disable ${rule} for this line`;
  const above = (indent: string): Silencing => ({
    title,
    edit: { range: { start: { line: l, character: l === 0 ? fm.shift : 0 }, end: { line: l, character: l === 0 ? fm.shift : 0 } }, newText: `${indent}<!-- seo-check-disable-next-line ${rule} -->${fm.eol}` },
  });
  const atEnd = (): Silencing => {
    const end = endOf(l, current);
    return { title, edit: { range: { start: end, end }, newText: `${current.trim() === '' ? '' : ' '}<!-- seo-check-disable-line ${rule} -->` } };
  };
  if (l === 0) {
    // An unclosed fence: text after it would stop it being one, and change what the article is.
    if (fm.format !== null) return null;
    // A code fence's opening line would take the comment as its info string.
    if (FENCE.test(current)) return { title, edit: { range: { start: { line: 0, character: fm.shift }, end: { line: 0, character: fm.shift } }, newText: `<!-- seo-check-disable-line ${rule} -->${fm.eol}` } };
    return atEnd();
  }
  const indent = /^[ \t]*/.exec(current)![0];
  if (LIST_ITEM.test(current)) return atEnd();
  if (l === fm.bodyLine || (all[l - 1] ?? '').trim() === '' || ATX_HEADING.test(current)) return above(indent);
  return atEnd();
}

/**
 * Silences `rule` in the whole article: `<!-- seo-check-disable rule -->` before the body, which
 * covers every line after it. Findings of the rule that stand in the front matter, or on line 1
 * of an article with front matter, come before any comment: then the rule is turned off in the
 * front matter instead. Null when neither can be written.
 */
export function disableFile(fm: FrontMatterShape, rule: string, checks: readonly Check[]): Silencing | null {
  const comment = `<!-- seo-check-disable ${rule} -->${fm.eol}`;
  const title = `Disable ${rule} for this file`;
  if (fm.format === null) return { title, edit: { range: { start: { line: 0, character: fm.shift }, end: { line: 0, character: fm.shift } }, newText: comment } };
  if (!fm.closed) return null;
  if (checks.every((c) => c.ruleId !== rule || !isProblem(c) || c.line > fm.bodyLine)) {
    return { title, edit: { range: { start: { line: fm.bodyLine, character: 0 }, end: { line: fm.bodyLine, character: 0 } }, newText: comment } };
  }
  const off = ruleOffEdit(fm, rule);
  return off === null ? null : { title: `Turn ${rule} off for this file (front matter)`, edit: off };
}
