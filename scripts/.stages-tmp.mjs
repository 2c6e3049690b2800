import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';

const { Analyzer, parseDocument } = await import('/work/main/dist/index.js');
const { WordFolder } = await import('/work/main/dist/text/fold.js');
const { splitFrontMatter } = await import('/work/main/dist/parse/frontmatter.js');
const files = execSync('find /work/shared/corpus/articles -type f -name "*.md"').toString().trim().split('\n').sort();
const texts = files.map(f => readFileSync(f, 'utf8'));
const MB = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
function bench(name, fn) {
  fn();
  const ts = [];
  for (let r = 0; r < 7; r++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(30), ts[3].toFixed(0).padStart(5), 'ms', (MB / ts[3] * 1000).toFixed(1).padStart(6), 'MB/s');
}
const md = new MarkdownIt({ html: true, linkify: true }); md.core.ruler.disable('text_join');
const md2 = new MarkdownIt({ html: true, linkify: false }); md2.core.ruler.disable('text_join');
const md3 = new MarkdownIt({ html: true, linkify: true }); md3.core.ruler.disable('text_join');
const MAYBE = /\/\/|@|mailto:|\.[\p{L}\p{N}]/iu;
const op = md3.linkify.pretest.bind(md3.linkify), ot = md3.linkify.test.bind(md3.linkify);
md3.linkify.pretest = (t) => MAYBE.test(t) && op(t);
md3.linkify.test = (t) => MAYBE.test(t) && ot(t);
const what = process.argv[2] ?? 'all';
bench('markdown-it linkify', () => { for (const t of texts) md.parse(t, {}); });
bench('markdown-it no linkify', () => { for (const t of texts) md2.parse(t, {}); });
bench('markdown-it linkify+precheck', () => { for (const t of texts) md3.parse(t, {}); });
bench('frontmatter', () => { for (const t of texts) try { splitFrontMatter(t); } catch {} });
bench('parseDocument (fresh folder)', () => { const f = new WordFolder(); for (const t of texts) try { parseDocument(t, f); } catch {} });
bench('analyze (fresh)', () => { const a = new Analyzer({}); for (const t of texts) a.analyze(t, 'x.md'); });
