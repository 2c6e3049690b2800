#!/usr/bin/env node
/**
 * The site stage against the per-file stage (issue 15), at 1×, 4× and 16× the corpus, as medians.
 *
 * Reads ../shared/corpus/articles when it exists, else fixtures/ (and says so). Uses the built
 * API (run `npm run build` first). Copy c of an article gets its title changed (a word added) and
 * a few body words replaced, so near duplicates exist, as a site that copies posts has them.
 *
 * The per-file stage here is `Analyzer.facts` + `buildSummary` (no rules run, which would only
 * make the per-file stage longer and the ratio smaller); making the copies is not timed. Times are CPU time of this process
 * (user + system), which a loaded machine inflates less than wall time; wall time is shown too.
 *
 *   node scripts/bench-site.mjs [--runs=3] [--scales=1,4,16]
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { markdownFiles } from './lib/markdown-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', '3'));
const SCALES = arg('scales', '1,4,16').split(',').map(Number);
const { Analyzer } = await import(join(ROOT, 'dist', 'engine', 'analyzer.js'));
const { buildSummary, runSite, SummaryLanguages } = await import(join(ROOT, 'dist', 'site', 'index.js'));

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'articles');
const source = existsSync(CORPUS) ? CORPUS : join(ROOT, 'fixtures');
if (source !== CORPUS) console.log(`(no corpus at ${CORPUS}: using fixtures/, figures are not comparable)`);
const originals = markdownFiles(source).map((path) => ({ rel: relative(source, path), text: readFileSync(path, 'utf8') }));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A deterministic stream of numbers in [0, 1) (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['amber', 'basalt', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kelp', 'lagoon', 'mesa', 'nectar', 'onyx', 'prairie'];

/**
 * Copy `c` of an article: a word added to its title (in YAML or TOML front matter), and five
 * body words (outside the front matter, letters only) replaced by others.
 */
function copyOf(text, c) {
  if (c === 0) return text;
  const rnd = random(c * 7919 + text.length);
  const fm = /^(---|\+\+\+)\n[\s\S]*?\n\1[ \t]*\n/.exec(text);
  let head = fm ? fm[0] : '';
  let body = fm ? text.slice(fm[0].length) : text;
  const word = WORDS[c % WORDS.length];
  head = head.replace(/^(title\s*[:=]\s*)(["']?)(.*?)\2\s*$/m, (_, key, q, title) => `${key}${q}${title} ${word}${q}`);
  const tokens = body.split(/(\s+)/);
  for (let k = 0; k < 5; k++) {
    const i = Math.floor(rnd() * tokens.length);
    if (/^[A-Za-z]{3,}$/.test(tokens[i])) tokens[i] = WORDS[Math.floor(rnd() * WORDS.length)];
  }
  body = tokens.join('');
  return head + body;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Per-file stage then site stage over `scale` copies of the corpus. */
function measure(scale) {
  const analyzer = new Analyzer();
  const languages = new SummaryLanguages();
  const summaries = [];
  let failed = 0;
  let summaryCpu = 0;
  const texts = [];
  for (let c = 0; c < scale; c++) for (const { rel, text } of originals) texts.push({ file: scale === 1 ? rel : join(`copy${c}`, rel), text: copyOf(text, c) });
  const c0 = cpu();
  const w0 = performance.now();
  for (const { file, text } of texts) {
    let facts;
    try {
      facts = analyzer.facts(text, file);
    } catch {
      failed++;
      continue;
    }
    const s0 = cpu();
    summaries.push(buildSummary(facts, file, join('/bench', file), { languages }));
    summaryCpu += cpu() - s0;
  }
  const perFile = { cpu: cpu() - c0, wall: performance.now() - w0, summary: summaryCpu };
  const c1 = cpu();
  const w1 = performance.now();
  const result = runSite(summaries, { fileExists: () => false });
  const site = { cpu: cpu() - c1, wall: performance.now() - w1 };
  return { summaries, failed, perFile, site, result };
}

console.log(`site stage, ${originals.length} articles from ${relative(ROOT, source) || source}, ${RUNS} runs, load ${loadavg()[0].toFixed(1)}`);
console.log('| scale | articles | per-file stage ms (cpu / wall) | of which buildSummary (cpu) | site stage ms (cpu / wall) | site / per-file (cpu) | findings |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
let sizes = [];
const figures = [];
for (const scale of SCALES) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(measure(scale));
  const last = runs[runs.length - 1];
  if (scale === 1) sizes = last.summaries.map((s) => v8.serialize(s).length);
  const byRule = {};
  for (const f of last.result.findings) byRule[`${f.ruleId}/${f.messageId}`] = (byRule[`${f.ruleId}/${f.messageId}`] ?? 0) + 1;
  const pc = median(runs.map((r) => r.perFile.cpu));
  const sc = median(runs.map((r) => r.site.cpu));
  figures.push({ scale, articles: last.summaries.length, perFileCpuMs: Math.round(pc), siteCpuMs: Math.round(sc), ratio: Number((sc / pc).toFixed(3)) });
  console.log(
    `| ${scale}× | ${last.summaries.length} (${last.failed} unreadable) | ${pc.toFixed(0)} / ${median(runs.map((r) => r.perFile.wall)).toFixed(0)} | ` +
      `${median(runs.map((r) => r.perFile.summary)).toFixed(0)} | ` +
      `${sc.toFixed(0)} / ${median(runs.map((r) => r.site.wall)).toFixed(0)} | ${(sc / pc).toFixed(3)} | ${JSON.stringify(byRule)} |`,
  );
}
if (sizes.length > 0) {
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  console.log(`summary size (v8.serialize): median ${median(sizes)} B, mean ${mean.toFixed(0)} B, max ${Math.max(...sizes)} B per article`);
}
// The last line: the figures as JSON, for scripts/bench.mjs.
console.log(JSON.stringify({ scales: figures, summaryBytesMedian: sizes.length > 0 ? median(sizes) : null }));
