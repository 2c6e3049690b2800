#!/usr/bin/env node
/**
 * `npm run bench:stages` (was `npm run bench` before issue 16): the figures of issue 6, as medians over several runs, with every ratio taken
 * against a baseline measured in the same run (the machine is noisy; absolute times drift).
 *
 * Reads ../shared/corpus/articles when it exists, else fixtures/ (and says so). Uses the built
 * programmatic API (dist/) for in-process figures and bin/seo-check.js for whole-command ones.
 *
 *   node scripts/bench-stages.mjs [--quick] [--only=startup,memory]
 *     --quick: fewer runs, smaller files (a smoke test)
 *     --only: the sections to run (throughput, breakdown, startup, corpus, scaling, memory)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownFiles } from './lib/markdown-files.mjs';
import { body, largeArticle } from './lib/large-article.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'seo-check.js');
const QUICK = process.argv.includes('--quick');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const section = (name) => ONLY === undefined || ONLY.includes(name);
const { Analyzer } = await import(join(ROOT, 'dist', 'engine', 'analyzer.js'));


function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const MB = 1e6;
const bytesOf = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const fmt = (n, digits = 1) => n.toFixed(digits);

/** Milliseconds of wall time for one child process, output discarded. */
function wall(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // 1 and 2 are reports too: a check failed, or a file could not be read (some corpus files have
  // front matter that is not valid YAML).
  if (r.status === null || r.status > 2) {
    throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  }
  return ms;
}


// Every figure analyses with a keyphrase, as `seo-check … -k` does: matching is part of the work.
const KEYPHRASE = 'release notes';
const newAnalyzer = () => new Analyzer({ keyphrases: [KEYPHRASE] });

/** Analyses `texts` once with one analyzer (as one CLI run does); returns ms. */
function analyzeRun(texts, names, analyzer = newAnalyzer()) {
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) analyzer.analyze(texts[i], names[i % names.length]);
  return performance.now() - t0;
}

