#!/usr/bin/env node
// What the pixel-width modules cost a run of the CLI, which loads them every time: compiling and
// running them as bundled code (the CLI is one esbuild bundle), building the width table on first
// use, and the first and later measurements. Each figure is a median over fresh Node processes,
// since code loads once per process and its first calls run cold. The code is run with
// vm.Script so that the module loader's own cost (1–3 ms a module, and noisy) is not in it.
//   node scripts/pixel-width-load.mjs [runs]      (unset NODE_EXTRA_CA_CERTS when timing)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 31);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const dir = mkdtempSync(join(tmpdir(), 'pixel-width-'));
/** An IIFE bundle that leaves its exports in globalThis.M. */
function bundle(contents, out) {
  buildSync({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', globalName: 'M',
    platform: 'node', target: 'node20', outfile: join(dir, out), logLevel: 'error',
  });
  return join(dir, out);
}
const files = {
  warmup: bundle('export const a = 1;', 'warmup.js'),
  empty: bundle('export const b = 2;', 'empty.js'),
  table: bundle("export { table } from './src/measure/char-width.ts';", 'table.js'),
  all: bundle("export { titleFit, textWidth } from './src/measure/snippet-width.ts';", 'all.js'),
};

// Each child times its own steps (ms) and prints them as JSON.
const child = `
const { readFileSync } = require('node:fs'), vm = require('node:vm');
const t = () => performance.now(), out = {};
const run = (f) => { const src = readFileSync(f, 'utf8'); const a = t(); new vm.Script(src).runInThisContext(); return t() - a; };
run(${JSON.stringify(files.warmup)}); // vm's own first-use cost
out.empty = run(${JSON.stringify(files.empty)});
out.table = run(${JSON.stringify(files.table)});
let a = t(); M.table(); out.build = t() - a;
out.all = run(${JSON.stringify(files.all)});
const m = M;
a = t(); m.textWidth('x', 20); out.firstWidth = t() - a;
a = t(); m.titleFit('Uncle Sam wants YOU to be a hero hacker'); out.firstFit = t() - a;
a = t(); m.titleFit('Rust’s 2024 roadmap — what’s next for the “edition”'); out.firstPunct = t() - a;
a = t(); m.titleFit('Ünïcödé, émoji 👍🏽 and 中文'); out.firstOther = t() - a;
const title = 'Join us for OpenTelemetry Talks and Activities at Kubecon NA 2022';
for (let i = 0; i < 20000; i++) m.titleFit(title);
a = t(); for (let i = 0; i < 20000; i++) m.titleFit(title); out.warm = (t() - a) / 20000;
console.log(JSON.stringify(out));
`;

try {
  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', child], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    rows.push(JSON.parse(r.stdout));
  }
  const m = (k) => median(rows.map((r) => r[k]));
  const f = (x) => x.toFixed(3);
  const size = (p) => statSync(p).size;
  console.log(`pixel width: medians over ${RUNS} fresh processes, ms`);
  console.log(`  sizes: src/measure/arial-widths.ts ${size(join(ROOT, 'src/measure/arial-widths.ts'))} B; bundled table + char-width ${size(files.table)} B; bundled with pixel-width + snippet-width ${size(files.all)} B`);
  console.log(`  compile + run an empty bundle, vm warm (for scale):       ${f(m('empty'))}`);
  console.log(`  compile + run the table with char-width.ts:               ${f(m('table'))}`);
  console.log(`  build the lookup array from the table (first use):        ${f(m('build'))}`);
  console.log(`  compile + run all of it (snippet-width, pixel-width):      ${f(m('all'))}`);
  console.log(`  first textWidth (its code compiles on first call):         ${f(m('firstWidth'))}`);
  console.log(`  first titleFit, ASCII title:                              ${f(m('firstFit'))}`);
  console.log(`  first title with curly quotes and a dash:                 ${f(m('firstPunct'))}`);
  console.log(`  first title with accents, emoji and CJK:                  ${f(m('firstOther'))}`);
  console.log(`  titleFit when warm, 65-character title:                   ${(m('warm') * 1000).toFixed(2)} µs`);
  console.log(`  table load + build:                                       ${f(m('table') + m('build'))}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
