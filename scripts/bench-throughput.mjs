#!/usr/bin/env node
/**
 * The throughput figures of the performance issue, each beside the same figure for the base
 * commit's build (scripts/lib/base-build.mjs: 016ccfd, built once under .scratch/) and for Yoast
 * (`yoastseo`: Paper, the English Researcher, SeoAssessor and ContentAssessor, in process):
 *
 * - warm: MB/s of one thread over the corpus after start-up (a fresh analyzer per run, as a CLI
 *   run has; the JIT warmed by one run first), medians of runs interleaved across the tools;
 * - cold: wall time of one command over the whole corpus (`-f json -k "release notes"`);
 * - site: wall time of one command over 10 000 articles (copies of the corpus with changed
 *   titles, ~100 MB, made in a temporary folder) with the site stage, in two threads;
 * - memory: peak RSS of one command on a 50 MB article, as a multiple of the file's size.
 *
 * Reads ../shared/corpus (its articles/) from the repository's root, else fixtures/ (and says so).
 * Child processes run without NODE_EXTRA_CA_CERTS. Build first (`npm run build`).
 *
 *   node scripts/bench-throughput.mjs [--quick] [--json] [--only=warm,cold,site,memory] [--no-base] [--no-yoast] [--site-runs=1] [--also=DIR,…]
 *     --quick: fewer runs and smaller inputs (1 000 articles, a 10 MB article): a smoke test
 *     --json: one line of JSON with every figure instead of the table
 *     --site-runs: runs of the 10 000 articles per tool (default 1: each takes minutes)
 *     --also: other built checkouts to measure too (an earlier commit of this round, say)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownFiles } from './lib/markdown-files.mjs';
import { body, largeArticle } from './lib/large-article.mjs';
import { baseBuild, DEFAULT_BASE } from './lib/base-build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const JSON_OUT = args.includes('--json');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const section = (name) => ONLY === undefined || ONLY.includes(name);
const KEYPHRASE = 'release notes';
/** Yoast reads every YOAST_SAMPLE-th article for its warm figure (the whole corpus takes it minutes). */
const YOAST_SAMPLE = 20;
const MB = 1e6;

/** The environment of every child: without NODE_EXTRA_CA_CERTS (its certificates cost start-up). */
function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The corpus: ../shared/corpus/articles, else fixtures/. */
function corpus() {
  const dir = join(ROOT, '..', 'shared', 'corpus');
  const articles = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  if (existsSync(dir)) return { dir: articles, files: markdownFiles(articles), note: `${relative(ROOT, articles)}` };
  const fixtures = join(ROOT, 'fixtures');
  return { dir: fixtures, files: markdownFiles(fixtures), note: 'fixtures/ (../shared/corpus not found: figures are not comparable with the issue\'s)' };
}


// ---------------------------------------------------------------------------------------------
// Child modes: `node bench-throughput.mjs --child=<mode> …` measures one tool in a process of its own.

/** Loads a build's Analyzer (the current layout, dist/engine/analyzer.js, or the base's, dist/index.js). */
async function analyzerOf(root) {
  const current = join(root, 'dist', 'engine', 'analyzer.js');
  const mod = await import(pathToFileURL(existsSync(current) ? current : join(root, 'dist', 'index.js')).href);
  return mod.Analyzer;
}