// ---------------------------------------------------------------------------------------------
const corpusDir = join(ROOT, '..', 'shared', 'corpus', 'articles');
let files;
let source;
try {
  statSync(corpusDir);
  files = markdownFiles(corpusDir);
  source = `../shared/corpus (${files.length} articles)`;
} catch {
  files = markdownFiles(join(ROOT, 'fixtures'));
  source = `fixtures/ (${files.length} articles) — ../shared/corpus not found, figures are not comparable with the README`;
}
const names = files.map((f) => relative(ROOT, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const corpusBytes = bytesOf(texts);
const startupFile = files.reduce((best, f, i) =>
  Math.abs(Buffer.byteLength(texts[i]) - 5000) < Math.abs(statSync(best).size - 5000) ? f : best,
);

const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model;
console.log(`seo-check bench — node ${process.version}, ${cpus().length} cores, ${cpu}, load average ${loadavg()[0].toFixed(1)}`);
console.log(`input: ${source}, ${fmt(corpusBytes / MB, 2)} MB${QUICK ? ' (--quick)' : ''}\n`);

// 1. Throughput after start-up: a fresh analyzer per run (its word memo starts empty, as in a
//    CLI run), JIT warmed by one run first.
if (section('throughput')) {
  const runs = QUICK ? 3 : 7;
  analyzeRun(texts, names);
  const times = [];
  for (let r = 0; r < runs; r++) times.push(analyzeRun(texts, names));
  const ms = median(times);
  console.log('Throughput, single thread, after start-up (median of %d runs)', runs);
  console.log(`  ${fmt(ms, 0)} ms for ${texts.length} articles: ${fmt((texts.length * 1000) / ms, 0)} articles/s, ` +
    `${fmt(corpusBytes / MB / (ms / 1000))} MB/s, ${fmt(ms / texts.length, 2)} ms per article (mean)`);
  const one = texts[files.indexOf(startupFile)];
  const warm = newAnalyzer();
  analyzeRun([one], [names[files.indexOf(startupFile)]], warm);
  const each = [];
  for (let r = 0; r < (QUICK ? 20 : 100); r++) each.push(analyzeRun([one], ['article.md'], warm));
  console.log(`  ${fmt(median(each), 2)} ms for the ${fmt(Buffer.byteLength(one) / 1000, 1)} KB article ${relative(ROOT, startupFile)} (median, warm)\n`);
}

// 1b. Where the time of 1 goes: each stage run alone over the corpus (warm, median), each one
//     including the stages before it, and markdown-it by itself with seo-check's options.
if (section('breakdown')) {
  const { default: MarkdownIt } = await import('markdown-it');
  const { parseMarkdown } = await import(join(ROOT, 'dist', 'parse', 'markdown.js'));
  const { parseDocument } = await import(join(ROOT, 'dist', 'parse', 'document.js'));
  const { LineIndex, normalizeText } = await import(join(ROOT, 'dist', 'parse', 'lines.js'));
  const { splitFrontMatter } = await import(join(ROOT, 'dist', 'parse', 'frontmatter.js'));
  const { WordFolder } = await import(join(ROOT, 'dist', 'text', 'fold.js'));
  // Articles whose front matter reads (the others stop before any stage below).
  const readable = texts.filter((t) => {
    try {
      splitFrontMatter(normalizeText(t));
      return true;
    } catch {
      return false;
    }
  });
  const md = new MarkdownIt({ html: true, linkify: true });
  const stages = [
    ['markdown-it md.parse alone (html, linkify)', () => readable.forEach((t) => md.parse(t, {}))],
    ['+ front matter, prose blocks with positions', () => readable.forEach((t) => {
      const text = normalizeText(t);
      const fm = splitFrontMatter(text);
      parseMarkdown(new LineIndex(text), fm.bodyOffset, fm.bodyLine);
    })],
    ['+ words, sentences (the document model)', () => {
      const folder = new WordFolder();
      readable.forEach((t) => parseDocument(t, folder));
    }],
    ['+ measures, rules and report (analyze)', () => analyzeRun(readable, names)],
  ];
  const bytes = bytesOf(readable);
  console.log(`Where the time goes: ${readable.length} articles whose front matter reads, ${fmt(bytes / MB, 2)} MB (median of 5, warm)`);
  for (const [label, run] of stages) {
    run();
    const times = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    console.log(`  ${label.padEnd(46)} ${fmt(ms, 0).padStart(5)} ms  ${fmt(bytes / MB / (ms / 1000)).padStart(5)} MB/s`);
  }
  console.log('');
}

// 2. Start-up: one small article through the CLI against bare node, interleaved.
if (section('startup')) {
  const runs = QUICK ? 5 : 15;
  const node = [];
  const cli = [];
  wall(['-e', '0']);
  wall([BIN, startupFile, '--format', 'json', '-k', KEYPHRASE]);
  for (let r = 0; r < runs; r++) {
    node.push(wall(['-e', '0']));
    cli.push(wall([BIN, startupFile, '--format', 'json', '-k', KEYPHRASE]));
  }
  const n = median(node);
  const c = median(cli);
  console.log('Start-up (median of %d interleaved runs each)', runs);
  console.log(`  node -e 0: ${fmt(n)} ms; seo-check <${fmt(statSync(startupFile).size / 1000, 1)} KB article> --format json: ${fmt(c)} ms`);
  console.log(`  ratio ${fmt(c / n, 2)}× (target ≤ 1.30×)\n`);
}

// 3. The whole corpus in one command: in as many threads as cores (what a run of many files does on
//    an idle machine) and in one thread, interleaved; load average at the start shown, since worker
//    threads only pay off on idle cores.
if (section('corpus')) {
  const runs = QUICK ? 1 : 3;
  const load = loadavg()[0];
  const pooled = [];
  const single = [];
  for (let r = 0; r < runs; r++) {
    pooled.push(wall([BIN, ...files, '--format', 'json', '-k', KEYPHRASE], { SEO_CHECK_THREADS: String(cpus().length) }));
    single.push(wall([BIN, ...files, '--format', 'json', '-k', KEYPHRASE], { SEO_CHECK_THREADS: '1' }));
  }
  console.log(`Whole input in one command: seo-check <${files.length} files> --format json (median of ${runs}; ` +
    `load average ${load.toFixed(1)} at the start)`);
  console.log(`  ${fmt(median(pooled), 0)} ms wall in ${cpus().length} threads (this one and ${cpus().length - 1} worker), ` +
    `${fmt(median(single), 0)} ms in one thread (target < 1000 ms)\n`);
}

// 4. Scaling: per-MB cost relative to 1×.
if (section('scaling')) {
  const samples = QUICK ? 3 : 5;
  const one = texts[files.indexOf(startupFile)];
  const article = (k) => one + ('\n\n' + body(one)).repeat(k - 1);
  const warm = newAnalyzer();
  analyzeRun([article(100)], ['article.md'], warm);
  const rows = [];
  // Each sample analyses the same number of bytes: 100 copies' worth.
  for (const k of [1, 10, 100]) {
    const text = article(k);
    const reps = 100 / k;
    const times = [];
    for (let s = 0; s < samples; s++) times.push(analyzeRun(Array(reps).fill(text), ['article.md'], warm));
    rows.push({ label: `article ${k}×`, mb: (Buffer.byteLength(text) * reps) / MB, ms: median(times) });
  }
  const corpusScales = QUICK ? [1, 4] : [1, 4, 16];
  const corpusRows = [];
  for (const k of corpusScales) {
    const many = Array.from({ length: k }, () => texts).flat();
    const times = [];
    // Fewer runs of the larger sizes (16× is 48 MB) keep the bench near two minutes; a long run
    // evens out noise by itself.
    for (let s = 0; s < (k === 1 ? samples : k === 4 ? 3 : 1); s++) times.push(analyzeRun(many, names));
    corpusRows.push({ label: `corpus ${k}× (${many.length} files)`, mb: (corpusBytes * k) / MB, ms: median(times) });
  }
  console.log('Scaling: cost per MB relative to 1× (target: growth ≤ 20 %)');
  for (const group of [rows, corpusRows]) {
    const base = group[0].ms / group[0].mb;
    for (const r of group) {
      const perMb = r.ms / r.mb;
      console.log(`  ${r.label.padEnd(28)} ${fmt(r.mb, 1).padStart(6)} MB ${fmt(r.ms, 0).padStart(7)} ms ` +
        `${fmt(perMb, 1).padStart(7)} ms/MB  ${fmt(perMb / base, 2)}×`);
    }
  }
  console.log('  (article: one copy of the start-up article concatenated k times, analyser warm;' +
    ' corpus: k copies of every file in one run, fresh analyser per run)\n');
}

// 5. Memory: peak RSS of the CLI on one large file, against the same CLI on the small article.
if (section('memory')) {
  const target = (QUICK ? 10 : 50) * MB;
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-bench-'));
  try {
    const big = join(dir, 'large.md');
    writeFileSync(big, largeArticle(texts, target));
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(process.env.SEO_CHECK_BENCH_RSS,
      String(process.resourceUsage().maxRSS * 1024)));\n`);
    const peak = (file) => {
      const out = join(dir, 'rss.txt');
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--require', probe, BIN, file, '--format', 'json', '-k', KEYPHRASE, '--max-size', '1000'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, SEO_CHECK_BENCH_RSS: out },
      });
      const ms = performance.now() - t0;
      if (r.status === null || r.status > 2) return { error: r.stderr.toString().trim().split('\n').pop(), ms };
      return { rss: Number(readFileSync(out, 'utf8')), ms };
    };
    const base = peak(startupFile);
    const large = peak(big);
    const bigMb = statSync(big).size / MB;
    console.log(`Memory: peak RSS of seo-check on one ${fmt(bigMb, 1)} MB file`);
    if (large.error !== undefined) {
      console.log(`  failed after ${fmt(large.ms / 1000, 1)} s: ${large.error}\n`);
    } else {
      console.log(`  ${fmt(large.rss / MB, 0)} MB peak RSS (${fmt(base.rss / MB, 0)} MB for the 5 KB article): ` +
        `${fmt((large.rss - base.rss) / MB / bigMb, 1)}× the file size above start-up; ` +
        `${fmt(large.ms / 1000, 1)} s wall, ${fmt(bigMb / (large.ms / 1000))} MB/s\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
