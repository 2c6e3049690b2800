import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
const { Analyzer, parseDocument } = await import('/work/main/dist/index.js');
const { WordFolder } = await import('/work/main/dist/text/fold.js');
const files = execSync('find /work/shared/corpus/articles -type f -name "*.md"').toString().trim().split('\n').sort();
const body = (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '');
let text = files.map(f => body(readFileSync(f, 'utf8'))).join('\n\n');
text = text + '\n\n' + text + '\n\n' + text + '\n\n' + text; // ~12 MB
const mb = (n) => (n / 1e6).toFixed(0) + ' MB';
const heap = () => { global.gc(); return process.memoryUsage().heapUsed; };
const h0 = heap();
console.log('text', mb(Buffer.byteLength(text)), 'len', text.length);
const which = process.argv[2];
if (which === 'md') {
  const md = new MarkdownIt({ html: true, linkify: true });
  const toks = md.parse(text, {});
  console.log('markdown-it tokens', toks.length, mb(heap() - h0));
} else if (which === 'doc') {
  const doc = parseDocument(text, new WordFolder());
  console.log('doc words', doc.words.length, 'blocks', doc.blocks.length, mb(heap() - h0));
} else {
  const r = new Analyzer({}).analyze(text, 'x.md');
  console.log('analyze result', mb(heap() - h0));
}
console.log('maxRSS', mb(process.resourceUsage().maxRSS * 1024));
