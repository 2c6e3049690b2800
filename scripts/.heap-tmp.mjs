import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import v8 from 'node:v8';
const { parseDocument } = await import('/work/main/dist/index.js');
const { WordFolder } = await import('/work/main/dist/text/fold.js');
const files = execSync('find /work/shared/corpus/articles -type f -name "*.md"').toString().trim().split('\n').sort();
const body = (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '');
const text = files.map(f => body(readFileSync(f, 'utf8'))).join('\n\n');
globalThis.keep = parseDocument(text, new WordFolder());
const snap = JSON.parse(readFileSync(v8.writeHeapSnapshot('/tmp/h.heapsnapshot'), 'utf8'));
const f = snap.snapshot.meta.node_fields, nf = f.length, types = snap.snapshot.meta.node_types[0];
const iType = f.indexOf('type'), iName = f.indexOf('name'), iSize = f.indexOf('self_size');
const agg = new Map();
for (let i = 0; i < snap.nodes.length; i += nf) {
  const t = types[snap.nodes[i + iType]]; let n = snap.strings[snap.nodes[i + iName]];
  const k = t === 'object' ? 'object ' + n : t === 'string' || t === 'concatenated string' || t === 'sliced string' ? t : t + ' ' + (n.length > 30 ? n.slice(0, 30) : n);
  const a = agg.get(k) ?? [0, 0]; a[0]++; a[1] += snap.nodes[i + iSize]; agg.set(k, a);
}
console.log('text MB', (Buffer.byteLength(text) / 1e6).toFixed(1), 'words', keep.words.length);
for (const [k, [c, s]] of [...agg].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15)) console.log((s / 1e6).toFixed(1).padStart(7), 'MB', String(c).padStart(8), k);
