import MarkdownIt from 'markdown-it';
import linkify from 'markdown-it/lib/rules_core/linkify.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { LineIndex } from './lines.js';
import { useAdmonitions } from './admonitions.js';
import { useMdx } from './mdx.js';
import { usePositions } from './positions.js';
import { useTemplateHtml } from './template-html.js';
import { useTemplateReferences } from './template-references.js';
import { useTemplates, type WindowEnv } from './template-rules.js';

/*
 * markdown-it as seo-check drives it: one parser per dialect with its fast paths (links that need
 * no normalisation, prose that cannot hold a bare URL), and its pipeline run step by step (blocks
 * a window of lines at a time, then each inline token) so that the reader of blocks (markdown.ts)
 * never holds a large article's tokens all at once.
 */

/** The body of an article (from 0-based line `bodyLine`, offset `bodyOffset`) and the window size. */
export interface BlockWindows {
  lines: LineIndex;
  bodyOffset: number;
  bodyLine: number;
  windowLines: number;
}

let parser: MarkdownIt | undefined;
let mdxParser: MarkdownIt | undefined;

/**
 * markdown-it's nesting limit. Past it, markdown-it silently skips what is inside the deepest
 * list item or block quote; raising it would let 10 000 nested quotes overflow the stack.
 */
export const MAX_NESTING = 100;

/** The parser for Markdown, or for MDX (Markdown with the rules of mdx.ts), made once each. */
export function markdownIt(mdx: boolean): MarkdownIt {
  if (mdx) {
    mdxParser ??= newParser(true);
    return mdxParser;
  }
  parser ??= newParser(false);
  return parser;
}

function newParser(mdx: boolean): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  // Set, not assumed: the check in tooDeep() depends on it (the typings omit the option).
  (md.options as { maxNesting?: number }).maxNesting = MAX_NESTING;
  // Keep escapes and entities as tokens of their own so that every other text token is a
  // verbatim slice of the source and its words get exact columns.
  md.core.ruler.disable('text_join');
  skipPlainProse(md.linkify);
  linkAsSitesDo(md.linkify);
  skipPlainLinks(md);
  usePositions(md);
  useTemplates(md);
  useTemplateHtml(md);
  useTemplateReferences(md);
  useAdmonitions(md);
  if (mdx) useMdx(md);
  return md;
}

/**
 * URLs that markdown-it's link normalisation (mdurl parse, punycode, format, then encode or
 * decode) gives back unchanged: an http(s) URL with a plain host, or a relative one without a
 * colon, written only in characters mdurl.encode keeps (no `%`, no `@`, nothing outside ASCII).
 * Skipping the normalisation for them saved 26 ms of a corpus run; tests/markdown-links.test.ts
 * holds the fast path to markdown-it's own answers (it found `http://@` and `http://&:8080`,
 * which a looser pattern let through).
 */
const HOST = '[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*';
const KEPT = "[A-Za-z0-9;/?:&=+$,\\-_.!~*'()#]";
const PLAIN_URL = new RegExp(`^(?:https?://${HOST}(?::[0-9]{1,5})?(?:[/?#]${KEPT}*)?|(?!//)${KEPT.replace(':', '')}*)$`);
const PUNYCODE = /xn--/i;
const plain = (url: string) => url.length <= 255 && PLAIN_URL.test(url);

function skipPlainLinks(md: MarkdownIt): void {
  const normalizeLink = md.normalizeLink.bind(md);
  const normalizeLinkText = md.normalizeLinkText.bind(md);
  md.normalizeLink = (url) => (plain(url) ? url : normalizeLink(url));
  md.normalizeLinkText = (url) => (plain(url) && !PUNYCODE.test(url) ? url : normalizeLinkText(url));
}

/**
 * Text that can hold a link this parser keeps (see linkAsSitesDo): a scheme's `//`, `mailto:`,
 * `www.`, or an e-mail address's `@` after a character of its name (linkify-it's
 * src_email_name). A bare domain ("cloud.gov") is not one: linkify-it finds it, and
 * linkAsSitesDo drops it.
 */
