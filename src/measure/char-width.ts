import { ARIAL } from './arial-widths.js';

// What one code point is to text layout: its advance in Arial's font units and how it joins its
// neighbours into grapheme clusters. The table (arial-widths.ts) answers for the characters Arial
// has; ranges checked against Unicode's properties (tests/pixel-width.test.ts walks every code
// point) answer for the usual others; Unicode property escapes, compiled on first need (0.2–1 ms
// each), for the rest.

export const EM = ARIAL.unitsPerEm;
/**
 * Emoji: the advance of Noto Color Emoji (2550 of 2048 units, read from its hmtx), the font Chrome
 * falls back to for emoji on Linux, ChromeOS and Android; Arial has none.
 */
export const EMOJI_UNITS = Math.round((2550 / 2048) * EM);
/** CJK ideographs, kana, Hangul and fullwidth forms: one em, as every CJK font draws them. */
export const WIDE_UNITS = EM;

export const EXTEND = 1; // joins the cluster before it: marks, ZWJ, ZWNJ, variation selectors, skin tones, tags
export const ZWJ = 2;
export const RI = 4; // regional indicator: two make a flag
export const PICT = 8; // Extended_Pictographic: ZWJ joins two
export const EMOJI = 16; // draws as an emoji: emoji presentation, a skin tone, VS16 or a keycap
export const CONTROL = 32; // a cluster of its own that nothing joins, and draws nothing
export const SPACING = 64; // a spacing mark: joins, and takes room
/** A code point's class packed in one number: units + flags × FLAGS (units stay below it). */
export const FLAGS = 4096;

// Code points below DENSE_END index an array (−1: not in the table); the few above sit in a Map.
const DENSE_END = 0x2700;
let dense: Int16Array | null = null;
const sparse = new Map<number, number>();

interface Encoded { runs: readonly number[]; widths: string }

/** The table's widths, code point → font units (scripts/lib/width-codec.mjs encodes them). */
export function decodeWidths(t: Encoded = ARIAL): Map<number, number> {
  const w = JSON.parse(t.widths) as number[], out = new Map<number, number>();
  for (let r = 0, k = 0; r < t.runs.length; r += 2) {
    for (let j = 0; j < t.runs[r + 1]; j++, k++) if (w[k] >= 0) out.set(t.runs[r] + j, w[k]);
  }
  return out;
}

/**
 * The lookup array, built on first use by native code: JSON.parse, then one TypedArray.set per
 * run. (A JavaScript loop over the 665 characters, or Buffer's base64 decoder, costs 0.2–0.3 ms
 * when cold; this ~0.05 ms.)
 */
export function table(): Int16Array {
  if (dense !== null) return dense;
  const d = new Int16Array(DENSE_END).fill(-1);
  const w = new Int16Array(JSON.parse(ARIAL.widths) as number[]), runs = ARIAL.runs;
  for (let r = 0, k = 0; r < runs.length; k += runs[r + 1], r += 2) {
    const first = runs[r], n = runs[r + 1];
    if (first + n <= DENSE_END) d.set(w.subarray(k, k + n), first);
    else for (let j = 0; j < n; j++) if (w[k + j] >= 0) sparse.set(first + j, w[k + j]);
  }
  // Controls draw nothing; a soft hyphen shows only where a line breaks, which a snippet's cut never does.
  d.fill(0, 0, 0x20);
  d.fill(0, 0x7f, 0xa0);
  d[0xad] = 0;
  dense = d;
  return d;
}

/** The table's width of `cp`, or −1. */
export function tableUnits(cp: number): number {
  return cp < DENSE_END ? table()[cp] : sparse.get(cp) ?? -1;
}

const inRanges = (cp: number, r: readonly number[]) => {
  for (let i = 0; i < r.length; i += 2) if (cp >= r[i] && cp <= r[i + 1]) return true;
  return false;
};
/** Marks and joiners: all Mn or Me, or named by UAX #29 as Extend. */
export const EXTEND_RANGES = [0x300, 0x36f, 0x483, 0x489, 0x200c, 0x200d, 0x20d0, 0x20f0, 0xfe00, 0xfe0f, 0xfe20, 0xfe2f,
  0x1f3fb, 0x1f3ff, 0xe0020, 0xe007f, 0xe0100, 0xe01ef];
/** Format characters of General Punctuation and the BOM (Cf, Zl, Zp, or unassigned default-ignorable). */
export const CONTROL_RANGES = [0x200b, 0x200b, 0x200e, 0x200f, 0x2028, 0x202e, 0x2060, 0x206f, 0xfeff, 0xfeff];
/** Letters and punctuation that neither join nor are emoji: Latin, Greek, Cyrillic and their extensions, punctuation, currency. */
export const PLAIN_RANGES = [0x180, 0x2ff, 0x370, 0x482, 0x48a, 0x52f, 0x1e00, 0x1fff, 0x2010, 0x2027, 0x2030, 0x203b,
  0x203d, 0x2048, 0x204a, 0x205e, 0x2070, 0x20cf];
