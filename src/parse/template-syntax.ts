/*
 * The tags of the template languages site generators run over Markdown before (or while) they
 * render it: Liquid (Jekyll, Eleventy), Nunjucks (Eleventy), Go templates (the Go blog, Hugo) and
 * Hugo shortcodes. Read character by character: where a tag starts and ends, its name and its
 * arguments. What a tag means is template-meaning.ts's business; where it may stand (not in
 * code) is decided by the markdown-it rules that call this (template-rules.ts).
 */

/** The delimiters a tag is written with. */
export const enum TagKind {
  /** `{% … %}`: a Liquid or Nunjucks statement. */
  Statement,
  /** `{{ … }}`: a Liquid, Nunjucks or Go output or action. */
  Output,
  /** `{# … #}` (Nunjucks) or `{{/* … *\/}}` (Go, Hugo): a comment. */
  Comment,
  /** `{{< … >}}`: a Hugo shortcode whose content is not rendered as Markdown. */
  Shortcode,
  /** `{{% … %}}`: a Hugo shortcode whose content is Markdown. */
  MarkdownShortcode,
}

/** One argument of a tag: a quoted string (its content) or a bare word. */
export interface Arg {
  value: string;
  /** Offsets of `value` in the source (inside the quotes of a string). */
  start: number;
  end: number;
  quoted: boolean;
  /** The quote a string was written with (`"`, `'` or a backquote), '' for a bare word. */
  quote: string;
}

export interface Tag {
  kind: TagKind;
  /** Offsets of the whole tag, delimiters included. */
  start: number;
  end: number;
  /** Offsets of what stands between the delimiters (and their `-` whitespace controls). */
  innerStart: number;
  innerEnd: number;
  /** The first word, lower case, without the `end` or `/` of a closing tag: "image", "raw", "note". */
  name: string;
  /** `{% endraw %}`, `{{< /note >}}`, `{{ end }}`. */
  closing: boolean;
}

const OPEN_BRACE = 0x7b;
const PERCENT = 0x25;
const HASH = 0x23;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const STAR = 0x2a;
const DASH = 0x2d;
const CLOSE_BRACE = 0x7d;

const COMMA = 0x2c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** What ends a bare word among a tag's arguments: space, `,`, `=`, `|`, parentheses. */
function endsWord(c: number): boolean {
  return isSpace(c) || c === COMMA || c === 0x3d || c === 0x7c || c === 0x28 || c === 0x29;
}

/** Whether the text at `pos` can open a tag (the cheap test before tagAt). */
export function opensTag(src: string, pos: number): boolean {
  if (src.charCodeAt(pos) !== OPEN_BRACE) return false;
  const c = src.charCodeAt(pos + 1);
  return c === OPEN_BRACE || c === PERCENT || c === HASH;
}

/** closerEnd's and stringEnd's answer when the text ran out (reached `max`) before the closer. */
const RAN_OUT = -2;

/**
 * The offset past the first `closer` at or after `from` and before `max`; -1 when a blank line
 * comes first (no tag of the corpus spans one, and a stray `{{` must not swallow the rest of an
 * article), RAN_OUT when `max` does. `quotes`: step over quoted strings as Go's lexer does (Go
 * raw strings may hold `}}` and blank lines). `acrossBlank`: a comment (`{# … #}`, `{{/* … *\/}}`)
 * may span paragraphs of notes, as `<!-- -->` may, so it is looked for to `max`.
 */
function closerEnd(src: string, from: number, max: number, closer: string, quotes: boolean, acrossBlank = false): number {
  const first = closer.charCodeAt(0);
  let lineEmpty = false;
  for (let i = from; i < max; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x0a) {
      if (lineEmpty && !acrossBlank) return -1;
      lineEmpty = true;
      continue;
    }
    if (c !== 0x20 && c !== 0x09) lineEmpty = false;
    if (quotes && (c === 0x22 || c === 0x60)) {
      const close = stringEnd(src, i, max);
      if (close < 0) return close;
      i = close - 1;
      continue;
    }
    if (c === first && src.startsWith(closer, i)) return i + closer.length;
  }
  return RAN_OUT;
}

/**
 * The offset past the string literal that opens at `at` (`"…"` with escapes, or a raw backquoted
 * one); -1 when a line ends a `"…"` string, RAN_OUT when `max` comes first.
 */
