import type Token from 'markdown-it/lib/token.mjs';
import type { LineIndex } from './lines.js';
import { tokenizeHtml } from './html.js';
import { collectIds, decodeEntities, imageSource } from './html-text.js';
import type { Link, MarkdownModel } from './model.js';
import { spanOf } from './positions.js';
import { ProseBuilder } from './prose.js';
import { meaningOf, resolveTarget, type TargetKind } from './template-meaning.js';
import type { TemplateMeta } from './template-rules.js';

/*
 * Reads the children of one inline token (a paragraph's, a heading's, a table cell's) into the
 * prose a reader sees, placed in the source, and collects the links, images and comments in it.
 * Positions come from the tokens' spans (positions.ts, template-rules.ts) where the rule records
 * one, else from finding each token's text in the content after the previous one.
 */

/** Elements of inline HTML whose text is code, or is not shown. */
const CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);
const HIDDEN = new Set(['script', 'style', 'template', 'svg', 'math', 'noscript', 'textarea']);
/** Inline HTML tags that stand between words as a break of the line or of the block. */
const BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'hr', 'table', 'ul', 'ol', 'blockquote', 'figure', 'figcaption']);

/** A superscript or subscript (a footnote mark: `unwinding<sup>1</sup>`) is no part of the words beside it. */
const SCRIPT = new Set(['sup', 'sub']);

/**
 * Maps offsets in an inline token's content to source offsets. markdown-it gives each content
 * line as a suffix of its source line (container markers and indentation removed), so each
 * line is found by its last occurrence in the source line.
 */
