import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import { readSimpleYaml } from '/work/main/dist/parse/simple-yaml.js';
import { splitFrontMatter } from '/work/main/dist/parse/frontmatter.js';
const files = execSync('find /work/shared/corpus/articles -type f -name "*.md"').toString().trim().split('\n');
const texts = files.map(f => readFileSync(f, 'utf8'));
const raws = []; for (const t of texts) { const m = /^---\n([\s\S]*?\n)---\n/.exec(t); if (m) raws.push(m[1]); }
const med = (f) => { const ts = []; for (let r = 0; r < 15; r++) { const t0 = performance.now(); f(); ts.push(performance.now() - t0); } ts.sort((a, b) => a - b); return ts[7].toFixed(1); };
for (let k = 0; k < 2; k++) {
console.log('yaml lib', med(() => { for (const r of raws) try { parseDocument(r, { uniqueKeys: false }).toJS(); } catch {} }),
  'simple-or-yaml', med(() => { for (const r of raws) try { readSimpleYaml(r) ?? parseDocument(r, { uniqueKeys: false }).toJS(); } catch {} }),
  'splitFrontMatter', med(() => { for (const t of texts) try { splitFrontMatter(t); } catch {} }));
}
