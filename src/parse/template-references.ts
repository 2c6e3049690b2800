import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { opensTag, tagAt } from './template-syntax.js';
import { resolveTarget } from './template-meaning.js';

/*
 * Link reference definitions whose destination holds template tags: `[guide]: {{ site.baseurl }}/guide/`,
 * `[p]: {% post_url 2016-01-01-x %}`. The tags hold spaces, so CommonMark reads no definition
 * and the line becomes prose ("guide site baseurl guide") while `[the guide][guide]` links to
 * nothing; the site generator writes the tag's output first and reads a definition. This rule
 * reads them as markdown-it's `reference` rule does (into env.references, first definition wins),
 * with the destination resolved as templateLink resolves an inline one.
 */

/** CommonMark's limit on a label's length (markdown-it counts code points; a label this long holds no tag anyway). */
const MAX_LABEL = 999;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The offset of the label's `]` for `[label]` at `pos`, or -1 (no `[` or unescaped `]` inside, as CommonMark's labels). */
function labelEnd(src: string, pos: number, max: number): number {
  for (let i = pos + 1; i < max && i - pos <= MAX_LABEL + 1; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) return -1;
    else if (c === 0x5d) return i > pos + 1 ? i : -1;
  }
  return -1;
}

function templateReference(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const src = state.src;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4 || src.charCodeAt(pos) !== 0x5b) return false;
  // A definition cannot interrupt a paragraph: there is nothing to answer in silent mode.
  if (silent) return false;
  const close = labelEnd(src, pos, max);
  if (close === -1 || src.charCodeAt(close + 1) !== 0x3a) return false;
  let p = close + 2;
  while (p < max && isBlank(src.charCodeAt(p))) p++;
  // The destination, on the label's line, runs to a space outside the tags; one tag at least.
  // A bracketed one (`<{{ "/x/" | url }}>`) may hold spaces: markdown-it's own rule reads it.
  if (src.charCodeAt(p) === 0x3c) return false;
  const destStart = p;
  let tags = 0;
  while (p < max && !isBlank(src.charCodeAt(p))) {
    if (!opensTag(src, p)) {
      p++;
      continue;
    }
    const tag = tagAt(src, p, max);
    if (tag === null) return false;
    tags++;
    p = tag.end;
  }
  if (tags === 0) return false;
  const destEnd = p;
  while (p < max && isBlank(src.charCodeAt(p))) p++;
  let title = '';
  if (p < max) {
    const res = state.md.helpers.parseLinkTitle(src, p, max);
    if (!res.ok) return false;
    title = res.str;
    p = res.pos;
    while (p < max && isBlank(src.charCodeAt(p))) p++;
    if (p < max) return false;
  }
  const label = state.md.utils.normalizeReference(src.slice(pos + 1, close));
  if (label === '') return false;
  const { target, kind } = resolveTarget(src, destStart, destEnd);
  const env = state.env as { references?: Record<string, { href: string; title: string }> };
  env.references ??= {};
  // As markdown-it does for a link, the href of a resolved destination is its target; one only
  // the site can read keeps the tag, which inline.ts's targetOf reads back to its target and kind.
  env.references[label] ??= { href: state.md.normalizeLink(kind === 'url' ? target : src.slice(destStart, destEnd)), title };
  state.line = startLine + 1;
  return true;
}

/** Teaches a markdown-it parser reference definitions whose destination holds template tags. */
export function useTemplateReferences(md: MarkdownIt): void {
  md.block.ruler.before('reference', 'template_reference', templateReference);
}
