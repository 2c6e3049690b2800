// A tiny TrueType reader: just what measuring text needs (advance widths through `cmap` and
// `hmtx`, and kerning pairs from `kern` and GPOS). scripts/font-widths.mjs builds the committed
// width table with it, and tests/pixel-width.test.ts reads the same font with it to check that
// table, so the two can never disagree about how a font is read.
// Spec: the OpenType tables cmap, head, hhea, hmtx, maxp, OS/2, kern (format 0) and GPOS
// (lookup type 2, pair adjustment, and type 9 extensions of it).
import { readFileSync } from 'node:fs';

/** Where Debian's fonts-liberation puts Liberation Sans, metric-compatible with Arial. */
export const LIBERATION_SANS = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

function tables(b) {
  const out = new Map();
  const n = b.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const o = 12 + 16 * i;
    out.set(b.toString('latin1', o, o + 4), { offset: b.readUInt32BE(o + 8), length: b.readUInt32BE(o + 12) });
  }
  return out;
}

/** Code point → glyph id, from the best Unicode subtable (format 12 if any, else format 4). */
function readCmap(b, at) {
  const n = b.readUInt16BE(at + 2);
  let best = null;
  for (let i = 0; i < n; i++) {
    const platform = b.readUInt16BE(at + 4 + 8 * i);
    const encoding = b.readUInt16BE(at + 6 + 8 * i);
    const sub = at + b.readUInt32BE(at + 8 + 8 * i);
    const format = b.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (best === null || format > best.format) best = { sub, format };
  }
  if (best === null) throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
  const map = new Map();
  const { sub } = best;
  if (best.format === 12) {
    const groups = b.readUInt32BE(sub + 12);
    for (let g = 0; g < groups; g++) {
      const o = sub + 16 + 12 * g;
      const start = b.readUInt32BE(o), end = b.readUInt32BE(o + 4), glyph = b.readUInt32BE(o + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
  for (let s = 0; s < segs; s++) {
    const end = b.readUInt16BE(ends + 2 * s), start = b.readUInt16BE(starts + 2 * s);
    const delta = b.readInt16BE(deltas + 2 * s), rangeAt = ranges + 2 * s, range = b.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        // idRangeOffset counts bytes from its own position to the glyph id to use.
        glyph = b.readUInt16BE(rangeAt + range + 2 * (c - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function coverage(b, at) {
  const format = b.readUInt16BE(at), n = b.readUInt16BE(at + 2), out = new Map();
  if (format === 1) for (let i = 0; i < n; i++) out.set(b.readUInt16BE(at + 4 + 2 * i), i);
  else for (let r = 0; r < n; r++) {
    const o = at + 4 + 6 * r, start = b.readUInt16BE(o), end = b.readUInt16BE(o + 2), index = b.readUInt16BE(o + 4);
    for (let g = start; g <= end; g++) out.set(g, index + g - start);
  }
  return out;
}

function classDef(b, at) {
  const format = b.readUInt16BE(at), out = new Map();
  if (format === 1) {
    const first = b.readUInt16BE(at + 2), n = b.readUInt16BE(at + 4);
    for (let i = 0; i < n; i++) out.set(first + i, b.readUInt16BE(at + 6 + 2 * i));
  } else {
    const n = b.readUInt16BE(at + 2);
    for (let r = 0; r < n; r++) {
      const o = at + 4 + 6 * r, start = b.readUInt16BE(o), end = b.readUInt16BE(o + 2), cls = b.readUInt16BE(o + 4);
      for (let g = start; g <= end; g++) out.set(g, cls);
    }
  }
  return out;
}

const popcount = (v) => { let n = 0; for (; v; v &= v - 1) n++; return n; };
/** The XAdvance field of a value record, the only one that changes a line's width. */
function xAdvance(b, at, format) {
  if (!(format & 0x4)) return 0;
  return b.readInt16BE(at + 2 * popcount(format & 0x3));
}

/** Kerning pairs of the GPOS `kern` feature: (left << 16 | right) → units added after left. */
function readGposKern(b, at) {
  const pairs = new Map();
  const features = at + b.readUInt16BE(at + 6), lookups = at + b.readUInt16BE(at + 8);
  const wanted = new Set();
  for (let i = 0, n = b.readUInt16BE(features); i < n; i++) {
    if (b.toString('latin1', features + 2 + 6 * i, features + 6 + 6 * i) !== 'kern') continue;
    const f = features + b.readUInt16BE(features + 6 + 6 * i);
    for (let j = 0, m = b.readUInt16BE(f + 2); j < m; j++) wanted.add(b.readUInt16BE(f + 4 + 2 * j));
  }
  for (const index of [...wanted].sort((x, y) => x - y)) {
    const lookup = lookups + b.readUInt16BE(lookups + 2 + 2 * index);
    let type = b.readUInt16BE(lookup);
    for (let s = 0, n = b.readUInt16BE(lookup + 4); s < n; s++) {
      let sub = lookup + b.readUInt16BE(lookup + 6 + 2 * s);
      if (type === 9) { type = b.readUInt16BE(sub + 2); sub += b.readUInt32BE(sub + 4); }
      if (type !== 2) continue;
      pairSubtable(b, sub, pairs);
    }
  }
  return pairs;
}

function pairSubtable(b, sub, pairs) {
  const format = b.readUInt16BE(sub), cov = coverage(b, sub + b.readUInt16BE(sub + 2));
  const vf1 = b.readUInt16BE(sub + 4), vf2 = b.readUInt16BE(sub + 6);
  const size1 = 2 * popcount(vf1), size2 = 2 * popcount(vf2);
  // An earlier subtable wins for a pair it covers, as in a shaper.
  const put = (key, v) => { if (!pairs.has(key) && v !== 0) pairs.set(key, v); };
  if (format === 1) {
    for (const [left, i] of cov) {
      const set = sub + b.readUInt16BE(sub + 10 + 2 * i);
      for (let r = 0, n = b.readUInt16BE(set); r < n; r++) {
        const o = set + 2 + r * (2 + size1 + size2);
        put(left * 65536 + b.readUInt16BE(o), xAdvance(b, o + 2, vf1));
      }
    }
  } else if (format === 2) {
    const c1 = classDef(b, sub + b.readUInt16BE(sub + 8)), c2 = classDef(b, sub + b.readUInt16BE(sub + 10));
    const n1 = b.readUInt16BE(sub + 12), n2 = b.readUInt16BE(sub + 14);
    const byClass2 = new Map();
    for (const [g, c] of c2) { if (!byClass2.has(c)) byClass2.set(c, []); byClass2.get(c).push(g); }
    for (const [left] of cov) {
      const k1 = c1.get(left) ?? 0;
      if (k1 >= n1) continue;
      for (let k2 = 1; k2 < n2; k2++) {
        const v = xAdvance(b, sub + 16 + (k1 * n2 + k2) * (size1 + size2), vf1);
        for (const right of byClass2.get(k2) ?? []) put(left * 65536 + right, v);
      }
    }
  }
}

/** Pairs of the legacy `kern` table (version 0, horizontal format 0 subtables). */
function readKernTable(b, at) {
  const pairs = new Map();
  if (b.readUInt16BE(at) !== 0) return pairs;
  let sub = at + 4;
  for (let s = 0, n = b.readUInt16BE(at + 2); s < n; s++) {
    const length = b.readUInt16BE(sub + 2), cov = b.readUInt16BE(sub + 4);
    if (cov >> 8 === 0 && (cov & 1) === 1) {
      for (let p = 0, m = b.readUInt16BE(sub + 6); p < m; p++) {
        const o = sub + 14 + 6 * p;
        pairs.set(b.readUInt16BE(o) * 65536 + b.readUInt16BE(o + 2), b.readInt16BE(o + 4));
      }
    }
    sub += length;
  }
  return pairs;
}

/**
 * The metrics of a TrueType font. `kern` holds GPOS kerning when the font has it (what a
 * HarfBuzz-based browser applies) and the legacy `kern` table otherwise.
 */
export function readFont(pathOrBuffer = LIBERATION_SANS) {
  const b = typeof pathOrBuffer === 'string' ? readFileSync(pathOrBuffer) : pathOrBuffer;
  const t = tables(b);
  const need = (tag) => { const x = t.get(tag); if (!x) throw new Error(`the font has no ${tag} table`); return x.offset; };
  const head = need('head'), hhea = need('hhea'), maxp = need('maxp'), hmtx = need('hmtx'), os2 = need('OS/2');
  const unitsPerEm = b.readUInt16BE(head + 18);
  const numGlyphs = b.readUInt16BE(maxp + 4);
  const numberOfHMetrics = b.readUInt16BE(hhea + 34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    // Glyphs past numberOfHMetrics repeat the last advance (monospaced tails).
    advances[g] = b.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
  }
  const cmap = readCmap(b, need('cmap'));
  const gposKern = t.has('GPOS') ? readGposKern(b, t.get('GPOS').offset) : new Map();
  const tableKern = t.has('kern') ? readKernTable(b, t.get('kern').offset) : new Map();
  return {
    unitsPerEm,
    numGlyphs,
    /** head.fontRevision as written (16.16 fixed), and the file's checksum adjustment: together they name the file. */
    revision: (b.readInt32BE(head + 4) / 65536).toFixed(5),
    checksum: b.readUInt32BE(head + 8),
    xAvgCharWidth: b.readInt16BE(os2 + 2),
    cmap,
    glyph: (cp) => cmap.get(cp) ?? 0,
    advance: (cp) => advances[cmap.get(cp) ?? 0],
    has: (cp) => cmap.has(cp),
    kern: gposKern.size > 0 ? gposKern : tableKern,
    gposKern,
    tableKern,
    /** Units to add between two code points that kerning would apply. */
    pairKern(left, right, pairs = gposKern.size > 0 ? gposKern : tableKern) {
      return pairs.get((cmap.get(left) ?? 0) * 65536 + (cmap.get(right) ?? 0)) ?? 0;
    },
  };
}
