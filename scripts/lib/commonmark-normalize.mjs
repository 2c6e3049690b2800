/**
 * A JavaScript port of the essential parts of the CommonMark spec runner's test/normalize.py
 * (commonmark/commonmark-spec): two renderings pass when they differ only in what a browser
 * would not show. It is what lets markdown-it's default renderer (`<br>`, `<hr>`: xhtmlOut off,
 * as seo-check builds it) be compared with the spec's `<br />`, and attribute order not matter.
 *
 * What it does, as normalize.py does with Python's HTMLParser (convert_charrefs=False):
 * - whitespace in text outside <pre> collapses to one space; around block tags it is dropped,
 *   and a newline right after <br> goes;
 * - tag and attribute names are lower-cased, attributes sorted, values re-escaped
 *   (html.escape with quote=True); `<x />` is written `<x>`;
 * - character references become the character (`<`, `>`, `&`, `"` stay escaped), unknown ones
 *   stay as written; comments, declarations, processing instructions and CDATA pass verbatim.
 * Where it is simpler: entity names are looked up with markdown-it's HTML5 table rather than
 * Python's HTML4 name2codepoint (both sides of a comparison go through the same table), and
 * malformed markup that HTMLParser would recover from in its own way is passed on as text.
 */
import MarkdownIt from 'markdown-it';

const { unescapeAll } = new MarkdownIt().utils;
const REFS = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g;
/** Character references decoded, one at a time: unescapeAll would also drop backslash escapes. */
const decode = (s) => s.replace(REFS, (ref) => unescapeAll(ref));

/** normalize.py's is_block_tag list. */
const BLOCK_TAGS = new Set(
  ('article header aside hgroup blockquote hr iframe body li map button object canvas ol caption output col p colgroup pre ' +
    'dd progress dl section dt script table tbody td textarea div tfoot th thead tr ul video fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 noscript').split(' '),
);

// The pieces HTMLParser tells apart; anything else up to the next `<` or `&` is text.
const CDATA = /^<!\[CDATA\[[\s\S]*?\]\]>/;
const COMMENT = /^<!--[\s\S]*?-->/;
const DECL = /^<![^>]*>/;
const PI = /^<\?[^>]*>/;
const END_TAG = /^<\/([a-zA-Z][^\s/>]*)\s*>/;
const START_TAG = /^<([a-zA-Z][^\t\n\f\r />]*)((?:[\s/]*[^\s/>][^\s/=>]*(?:\s*=\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?)*)[\s/]*?(\/?)>/;
const ATTR = /[\s/]*([^\s/>][^\s/=>]*)(?:\s*=\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?/g;
const REF = /^&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/;
const TEXT = /^[^<&]+|^[<&]/;

/** Python's html.escape(value, quote=True). */
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** `html` as normalize.py's normalize_html writes it. */
export function normalizeHtml(html) {
  let out = '';
  let last = 'starttag';
  let lastTag = '';
  let inPre = false;
  const data = (text) => {
    const afterTag = last === 'endtag' || last === 'starttag';
    const afterBlock = afterTag && BLOCK_TAGS.has(lastTag);
    if (afterTag && lastTag === 'br') text = text.replace(/^\n+/, '');
    if (!inPre) text = text.replace(/\s+/g, ' ');
    if (afterBlock && !inPre) text = last === 'starttag' ? text.trimStart() : text.trim();
    out += text;
    last = 'data';
  };
  const startTag = (tag, attrs) => {
    if (tag === 'pre') inPre = true;
    if (BLOCK_TAGS.has(tag)) out = out.trimEnd();
    out += `<${tag}`;
    // Python sorts the (name, value) pairs; a missing value (None) sorts first.
    attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] === b[1] ? 0 : a[1] === null ? -1 : b[1] === null ? 1 : a[1] < b[1] ? -1 : 1));
    for (const [name, value] of attrs) out += value === null ? ` ${name}` : ` ${name}="${escape(value)}"`;
    out += '>';
    lastTag = tag;
    last = 'starttag';
  };
  let rest = html;
  while (rest !== '') {
    let m;
    if ((m = CDATA.exec(rest) ?? COMMENT.exec(rest) ?? DECL.exec(rest) ?? PI.exec(rest))) {
      out += m[0];
      last = 'other';
    } else if ((m = END_TAG.exec(rest))) {
      const tag = m[1].toLowerCase();
      if (tag === 'pre') inPre = false;
      else if (BLOCK_TAGS.has(tag)) out = out.trimEnd();
      out += `</${tag}>`;
      lastTag = tag;
      last = 'endtag';
    } else if ((m = START_TAG.exec(rest))) {
      const attrs = [...m[2].matchAll(ATTR)].map(([, name, raw]) => [name.toLowerCase(), raw === undefined ? null : decode(raw.replace(/^(['"])([\s\S]*)\1$/, '$2'))]);
      startTag(m[1].toLowerCase(), attrs);
      // handle_startendtag: a self-closing tag counts as closed for the text after it.
      if (m[3] === '/') last = 'endtag';
    } else if ((m = REF.exec(rest))) {
      const c = unescapeAll(m[0]);
      out += c === m[0] ? m[0] : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : c;
      last = 'ref';
    } else {
      m = TEXT.exec(rest);
      data(m[0]);
    }
    rest = rest.slice(m[0].length);
  }
  return out;
}