/** Yoast's pieces, and each article made into what it reads: HTML and its attributes. */
async function yoast() {
  const Y = await import('yoastseo');
  const { default: MarkdownIt } = await import('markdown-it');
  const Researcher = (await import('yoastseo/build/languageProcessing/languages/en/Researcher.js')).default.default;
  const LanguageProcessor = (await import('yoastseo/build/parse/language/LanguageProcessor.js')).default.default;
  const { build } = await import('yoastseo/build/parse/build/index.js');
  const md = new MarkdownIt({ html: true, linkify: true });
  const paperOf = (text, file) => {
    const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(text.slice(0, 2000))?.[1] ?? '';
    const description = /^(?:description|summary|excerpt):\s*["']?(.*?)["']?\s*$/m.exec(text.slice(0, 2000))?.[1] ?? '';
    return { html: md.render(body(text)), attributes: { keyword: KEYPHRASE, title, description, slug: basename(file).replace(/\.\w+$/, ''), locale: 'en_US' } };
  };
  /** Yoast's analysis of one article: the tree, then the SEO and readability assessments. */
  const assess = ({ html, attributes }) => {
    const paper = new Y.Paper(html, attributes);
    const researcher = new Researcher(paper);
    paper.setTree(build(paper, new LanguageProcessor(researcher)));
    const seo = new Y.SeoAssessor(researcher);
    const content = new Y.ContentAssessor(researcher);
    seo.assess(paper);
    content.assess(paper);
    return seo.calculateOverallScore() + content.calculateOverallScore();
  };
  return { paperOf, assess };
}

async function child(mode, params) {
  const { dir, runs } = params;
  // Yoast takes minutes over the whole corpus: it reads every `sample`-th article.
  const files = markdownFiles(dir).filter((_, i) => i % (params.sample ?? 1) === 0);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const names = files.map((f) => relative(dir, f));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let once;
  if (mode === 'yoast') {
    const { paperOf, assess } = await yoast();
    const papers = texts.map((t, i) => paperOf(t, files[i]));
    once = () => {
      for (const p of papers) assess(p);
    };
  } else {
    const Analyzer = await analyzerOf(params.root);
    once = () => {
      const analyzer = new Analyzer({ keyphrases: [KEYPHRASE] });
      for (let i = 0; i < texts.length; i++) analyzer.analyze(texts[i], names[i]);
    };
  }
  once();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    once();
    times.push(performance.now() - t0);
  }
  process.stdout.write(`${JSON.stringify({ bytes, times })}\n`);
}

// ---------------------------------------------------------------------------------------------

