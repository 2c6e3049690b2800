import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
const dist = process.argv[2];
const { Analyzer } = await import(dist);
function files(d) { const o=[]; for (const e of readdirSync(d,{withFileTypes:true})) { const p=join(d,e.name); if (e.isDirectory()) o.push(...files(p)); else if (/\.md$/.test(e.name)) o.push(p);} return o; }
const texts = files('/work/shared/corpus/articles').map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n,t)=>n+Buffer.byteLength(t),0);
const opts = JSON.parse(process.argv[3] ?? '{}');
const runs = [];
for (let r = 0; r < 5; r++) {
  const a = new Analyzer({ keyphrases: ['Trump Putin meeting', 'US Russia relations', 'climate change policy'], ...opts });
  const t0 = performance.now();
  for (const t of texts) a.analyze(t, 'a.md');
  runs.push(performance.now() - t0);
}
runs.sort((a,b)=>a-b);
console.log(texts.length, 'files', (bytes/1e6).toFixed(2), 'MB', 'median', runs[2].toFixed(0), 'ms', (bytes/1e6/(runs[2]/1000)).toFixed(1), 'MB/s', JSON.stringify(opts));
