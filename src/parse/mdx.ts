import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/*
 * What MDX adds to CommonMark, read as not prose: top-level `import`/`export` statements, JSX
 * elements and `{expressions}` on lines of their own (flow), and JSX and expressions inside a
 * paragraph (text). Flow constructs become `mdx_flow` tokens that no rule reads; text ones become
 * `html_inline` tokens, which the document model already treats as markup.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Whether `src` at `pos` opens JSX (`<Chart`, `</Chart`, `<>`) or an expression (`{`). */
function opensMdx(src: string, pos: number): boolean {
  const c = src.charCodeAt(pos);
  if (c === OPEN_BRACE) return true;
  if (c !== LT) return false;
  const next = src.charCodeAt(pos + 1);
  return isUpper(next) || next === GT || (next === SLASH && (isUpper(src.charCodeAt(pos + 2)) || src.charCodeAt(pos + 2) === GT));
}

/**
 * The offset just past the JSX tag or expression that opens at `pos`: braces nest, quotes hold
 * anything; -1 when it is not closed within `end`.
 */
function mdxEnd(src: string, pos: number, end: number): number {
  const expression = src.charCodeAt(pos) === OPEN_BRACE;
  let depth = 0;
  let quote = 0;
  for (let i = pos; i < end; i++) {
    const c = src.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27 || c === 0x60) quote = c;
    else if (c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACE) {
      depth--;
      if (expression && depth === 0) return i + 1;
    } else if (c === GT && depth === 0 && !expression) return i + 1;
  }
  return -1;
}

/** Top-level `import`/`export` lines, and JSX or an expression starting a line: up to a blank line. */
function flow(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const src = state.src;
  const esm =
    state.blkIndent === 0 &&
    state.sCount[startLine] === 0 &&
    (src.startsWith('import ', pos) || src.startsWith('export ', pos) || src.startsWith('import{', pos) || src.startsWith('export{', pos));
  if (!esm && !opensMdx(src, pos)) return false;
  if (silent) return true;
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next)) next++;
  const token = state.push('mdx_flow', '', 0);
  token.block = true;
  token.map = [startLine, next];
  token.content = state.getLines(startLine, next, state.blkIndent, false);
  state.line = next;
  return true;
}

/** JSX or an expression inside a paragraph. */
function text(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  if (!opensMdx(state.src, pos)) return false;
  const end = mdxEnd(state.src, pos, state.posMax);
  if (end === -1) return false;
  if (!silent) state.push('html_inline', '', 0).content = state.src.slice(pos, end);
  state.pos = end;
  return true;
}

/** Teaches a markdown-it parser the parts of MDX that are not prose. */
export function useMdx(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'mdx_flow', flow);
  md.inline.ruler.before('html_inline', 'mdx_text', text);
}