function stringEnd(src: string, at: number, max: number): number {
  const quote = src.charCodeAt(at);
  for (let i = at + 1; i < max; i++) {
    const c = src.charCodeAt(i);
    if (c === quote) return i + 1;
    if (quote !== 0x60 && c === 0x5c) i++;
    else if (quote !== 0x60 && c === 0x0a) return -1;
  }
  return RAN_OUT;
}

/**
 * The tag that opens at `pos` and closes before `max`, or null. `reach.ranOut` tells a tag that
 * may close after `max` (the text ran out first) from no tag at all: a reader of part of a text
 * (a window of lines) must not read it as prose.
 */
export function tagAt(src: string, pos: number, max: number, reach?: { ranOut: boolean }): Tag | null {
  if (!opensTag(src, pos)) return null;
  const second = src.charCodeAt(pos + 1);
  let kind: TagKind;
  let openLength = 2;
  let closer: string;
  if (second === PERCENT) {
    kind = TagKind.Statement;
    closer = '%}';
  } else if (second === HASH) {
    kind = TagKind.Comment;
    closer = '#}';
  } else {
    const third = src.charCodeAt(pos + 2);
    if (third === LT) {
      kind = TagKind.Shortcode;
      closer = '>}}';
      openLength = 3;
    } else if (third === PERCENT) {
      kind = TagKind.MarkdownShortcode;
      closer = '%}}';
      openLength = 3;
    } else {
      kind = commentAfter(src, pos + 2) ? TagKind.Comment : TagKind.Output;
      closer = kind === TagKind.Comment ? '*/' : '}}';
    }
  }
  let end: number;
  if (kind === TagKind.Comment && second === OPEN_BRACE) {
    // {{/* … *\/}}, {{- /* … *\/ -}}: the comment ends at `*/`, then the action's `}}`.
    const close = closerEnd(src, pos + openLength, max, '*/', false, true);
    end = close < 0 ? close : closerEnd(src, close, Math.min(max, close + 3), '}}', false);
  } else if (kind === TagKind.Output) {
    end = closerEnd(src, pos + openLength, max, closer, true);
    // A quote that is no string (`{{ "a }}` over a line): read it as Liquid does, ignoring quotes.
    if (end === -1) end = closerEnd(src, pos + openLength, max, closer, false);
  } else {
    end = closerEnd(src, pos + openLength, max, closer, false, kind === TagKind.Comment);
  }
  if (end < 0) {
    if (reach !== undefined) reach.ranOut = end === RAN_OUT;
    return null;
  }
  let innerStart = pos + openLength;
  let innerEnd = end - (kind === TagKind.Comment && second === OPEN_BRACE ? 2 : closer.length);
  if (src.charCodeAt(innerStart) === DASH) innerStart++;
  if (innerEnd > innerStart && src.charCodeAt(innerEnd - 1) === DASH) innerEnd--;
  const { name, closing } = nameOf(src, innerStart, innerEnd, kind);
  return { kind, start: pos, end, innerStart, innerEnd, name, closing };
}

/** Whether a Go action opening before `at` is a comment: `{{/*` or `{{- /*`. */
function commentAfter(src: string, at: number): boolean {
  let i = at;
  if (src.charCodeAt(i) === DASH && src.charCodeAt(i + 1) === 0x20) i += 2;
  return src.charCodeAt(i) === SLASH && src.charCodeAt(i + 1) === STAR;
}

function nameOf(src: string, from: number, to: number, kind: TagKind): { name: string; closing: boolean } {
  let i = from;
  while (i < to && isSpace(src.charCodeAt(i))) i++;
  let closing = false;
  if (src.charCodeAt(i) === SLASH && (kind === TagKind.Shortcode || kind === TagKind.MarkdownShortcode)) {
    closing = true;
    i++;
    while (i < to && isSpace(src.charCodeAt(i))) i++;
  }
  let j = i;
  while (j < to && !isSpace(src.charCodeAt(j)) && src.charCodeAt(j) !== CLOSE_BRACE && src.charCodeAt(j) !== GT) j++;
  let name = src.slice(i, j).toLowerCase();
  if (kind === TagKind.Statement && name.startsWith('end') && name.length > 3) {
    closing = true;
    name = name.slice(3);
  }
  if (kind === TagKind.Output && name === 'end') closing = true;
  return { name, closing };
}