export function contentMapper(content: string, lines: LineIndex, firstLine: number): (offset: number) => number {
  const contentStarts: number[] = [];
  const sourceStarts: number[] = [];
  /** Per line, the content offsets of the `|` that stood escaped (`\|`) in a table cell; null for none. */
  const pipes: Array<number[] | null> = [];
  let at = 0;
  let line = firstLine;
  for (const piece of content.split('\n')) {
    contentStarts.push(at);
    const sourceLine = line < lines.count ? lines.lineText(line) : '';
    const base = line < lines.count ? lines.starts[line] : lines.text.length;
    const escaped = piece.includes('|') && !sourceLine.includes(piece) ? piece.replace(/\|/g, '\\|') : null;
    // markdown-it gives a table cell's `\|` as `|`: the cell is found as written, and each
    // escaped pipe moves what follows it one column on.
    if (escaped !== null && sourceLine.includes(escaped)) {
      sourceStarts.push(base + sourceLine.lastIndexOf(escaped));
      const marks: number[] = [];
      for (let k = piece.indexOf('|'); k !== -1; k = piece.indexOf('|', k + 1)) marks.push(at + k);
      pipes.push(marks);
    } else {
      sourceStarts.push(base + pieceStart(piece, sourceLine));
      pipes.push(null);
    }
    at += piece.length + 1;
    line++;
  }
  let i = 0;
  return (offset) => {
    if (offset < contentStarts[i]) i = 0;
    while (i + 1 < contentStarts.length && contentStarts[i + 1] <= offset) i++;
    let shift = 0;
    const marks = pipes[i];
    if (marks !== null) for (const m of marks) if (m < offset) shift++;
    return sourceStarts[i] + (offset - contentStarts[i]) + shift;
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

/** The prose of one inline token and where it stands. */
export interface InlineProse {
  prose: ProseBuilder;
  toSource: (offset: number) => number;
}

/** The target of a destination markdown-it read (a reference's may hold template tags, percent-encoded). */
function targetOf(href: string): { target: string; targetKind: TargetKind } {
  if (!href.includes('%7B')) return { target: href, targetKind: 'url' };
  let raw = href;
  try {
    raw = decodeURI(href);
  } catch {
    return { target: href, targetKind: 'url' };
  }
  const { target, kind } = resolveTarget(raw, 0, raw.length);
  return { target, targetKind: kind };
}

/**
 * Reads an inline token whose content starts on 0-based line `firstLine` of `lines`, already
 * parsed (its children set): its prose, and the links, images and comments it holds (into `model`).
 */
export function readInline(inline: Token, lines: LineIndex, firstLine: number, model: MarkdownModel, mdx = false): InlineProse {
  const content = inline.content;
  const toSource = contentMapper(content, lines, firstLine);
  const lineOf = (offset: number) => lines.place(toSource(offset)).line;
  /** Source offset past the content offset `end` (the character before it, plus one). */
  const endAt = (end: number) => (end > 0 ? toSource(end - 1) + 1 : toSource(0));
  const prose = new ProseBuilder();
  let cursor = 0;
  let code = 0;
  let hidden = 0;
  /** The link of a bare URL or `<url>` being read: its text is shown, not prose. */
  let auto: Link | null = null;
  const open: Array<{ link: Link; from: number }> = [];
  const htmlLinks: Array<{ link: Link; from: number }> = [];
  const skipPast = (needle: string) => {
    const at = needle === '' ? -1 : content.indexOf(needle, cursor);
    if (at !== -1) cursor = at + needle.length;
    return at;
  };
  for (const child of inline.children ?? []) {
    const span = spanOf(child);
    switch (child.type) {
      case 'text': {
        const at = content.indexOf(child.content, cursor);
        if (auto !== null) {
          // A bare URL's text: shown, not prose; its place is the link's.
          if (auto.start === -1 && at !== -1) {
            auto.start = toSource(at);
            auto.end = endAt(at + child.content.length);
            auto.line = lineOf(at);
          }
          auto.text += child.content;
          if (at !== -1) cursor = at + child.content.length;
          break;
        }
        if (hidden > 0) {
          if (at !== -1) cursor = at + child.content.length;
          break;
        }
        if (at !== -1) {
          verbatimAt(prose, child.content, at, toSource, code > 0);
          cursor = at + child.content.length;
        } else prose.replaced(child.content, toSource(cursor), 0, code > 0);
        break;
      }
      case 'text_special': {
        const at = skipPast(child.markup);
        if (hidden > 0) break;
        // A backslash before a character it does not escape (`\alpha`) stays as written: its
        // characters are the source's, so a word after it starts on its own letter.
        if (at !== -1 && child.content === child.markup) prose.verbatim(child.content, toSource(at), code > 0);
        else prose.replaced(child.content, toSource(at === -1 ? cursor : at), at === -1 ? 0 : child.markup.length, code > 0);
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        skipPast('\n');
        prose.space('\n');
        break;
      case 'code_inline':
        cursor = readCode(child, content, cursor, prose, toSource);
        break;
      case 'html_inline': {
        const at = span?.start ?? content.indexOf(child.content, cursor);
        const start = at === -1 ? cursor : at;
        cursor = span?.end ?? (at === -1 ? cursor : at + child.content.length);
        const tag = tokenizeHtml(child.content)[0];
        // An MDX expression (`{x}`) or component (`<Chart>`) shows what the page computes: not
        // prose. In Markdown, HTML's names are case-blind: `<A HREF>` is a link.
        if (tag === undefined || tag.type === 'text' || (mdx && /^<\/?[A-Z>]/.test(child.content))) {
          prose.apart();
          break;
        }
        const place = { line: lineOf(start), start: toSource(start), end: endAt(start + child.content.length) };
        if (tag.type === 'comment') {
          model.comments.push({ text: child.content.slice(tag.textStart, tag.textEnd).trim(), ...place, kind: 'html' });
        } else if (tag.type === 'open') {
          collectIds(tag.name, tag.attrs, model.ids);
          const value = (name: string) => tag.attrs.find((a) => a.name === name)?.value;
          if (tag.name === 'img') {
            model.images.push({ src: imageSource(value('src')), alt: decodeEntities(value('alt') ?? ''), ...place, origin: 'html' });
            prose.apart();
          } else if (tag.name === 'a' && value('href') !== undefined) {
            const href = decodeEntities(value('href')!);
            const { target, kind } = resolveTarget(href, 0, href.length);
            const link: Link = { href, ...place, auto: false, text: '', target, targetKind: kind };
            model.links.push(link);
            htmlLinks.push({ link, from: prose.text.length });
          } else if (CODE.has(tag.name) && !tag.selfClosing) code++;
          else if (HIDDEN.has(tag.name) && !tag.selfClosing) hidden++;
          else if (BREAKING.has(tag.name) || SCRIPT.has(tag.name)) prose.space(tag.name === 'br' ? '\n' : ' ');
        } else if (tag.type === 'close') {
          if (tag.name === 'a' && htmlLinks.length > 0) {
            const { link, from } = htmlLinks.pop()!;
            link.text = prose.plainFrom(from);
            link.end = place.end;
          } else if (CODE.has(tag.name)) code = Math.max(0, code - 1);
          else if (HIDDEN.has(tag.name)) hidden = Math.max(0, hidden - 1);
          else if (BREAKING.has(tag.name) || SCRIPT.has(tag.name)) prose.space();
        }
        break;
      }
      case 'link_open': {
        const href = child.attrGet('href') ?? '';
        const isAuto = child.markup === 'linkify' || child.markup === 'autolink';
        const meta = child.meta as { target?: string; targetKind?: TargetKind } | null;
        const resolved = meta?.target !== undefined ? { target: meta.target, targetKind: meta.targetKind! } : targetOf(href);
        const start = span?.start ?? (isAuto ? -1 : content.indexOf('[', cursor));
        const link: Link = {
          href,
          line: start === -1 ? lineOf(cursor) : lineOf(start),
          auto: isAuto,
          start: start === -1 ? -1 : toSource(start),
          end: span === undefined ? -1 : endAt(span.end),
          text: '',
          ...resolved,
        };
        model.links.push(link);
        if (isAuto) auto = link;
        else {
          if (start !== -1) cursor = start + 1;
          open.push({ link, from: prose.text.length });
        }
        break;
      }
      case 'link_close':
        if (auto !== null) {
          prose.apart(auto.text);
          if (auto.start === -1) auto.start = auto.end = toSource(cursor);
          auto = null;
        } else if (open.length > 0) {
          const { link, from } = open.pop()!;
          link.text = prose.plainFrom(from);
          if (link.end === -1) link.end = endAt(Math.max(cursor, content.indexOf(']', cursor) + 1));
          if (link.start === -1) link.start = link.end;
        }
        break;
      case 'image': {
        const at = span?.start ?? content.indexOf('![', cursor);
        const start = at === -1 ? cursor : at;
        const end = span?.end ?? Math.max(cursor, skipPast(child.content) + child.content.length);
        model.images.push({ src: child.attrGet('src') ?? '', alt: child.content, line: lineOf(start), start: toSource(start), end: endAt(end), origin: 'markdown' });
        cursor = Math.max(cursor, end);
        prose.apart();
        break;
      }
      case 'template': {
        const meta = child.meta as TemplateMeta;
        cursor = Math.max(cursor, meta.end);
        // The markers of a Go string of Markdown stand for nothing: the string is the prose.
        if (meta.tag === undefined) break;
        const meaning = meaningOf(content, meta.tag);
        const place = { line: lineOf(meta.start), start: toSource(meta.start), end: endAt(meta.end) };
        if (meaning.kind === 'markdown') break;
        if (meaning.kind === 'image') model.images.push({ src: meaning.src, alt: meaning.alt, ...place, origin: 'shortcode' });
        else if (meaning.kind === 'comment') model.comments.push({ text: meaning.text, ...place, kind: 'template' });
        else if (meaning.kind === 'pair' && meta.contentStart !== undefined) {
          model.comments.push({ text: content.slice(meta.contentStart, meta.contentEnd).trim(), ...place, kind: 'template' });
        }
        prose.apart();
        break;
      }
    }
  }
  for (const { link, from } of [...open, ...htmlLinks]) {
    link.text = prose.plainFrom(from);
    if (link.end === -1) link.end = endAt(content.length);
  }
  return { prose, toSource };
}

/**
 * `text`, found at content offset `at`, as verbatim prose. The source holds it as written, but
 * for a table cell's escaped pipes (`\|`, given as `|`), past each of which the text is one
 * column further on: a stretch of its own after each.
 */
function verbatimAt(prose: ProseBuilder, text: string, at: number, toSource: (offset: number) => number, code: boolean): void {
  let start = 0;
  for (let k = text.indexOf('|'); k !== -1 && k + 1 < text.length; k = text.indexOf('|', k + 1)) {
    if (toSource(at + k + 1) === toSource(at + k) + 1) continue;
    prose.verbatim(text.slice(start, k + 1), toSource(at + start), code);
    start = k + 1;
  }
  prose.verbatim(start === 0 ? text : text.slice(start), toSource(at + start), code);
}

/** Reads a code span's content as code words, placed line by line; returns the cursor past it. */
function readCode(child: Token, content: string, cursor: number, prose: ProseBuilder, toSource: (offset: number) => number): number {
  const meta = child.meta as Partial<TemplateMeta> | null;
  let from: number;
  let end: number;
  if (meta?.contentStart !== undefined && meta.contentEnd !== undefined) {
    from = meta.contentStart;
    end = meta.end!;
  } else {
    const span = spanOf(child);
    const open = span?.start ?? content.indexOf(child.markup, cursor);
    end = span?.end ?? pastCodeSpan(content, cursor, child.markup);
    from = open === -1 ? cursor : open + child.markup.length;
    // markdown-it strips one space from each side of a span that has both (CommonMark).
    const raw = end - child.markup.length - from;
    if (child.content.length === raw - 2) from++;
  }
  if (child.content !== '') prose.lines(content, from, from + child.content.length, toSource, true);
  return Math.max(cursor, end);
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
