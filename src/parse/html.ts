/*
 * A small HTML tokenizer for the HTML written in Markdown: tags with their attributes, text,
 * comments, and the raw text of `<script>`, `<style>` and their kin, each with its offsets. It
 * follows the HTML standard's tokenizer where an article's HTML can tell (attribute values
 * quoted or not, `<` that opens no tag being text, comments ending at `-->`, raw text running to
 * its end tag) and does not build a tree: html-text.ts reads the tokens in order. Written by hand
 * rather than taken from a package: it is ~150 lines, costs no load time, and gives the exact
 * offsets that words and findings need.
 */

import { opensTag, tagAt } from './template-syntax.js';

export interface HtmlAttribute {
  /** Lower case. */
  name: string;
  /** As written, entities not decoded ('' for an attribute without a value). */
  value: string;
  valueStart: number;
  valueEnd: number;
}

export type HtmlToken =
  | { type: 'text'; start: number; end: number }
  | { type: 'open'; name: string; start: number; end: number; attrs: HtmlAttribute[]; selfClosing: boolean }
  | { type: 'close'; name: string; start: number; end: number }
  | { type: 'comment'; start: number; end: number; textStart: number; textEnd: number }
  /** The content of `<script>`, `<style>`, `<textarea>`…, up to their end tag. */
  | { type: 'raw'; name: string; start: number; end: number }
  /** `<!DOCTYPE …>`, `<?…?>`, `<![CDATA[…]]>`, a tag left open at the end. */
  | { type: 'other'; start: number; end: number };

/** Elements whose content is raw text up to their end tag, never tags (HTML's raw text and RCDATA). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** Ends a tag name or an attribute name. */
function endsName(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || Number.isNaN(c);
}

/** Tokenizes `html[from, to)`. */
export function tokenizeHtml(html: string, from = 0, to = html.length): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = from;
  let i = from;
  const flushText = (end: number) => {
    if (end > text) tokens.push({ type: 'text', start: text, end });
  };
  while (i < to) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || lt >= to) break;
    const next = html.charCodeAt(lt + 1);
    let token: HtmlToken | null = null;
    if (isLetter(next)) token = openTag(html, lt, to);
    else if (next === 0x2f && isLetter(html.charCodeAt(lt + 2))) token = closeTag(html, lt, to);
    else if (html.startsWith('<!--', lt)) token = comment(html, lt, to);
    else if (next === 0x21 || next === 0x3f) token = bogus(html, lt, to);
    if (token === null) {
      // A `<` that opens nothing ("a < b") is text.
      i = lt + 1;
      continue;
    }
    flushText(lt);
    tokens.push(token);
    i = token.end;
    text = i;
    if (token.type === 'open' && RAW_TEXT.has(token.name) && !token.selfClosing) {
      const end = rawTextEnd(html, i, to, token.name);
      if (end > i) tokens.push({ type: 'raw', name: token.name, start: i, end });
      i = end;
      text = end;
    }
  }
  flushText(to);
  return tokens;
}

function openTag(html: string, lt: number, to: number): HtmlToken {
  let i = lt + 1;
  while (i < to && !endsName(html.charCodeAt(i))) i++;
  const name = html.slice(lt + 1, i).toLowerCase();
  const attrs: HtmlAttribute[] = [];
  let selfClosing = false;
  while (i < to) {
    const c = html.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x3e) return { type: 'open', name, start: lt, end: i + 1, attrs, selfClosing };
    if (c === 0x2f) {
      selfClosing = html.charCodeAt(i + 1) === 0x3e;
      i++;
      continue;
    }
    selfClosing = false;
    // An attribute name runs to a space, `/`, `>` or `=` (its first character may be `=`).
    const nameStart = i;
    i++;
    while (i < to && !endsName(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3d) i++;
    const attr: HtmlAttribute = { name: html.slice(nameStart, i).toLowerCase(), value: '', valueStart: i, valueEnd: i };
    let j = i;
    while (j < to && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) === 0x3d) {
      j++;
      while (j < to && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 0x22 || q === 0x27) {
        const end = quotedEnd(html, j + 1, to, q);
        Object.assign(attr, { value: html.slice(j + 1, end), valueStart: j + 1, valueEnd: end });
        i = Math.min(to, end + 1);
      } else {
        let k = j;
        while (k < to && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 0x3e) k = pastTemplate(html, k, to);
        Object.assign(attr, { value: html.slice(j, k), valueStart: j, valueEnd: k });
        i = k;
      }
    }
    attrs.push(attr);
  }
  // Left open at the end of the HTML: the rest is the tag (HTML drops it).
  return { type: 'other', start: lt, end: to };
}

