import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { openTagAt } from './html.js';
import { opensTag } from './template-syntax.js';

/*
 * HTML tags whose attribute values hold template tags: `<img src="{{ "/a.gif" | url }}" alt="…">`,
 * `<a href="{{ "/x/" | url }}">`. The site generator writes the tags' output before the HTML is
 * read, so the page has an image or a link there; markdown-it's HTML rules stop at the quotes
 * inside the tag and leave its markup as prose. These rules read such a tag with html.ts (which
 * steps over template tags) and make the token markdown-it's own rules would have made.
 */

/** The open tag at `pos` when a template tag stands inside it (else markdown-it's rules read it as they do). */
function templatedTag(src: string, pos: number, max: number): { end: number } | null {
  const tag = openTagAt(src, pos, max);
  if (tag === null) return null;
  for (const a of tag.attrs) for (let i = a.valueStart; i < a.valueEnd; i++) if (opensTag(src, i)) return tag;
  return null;
}

/** Inline: the tag is an `html_inline` token, with its span (positions.ts's Span) in `meta`. */
function templateHtmlInline(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x3c || !state.md.options.html) return false;
  const tag = templatedTag(state.src, pos, state.posMax);
  if (tag === null) return false;
  if (!silent) {
    const token = state.push('html_inline', '', 0);
    token.content = state.src.slice(pos, tag.end);
    token.meta = { start: pos, end: tag.end };
  }
  state.pos = tag.end;
  return true;
}

/**
 * Block: a line that is such a tag and nothing else starts an HTML block, as CommonMark's 7th
 * kind does (it cannot interrupt a paragraph, and runs to a blank line).
 */
function templateHtmlBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4 || state.src.charCodeAt(pos) !== 0x3c || !state.md.options.html) return false;
  const tag = templatedTag(state.src, pos, max);
  if (tag === null || state.src.slice(tag.end, max).trim() !== '') return false;
  if (silent) return false;
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next)) next++;
  const token = state.push('html_block', '', 0);
  token.map = [startLine, next];
  token.content = state.getLines(startLine, next, state.blkIndent, true);
  state.line = next;
  return true;
}

/** Teaches a markdown-it parser HTML tags that hold template tags. */
export function useTemplateHtml(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'template_html_block', templateHtmlBlock);
  md.inline.ruler.before('html_inline', 'template_html_inline', templateHtmlInline);
}
