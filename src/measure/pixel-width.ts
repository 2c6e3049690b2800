import {
  classOf, CONTROL, EM, EMOJI, EMOJI_UNITS, EXTEND, FLAGS, isWide, PICT, RI, SPACING, table, ZWJ,
} from './char-width.js';

export { EM as UNITS_PER_EM };

// Text width in pixels as a browser lays out Arial: the sum of the characters' advance widths
// (from the font's own table, src/measure/arial-widths.ts), over grapheme clusters, after HTML's
// white-space collapsing.
//
// Kerning is left out. Measured with scripts/pixel-kerning.mjs on the 284 corpus titles at 20 px,
// the font's GPOS `kern` pairs (what Chrome's HarfBuzz applies) change a title's width by 0 px at
// the median and −7 px (−1.9 %) at most, and there only ever narrow it, so an unkerned width errs
// towards "does not fit"; one title changes sides of 600 px (602.5 px unkerned, 595.5 kerned). On
// the 212 descriptions at 14 px: −0.25 px at the median, −7.8 px at most, none changes sides.
// That is less than published limits disagree (580–600 px for titles), and leaving kerning out
// keeps widths additive and the table small (907 pairs more).

/** Below U+0300 nothing is a mark, so each character is a cluster (© and ® excepted: ZWJ may join them). */
const FAST_END = 0x300;
const isFast = (cp: number) => cp < FAST_END && cp !== 0xa9 && cp !== 0xae;

export const OTHER = 0, SPACE = 1, WIDE = 2;
/** What a cluster is to line breaking: a space to break at, a CJK character (a break on either side), or neither. */
export type Kind = typeof OTHER | typeof SPACE | typeof WIDE;

/**
 * The grapheme clusters of a string, one `next()` at a time, in linear time. Boundaries follow
 * UAX #29 for combining marks, ZWJ emoji sequences, flags and controls; decomposed Hangul jamo,
 * Indic conjuncts and prepended marks are not joined. (Intl.Segmenter would do, but making one
 * costs ~18 ms, far more than all of this module and its table.)
 */
export class Clusters {
  start = 0;
  end = 0;
  units = 0;
  kind: Kind = OTHER;
  private readonly t = table();
  /** Clusters of `s` from UTF-16 index `from`, which must be a cluster boundary. */
  constructor(private readonly s: string, from = 0) {
    this.end = from;
  }

  next(): boolean {
    const s = this.s;
    let pos = this.end;
    if (pos >= s.length) return false;
    this.start = pos;
    let cp = s.codePointAt(pos)!;
    pos += cp > 0xffff ? 2 : 1;
    if (isFast(cp)) {
      let u = this.t[cp];
      if (u < 0) u = classOf(cp) % FLAGS; // Latin Extended-B letters the font lacks
      this.units = u;
      this.kind = cp === 0x20 ? SPACE : OTHER;
      // The common case: the next character cannot join this one.
      if (pos >= s.length || s.charCodeAt(pos) < FAST_END || u === 0 && (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad)) {
        this.end = pos;
        return true;
      }
      this.end = this.join(pos, 0, u, false);
      return true;
    }
    const v = classOf(cp), flags = Math.floor(v / FLAGS);
    this.units = v % FLAGS;
    this.kind = isBreakSpace(cp) ? SPACE : isWide(cp) ? WIDE : OTHER;
    this.end = flags & CONTROL ? pos : this.join(pos, flags, v % FLAGS, (flags & EMOJI) !== 0 && (flags & EXTEND) === 0);
    return true;
  }

  /** Extends the cluster whose first code point has `flags` from `pos`; returns where it ends. */
  private join(pos: number, flags: number, width: number, emoji: boolean): number {
    const s = this.s;
    let ri = flags & RI ? 1 : 0; // 1: a lone regional indicator, which the next one pairs with
    let pict = flags & PICT ? 1 : 0; // GB11: 1 after a pictograph (and extenders), 2 after its ZWJ
    let joined = false;
    while (pos < s.length) {
      const cp = s.codePointAt(pos)!;
      if (cp < FAST_END && !(pict === 2 && (cp === 0xa9 || cp === 0xae))) break;
      const v = classOf(cp), f = Math.floor(v / FLAGS);
      if (f & CONTROL || !((f & EXTEND) || (f & PICT && pict === 2) || (f & RI && ri === 1))) break;
      if (f & SPACING) width += v % FLAGS;
      if (f & EMOJI) emoji = true;
      ri = f & RI ? 2 : 0;
      pict = f & PICT ? 1 : f & ZWJ ? (pict === 1 ? 2 : 0) : (f & SPACING || pict === 2 ? 0 : pict);
      joined = true;
      pos += cp > 0xffff ? 2 : 1;
    }
    this.units = emoji ? EMOJI_UNITS : width;
    if (joined && this.kind === SPACE) this.kind = OTHER; // a space with a mark on it is no break
    return pos;
  }
}

/** Spaces a line may break at: U+0020 and the other Zs spaces but the no-break ones. */
function isBreakSpace(c: number): boolean {
  return c === 0x20 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a && c !== 0x2007) || c === 0x205f || c === 0x3000;
}

/** What HTML shows of a text node: runs of ASCII white space as one space, none at the ends. */
export function collapseWhitespace(text: string): string {
  if (!/[\t\n\f\r]| {2}|^ | $/.test(text)) return text;
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

/** Font units of text whose white space is already collapsed. */
export function unitsOf(s: string): number {
  const t = table();
  let total = 0, i = 0;
  // Latin text needs no clusters: sum the table until a character that might join or is missing.
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FAST_END || c === 0xa9 || c === 0xae || t[c] < 0) break;
    total += t[c];
  }
  if (i === s.length) return total;
  // A mark may join the character before the one that stopped the loop: restart there.
  const from = Math.max(0, i - 1);
  total -= from < i ? t[s.charCodeAt(from)] : 0;
  const c = new Clusters(s, from);
  while (c.next()) total += c.units;
  return total;
}

/** The width in pixels of `text` set in Arial at `sizePx`, unrounded, without kerning. */
export function textWidth(text: string, sizePx: number): number {
  return (unitsOf(collapseWhitespace(text)) * sizePx) / EM;
}
