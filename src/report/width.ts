/**
 * How many terminal columns text takes. Terminals give East Asian wide and fullwidth characters
 * (CJK, kana, Hangul) and emoji two columns, combining marks and joiners none, and everything
 * else one; the "ambiguous" characters the report draws with (● ○ · │ ✔ ✖ ⚠) take one outside
 * CJK locales, which is where they are read. Colour codes take none.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}\u200b-\u200f\ufe00-\ufe0f]/u;
const EMOJI = /\p{Emoji_Presentation}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Wide and fullwidth ranges (Unicode EastAsianWidth W and F), first and last code point. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff], [0x1b000, 0x1b2ff], [0x1f200, 0x1f2ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function wideRange(cp: number): boolean {
  if (cp < 0x1100) return false;
  for (const [from, to] of WIDE) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}

/** Text without its colour codes. */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}

/** Columns one code point takes, on its own. */
function codePointWidth(ch: string, cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO.test(ch)) return 0;
  if (wideRange(cp) || EMOJI.test(ch)) return 2;
  return 1;
}

/** Whether every character is printable ASCII, one column each (most of a report). */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  const s = stripAnsi(text);
  if (ascii(s)) return s.length;
  let width = 0;
  let last = 0; // the width of the character before, for VS16
  let joined = false; // after a ZWJ: the next pictograph joins the emoji before
  let flags = 0; // regional indicators seen in a row: two make one flag
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x300) {
      // Latin, with its accents precomposed: one column, nothing joins.
      width += cp < 0x7f || cp >= 0xa0 ? 1 : 0;
      last = 1;
      joined = false;
      flags = 0;
      continue;
    }
    if (cp === 0x200d) {
      joined = true;
      continue;
    }
    if (cp === 0xfe0f) {
      // Emoji presentation asked of a text-style character: it becomes two columns wide.
      if (last === 1) {
        width += 1;
        last = 2;
      }
      continue;
    }
    if (joined) {
      joined = false;
      if (PICTOGRAPHIC.test(ch)) continue;
    }
    if (cp >= 0x1f3fb && cp <= 0x1f3ff && last === 2) continue; // a skin tone joins its emoji
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
      flags++;
      if (flags % 2 === 0) continue;
      width += 2;
      last = 2;
      continue;
    }
    flags = 0;
    const w = codePointWidth(ch, cp);
    width += w;
    if (w > 0) last = w;
  }
  return width;
}

/** The longest start of `text` that fits `width` columns (whole code points). */
export function sliceToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out;
}

/** `text` padded with spaces to `width` columns. */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
}

/**
 * `text` cut to `width` columns with "…", at a word boundary when there is one in its second
 * half (a word cut in two reads as another word), so a long quote keeps its start.
 */
export function shorten(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(0, width));
  const head = sliceToWidth(text, width - 1);
  const space = head.lastIndexOf(' ');
  const cut = space > head.length / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The width a report for people is laid out to: the terminal's, but at most 160 columns (longer
 * lines read worse) and at least 40 (narrower, a table's borders leave no room for its words).
 */
export function layoutWidth(columns: number): number {
  return Math.max(40, Math.min(columns, 160));
}

