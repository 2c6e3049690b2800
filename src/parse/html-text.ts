import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';
import { tokenizeHtml, type HtmlAttribute } from './html.js';
import { ProseBuilder } from './prose.js';
import { meaningOf } from './template-meaning.js';
import { closingTag, tagAt } from './template-syntax.js';
import { resolveTarget } from './template-meaning.js';
import type { Anchors } from './anchors.js';
import type { BlockKind, Container, Link, MarkdownModel, ProseBlock } from './model.js';

/*
 * What a reader sees of HTML written in Markdown: the text of its elements, a block of prose per
 * block-level element (`<p>`, `<li>`, `<td>`, `<figcaption>`, `<summary>`, `<h2>`…), `<img alt>`
 * for the image checks and `<a href>` for the links check. Not prose: `<script>`, `<style>` and
 * their kin, comments, `<pre>` (code), template tags in the text. `<code>` is code words.
 */

/** Elements that start and end a block of their own (HTML's block-level elements). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'select',
]);
/** Inline elements whose text is code. */
const CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);
/** Elements whose content a reader does not see as text (raw-text ones are skipped by html.ts). */
const HIDDEN = new Set(['template', 'head', 'svg', 'math', 'noscript', 'object', 'video', 'audio', 'canvas', 'picture']);
/** Elements that never have content, so never close. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);

/** Where an HTML text came from and what to do with what it holds. */
export interface HtmlContext {
  /** Source offset of each offset of the HTML (which may be a block's lines, container markers removed). */
  toSource: (offset: number) => number;
  /** 1-based line of a source offset. */
  lineOf: (src: number) => number;
  container: Container;
  model: MarkdownModel;
  anchors: Anchors;
  emit: (block: ProseBlock) => void;
}

/** Decodes the entities of an attribute value ("AT&amp;T" → "AT&T"). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const amp = value.indexOf('&', i);
    if (amp === -1) break;
    const end = entityEnd(value, amp, value.length);
    out += value.slice(i, amp);
    out += end === -1 ? '&' : unescapeAll(value.slice(amp, end));
    i = end === -1 ? amp + 1 : end;
  }
  return out + value.slice(i);
}

/** An `<img>`'s src as the site writes it: entities decoded, template tags read (`{{ "/a.gif" | url }}` → "/a.gif"). */
export function imageSource(value: string | undefined): string {
  const src = decodeEntities(value ?? '');
  return resolveTarget(src, 0, src.length).target;
}

/** The end of the entity (`&amp;`, `&#38;`, `&#x26;`) at `amp`, or -1. */
function entityEnd(s: string, amp: number, to: number): number {
  let i = amp + 1;
  const c = s.charCodeAt(i);
  const word = (x: number) => (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a);
  if (c === 0x23) i += s.charCodeAt(i + 1) === 0x78 || s.charCodeAt(i + 1) === 0x58 ? 2 : 1;
  const first = i;
  while (i < to && i - first < 32 && word(s.charCodeAt(i))) i++;
  if (i === first || s.charCodeAt(i) !== 0x3b) return -1;
  const entity = s.slice(amp, i + 1);
  return unescapeAll(entity) === entity ? -1 : i + 1;
}

const attr = (attrs: HtmlAttribute[], name: string) => attrs.find((a) => a.name === name);

/**
 * Collects the fragment targets an open tag makes: any element's `id`, and an `<a>`'s `name`
 * (HTML's legacy anchor, still how a page marks a place to link to).
 */
export function collectIds(name: string, attrs: HtmlAttribute[], ids: string[]): void {
  for (const a of attrs) {
    if (a.name !== 'id' && !(a.name === 'name' && name === 'a')) continue;
    const id = decodeEntities(a.value).trim();
    if (id !== '') ids.push(id);
  }
}

