import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import blockquote from 'markdown-it/lib/rules_block/blockquote.mjs';

/*
 * Asides whose content is prose and whose markers are not: Docusaurus admonitions (`:::note
 * Title` … `:::`, also Pandoc's fenced divs) and GitHub alerts (`> [!NOTE]`). An admonition's
 * title is shown as its heading, so it is prose (a paragraph of its own); its type is a style,
 * shown as a label the writer did not write. An alert's `[!NOTE]` line is a label too.
 */

const COLON = 0x3a;

/** `:::type Title`, `:::type[Title]`, `::: type`: a line of 3+ colons, a type, an optional title. */
function admonition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  while (pos < max && src.charCodeAt(pos) === COLON) pos++;
  const colons = pos - start;
  if (colons < 3) return false;
  while (pos < max && src.charCodeAt(pos) === 0x20) pos++;
  if (src.charCodeAt(pos) === 0x7b) return pandocDiv(state, startLine, endLine, silent, colons, pos);
  const typeStart = pos;
  while (pos < max && isTypeChar(src.charCodeAt(pos))) pos++;
  if (pos === typeStart) return false;
  if (silent) return true;
  return aside(state, startLine, endLine, colons, src.slice(typeStart, pos), pos, null);
}

/**
 * `::: {.warning}`, `::: {#id .note}`: Pandoc's fenced div with attributes, and nothing else on
 * the line but more colons. Its first class is its type (what a stylesheet shows it as); its id
 * is an anchor a link may point at.
 */
function pandocDiv(state: StateBlock, startLine: number, endLine: number, silent: boolean, colons: number, brace: number): boolean {
  const src = state.src;
  const max = state.eMarks[startLine];
  const close = src.indexOf('}', brace);
  if (close === -1 || close >= max || src.slice(close + 1, max).replace(/:/g, '').trim() !== '') return false;
  if (silent) return true;
  const attributes = src.slice(brace + 1, close).trim().split(/\s+/);
  const type = attributes.find((a) => a.startsWith('.') && a.length > 1)?.slice(1) ?? '';
  const id = attributes.find((a) => a.startsWith('#') && a.length > 1)?.slice(1) ?? null;
  // No title: the attributes are all the line holds.
  return aside(state, startLine, endLine, colons, type, max, id);
}

/** The aside that opens on `startLine` with `colons` colons, its title from `titleFrom` to the line's end. */
function aside(state: StateBlock, startLine: number, endLine: number, colons: number, type: string, titleFrom: number, id: string | null): boolean {
  const src = state.src;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let titleStart = titleFrom;
  let titleEnd = max;
  while (titleStart < titleEnd && src.charCodeAt(titleStart) === 0x20) titleStart++;
  // Docusaurus 3 writes the title as a directive label: `:::note[Title]`, maybe with `{attributes}`.
  if (src.charCodeAt(titleStart) === 0x5b) {
    const close = src.lastIndexOf(']', titleEnd);
    if (close > titleStart) {
      titleEnd = close;
      titleStart++;
    }
  } else {
    const brace = src.indexOf('{', titleStart);
    if (brace !== -1 && brace < titleEnd && src.slice(brace, titleEnd).trimEnd().endsWith('}')) titleEnd = brace;
  }
  const title = src.slice(titleStart, titleEnd).trim();

  // The closing line: as many colons or more, and nothing else; unclosed, the aside runs to the end.
  let next = startLine + 1;
  let closed = false;
  for (; next < endLine; next++) {
    if (state.sCount[next] < state.blkIndent && !state.isEmpty(next)) break;
    if (state.sCount[next] - state.blkIndent >= 4) continue;
    const p = state.bMarks[next] + state.tShift[next];
    const e = state.eMarks[next];
    let q = p;
    while (q < e && src.charCodeAt(q) === COLON) q++;
    if (q - p < colons || src.slice(q, e).trim() !== '') continue;
    closed = true;
    break;
  }
  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = 'admonition' as typeof state.parentType;
  state.lineMax = next;
  const open = state.push('admonition_open', 'aside', 1);
  open.block = true;
  open.info = type;
  if (id !== null) open.meta = { id };
  open.markup = src.slice(start, start + colons);
  open.map = [startLine, closed ? next + 1 : next];
  if (title !== '') {
    state.push('paragraph_open', 'p', 1).map = [startLine, startLine + 1];
    const inline = state.push('inline', '', 0);
    inline.content = title;
    inline.map = [startLine, startLine + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.md.block.tokenize(state, startLine + 1, next);
  state.push('admonition_close', 'aside', -1).block = true;
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = closed ? next + 1 : next;
  return true;
}

function isTypeChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x5f;
}

/** The alert types GitHub renders; any other `[!X]` stays text, as on GitHub. */
const ALERTS = new Set(['note', 'tip', 'important', 'warning', 'caution']);

/** The alert type a blockquote's first line names (`> [!NOTE]`, alone on its line), or null. */
function alertOn(state: StateBlock, line: number): string | null {
  const src = state.src;
  let pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  if (src.charCodeAt(pos) !== 0x3e) return null;
  pos++;
  while (pos < max && (src.charCodeAt(pos) === 0x20 || src.charCodeAt(pos) === 0x09)) pos++;
  if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x21) return null;
  const close = src.indexOf(']', pos);
  if (close === -1 || close >= max || src.slice(close + 1, max).trim() !== '') return null;
  const type = src.slice(pos + 2, close).toLowerCase();
  return ALERTS.has(type) ? type : null;
}

/**
 * A blockquote that is a GitHub alert: read as markdown-it reads any blockquote, then its first
 * paragraph loses the marker line (a paragraph of only the marker is dropped).
 */
function alert(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const type = alertOn(state, startLine);
  if (type === null) return false;
  const from = state.tokens.length;
  if (!blockquote(state, startLine, endLine, silent)) return false;
  if (silent) return true;
  const tokens = state.tokens;
  tokens[from].meta = { alert: type };
  const p = from + 1;
  if (tokens[p]?.type !== 'paragraph_open' || tokens[p + 1]?.type !== 'inline' || tokens[p].map?.[0] !== startLine) return true;
  const inline = tokens[p + 1];
  const nl = inline.content.indexOf('\n');
  if (nl === -1) {
    tokens.splice(p, 3);
    return true;
  }
  inline.content = inline.content.slice(nl + 1);
  for (const t of [tokens[p], inline]) if (t.map) t.map = [t.map[0] + 1, t.map[1]];
  return true;
}

/** Teaches a markdown-it parser Docusaurus admonitions and GitHub alerts. */
export function useAdmonitions(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'admonition', admonition, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.before('blockquote', 'github_alert', alert, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
