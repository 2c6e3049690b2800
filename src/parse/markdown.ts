import MarkdownIt from 'markdown-it';
import linkify from 'markdown-it/lib/rules_core/linkify.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { LineIndex } from './lines.js';
import { BREAK } from '../text/tokenize.js';
import { ParseError } from './errors.js';
import { useMdx } from './mdx.js';

/** Where a stretch of a block's prose string came from in the source. */
export interface Segment {
  /** Offset in the block's prose string. */
  prose: number;
  /** Offset in the source text. */
  src: number;
  /** The stretch is the source verbatim (false for entities and escapes: `&amp;`, `\*`). */
  exact: boolean;
  /** Source characters of a stretch that is not exact (`&eacute;`: 8), 0 when unknown. */
  length: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'table-cell';

/** A block of prose: a heading, a paragraph (also inside lists and quotes) or a table cell. */
export interface ProseBlock {
  kind: BlockKind;
  /** Heading level 1–6; 0 for other blocks. */
  level: number;
  /** The innermost container: a list item, a block quote, or the document itself. */
  container: 'root' | 'list' | 'blockquote';
  /** 1-based line on which the block starts. */
  line: number;
  /** Prose as a reader sees it, with BREAK where code, images or URLs stood. */
  text: string;
  /** What a reader sees, inline code included, for headings in reports; '' for other blocks. */
  plain: string;
  segments: Segment[];
}

export interface Link {
  href: string;
  line: number;
  /** Written as a bare URL or `<url>` rather than `[text](url)`. */
  auto: boolean;
}

export interface Image {
  src: string;
  alt: string;
  line: number;
}

export interface Comment {
  text: string;
  line: number;
}

export interface MarkdownModel {
  blocks: ProseBlock[];
  links: Link[];
  images: Image[];
  comments: Comment[];
  codeBlocks: number;
}

let parser: MarkdownIt | undefined;
let mdxParser: MarkdownIt | undefined;

/**
 * markdown-it's nesting limit. Past it, markdown-it silently skips what is inside the deepest
 * list item or block quote; raising it would let 10 000 nested quotes overflow the stack.
 */
export const MAX_NESTING = 100;

/** The parser for Markdown, or for MDX (Markdown with the rules of mdx.ts), made once each. */
function markdown(mdx: boolean): MarkdownIt {
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
  skipPlainLinks(md);
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
 * Every link linkify-it finds holds `//`, `@`, `mailto:` or a dot before a letter or digit (a
 * host's TLD); prose without any of them skips its large regular expressions. Same tokens on the
 * corpus; markdown-it's share of the bench fell from 197 to 148 ms.
 */
const MAYBE_LINK = /\/\/|@|mailto:|\.[\p{L}\p{N}]/iu;

function skipPlainProse(linkify: MarkdownIt['linkify']): void {
  const pretest = linkify.pretest.bind(linkify);
  const test = linkify.test.bind(linkify);
  linkify.pretest = (text) => MAYBE_LINK.test(text) && pretest(text);
  linkify.test = (text) => MAYBE_LINK.test(text) && test(text);
}

export interface ParseOptions {
  /** Read MDX (Markdown with the rules of mdx.ts). */
  mdx?: boolean;
  /**
   * Hands each block over as soon as it is read, and keeps none (the model's `blocks` stay
   * empty), so that a caller that reads its words at once never holds every block's prose.
   */
  onBlock?: (block: ProseBlock) => void;
  /** Lines markdown-it reads at a time (see readBlocks); a test sets it low. */
  windowLines?: number;
}

/** Lines read at a time: every article of the corpus fits in one window. */
const WINDOW_LINES = 4000;

/**
 * Parses the Markdown body of `lines.text`, which starts at 0-based line `bodyLine` (offset
 * `bodyOffset`), into blocks of prose whose every stretch maps back to a source offset.
 *
 * markdown-it's pipeline (normalise, read blocks, then the inline content of every block, then
 * bare URLs) is run here step by step, so that a large article is never held as tokens all at
 * once: its blocks are read a window of lines at a time (readBlocks) and each block's inline
 * content is parsed, read and let go in turn. A 52 MB article peaked at 2.2 GB with
 * `md.parse`. The text comes normalised (lines.ts normalizeText), as markdown-it's own first
 * step would make it.
 */
export function parseMarkdown(lines: LineIndex, bodyOffset: number, bodyLine: number, options: ParseOptions = {}): MarkdownModel {
  const md = markdown(options.mdx === true);
  const model: MarkdownModel = { blocks: [], links: [], images: [], comments: [], codeBlocks: 0 };
  const emit = options.onBlock ?? ((block: ProseBlock) => model.blocks.push(block));
  const env: { references?: unknown } = {};
  const containers: Array<'list' | 'blockquote'> = [];
  let rowLine = 0;
  let pending: { kind: BlockKind; level: number } | undefined;
  const read = (token: Token, firstLine: number) => {
    const at = (map: [number, number] | null, fallback: number) => (map ? firstLine + map[0] : fallback);
    switch (token.type) {
      case 'heading_open':
        pending = { kind: 'heading', level: Number(token.tag.slice(1)) };
        break;
      case 'paragraph_open':
        pending = { kind: 'paragraph', level: 0 };
        break;
      case 'th_open':
      case 'td_open':
        pending = { kind: 'table-cell', level: 0 };
        break;
      case 'tr_open':
        rowLine = at(token.map, rowLine);
        break;
      case 'list_item_open':
        tooDeep(token, bodyLine + at(token.map, 0));
        containers.push('list');
        break;
      case 'blockquote_open':
        tooDeep(token, bodyLine + at(token.map, 0));
        containers.push('blockquote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'fence':
      case 'code_block':
        model.codeBlocks++;
        break;
      case 'html_block':
        collectComments(token.content, bodyLine + at(token.map, 0) + 1, model.comments);
        break;
      case 'inline': {
        parseInline(md, env, token);
        const first = at(token.map, rowLine);
        const block = readInline(token, lines, bodyLine + first, model, pending?.kind === 'heading');
        if (pending !== undefined && block.text.trim() !== '') {
          emit({
            kind: pending.kind,
            level: pending.level,
            container: containers.length ? containers[containers.length - 1] : 'root',
            line: bodyLine + first + 1,
            ...block,
          });
        }
        pending = undefined;
        break;
      }
    }
  };
  const body = { lines, bodyOffset, bodyLine, windowLines: options.windowLines ?? WINDOW_LINES };
  // A link may use a definition written after it ("[x]" … "[x]: /url"): when the article takes
  // more than one window, the definitions are all collected first, by reading its blocks once
  // and dropping them.
  if (lines.count - bodyLine > body.windowLines && lines.text.includes(']:', bodyOffset)) readBlocks(md, env, body, () => {});
  readBlocks(md, env, body, (tokens, firstLine) => {
    for (let t = 0; t < tokens.length; t++) {
      read(tokens[t]!, firstLine);
      // Read: let the garbage collector have it.
      tokens[t] = null;
    }
  });
  return model;
}

/**
 * Reads the blocks of the body a window of lines at a time, handing over every top-level block
 * but the last of each window (`firstLine`: the window's first line, relative to the body). Lines
 * to come may still change the last block (a paragraph continues, an `===` makes it a heading, a
 * fence is still open), and a link definition cut by the window's end may have left lines that
 * are not a block at all: the next window starts where the block before the last one ends. Every
 * block before that is closed and read as it would be in the whole text: CommonMark reads block
 * structure line by line, and a line that starts a top-level block reads the same at the start
 * of a text. A block longer than a window (a long list) is read in a window twice as large, and
 * so on (so one block as long as the article is read whole).
 */
function readBlocks(
  md: MarkdownIt,
  env: object,
  body: { lines: LineIndex; bodyOffset: number; bodyLine: number; windowLines: number },
  each: (tokens: Array<Token | null>, firstLine: number) => void,
): void {
  const { lines, bodyLine } = body;
  const total = Math.max(0, lines.count - bodyLine);
  const offset = (line: number) => (bodyLine + line < lines.count ? Math.max(body.bodyOffset, lines.starts[bodyLine + line]) : lines.text.length);
  let line = 0;
  let size = body.windowLines;
  while (line < total) {
    const end = Math.min(total, line + size);
    const tokens: Token[] = [];
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
    each(tokens, line);
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
function parseInline(md: MarkdownIt, env: object, token: Token): void {
  token.children = [];
  md.inline.parse(token.content, md, env, token.children);
  const state = new md.core.State('', md, env);
  state.tokens = [token];
  linkify(state);
}

/** Refuses a container whose content markdown-it skipped: a count that misses it would be wrong. */
function tooDeep(token: Token, zeroBasedLine: number): void {
  if (token.level < MAX_NESTING - 1) return;
  const line = zeroBasedLine + 1;
  throw new ParseError(
    `lists or block quotes nested too deeply on line ${line} (a list counts 2 levels, the limit is ${MAX_NESTING - 1}); seo-check cannot read what is inside`,
    line,
  );
}

function collectComments(html: string, line: number, into: Comment[]): void {
  let from = 0;
  let open: number;
  while ((open = html.indexOf('<!--', from)) !== -1) {
    const close = html.indexOf('-->', open + 4);
    const end = close === -1 ? html.length : close;
    const before = html.slice(0, open).split('\n').length - 1;
    into.push({ text: html.slice(open + 4, end).trim(), line: line + before });
    from = end + 3;
  }
}

/**
 * Maps offsets in an inline token's content to source offsets. markdown-it gives each content
 * line as a suffix of its source line (container markers and indentation removed), so each
 * line is found by its last occurrence in the source line.
 */
function contentMapper(content: string, lines: LineIndex, firstLine: number): (offset: number) => number {
  const contentStarts: number[] = [];
  const sourceStarts: number[] = [];
  let at = 0;
  let line = firstLine;
  for (const piece of content.split('\n')) {
    contentStarts.push(at);
    const sourceLine = line < lines.count ? lines.lineText(line) : '';
    const base = line < lines.count ? lines.starts[line] : lines.text.length;
    sourceStarts.push(base + pieceStart(piece, sourceLine));
    at += piece.length + 1;
    line++;
  }
  let i = 0;
  return (offset) => {
    if (offset < contentStarts[i]) i = 0;
    while (i + 1 < contentStarts.length && contentStarts[i + 1] <= offset) i++;
    return sourceStarts[i] + (offset - contentStarts[i]);
  };
}

/**
 * Where a content line starts in its source line. A tab partly used as indentation (`- a` then
 * a line `<tab> red fox`) comes out as spaces, so a line not found as written is looked for
 * without its leading spaces, and placed so that its text lands on the source text.
 */
function pieceStart(piece: string, sourceLine: string): number {
  if (piece === '') return sourceLine.length - sourceLine.trimStart().length;
  const within = sourceLine.lastIndexOf(piece);
  if (within !== -1) return within;
  const text = piece.trimStart();
  const at = text === '' ? -1 : sourceLine.lastIndexOf(text);
  if (at !== -1) return at - (piece.length - text.length);
  return sourceLine.length - sourceLine.trimStart().length;
}

function readInline(
  inline: Token,
  lines: LineIndex,
  firstLine: number,
  model: MarkdownModel,
  heading: boolean,
): Pick<ProseBlock, 'text' | 'plain' | 'segments'> {
  const content = inline.content;
  const toSource = contentMapper(content, lines, firstLine);
  const lineOf = (offset: number) => lines.place(toSource(offset)).line;
  const segments: Segment[] = [];
  let text = '';
  let plain = '';
  let cursor = 0;
  let inAutoLink = false;
  const children = inline.children ?? [];
  const skipPast = (needle: string) => {
    const at = needle === '' ? -1 : content.indexOf(needle, cursor);
    if (at !== -1) cursor = at + needle.length;
    return at;
  };
  const addBreak = () => {
    text += ` ${BREAK} `;
  };
  for (const child of children) {
    switch (child.type) {
      case 'text': {
        if (inAutoLink) {
          skipPast(child.content);
          break;
        }
        const at = content.indexOf(child.content, cursor);
        if (at !== -1) {
          segments.push({ prose: text.length, src: toSource(at), exact: true, length: child.content.length });
          cursor = at + child.content.length;
        } else {
          segments.push({ prose: text.length, src: toSource(cursor), exact: false, length: 0 });
        }
        text += child.content;
        plain += child.content;
        break;
      }
      case 'text_special': {
        const at = skipPast(child.markup);
        segments.push({ prose: text.length, src: toSource(at === -1 ? cursor : at), exact: false, length: at === -1 ? 0 : child.markup.length });
        text += child.content;
        plain += child.content;
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        skipPast('\n');
        text += '\n';
        plain += ' ';
        break;
      case 'code_inline':
        // markdown-it turned the span's line breaks into spaces, so its content may not stand in
        // the source as such: step over the opening and the matching closing backtick run.
        cursor = pastCodeSpan(content, cursor, child.markup);
        addBreak();
        plain += child.content;
        break;
      case 'html_inline':
        if (child.content.startsWith('<!--')) {
          const at = content.indexOf(child.content, cursor);
          collectComments(child.content, lineOf(at === -1 ? cursor : at), model.comments);
        }
        skipPast(child.content);
        text += ' ';
        break;
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        const auto = child.markup === 'linkify' || child.markup === 'autolink';
        model.links.push({ href, line: lineOf(cursor), auto });
        if (auto) {
          inAutoLink = true;
          addBreak();
        }
        break;
      }
      case 'link_close':
        inAutoLink = false;
        break;
      case 'image': {
        const alt = child.content;
        model.images.push({ src: child.attrGet('src') ?? '', alt, line: lineOf(cursor) });
        skipPast(alt);
        addBreak();
        break;
      }
    }
  }
  // Only headings are quoted in reports; building every paragraph's plain text cost 16 ms a corpus run.
  return { text, plain: heading ? plain.replace(/\s+/g, ' ').trim() : '', segments };
}

/**
 * The offset just past the code span whose opening backtick run (`markup`) is the next one at or
 * after `from`: its closing run is the next run of exactly the same length (CommonMark).
 */
function pastCodeSpan(content: string, from: number, markup: string): number {
  const open = content.indexOf(markup, from);
  if (open === -1) return from;
  let i = open + markup.length;
  while (i < content.length) {
    const run = content.indexOf('`', i);
    if (run === -1) break;
    let end = run;
    while (end < content.length && content.charCodeAt(end) === 0x60) end++;
    if (end - run === markup.length) return end;
    i = end;
  }
  return open + markup.length;
}