/** Runs this script as a child in `mode`; its one line of JSON, or {error}. */
function runChild(mode, params, timeoutMs = 600_000) {
  const r = spawnSync(process.execPath, [SELF, `--child=${mode}`, JSON.stringify(params)], { cwd: ROOT, env: childEnv(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 });
  if (r.error?.code === 'ETIMEDOUT') return { error: `stopped after ${timeoutMs / 1000} s` };
  if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Wall time (ms) of `node <bin> …args`, its output discarded, and its peak RSS (bytes). */
function command(bin, cmdArgs, env = {}, timeoutMs = 600_000) {
  return new Promise((resolve) => {
    const out = join(tmpdir(), `seo-check-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const t0 = performance.now();
    const p = spawn(process.execPath, ['--require', RSS_PROBE, bin, ...cmdArgs], { cwd: ROOT, env: childEnv({ ...env, SEO_CHECK_BENCH_RSS: out }), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      let rss = NaN;
      try {
        rss = Number(readFileSync(out, 'utf8'));
        rmSync(out);
      } catch {}
      // 1 and 2 are reports too: a check failed, or a file could not be read.
      if (signal !== null || code === null || code > 2) resolve({ ms, error: signal ? `killed (${signal}) after ${(ms / 1000).toFixed(0)} s` : `exit ${code}: ${stderr.trim().split('\n').pop()}` });
      else resolve({ ms, rss });
    });
  });
}

let RSS_PROBE;

async function main() {
  const { dir, files, note } = corpus();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const scratch = mkdtempSync(join(tmpdir(), 'seo-check-throughput-'));
  RSS_PROBE = join(scratch, 'rss.cjs');
  writeFileSync(RSS_PROBE, "process.on('exit', () => require('fs').writeFileSync(process.env.SEO_CHECK_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024)));\n");
  const base = args.includes('--no-base') ? null : baseBuild(ROOT);
  let yoastOk = !args.includes('--no-yoast');
  let noYoast = '--no-yoast';
  try {
    if (yoastOk) await import('yoastseo');
  } catch {
    yoastOk = false;
    noYoast = 'yoastseo is not installed (npm install)';
  }
  // --also=DIR,…: more built checkouts to measure beside these (named by their commit).
  const also = (args.find((a) => a.startsWith('--also='))?.slice(7).split(',') ?? []).filter(Boolean).map((d) => {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: d, encoding: 'utf8' }).stdout.trim() || basename(d);
    return { name: `build ${commit}`, root: d };
  });
  const baseName = process.env.BENCH_BASE_DIR ? `base ${basename(process.env.BENCH_BASE_DIR)}` : `base ${process.env.BENCH_BASE ?? DEFAULT_BASE}`;
  const tools = [{ name: 'seo-check', root: ROOT }, ...(base ? [{ name: baseName, root: base }] : []), ...also];
  const bin = (root) => join(root, 'bin', 'seo-check.js');
  const figures = { node: process.version, cores: cpus().length, load: loadavg()[0], input: note, corpusFiles: files.length, corpusMB: corpusBytes / MB, quick: QUICK };
  const notes = [];
  const log = (s = '') => {
    if (!JSON_OUT) console.log(s);
  };
  log(`seo-check throughput — node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}${QUICK ? ' (--quick)' : ''}`);
  log(`input: ${note}: ${files.length} articles, ${(corpusBytes / MB).toFixed(2)} MB${base ? '' : '; no base build to compare with'}\n`);
  const row = (label, values) => log(`  ${label.padEnd(22)} ${values}`);

  try {
    // 1. Warm throughput: one child per tool and round, the rounds interleaved; the median of every run.
    if (section('warm')) {
      const rounds = QUICK ? 1 : 3;
      const runs = QUICK ? 2 : 3;
      const kinds = [...tools.map((t) => ({ ...t, mode: 'seo' })), ...(yoastOk ? [{ name: 'Yoast (yoastseo)', mode: 'yoast' }] : [])];
      const times = new Map(kinds.map((k) => [k.name, []]));
      const errors = new Map();
      const bytesOf = new Map();
      for (let r = 0; r < rounds; r++) {
        for (const k of kinds) {
          if (errors.has(k.name)) continue;
          const res = runChild(k.mode, { dir, runs: k.mode === 'yoast' ? 1 : runs, root: k.root, sample: k.mode === 'yoast' ? YOAST_SAMPLE : 1 });
          if (res.error) errors.set(k.name, res.error);
          else {
            times.get(k.name).push(...res.times);
            bytesOf.set(k.name, res.bytes);
          }
        }
      }
      log(`Warm throughput, one thread, ${files.length} articles (median of ${rounds} interleaved rounds of ${runs} runs; Yoast 1 run a round)  target ≥ 20 MB/s`);
      figures.warm = {};
      for (const k of kinds) {
        const ms = median(times.get(k.name));
        const bytes = bytesOf.get(k.name) ?? corpusBytes;
        const mbs = bytes / MB / (ms / 1000);
        figures.warm[k.name] = errors.has(k.name) ? { error: errors.get(k.name) } : { ms, mbPerS: mbs };
        const what = k.mode === 'yoast' ? `${ms.toFixed(0)} ms for every ${YOAST_SAMPLE}th article, ${(bytes / MB).toFixed(2)} MB` : `${ms.toFixed(0)} ms for the corpus`;
        row(k.name, errors.has(k.name) ? `not measured: ${errors.get(k.name)}` : `${mbs.toFixed(2).padStart(6)} MB/s  (${what})`);
      }
      if (yoastOk) notes.push('Yoast reads HTML: each article is rendered by markdown-it beforehand (not timed), then Paper, tree, SeoAssessor and ContentAssessor.');
      log();
    }

    // 2. The whole corpus in one cold command, interleaved.
    if (section('cold')) {
      const runs = QUICK ? 1 : 5;
      const ms = new Map(tools.map((t) => [t.name, []]));
      const errors = new Map();
      for (let r = 0; r < runs; r++) {
        for (const t of tools) {
          const res = await command(bin(t.root), [dir, '-f', 'json', '-k', KEYPHRASE]);
          if (res.error) errors.set(t.name, res.error);
          else ms.get(t.name).push(res.ms);
        }
      }
      // Yoast has no command, and a process that analyses the whole corpus takes minutes: its
      // start-up (loading yoastseo) is measured, and the analyses estimated from its warm rate.
      const yoastCold = yoastOk ? runChild('yoast-cold', {}) : null;
      log(`Whole corpus in one cold command: seo-check <${files.length} files> -f json -k "${KEYPHRASE}" (median of ${runs}, interleaved)  target ≤ 600 ms`);
      figures.cold = {};
      for (const t of tools) {
        const m = median(ms.get(t.name));
        figures.cold[t.name] = errors.has(t.name) && ms.get(t.name).length === 0 ? { error: errors.get(t.name) } : { ms: m };
        row(t.name, figures.cold[t.name].error ? `failed: ${figures.cold[t.name].error}` : `${m.toFixed(0).padStart(6)} ms`);
      }
      const yoastRate = figures.warm?.['Yoast (yoastseo)']?.mbPerS;
      if (yoastCold !== null && !yoastCold.error && yoastRate) {
        const est = yoastCold.ms + (corpusBytes / MB / yoastRate) * 1000;
        figures.cold.Yoast = { estimateMs: est, loadMs: yoastCold.ms };
        row('Yoast (yoastseo)', `not measured (no command line; minutes over the corpus): loading it takes ${yoastCold.ms.toFixed(0)} ms, with the corpus at its warm rate ~${(est / 1000).toFixed(0)} s`);
      } else if (yoastCold !== null) {
        figures.cold.Yoast = { error: yoastCold.error ?? 'no warm rate to estimate from (run the warm section too)', loadMs: yoastCold.ms };
        row('Yoast (yoastseo)', `not measured: no command line${yoastCold.ms ? `; loading it takes ${yoastCold.ms.toFixed(0)} ms` : ''}`);
      } else row('Yoast (yoastseo)', `not measured: ${noYoast}`);
      log();
    }

    // 3. 10 000 articles with the site stage, two threads.
    if (section('site')) {
      const count = QUICK ? 1000 : 10_000;
      const siteDir = join(scratch, 'site');
      const made = makeSite(files, texts, siteDir, count);
      // One run each by default: a run takes minutes, which evens out the machine's noise by itself.
      const runs = Number(args.find((a) => a.startsWith('--site-runs='))?.slice(12) ?? 1);
      const ms = new Map(tools.map((t) => [t.name, []]));
      const errors = new Map();
      for (let r = 0; r < runs; r++) {
        for (const t of tools) {
          const res = await command(bin(t.root), [siteDir, '-f', 'json'], { SEO_CHECK_THREADS: '2' }, 1_200_000);
          if (res.error) errors.set(t.name, res.error);
          else ms.get(t.name).push(res.ms);
        }
      }
      log(`${count} articles (${(made / MB).toFixed(0)} MB, corpus copies with changed titles), site stage, SEO_CHECK_THREADS=2 (${runs === 1 ? 'one run each' : `median of ${runs}`})  target ≤ 10 s`);
      figures.site = { articles: count, mb: made / MB };
      for (const t of tools) {
        const m = median(ms.get(t.name));
        figures.site[t.name] = ms.get(t.name).length === 0 ? { error: errors.get(t.name) } : { ms: m };
        const what = t.root === base ? ' (the base commit has no site stage)' : '';
        row(t.name, figures.site[t.name].error ? `failed: ${figures.site[t.name].error}` : `${(m / 1000).toFixed(1).padStart(6)} s${what}`);
      }
      figures.site.Yoast = { error: 'Yoast has no site-level analysis (one article at a time)' };
      if (figures.warm?.['Yoast (yoastseo)']?.mbPerS) {
        const est = made / MB / figures.warm['Yoast (yoastseo)'].mbPerS;
        figures.site.Yoast.estimateS = est;
        row('Yoast (yoastseo)', `not measured (no site stage); its per-article analyses alone would take ~${est.toFixed(0)} s in one thread at its warm rate`);
      } else row('Yoast (yoastseo)', 'not measured: Yoast has no site-level analysis');
      rmSync(siteDir, { recursive: true, force: true });
      log();
    }

    // 4. Peak RSS on one large article.
    if (section('memory')) {
      const target = (QUICK ? 10 : 50) * MB;
      const big = join(scratch, 'large.md');
      writeFileSync(big, largeArticle(texts, target));
      const fileBytes = statSync(big).size;
      log(`Peak RSS on one ${(fileBytes / MB).toFixed(1)} MB article (-f json -k "${KEYPHRASE}" --max-size 1000)  target ≤ 5× the file`);
      figures.memory = { fileMB: fileBytes / MB };
      for (const t of tools) {
        const res = await command(bin(t.root), [big, '-f', 'json', '-k', KEYPHRASE, '--max-size', '1000'], {}, 900_000);
        figures.memory[t.name] = res.error ? { error: res.error } : { rssMB: res.rss / MB, ratio: res.rss / fileBytes, s: res.ms / 1000 };
        row(t.name, res.error ? `failed: ${res.error}` : `${(res.rss / MB).toFixed(0).padStart(6)} MB peak RSS, ${(res.rss / fileBytes).toFixed(1)}× the file, ${(res.ms / 1000).toFixed(1)} s`);
      }
      if (yoastOk) {
        const rate = figures.warm?.['Yoast (yoastseo)']?.mbPerS;
        figures.memory.Yoast = { error: 'not run: one article of this size takes Yoast too long', ...(rate ? { estimateS: fileBytes / MB / rate } : {}) };
        row('Yoast (yoastseo)', `not measured: at its warm rate the article alone would take ${rate ? `~${(fileBytes / MB / rate / 60).toFixed(0)} min` : 'too long'}`);
      } else row('Yoast (yoastseo)', `not measured: ${noYoast}`);
      log();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const n of notes) log(`note: ${n}`);
  if (JSON_OUT) console.log(JSON.stringify(figures));
}

/**
 * `count` articles in `dir`: copy c of corpus article i is article i with its title changed (its
 * front matter's `title`, else a first line), so that the site's titles differ. Returns the bytes written.
 */
function makeSite(files, texts, dir, count) {
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const i = k % files.length;
    const copy = Math.floor(k / files.length);
    const text = texts[i];
    let changed = text.replace(/^(title:\s*["']?)(.*?)(["']?\s*)$/m, (_m, a, t, b) => `${a}${t} (part ${copy + 1})${b}`);
    if (changed === text) changed = `# Part ${copy + 1}\n\n${text}`;
    const rel = relative(dirname(files[i]), files[i]);
    const folder = join(dir, `copy-${String(copy).padStart(2, '0')}`, basename(dirname(files[i])));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, rel), changed);
    bytes += Buffer.byteLength(changed);
  }
  return bytes;
}

const childMode = args.find((a) => a.startsWith('--child='))?.slice(8);
if (childMode === undefined) await main();
else {
  const params = JSON.parse(args[args.indexOf(`--child=${childMode}`) + 1]);
  if (childMode === 'yoast-cold') {
    await yoast();
    // From the process's start: Node's own start-up and the loading of yoastseo and markdown-it.
    process.stdout.write(`${JSON.stringify({ ms: process.uptime() * 1000 })}\n`);
  } else await child(childMode, params);
}