const MAY_HOLD_LINK = /\/\/|mailto:|www\.|[-;:&=+$,."\w]@/i;

/**
 * linkify-it's patterns are large (their first use compiles ~60 kB of regular expressions, 10–20
 * ms of a run on one article), and most text cannot hold a link it keeps: only text that can
 * reaches them. markdown-it's linkify rule asks `pretest` of a block's whole inline content,
 * then `test` of each text token in it. `pretest` answers from MAY_HOLD_LINK and remembers the
 * content; linkify-it's own pretest of that content runs only when a token passes
 * MAY_HOLD_LINK, so each token is linked exactly when it was with linkify-it's gate. A token
 * that would have passed `test` with only links that linkAsSitesDo drops was replaced by a text
 * token of the same content; now it stays as it is.
 */
function skipPlainProse(linkify: MarkdownIt['linkify']): void {
  const pretest = linkify.pretest.bind(linkify);
  const test = linkify.test.bind(linkify);
  let content = '';
  let passed: boolean | undefined;
  linkify.pretest = (text) => {
    if (text !== content) {
      content = text;
      passed = undefined;
    }
    return MAY_HOLD_LINK.test(text);
  };
  linkify.test = (text) => MAY_HOLD_LINK.test(text) && (passed ??= pretest(content)) && test(text);
}

/**
 * Bare text is linked as GitHub (GFM's autolinks), Hugo (goldmark's linkify) and the Go blog
 * link it: a URL with its scheme, one starting `www.`, an e-mail address. A bare domain
 * ("cloud.gov", "docs.rs", "example.com/docs") is words a reader reads, not a link: none of
 * those sites links it, nor does Jekyll's kramdown (which links no bare text at all), so
 * markdown-it's fuzzy links would count links the site does not have and drop the words from
 * the prose. linkify-it finds fuzzy links and `www.` ones alike, so its fuzzy matches are kept
 * only when they start with `www.`.
 */
function linkAsSitesDo(linkify: MarkdownIt['linkify']): void {
  const match = linkify.match.bind(linkify);
  linkify.match = (text) => {
    const links = match(text);
    return links && links.filter((l) => l.schema !== '' || /^www\./i.test(l.raw));
  };
}

/**
 * Reads the blocks of the body a window of lines at a time, handing over every top-level block
 * but the last of each window (`firstLine`: the window's first line, relative to the body;
 * `windowStart`: its offset in the text, which block tokens' offsets are relative to). Lines
 * to come may still change the last block (a paragraph continues, an `===` makes it a heading, a
 * fence is still open), and a link definition cut by the window's end may have left lines that
 * are not a block at all: the next window starts where the block before the last one ends. Every
 * block before that is closed and read as it would be in the whole text: CommonMark reads block
 * structure line by line, and a line that starts a top-level block reads the same at the start
 * of a text. A block longer than a window (a long list) is read in a window twice as large, and
 * so on (so one block as long as the article is read whole).
 */
export function readBlocks(
  md: MarkdownIt,
  env: object,
  body: BlockWindows,
  each: (tokens: Array<Token | null>, firstLine: number, windowStart: number) => void,
): void {
  const { lines, bodyLine } = body;
  const total = Math.max(0, lines.count - bodyLine);
  const offset = (line: number) => (bodyLine + line < lines.count ? Math.max(body.bodyOffset, lines.starts[bodyLine + line]) : lines.text.length);
  let line = 0;
  let size = body.windowLines;
  while (line < total) {
    const end = Math.min(total, line + size);
    const tokens: Token[] = [];
    // The rules that read to the end of the lines (template-rules.ts toTheEnd) must know whether
    // the end is the window's or the article's.
    (env as WindowEnv).lastWindow = end === total;
    md.block.parse(lines.text.slice(offset(line), offset(end)), md, env, tokens);
    const last = end === total ? tokens.length : lastTopLevel(tokens, tokens.length);
    // The next window starts where the block before the last one ends: link definitions between
    // the two have no tokens, and one cut by the window's end may have left its title's lines as
    // a paragraph (the last block), so they are read again. No block before the last (one block,
    // or only definitions, fill the window): a larger window.
    const before = last === -1 || last === tokens.length ? -1 : lastTopLevel(tokens, last);
    const next = last === tokens.length ? end : before === -1 ? line : line + tokens[before].map![1];
    if (next <= line) {
      size *= 2;
      continue;
    }
    tokens.length = last;
    each(tokens, line, offset(line));
    line = next;
    size = body.windowLines;
  }
}

/** Index of the token that opens the last top-level block before token `before`, -1 for none. */
function lastTopLevel(tokens: readonly Token[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (tokens[i].level === 0 && tokens[i].nesting !== -1 && tokens[i].map) return i;
  return -1;
}

/** What markdown-it's core rules `inline` and `linkify` do, for one inline token. */
export function parseInline(md: MarkdownIt, env: object, token: Token): void {
  token.children = [];
  md.inline.parse(token.content, md, env, token.children);
  const state = new md.core.State('', md, env);
  state.tokens = [token];
  linkify(state);
}
