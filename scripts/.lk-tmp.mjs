import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
const files = execSync('find /work/shared/corpus/articles /work/main/fixtures /work/main/tests -type f').toString().trim().split('\n').sort();
const texts = files.map(f => readFileSync(f, 'utf8'));
const md = new MarkdownIt({ html: true, linkify: true });
const md3 = new MarkdownIt({ html: true, linkify: true });
const MAYBE = /\/\/|@|mailto:|\.[\p{L}\p{N}]/iu;
const op = md3.linkify.pretest.bind(md3.linkify), ot = md3.linkify.test.bind(md3.linkify);
md3.linkify.pretest = (t) => MAYBE.test(t) && op(t);
md3.linkify.test = (t) => MAYBE.test(t) && ot(t);
let diff = 0, links = 0;
for (const t of texts) { const a = JSON.stringify(md.parse(t, {})); const b = JSON.stringify(md3.parse(t, {})); if (a !== b) diff++; links += (a.match(/"linkify"/g) ?? []).length; }
console.log('files', texts.length, 'differ', diff, 'linkify tokens', links);
let n = 0, pass = 0;
for (const t of texts) for (const tok of md.parse(t, {})) if (tok.type === 'inline') { n++; if (MAYBE.test(tok.content)) pass++; }
console.log('inline blocks', n, 'pass precheck', pass);
