import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import autolink from 'markdown-it/lib/rules_inline/autolink.mjs';
import backticks from 'markdown-it/lib/rules_inline/backticks.mjs';
import htmlInline from 'markdown-it/lib/rules_inline/html_inline.mjs';
import image from 'markdown-it/lib/rules_inline/image.mjs';
import link from 'markdown-it/lib/rules_inline/link.mjs';
import linkify from 'markdown-it/lib/rules_inline/linkify.mjs';

/*
 * markdown-it gives inline tokens no source positions. The rules that make links, images, code
 * spans, autolinks and inline HTML are wrapped here so that the token each one opens records, in
 * `meta.start` and `meta.end`, the offsets (in the inline content) of all it read: the whole
 * `[text](dest)`, `![alt](src)`, code span or tag. The reader (inline.ts) maps them to the source.
 */

/** Source offsets in an inline token's content, as the wrapped rules and template-rules.ts record them. */
export interface Span {
  start: number;
  end: number;
}

type Rule = (state: StateInline, silent: boolean) => boolean;

/** RFC 3986's scheme characters: letters, digits, `+`, `-`, `.`. */
function isSchemeChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/**
 * Where the token a rule makes at `pos` starts: there, except for a bare URL, which markdown-it's
 * linkify rule finds at the `:` of `https://` and reads back from (at most 10 scheme characters).
 */
function startOf(state: StateInline, type: string, pos: number): number {
  if (type !== 'link_open' || state.src.charCodeAt(pos) !== 0x3a) return pos;
  let start = pos;
  while (start > pos - 10 && start > 0 && isSchemeChar(state.src.charCodeAt(start - 1))) start--;
  return start;
}

function recording(rule: Rule, type: string): Rule {
  return (state, silent) => {
    const pos = state.pos;
    const before = state.tokens.length;
    if (!rule(state, silent)) return false;
    if (!silent) {
      // Pending text is flushed into a token of its own first: the rule's token comes after it.
      for (let t = before; t < state.tokens.length; t++) {
        const token = state.tokens[t];
        if (token.type !== type) continue;
        if (token.meta === null || token.meta === undefined) token.meta = { start: startOf(state, type, pos), end: state.pos } satisfies Span;
        break;
      }
    }
    return true;
  };
}

/** Makes the inline rules of `md` record where their tokens stand (see Span). */
export function usePositions(md: MarkdownIt): void {
  md.inline.ruler.at('link', recording(link, 'link_open'));
  md.inline.ruler.at('image', recording(image, 'image'));
  md.inline.ruler.at('backticks', recording(backticks, 'code_inline'));
  md.inline.ruler.at('autolink', recording(autolink, 'link_open'));
  md.inline.ruler.at('html_inline', recording(htmlInline, 'html_inline'));
  md.inline.ruler.at('linkify', recording(linkify, 'link_open'));
}

/** The span a token recorded, or undefined. */
export function spanOf(token: { meta: unknown }): Span | undefined {
  const meta = token.meta as Partial<Span> | null | undefined;
  return meta !== null && meta !== undefined && typeof meta.start === 'number' && typeof meta.end === 'number' ? (meta as Span) : undefined;
}
