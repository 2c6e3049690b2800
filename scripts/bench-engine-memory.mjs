#!/usr/bin/env node
/**
 * The memory of a long-lived engine (issue 11): one engine analyses 100 000 different documents,
 * each bringing words no other has, as an editor's or a watch's engine meets ever new text; the
 * highest heap after a full collection in each tenth of the run is printed. A bounded engine's heap levels
 * off; one whose tables grow with every new spelling would climb in proportion.
 *
 *   node --expose-gc scripts/bench-engine-memory.mjs [--documents=100000]
 *
 * The last line is the figures as JSON, for scripts/bench.mjs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const documents = Number(process.argv.find((a) => a.startsWith('--documents='))?.slice(12) ?? 100_000);
const { createEngine } = await import(join(ROOT, 'dist', 'index.js'));
const gc = globalThis.gc ?? (() => {});
if (globalThis.gc === undefined) console.log('(run with --expose-gc for heap figures after a full collection)');

const engine = createEngine({ config: false, keyphrases: ['release notes'] });
let id = 0;
/** An article of ~60 words, 40 of them spellings never seen before. */
function document(d) {
  const fresh = Array.from({ length: 40 }, () => `w${(id++).toString(36)}x`).join(' ');
  return `---\ntitle: Release notes ${d}\n---\n# Release notes ${d}\n\nThe release notes of this version list ${fresh}. Read the release notes before upgrading.\n`;
}
const MB = 1024 * 1024;
const rows = [];
const t0 = performance.now();
// The word tables restart every ~400 000 spellings, so the heap is a sawtooth: it is sampled
// every 1 % of the run and each tenth reports its highest sample, not one point that falls
// wherever the restarts happen to have left it.
let peak = { heap: 0, rss: 0 };
for (let d = 1; d <= documents; d++) {
  await engine.analyze({ path: `posts/p${d}.md`, text: document(d) });
  if (d % (documents / 100) === 0) {
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    peak = { heap: Math.max(peak.heap, heapUsed / MB), rss: Math.max(peak.rss, rss / MB) };
  }
  if (d % (documents / 10) === 0) {
    rows.push({ d, heap: peak.heap, rss: peak.rss, spellings: id });
    peak = { heap: 0, rss: 0 };
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(`Long-lived engine: ${documents} different documents (${id} new spellings), ${(documents / seconds).toFixed(0)} documents/s`);
console.log('| documents | new spellings | highest heap after GC in this tenth (MB) | highest RSS (MB) |');
console.log('| ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.d} | ${r.spellings} | ${r.heap.toFixed(1)} | ${r.rss.toFixed(0)} |`);
const first = rows[Math.floor(rows.length / 2) - 1];
const last = rows[rows.length - 1];
console.log(`heap from ${first.d} to ${last.d} documents: ${(last.heap - first.heap).toFixed(1)} MB (bounded: the word tables start afresh past 400 000 spellings)`);
console.log(JSON.stringify({ documents, spellings: id, documentsPerSecond: Math.round(documents / seconds), heapMB: rows.map((r) => Number(r.heap.toFixed(1))), growthMB: Number((last.heap - first.heap).toFixed(1)), gc: globalThis.gc !== undefined }));