/**
 * The arguments of a tag after its name: strings and bare words, `key=value` and `key: value`
 * pairs (Hugo, Jekyll includes, Liquid), and filters after `|` (`{{ "/x/" | url }}`).
 */
export interface Args {
  positional: Arg[];
  named: Map<string, Arg>;
  /** Filter names, lower case, in order. */
  filters: string[];
}

export function argsOf(src: string, tag: Tag): Args {
  const args: Args = { positional: [], named: new Map(), filters: [] };
  const to = tag.innerEnd;
  let i = tag.innerStart;
  // Past the name (a closing tag's `/` included).
  while (i < to && isSpace(src.charCodeAt(i))) i++;
  if (src.charCodeAt(i) === SLASH) i++;
  const q = src.charCodeAt(i);
  // `{{ "/x/" | url }}`: an output's first word may be a value, not a name.
  const nameIsValue = tag.kind === TagKind.Output && (q === 0x22 || q === 0x27 || q === 0x60);
  if (!nameIsValue) while (i < to && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== COMMA) i++;
  let key: string | null = null;
  let filter = false;
  let lastWasFilter = false;
  while (i < to) {
    const c = src.charCodeAt(i);
    if (isSpace(c) || c === COMMA || c === 0x28 || c === 0x29) {
      i++;
      continue;
    }
    if (c === 0x7c) {
      filter = true;
      i++;
      continue;
    }
    if (c === 0x3a && args.filters.length > 0 && lastWasFilter) {
      // A filter's own arguments (`| prepend: site.baseurl`) run to the next `|`.
      const bar = src.indexOf('|', i);
      i = bar === -1 || bar > to ? to : bar;
      continue;
    }
    if (c === 0x3d || c === 0x3a) {
      // `key=value`, `key: value`: the word before was a key.
      const last = args.positional.pop();
      key = last !== undefined && !last.quoted ? last.value.toLowerCase() : null;
      i++;
      continue;
    }
    let arg: Arg;
    if (c === 0x22 || c === 0x27 || c === 0x60) {
      let close = src.indexOf(String.fromCharCode(c), i + 1);
      while (c !== 0x60 && close !== -1 && close < to && src.charCodeAt(close - 1) === 0x5c) close = src.indexOf(String.fromCharCode(c), close + 1);
      if (close === -1 || close >= to) close = to;
      arg = { value: src.slice(i + 1, close), start: i + 1, end: close, quoted: true, quote: String.fromCharCode(c) };
      i = close + 1;
    } else {
      let j = i;
      while (j < to && !endsWord(src.charCodeAt(j))) {
        // `key: value` (Liquid) puts the colon right after the key; a URL's colon is no key.
        if (src.charCodeAt(j) === 0x3a && (j + 1 >= to || isSpace(src.charCodeAt(j + 1)) || src.charCodeAt(j + 1) === 0x22 || src.charCodeAt(j + 1) === 0x27)) break;
        j++;
      }
      arg = { value: src.slice(i, j), start: i, end: j, quoted: false, quote: '' };
      i = j;
    }
    lastWasFilter = filter;
    if (filter) {
      if (!arg.quoted) args.filters.push(arg.value.toLowerCase());
      filter = false;
    } else if (key !== null) {
      args.named.set(key, arg);
      key = null;
    } else args.positional.push(arg);
  }
  return args;
}

/**
 * The tag that closes the pair `open` opened ({% raw %} … {% endraw %}, {{< highlight >}} …
 * {{< /highlight >}}), searched from `from` to `max` (blank lines may come between); null when
 * unclosed. Liquid ends a `raw` or `comment` at the first closing tag, not a nested one: so does this.
 */
export function closingTag(src: string, open: Tag, from: number, max: number): Tag | null {
  const opener = open.kind === TagKind.Statement ? '{%' : open.kind === TagKind.Shortcode ? '{{<' : '{{%';
  let at = src.indexOf(opener, from);
  while (at !== -1 && at < max) {
    const tag = tagAt(src, at, max);
    if (tag !== null && tag.closing && tag.name === open.name && tag.kind === open.kind) return tag;
    at = src.indexOf(opener, at + opener.length);
  }
  return null;
}
