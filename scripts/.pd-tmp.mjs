import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const { parseDocument } = await import('/work/main/dist/index.js');
const { WordFolder } = await import('/work/main/dist/text/fold.js');
const files = execSync('find /work/shared/corpus/articles -type f -name "*.md"').toString().trim().split('\n').sort();
const texts = files.map(f => readFileSync(f, 'utf8'));
const MB = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
const ts = [];
for (let r = 0; r < 12; r++) { const f = new WordFolder(); const t0 = performance.now(); for (const t of texts) try { parseDocument(t, f); } catch {} ts.push(performance.now() - t0); }
ts.sort((a, b) => a - b); console.log('parseDocument median', ts[6].toFixed(0), 'ms', (MB / ts[6] * 1000).toFixed(1), 'MB/s');