/** Kana, CJK ideographs, Hangul syllables and fullwidth forms: one em, and plain. */
export const WIDE_PLAIN_RANGES = [0x3041, 0x3096, 0x30a1, 0x30fa, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xac00, 0xd7a3,
  0xf900, 0xfa6d, 0xff01, 0xff60, 0x20000, 0x2a6df];
/** Where the pictographs beyond the table are (tested: none outside): symbols, CJK's four, and the emoji planes. */
const inEmojiZone = (cp: number) => (cp >= 0x2000 && cp <= 0x2bff) || cp === 0x3030 || cp === 0x303d || cp === 0x3297
  || cp === 0x3299 || (cp >= 0x1f000 && cp <= 0x1ffff);

/** The typographic spaces, in ems (Unicode's descriptions; U+2007 and U+2008 as a digit and a full stop). */
const SPACES: Record<number, number> = { 0x2000: 1 / 2, 0x2001: 1, 0x2002: 1 / 2, 0x2003: 1, 0x2004: 1 / 3, 0x2005: 1 / 4,
  0x2006: 1 / 6, 0x2009: 1 / 5, 0x200a: 1 / 10, 0x202f: 1 / 5, 0x205f: 4 / 18 };

export function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

const lazy = (source: string) => { let re: RegExp | null = null; return (ch: string) => (re ??= new RegExp(source, 'u')).test(ch); };
export const isMark = lazy('^[\\p{Mn}\\p{Me}]$');
export const isSpacingMark = lazy('^\\p{Mc}$');
export const isControl = lazy('^[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]$');
export const isIgnorable = lazy('^\\p{Default_Ignorable_Code_Point}$');
export const isPictographic = lazy('^\\p{Extended_Pictographic}$');
export const isPresentation = lazy('^\\p{Emoji_Presentation}$');

/**
 * A letter the font lacks: the width of its base letter (ǎ as a, ṡ as s, by canonical
 * decomposition; U+2000 and U+2001 decompose to spaces), else the font's average advance.
 */
function plainUnits(cp: number): number {
  const w = tableUnits(cp);
  if (w >= 0) return w;
  const space = SPACES[cp];
  if (space !== undefined) return Math.round(space * EM);
  if (cp === 0x2007) return tableUnits(0x30);
  if (cp === 0x2008) return tableUnits(0x2e);
  const base = String.fromCodePoint(cp).normalize('NFD').codePointAt(0)!;
  return base !== cp ? plainUnits(base) : ARIAL.averageWidth;
}

let pictographs: Set<number> | null = null;
const classes = new Map<number, number>();

/** Units + flags × FLAGS of a code point, cached. */
export function classOf(cp: number): number {
  let v = classes.get(cp);
  if (v === undefined) classes.set(cp, (v = classify(cp)));
  return v;
}

function classify(cp: number): number {
  const w = tableUnits(cp);
  // A character of the table is no mark and no control (scripts/font-widths.mjs checks).
  if (w >= 0) return w + ((pictographs ??= new Set(ARIAL.pictographs)).has(cp) ? PICT : 0) * FLAGS;
  if (cp === 0x200d) return (EXTEND | ZWJ) * FLAGS;
  if (inRanges(cp, EXTEND_RANGES)) return (EXTEND | (cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) ? EMOJI : 0)) * FLAGS;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return EMOJI_UNITS + (RI | EMOJI) * FLAGS;
  if (inRanges(cp, CONTROL_RANGES)) return CONTROL * FLAGS;
  if (inRanges(cp, PLAIN_RANGES) || SPACES[cp] !== undefined) return plainUnits(cp);
  if (inRanges(cp, WIDE_PLAIN_RANGES)) return WIDE_UNITS;
  const ch = String.fromCodePoint(cp);
  if (inEmojiZone(cp)) {
    if (!isPictographic(ch)) return isWide(cp) ? WIDE_UNITS : plainUnits(cp);
    if (isPresentation(ch)) return EMOJI_UNITS + (PICT | EMOJI) * FLAGS;
    return (isWide(cp) ? WIDE_UNITS : plainUnits(cp)) + PICT * FLAGS;
  }
  // Other scripts: ask Unicode.
  if (isMark(ch)) return EXTEND * FLAGS;
  if (isSpacingMark(ch)) return plainUnits(cp) + (EXTEND | SPACING) * FLAGS;
  if (isControl(ch) || isIgnorable(ch)) return CONTROL * FLAGS;
  return isWide(cp) ? WIDE_UNITS : plainUnits(cp);
}