/**
 * The offset past the template tag at `at`, else `at + 1`. The site generator writes a tag's
 * output before the HTML is read, so quotes and `>` inside it (`src="{{ "/a.gif" | url }}"`)
 * neither end the attribute's value nor the element's tag.
 */
function pastTemplate(html: string, at: number, to: number): number {
  if (!opensTag(html, at)) return at + 1;
  return tagAt(html, at, to)?.end ?? at + 1;
}

/** Where the value of an attribute quoted with `quote` ends (its closing quote, else `to`), template tags skipped. */
function quotedEnd(html: string, from: number, to: number, quote: number): number {
  let k = from;
  while (k < to && html.charCodeAt(k) !== quote) k = pastTemplate(html, k, to);
  return Math.min(k, to);
}

/** The open tag (`<img …>`) at `lt`, complete before `to`, or null. */
export function openTagAt(html: string, lt: number, to: number): Extract<HtmlToken, { type: 'open' }> | null {
  if (html.charCodeAt(lt) !== 0x3c || !isLetter(html.charCodeAt(lt + 1))) return null;
  const token = openTag(html, lt, to);
  return token.type === 'open' ? token : null;
}

function closeTag(html: string, lt: number, to: number): HtmlToken {
  let i = lt + 2;
  while (i < to && !endsName(html.charCodeAt(i))) i++;
  const name = html.slice(lt + 2, i).toLowerCase();
  const gt = html.indexOf('>', i);
  if (gt === -1 || gt >= to) return { type: 'other', start: lt, end: to };
  return { type: 'close', name, start: lt, end: gt + 1 };
}

function comment(html: string, lt: number, to: number): HtmlToken {
  const textStart = lt + 4;
  // `<!-->` and `<!--->` end at once, as in HTML.
  if (html.startsWith('>', textStart)) return { type: 'comment', start: lt, end: textStart + 1, textStart, textEnd: textStart };
  if (html.startsWith('->', textStart)) return { type: 'comment', start: lt, end: textStart + 2, textStart, textEnd: textStart };
  const close = html.indexOf('-->', textStart);
  if (close === -1 || close + 3 > to) return { type: 'comment', start: lt, end: to, textStart, textEnd: to };
  return { type: 'comment', start: lt, end: close + 3, textStart, textEnd: close };
}

/** `<!DOCTYPE>`, `<![CDATA[…]]>`, `<?…?>`: to the matching end, else the first `>`. */
function bogus(html: string, lt: number, to: number): HtmlToken {
  const cdata = html.startsWith('<![CDATA[', lt);
  const closer = cdata ? ']]>' : '>';
  const close = html.indexOf(closer, lt + 2);
  return { type: 'other', start: lt, end: close === -1 || close + closer.length > to ? to : close + closer.length };
}

/** Where the raw text of a `name` element ends: at `</name` followed by a space, `/` or `>`. */
function rawTextEnd(html: string, from: number, to: number, name: string): number {
  if (name === 'plaintext') return to;
  let i = from;
  for (;;) {
    const close = html.indexOf('</', i);
    if (close === -1 || close >= to) return to;
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name && endsName(html.charCodeAt(close + 2 + name.length))) return close;
    i = close + 2;
  }
}
