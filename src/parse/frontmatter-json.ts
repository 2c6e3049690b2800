import type { FrontMatterRead } from './frontmatter-types.js';

/**
 * The offset just past the `}` that closes the JSON object `text` starts with, found as Hugo finds
 * it (parser/pageparser, lexFrontMatterJSON): braces are counted outside double quotes, and a
 * backslash skips the character after it. -1 when the object never closes.
 */
export function jsonEnd(text: string): number {
  let level = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '{') level++;
    else if (!inQuote && c === '}' && --level === 0) return i + 1;
  }
  return -1;
}

/**
 * Reads JSON front matter (`raw`, from the opening `{` to its closing `}`) as Hugo does, with
 * encoding/json: strict JSON, a repeated key taking its last value. `raw` starts after `shift`
 * lines of the file.
 */
export function readJson(raw: string, shift: number): FrontMatterRead {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(raw) as Record<string, unknown>;
  } catch (error) {
    // V8's words, without the offset it gives in some (and from Node 22 a line and column too)
    // ("Unexpected token 'x', "…" is not valid JSON" quotes the text, line breaks and all.)
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '');
    const at = placeOf(raw, jsonErrorOffset(raw), shift);
    return { data: {}, keyLines: new Map(), error: { message: `invalid JSON front matter on line ${at.line}: ${reason}`, ...at } };
  }
  return { data, keyLines: jsonKeyLines(raw, shift), error: null };
}

/**
 * The offset of the first character at which `text`, which JSON.parse refused, stops being JSON
 * (V8 names an offset for some errors only). Iterative, so that deep nesting cannot overflow.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const open: string[] = [];
  let i = 0;
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'next' = 'value';
  // Past the string at i, or -1 - the offset of its error.
  const string = (): number => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return ++i;
      if (c < 0x20) return -1 - i;
      if (c === 0x5c) {
        const e = text[++i];
        if (e === 'u') {
          for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) return -1 - i;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return -1 - i;
      }
    }
    return -1 - n;
  };
  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i])) i++;
    const c = text[i];
    if (state === 'next' && open.length === 0) return i;
    if (c === undefined) return n;
    if (state === 'valueOrEnd' || state === 'keyOrEnd') {
      if (c === (state === 'valueOrEnd' ? ']' : '}')) {
        open.pop();
        i++;
        state = 'next';
      } else {
        state = state === 'valueOrEnd' ? 'value' : 'key';
      }
    } else if (state === 'value') {
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
        continue;
      }
      if (c === '"') {
        const end = string();
        if (end < 0) return -1 - end;
      } else {
        const end = c === '-' || (c >= '0' && c <= '9') ? number(text, i) : literal(text, i);
        if (end < 0) return -1 - end;
        i = end;
      }
      state = 'next';
    } else if (state === 'key') {
      if (c !== '"') return i;
      const end = string();
      if (end < 0) return -1 - end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = open[open.length - 1];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Past the number at i, or -1 - the offset of the character that ends it too soon. */
function number(text: string, i: number): number {
  if (text[i] === '-') i++;
  if (!digit(text[i])) return -1 - i;
  if (text[i] === '0') i++;
  else while (digit(text[i])) i++;
  for (const [mark, sign] of [['.', false], ['eE', true]] as const) {
    if (text[i] === undefined || !mark.includes(text[i])) continue;
    i++;
    if (sign && (text[i] === '+' || text[i] === '-')) i++;
    if (!digit(text[i])) return -1 - i;
    while (digit(text[i])) i++;
  }
  return i;
}

/** Past the `true`, `false` or `null` at i, or -1 - the offset of its first wrong character. */
function literal(text: string, i: number): number {
  const word = ['true', 'false', 'null'].find((w) => w[0] === text[i]);
  if (word === undefined) return -1 - i;
  for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return -1 - (i + k);
  return i + word.length;
}

function placeOf(raw: string, offset: number, shift: number): { line: number; column: number } {
  let line = 1 + shift;
  let lineStart = 0;
  for (let i = 0; i < offset && i < raw.length; i++) {
    if (raw.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The line of each key of the top-level object of valid JSON `raw`; a repeated key's last one. */
function jsonKeyLines(raw: string, shift: number): Map<string, number> {
  const lines = new Map<string, number>();
  let depth = 0;
  let line = 1 + shift;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      const from = i;
      for (i++; raw[i] !== '"'; i++) if (raw[i] === '\\') i++;
      if (depth !== 1) continue;
      let next = i + 1;
      while (/\s/.test(raw[next] ?? '')) next++;
      // A string followed by a colon is a key (JSON strings hold no raw line breaks).
      if (raw[next] === ':') lines.set(JSON.parse(raw.slice(from, i + 1)) as string, line);
    }
  }
  return lines;
}
