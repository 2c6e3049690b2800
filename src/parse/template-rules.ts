import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { argsOf, closingTag, opensTag, TagKind, tagAt, type Tag } from './template-syntax.js';
import { meaningOf, resolveTarget } from './template-meaning.js';

/*
 * markdown-it rules for template tags, so that they are read where the site generator would see
 * them and nowhere else (never in code: a fence or a code span is read before any rule here runs
 * on it). Block level: a line (or lines) of nothing but tags is a `template_block`; a pair whose
 * content is code (`{% raw %}`, `{% highlight %}`) a `template_code`; a `{% comment %}` pair a
 * `template_comment`; a Go `{{raw `…`}}` spanning lines a container whose content is read as
 * Markdown. Inline: a tag is a `template` token; an inline code pair a `code_inline`; a link whose
 * destination holds tags (`[x]({{ "/x/" | url }})`, which CommonMark cannot read as a link) a link.
 * Every token carries source offsets (relative to the text markdown-it reads) in `meta`.
 */

/** `meta` of the tokens these rules make. */
export interface TemplateMeta {
  start: number;
  end: number;
  tag?: Tag;
  /** Offsets of the content of a pair (code or comment). */
  contentStart?: number;
  contentEnd?: number;
}

/** What markdown-it.ts's readBlocks tells the block rules in markdown-it's env. */
export interface WindowEnv {
  /** The lines being read end where the article does (undefined: a text read whole). */
  lastWindow?: boolean;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The line (from `line`) that holds offset `at`. */
function lineOf(state: StateBlock, line: number, at: number, endLine: number): number {
  while (line + 1 < endLine && state.eMarks[line] < at) line++;
  return line;
}

/**
 * Whether the tags on line `line` (from `pos`) end the paragraph before them: a statement or a
 * shortcode does, an output (`{{ site.title }}`) stands inside the sentence. Only tags that close
 * on that line do (a paragraph's end must not hang on lines not read yet: see readBlocks),
 * and a Go `{{raw `` ` `` that ends the line, whose output leaves the line empty.
 */
function endsParagraph(state: StateBlock, line: number, pos: number): boolean {
  const src = state.src;
  const max = state.eMarks[line];
  const tag = tagAt(src, pos, max);
  if (tag === null) return src.startsWith('{{raw `', pos) && src.slice(pos + 7, max).trim() === '';
  // Nothing but tags, each closing on the line.
  let at = tag.end;
  for (;;) {
    while (at < max && isBlank(src.charCodeAt(at))) at++;
    if (at >= max) break;
    const next = tagAt(src, at, max);
    if (next === null) return false;
    at = next.end;
  }
  if (tag.kind !== TagKind.Output) return true;
  // A Go action called as a function (`{{image "x.png"}}`) stands for a block of its own.
  return /^[a-z]+$/.test(tag.name) && argsOf(src, tag).positional.length > 0;
}

function templateBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const src = state.src;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  if (!opensTag(src, pos) || state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (silent) return endsParagraph(state, startLine, pos);
  const max = state.eMarks[endLine - 1];
  const tags: Tag[] = [];
  let at = pos;
  let line = startLine;
  const reach = { ranOut: false };
  for (;;) {
    const tag = tagAt(src, at, max, reach);
    // A tag that runs past the lines read (a window's end) is a block of its own, to the end:
    // read again, with more lines, it closes. Ending a paragraph, it would not be the last block:
    // the paragraph takes the line and runs on to the end instead. In the article's last window
    // the lines end where the article does: the tag never closes, and its line is prose.
    if (tag === null && reach.ranOut && at === pos && (state.env as WindowEnv).lastWindow === false) return toTheEnd(state, startLine, endLine, pos, max);
    if (tag === null) return false;
    tags.push(tag);
    at = tag.end;
    line = lineOf(state, line, at, endLine);
    while (at < state.eMarks[line] && isBlank(src.charCodeAt(at))) at++;
    if (at >= state.eMarks[line]) break;
    // Text after a tag on its line: a paragraph that holds tags (read inline).
    if (!opensTag(src, at)) return false;
  }
  const first = tags[0];
  const meaning = meaningOf(src, first);
  if (meaning.kind === 'markdown' && tags.length === 1) return goMarkdown(state, startLine, endLine, first, meaning.literal);
  if (meaning.kind === 'pair') {
    const close = closingTag(src, first, first.end, max);
    // Unclosed: to the end, as an open fence runs (the window reader then reads it again).
    const last = close === null ? endLine - 1 : lineOf(state, line, close.end, endLine);
    const token = state.push(meaning.content === 'code' ? 'template_code' : 'template_comment', '', 0);
    token.block = true;
    token.map = [startLine, last + 1];
    token.meta = {
      start: first.start,
      end: close === null ? max : close.end,
      tag: first,
      contentStart: first.end,
      contentEnd: close === null ? max : close.start,
    } satisfies TemplateMeta;
    state.line = last + 1;
    return true;
  }
  const token = state.push('template_block', '', 0);
  token.block = true;
  token.map = [startLine, line + 1];
  token.meta = { start: first.start, end: tags[tags.length - 1].end, tags };
  state.line = line + 1;
  return true;
}

/** A tag unclosed when the lines end: a template block to the end (see templateBlock). */
function toTheEnd(state: StateBlock, startLine: number, endLine: number, start: number, end: number): boolean {
  const token = state.push('template_block', '', 0);
  token.block = true;
  token.map = [startLine, endLine];
  token.meta = { start, end, tags: [] };
  state.line = endLine;
  return true;
}

/**
 * `{{raw `` ` ``, lines of Markdown, then `` ` ``}}`: Go writes the string into the page before
 * the Markdown is read, so the two marker lines are empty lines and what is between is Markdown.
 * Written any other way, the tag is read inline.
 */
function goMarkdown(state: StateBlock, startLine: number, endLine: number, tag: Tag, literal: { start: number; end: number }): boolean {
  const open = startLine;
  const src = state.src;
  if (literal.start !== state.eMarks[open]) return false;
  let close = open + 1;
  while (close < endLine && state.eMarks[close] < literal.end) close++;
  if (close >= endLine || state.bMarks[close] + state.tShift[close] !== literal.end) return false;
  if (src.slice(tag.end, state.eMarks[close]).trim() !== '') return false;
  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = 'template' as typeof state.parentType;
  state.lineMax = close;
  const token = state.push('template_open', '', 1);
  token.block = true;
  token.map = [startLine, close + 1];
  token.meta = { start: tag.start, end: tag.end, tag } satisfies TemplateMeta;
  state.md.block.tokenize(state, open + 1, close);
  state.push('template_close', '', -1).block = true;
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = close + 1;
  return true;
}

function templateInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (!opensTag(src, pos)) return false;
  const tag = tagAt(src, pos, state.posMax);
  if (tag === null) return false;
  const meaning = meaningOf(src, tag);
  let end = tag.end;
  if (meaning.kind === 'pair') {
    const close = closingTag(src, tag, tag.end, state.posMax);
    if (close !== null) {
      end = close.end;
      if (!silent) {
        const token = state.push(meaning.content === 'code' ? 'code_inline' : 'template', '', 0);
        token.content = src.slice(tag.end, close.start);
        token.meta = { start: pos, end, tag, contentStart: tag.end, contentEnd: close.start } satisfies TemplateMeta;
      }
      state.pos = end;
      return true;
    }
  }
  if (silent) {
    state.pos = end;
    return true;
  }
  if (meaning.kind === 'markdown') {
    // The string's content is Markdown: read in place, between two markers that are not prose.
    state.push('template', '', 0).meta = { start: pos, end: meaning.literal.start, tag } satisfies TemplateMeta;
    const max = state.posMax;
    state.pos = meaning.literal.start;
    state.posMax = meaning.literal.end;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push('template', '', 0).meta = { start: meaning.literal.end, end } satisfies TemplateMeta;
  } else {
    state.push('template', '', 0).meta = { start: pos, end, tag } satisfies TemplateMeta;
  }
  state.pos = end;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** The first `{` at or after `pos` in the inline text, found once per stretch and kept on the state. */
function braceAfter(state: StateInline, pos: number): number {
  const s = state as StateInline & { nextBrace?: number };
  if (s.nextBrace === undefined || (s.nextBrace !== Infinity && s.nextBrace < pos)) {
    const at = state.src.indexOf('{', pos);
    s.nextBrace = at === -1 ? Infinity : at;
  }
  return s.nextBrace;
}

/**
 * `[text](dest)` or `![alt](dest)` whose destination holds template tags, which may hold spaces
 * and quotes (`{{ "/x/" | url }}`): CommonMark reads no link there, the site does. The text is
 * read as link text; the destination is resolved (template-meaning.ts).
 */
function templateLink(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const max = state.posMax;
  const start = state.pos;
  // Most text holds no `{` at all: no label is read twice (here, then by the link rule) for it.
  if (braceAfter(state, start) >= max) return false;
  const image = src.charCodeAt(start) === 0x21;
  const open = image ? start + 1 : start;
  if (src.charCodeAt(open) !== 0x5b) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, open, !image);
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 0x28) return false;
  let p = labelEnd + 2;
  while (p < max && isSpace(src.charCodeAt(p))) p++;
  // `(<dest>)`: CommonMark's bracketed destination, which may hold spaces; it ends at `>`.
  const bracketed = src.charCodeAt(p) === 0x3c;
  if (bracketed) p++;
  const destStart = p;
  let hasTag = false;
  let depth = 0;
  while (p < max) {
    const c = src.charCodeAt(p);
    if (opensTag(src, p)) {
      const tag = tagAt(src, p, max);
      if (tag === null) return false;
      hasTag = true;
      p = tag.end;
      continue;
    }
    if (bracketed) {
      if (c === 0x3e) break;
      if (c === 0x0a || c === 0x3c) return false;
      p++;
      continue;
    }
    if (isSpace(c) || c < 0x20) break;
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth-- === 0) break;
    p++;
  }
  if (!hasTag || (bracketed && src.charCodeAt(p) !== 0x3e)) return false;
  const destEnd = p;
  if (bracketed) p++;
  while (p < max && isSpace(src.charCodeAt(p))) p++;
  let title = '';
  if (p > destEnd + (bracketed ? 1 : 0) && p < max) {
    const res = state.md.helpers.parseLinkTitle(src, p, max);
    if (res.ok) {
      title = res.str;
      p = res.pos;
      while (p < max && isSpace(src.charCodeAt(p))) p++;
    }
  }
  if (src.charCodeAt(p) !== 0x29) return false;
  p++;
  if (!silent) {
    const { target, kind } = resolveTarget(src, destStart, destEnd);
    const href = state.md.normalizeLink(kind === 'url' ? target : src.slice(destStart, destEnd));
    const meta = { start, end: p, target, targetKind: kind };
    if (image) {
      const token = state.push('image', 'img', 0);
      token.attrs = [['src', href], ['alt', '']];
      token.children = [];
      token.content = src.slice(open + 1, labelEnd);
      state.md.inline.parse(token.content, state.md, state.env, token.children);
      if (title) token.attrs.push(['title', title]);
      token.meta = meta;
    } else {
      const token = state.push('link_open', 'a', 1);
      token.attrs = [['href', href]];
      if (title) token.attrs.push(['title', title]);
      token.meta = meta;
      state.pos = open + 1;
      state.posMax = labelEnd;
      // As markdown-it's link rule does: no bare URL is linked inside a link's text.
      const linking = state as StateInline & { linkLevel: number };
      linking.linkLevel++;
      state.md.inline.tokenize(state);
      linking.linkLevel--;
      state.push('link_close', 'a', -1);
    }
  }
  state.pos = p;
  state.posMax = max;
  return true;
}

/** Teaches a markdown-it parser the template tags of Jekyll, Eleventy, Hugo and the Go blog. */
export function useTemplates(md: MarkdownIt): void {
  md.block.ruler.before('code', 'template_block', templateBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.before('backticks', 'template', templateInline);
  md.inline.ruler.before('link', 'template_link', templateLink);
}
