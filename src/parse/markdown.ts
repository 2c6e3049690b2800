import type Token from 'markdown-it/lib/token.mjs';
import type { LineIndex } from './lines.js';
import { BREAK } from '../text/tokenize.js';
import { ParseError } from './errors.js';
import { markdownIt, MAX_NESTING, parseInline, readBlocks } from './markdown-it.js';

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
  const md = markdownIt(options.mdx === true);
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
