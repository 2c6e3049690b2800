// The encoding of src/measure/arial-widths.ts's `widths` string. The decoder that the run time
// uses is in src/measure/char-width.ts; tests/pixel-width.test.ts checks that the two agree.

/** The Unicode blocks the table keeps (name, first, last). The font's private-use glyphs are left out. */
export const TABLE_BLOCKS = [
  ['Basic Latin', 0x20, 0x7e],
  ['Latin-1 Supplement', 0xa0, 0xff],
  ['Latin Extended-A', 0x100, 0x17f],
  ['Latin Extended-B', 0x180, 0x24f],
  ['Spacing Modifier Letters', 0x2b0, 0x2ff],
  ['Greek and Coptic', 0x370, 0x3ff],
  ['Cyrillic', 0x400, 0x4ff],
  ['Latin Extended Additional', 0x1e00, 0x1eff],
  ['General Punctuation', 0x2000, 0x206f],
  ['Superscripts and Subscripts', 0x2070, 0x209f],
  ['Currency Symbols', 0x20a0, 0x20cf],
  ['Letterlike Symbols', 0x2100, 0x214f],
  ['Number Forms', 0x2150, 0x218f],
  ['Arrows', 0x2190, 0x21ff],
  ['Mathematical Operators', 0x2200, 0x22ff],
  ['Miscellaneous Technical', 0x2300, 0x23ff],
  ['Box Drawing', 0x2500, 0x257f],
  ['Block Elements', 0x2580, 0x259f],
  ['Geometric Shapes', 0x25a0, 0x25ff],
  ['Miscellaneous Symbols', 0x2600, 0x26ff],
  ['Alphabetic Presentation Forms', 0xfb00, 0xfb4f],
];

/** Runs closer than this many code points are merged, the gap filled with −1 (not in the table): fewer runs to copy. */
const MAX_GAP = 8;

/**
 * Map code point → width as `runs` ([first code point, length, …]) and `widths`: the runs' widths
 * in order as a JSON array. JSON.parse is native; the run time then copies each run into its
 * lookup array with TypedArray.set, so loading runs no JavaScript loop per character (a cold loop
 * over the 665 characters, or Buffer's base64 decoder, costs ~0.2–0.3 ms; JSON.parse ~0.05 ms).
 */
export function encodeWidths(widths) {
  const cps = [...widths.keys()].sort((a, b) => a - b);
  const runs = [];
  const values = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] - cps[j] <= MAX_GAP) j++;
    runs.push(cps[i], cps[j] - cps[i] + 1);
    for (let cp = cps[i]; cp <= cps[j]; cp++) values.push(widths.get(cp) ?? -1);
    i = j + 1;
  }
  return { runs, widths: JSON.stringify(values) };
}