/** Reads the HTML `html[from, to)`, handing each block of its prose to `ctx.emit`. */
export function readHtml(html: string, ctx: HtmlContext, from = 0, to = html.length): void {
  const { model, toSource } = ctx;
  let prose = new ProseBuilder();
  const kinds: Array<{ kind: BlockKind; level: number; id?: string; name: string }> = [];
  const containers: Container[] = [ctx.container];
  const links: Array<{ link: Link; from: number }> = [];
  let hidden = 0;
  let pre = 0;
  let code = 0;
  const flush = () => {
    // A block shows some text (an `<img>` alone is no block of prose).
    if (prose.start !== -1) {
      const top = kinds[kinds.length - 1];
      const kind = top?.kind ?? 'paragraph';
      const plain = kind === 'heading' ? prose.plain() : '';
      ctx.emit({
        kind,
        level: kind === 'heading' ? top.level : 0,
        container: containers[containers.length - 1],
        line: ctx.lineOf(prose.start),
        text: prose.text,
        plain,
        segments: prose.segments,
        code: prose.code,
        shown: prose.shown,
        start: prose.start,
        end: prose.end,
        anchor: kind === 'heading' && top.id !== undefined ? ctx.anchors.next(plain, top.id) : undefined,
      });
    }
    // Links still open carry on in the next block: their text so far is kept.
    for (const open of links) open.link.text = joinText(open.link.text, prose.plainFrom(open.from));
    for (const open of links) open.from = 0;
    prose = new ProseBuilder();
  };
  /** Past the closing tag of a template pair read from a text token: tokens before it are inside the pair. */
  let skipTo = from;
  const text = (start: number, end: number) => {
    let i = start;
    while (i < end) {
      let next = i;
      while (next < end && html.charCodeAt(next) !== 0x26 && !(html.charCodeAt(next) === 0x7b && '{%#'.includes(html[next + 1] ?? ''))) next++;
      prose.lines(html, i, next, toSource, code > 0);
      if (next >= end) break;
      if (html.charCodeAt(next) === 0x26) {
        const e = entityEnd(html, next, end);
        if (e === -1) prose.lines(html, next, next + 1, toSource, code > 0);
        else prose.replaced(unescapeAll(html.slice(next, e)), toSource(next), e - next, code > 0);
        i = e === -1 ? next + 1 : e;
        continue;
      }
      const tag = tagAt(html, next, end);
      if (tag === null) {
        prose.lines(html, next, next + 1, toSource, code > 0);
        i = next + 1;
        continue;
      }
      const meaning = meaningOf(html, tag);
      const start = toSource(tag.start);
      // A pair (`{% comment %}`, `{% raw %}`, `{% highlight %}`) runs to its closing tag, which may
      // stand past this text, after HTML tags: what lies between is read as in a paragraph
      // (inline.ts), a comment or code, and the HTML tokens in it are skipped.
      const close = meaning.kind === 'pair' ? closingTag(html, tag, tag.end, to) : null;
      const last = close?.end ?? tag.end;
      const place = { line: ctx.lineOf(start), start, end: toSource(last - 1) + 1 };
      if (meaning.kind === 'image') model.images.push({ src: meaning.src, alt: meaning.alt, ...place, origin: 'shortcode' });
      else if (meaning.kind === 'comment') model.comments.push({ text: meaning.text, ...place, kind: 'template' });
      else if (close !== null && meaning.kind === 'pair' && meaning.content === 'comment') {
        model.comments.push({ text: html.slice(tag.end, close.start).trim(), ...place, kind: 'template' });
      }
      prose.apart();
      if (close !== null && meaning.kind === 'pair' && meaning.content === 'code') {
        prose.lines(html, tag.end, close.start, toSource, true);
        prose.apart();
      }
      i = last;
      if (last > end) skipTo = last;
    }
  };
  for (const token of tokenizeHtml(html, from, to)) {
    if (token.end <= skipTo) continue;
    if (token.start < skipTo) {
      // The rest of a text the pair ended in.
      if (token.type === 'text' && hidden === 0 && pre === 0) text(skipTo, token.end);
      continue;
    }
    switch (token.type) {
      case 'text':
        if (hidden === 0 && pre === 0) text(token.start, token.end);
        break;
      case 'comment': {
        const start = toSource(token.start);
        const end = toSource(token.end - 1) + 1;
        model.comments.push({ text: html.slice(token.textStart, token.textEnd).trim(), line: ctx.lineOf(start), start, end, kind: 'html' });
        break;
      }
      case 'open': {
        const { name, attrs } = token;
        collectIds(name, attrs, model.ids);
        if (BLOCKS.has(name)) {
          flush();
          if (/^h[1-6]$/.test(name)) kinds.push({ kind: 'heading', level: Number(name[1]), id: attr(attrs, 'id')?.value, name });
          else if (name === 'td' || name === 'th') kinds.push({ kind: 'table-cell', level: 0, name });
          else if (name === 'li' || name === 'blockquote') containers.push(name === 'li' ? 'list' : 'blockquote');
          else if (name === 'pre') {
            pre++;
            model.codeBlocks++;
          }
          if (VOID.has(name) || token.selfClosing) closeBlock(name);
        } else if (name === 'br') prose.space('\n');
        // A superscript or subscript (a footnote mark) is no part of the words beside it.
        else if (name === 'sup' || name === 'sub') prose.space();
        else if (name === 'img') {
          const start = toSource(token.start);
          const src = imageSource(attr(attrs, 'src')?.value);
          model.images.push({ src, alt: decodeEntities(attr(attrs, 'alt')?.value ?? ''), line: ctx.lineOf(start), start, end: toSource(token.end - 1) + 1, origin: 'html' });
          prose.apart();
        } else if (name === 'a' && attr(attrs, 'href') !== undefined) {
          const href = decodeEntities(attr(attrs, 'href')!.value);
          const start = toSource(token.start);
          const { target, kind } = resolveTarget(href, 0, href.length);
          const link: Link = { href, line: ctx.lineOf(start), auto: false, start, end: start, text: '', target, targetKind: kind };
          model.links.push(link);
          links.push({ link, from: prose.text.length });
        } else if (CODE.has(name) && !token.selfClosing) code++;
        else if (HIDDEN.has(name) && !token.selfClosing) hidden++;
        break;
      }
      case 'close': {
        const { name } = token;
        if (BLOCKS.has(name)) {
          flush();
          closeBlock(name);
        } else if (name === 'a' && links.length > 0) {
          const open = links.pop()!;
          open.link.text = joinText(open.link.text, prose.plainFrom(open.from));
          open.link.end = toSource(token.end - 1) + 1;
        } else if (CODE.has(name)) code = Math.max(0, code - 1);
        else if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (name === 'sup' || name === 'sub') prose.space();
        break;
      }
    }
  }
  flush();
  for (const open of links) open.link.end = toSource(Math.max(from, to - 1)) + 1;

  function closeBlock(name: string): void {
    if (/^h[1-6]$/.test(name) || name === 'td' || name === 'th') {
      const at = kinds.map((k) => k.name).lastIndexOf(name);
      if (at !== -1) kinds.length = at;
    } else if ((name === 'li' || name === 'blockquote') && containers.length > 1) containers.pop();
    else if (name === 'pre') pre = Math.max(0, pre - 1);
  }
}

function joinText(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}
