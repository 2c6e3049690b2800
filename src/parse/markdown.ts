import type Token from 'markdown-it/lib/token.mjs';
import type { LineIndex } from './lines.js';
import { ParseError } from './errors.js';
import { markdownIt, MAX_NESTING, parseInline, readBlocks } from './markdown-it.js';
import { Anchors, headingAttributes } from './anchors.js';
import { readHtml } from './html-text.js';
import { contentMapper, readInline } from './inline.js';
import type { BlockKind, Container, MarkdownModel, ProseBlock } from './model.js';
import { ProseBuilder } from './prose.js';
import { meaningOf } from './template-meaning.js';
import type { TemplateMeta } from './template-rules.js';
import type { Tag } from './template-syntax.js';

export type { BlockKind, Comment, Container, Image, Link, MarkdownModel, ProseBlock, Segment, TargetKind } from './model.js';

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

/** A tag whose offsets are in a window's text, with offsets in the whole text instead. */
function shifted(tag: Tag, by: number): Tag {
  return { ...tag, start: tag.start + by, end: tag.end + by, innerStart: tag.innerStart + by, innerEnd: tag.innerEnd + by };
}

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
  const model: MarkdownModel = { blocks: [], links: [], images: [], comments: [], ids: [], codeBlocks: 0 };
  const emit = options.onBlock ?? ((block: ProseBlock) => model.blocks.push(block));
  const env: { references?: unknown } = {};
  const anchors = new Anchors();
  const containers: Container[] = [];
  const container = () => (containers.length ? containers[containers.length - 1] : 'root');
  const text = lines.text;
  const lineOf = (offset: number) => lines.place(offset).line;
  const lineEnd = (line: number) => (line + 1 < lines.count ? lines.starts[line + 1] - 1 : text.length);
  let rowLine = 0;
  let pending: { kind: BlockKind; level: number; open?: Token } | undefined;
  const read = (token: Token, firstLine: number, windowStart: number) => {
    const at = (map: [number, number] | null, fallback: number) => (map ? firstLine + map[0] : fallback);
    switch (token.type) {
      case 'heading_open':
        pending = { kind: 'heading', level: Number(token.tag.slice(1)), open: token };
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
      case 'blockquote_open':
      case 'admonition_open':
        tooDeep(token, bodyLine + at(token.map, 0));
        containers.push(token.type === 'list_item_open' ? 'list' : token.type === 'blockquote_open' ? 'blockquote' : 'admonition');
        // A Pandoc div's `{#id}` is an anchor, as an HTML element's id is.
        if (typeof (token.meta as { id?: unknown } | null)?.id === 'string') model.ids.push((token.meta as { id: string }).id);
        break;
      case 'list_item_close':
      case 'blockquote_close':
      case 'admonition_close':
        containers.pop();
        break;
      case 'template_open':
        tooDeep(token, bodyLine + at(token.map, 0));
        break;
      case 'fence':
      case 'code_block':
      case 'template_code':
        model.codeBlocks++;
        break;
      case 'html_block': {
        const first = bodyLine + at(token.map, 0);
        readHtml(token.content, { toSource: contentMapper(token.content, lines, first), lineOf, container: container(), model, anchors, emit });
        break;
      }
      case 'template_block':
        for (const tag of (token.meta as { tags: Tag[] }).tags) readTag(shifted(tag, windowStart));
        break;
      case 'template_comment': {
        const meta = token.meta as TemplateMeta;
        const start = windowStart + meta.start;
        const content = text.slice(windowStart + meta.contentStart!, windowStart + meta.contentEnd!);
        model.comments.push({ text: content.trim(), line: lineOf(start), start, end: windowStart + meta.end, kind: 'template' });
        break;
      }
      case 'inline': {
        const first = at(token.map, rowLine);
        const heading = pending?.kind === 'heading';
        let explicit: string | undefined;
        if (heading) {
          const attributes = headingAttributes(token.content);
          if (attributes !== null) {
            token.content = token.content.slice(0, attributes.at).trimEnd();
            explicit = attributes.id;
          }
        }
        parseInline(md, env, token);
        const { prose, toSource } = readInline(token, lines, bodyLine + first, model, options.mdx === true);
        if (pending !== undefined && prose.text.trim() !== '') {
          let start = toSource(0);
          let end = toSource(token.content.length - 1) + 1;
          const open = pending.open;
          if (open?.markup.startsWith('#')) {
            // An ATX heading runs from its `#` to its line's end (closing `#`s included).
            const lineStart = lines.starts[bodyLine + first];
            while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '#')) start--;
            while (text[start] === ' ' || text[start] === '\t') start++;
            end = lineEnd(bodyLine + first);
          } else if (open !== undefined && open.map) end = lineEnd(bodyLine + firstLine + open.map[1] - 1);
          const plain = heading ? prose.plain() : '';
          emit({
            kind: pending.kind,
            level: pending.level,
            container: container(),
            line: bodyLine + first + 1,
            start,
            end,
            anchor: heading ? anchors.next(plain, explicit) : undefined,
            text: prose.text,
            plain,
            segments: prose.segments,
            code: prose.code,
            shown: prose.shown,
          });
        }
        pending = undefined;
        break;
      }
    }
  };

  /** A tag on lines of its own: an image, a comment, a caption shown to the reader, or nothing seen. */
  const readTag = (tag: Tag) => {
    const meaning = meaningOf(text, tag);
    const place = { line: lineOf(tag.start), start: tag.start, end: tag.end };
    if (meaning.kind === 'comment') model.comments.push({ text: meaning.text, ...place, kind: 'template' });
    else if (meaning.kind === 'code') model.codeBlocks++;
    if (meaning.kind !== 'image') return;
    model.images.push({ src: meaning.src, alt: meaning.alt, ...place, origin: 'shortcode' });
    for (const caption of meaning.captions) {
      const prose = new ProseBuilder();
      prose.lines(text, caption.start, caption.end, (offset) => offset);
      if (prose.text.trim() === '') continue;
      const { segments } = prose;
      emit({ kind: 'paragraph', level: 0, container: container(), line: lineOf(caption.start), start: caption.start, end: caption.end, anchor: undefined, text: prose.text, plain: '', segments, code: [], shown: [] });
    }
  };

  const body = { lines, bodyOffset, bodyLine, windowLines: options.windowLines ?? WINDOW_LINES };
  // A link may use a definition written after it ("[x]" … "[x]: /url"): when the article takes
  // more than one window, the definitions are all collected first, by reading its blocks once
  // and dropping them.
  if (lines.count - bodyLine > body.windowLines && lines.text.includes(']:', bodyOffset)) readBlocks(md, env, body, () => {});
  readBlocks(md, env, body, (tokens, firstLine, windowStart) => {
    for (let t = 0; t < tokens.length; t++) {
      read(tokens[t]!, firstLine, windowStart);
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
