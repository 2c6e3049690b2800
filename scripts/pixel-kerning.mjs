#!/usr/bin/env node
// How much would kerning change the measured width of real titles and descriptions?
// src/measure/pixel-width.ts adds advance widths without kerning; this script measures what
// Liberation Sans's GPOS `kern` pairs (what a HarfBuzz-based browser applies) would add.
//   node scripts/pixel-kerning.mjs [corpus dir] [n]
import { existsSync } from 'node:fs';
import { LIBERATION_SANS, readFont } from './lib/ttf.mjs';
import { corpusMeta, spread } from './lib/corpus-meta.mjs';

const dir = process.argv[2] ?? '../shared/corpus/articles';
const n = Number(process.argv[3] ?? 50);
if (!existsSync(dir) || !existsSync(LIBERATION_SANS)) {
  console.log(`needs ${dir} and ${LIBERATION_SANS} (apt-get install -y fonts-liberation)`);
  process.exit(0);
}
const font = readFont();
const collapse = (s) => s.replace(/[\t\n\f\r ]+/g, ' ').trim();

function measure(text, size) {
  const cps = [...collapse(text)].map((c) => c.codePointAt(0));
  let plain = 0, kern = 0, pairs = 0;
  for (let i = 0; i < cps.length; i++) {
    plain += font.advance(cps[i]);
    if (i > 0) {
      const k = font.pairKern(cps[i - 1], cps[i]);
      if (k !== 0) { kern += k; pairs++; }
    }
  }
  const px = (u) => (u * size) / font.unitsPerEm;
  return { plain: px(plain), kerned: px(plain + kern), delta: px(kern), pairs };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
function report(label, texts, size, limit) {
  const rows = texts.map((t) => ({ t, ...measure(t, size) }));
  const deltas = rows.map((r) => r.delta);
  const rel = rows.map((r) => (100 * r.delta) / r.plain);
  // A title whose fit changes: one side of the limit without kerning, the other with it.
  const flips = rows.filter((r) => (r.plain <= limit) !== (r.kerned <= limit));
  console.log(`${label}: ${rows.length} texts at ${size} px (limit ${limit} px)`);
  console.log(`  kerning pairs per text: median ${median(rows.map((r) => r.pairs))}, max ${Math.max(...rows.map((r) => r.pairs))}`);
  console.log(`  width change (px): median ${median(deltas).toFixed(2)}, min ${Math.min(...deltas).toFixed(2)}, max ${Math.max(...deltas).toFixed(2)}`);
  console.log(`  width change (% of width): median ${median(rel).toFixed(3)}%, largest ${Math.min(...rel).toFixed(3)}%`);
  console.log(`  texts within 10 px of the limit: ${rows.filter((r) => Math.abs(r.plain - limit) <= 10).length}; fit changed by kerning: ${flips.length}`);
  const worst = rows.reduce((a, b) => (b.delta < a.delta ? b : a));
  console.log(`  largest change: ${worst.delta.toFixed(2)} px over ${worst.pairs} pairs in "${worst.t.slice(0, 70)}"`);
}

const meta = corpusMeta(dir);
report('titles', spread(meta.filter((m) => m.title), n).map((m) => m.title), 20, 600);
report('descriptions', spread(meta.filter((m) => m.description), n).map((m) => m.description), 14, 990);
