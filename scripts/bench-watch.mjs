#!/usr/bin/env node
/**
 * `seo-check --watch`: how long a save takes to show, and what the watch holds in memory. Run
 * after `npm run build`:
 *
 *   node scripts/bench-watch.mjs [--saves=50] [--debounce=150] [--format=stylish|json] [--json]
 *
 * - latency: a watch of a 10 KB article (fixtures/corpus/11years.md, with a keyphrase, in a
 *   temporary folder) is saved --saves times, each save a different text, each waiting for its
 *   report; the time from the write to the end of the report on stdout, minus the debounce (what
 *   the watch adds to the wait it is told to make). Median and p90.
 * - memory: the watch's RSS (VmRSS of /proc/<pid>/status) after the saves.
 *
 * --json prints one line, {"saves", "debounceMs", "format", "medianMs", "p90Ms", "firstRunMs",
 * "rssMB", "node"}, for a machine to read. The machine may be shared and noisy: the figures are
 * medians, and compare best within one run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'seo-check.js');
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SAVES = Number(option('saves', 50));
// The watch's own default (src/cli/watch.ts DEFAULT_DEBOUNCE_MS): what a user waits.
const DEBOUNCE = Number(option('debounce', 150));
const FORMAT = option('format', 'stylish');
const JSON_OUT = process.argv.includes('--json');
/** One report that never comes is a failure, not a hang. */
const WAIT_MS = 30_000;

/** Why the bench cannot run, or null. */
function refusal() {
  if (!existsSync(join(ROOT, 'dist', 'bundle'))) return 'build first (npm run build)';
  if (!Number.isInteger(SAVES) || SAVES < 1 || !Number.isInteger(DEBOUNCE) || DEBOUNCE < 0 || !['stylish', 'json'].includes(FORMAT)) {
    return '--saves=N (1 or more), --debounce=ms, --format=stylish|json';
  }
  return null;
}

// With a keyphrase, as an article being written has: the keyphrase checks run too.
const ARTICLE = readFileSync(join(ROOT, 'fixtures', 'corpus', '11years.md'), 'utf8').replace('---\n', '---\nkeyphrase: Go modules\n');
/** Save `i`: the article with a sentence of its own at the end, so that every report differs. */
const version = (i) => `${ARTICLE}\nSave ${i} adds ${'one more word '.repeat(1 + (i % 7)).trim()}.\n`;

/** How many reports `out` holds: JSON lines, or stylish screens ended by their totals line. */
const REPORT_END = FORMAT === 'json' ? /\n/g : /^[✖✔] (?:failed|passed): \d+ files? · .*\n/gm;
const reports = (out) => out.match(REPORT_END)?.length ?? 0;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const round = (x) => Math.round(x * 10) / 10;

function rssMB(pid) {
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return round(kb / 1024);
}

/** Runs the watch, saves, and returns the figures. */
async function bench() {
  const dir = mkdtempSync(join(tmpdir(), 'seo-check-bench-watch-'));
  const article = join(dir, 'article.md');
  writeFileSync(article, version(0));

  const env = { ...process.env, SEO_CHECK_WATCH_DEBOUNCE: String(DEBOUNCE), NO_COLOR: '1', COLUMNS: '100' };
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, '--watch', 'article.md', '-f', FORMAT], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let wake = () => {};
  child.stdout.setEncoding('utf8').on('data', (d) => ((out += d), wake()));
  child.stderr.setEncoding('utf8').on('data', (d) => ((err += d), wake()));
  const exited = new Promise((resolve) => child.on('close', (code, signal) => (wake(), resolve({ code, signal }))));

  /** Resolves at the moment `ready()` holds of the watch's output. */
  function until(what, ready) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms\n${err}`)), WAIT_MS);
      wake = () => {
        if (ready()) {
          clearTimeout(timer);
          wake = () => {};
          resolve(performance.now());
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          reject(new Error(`the watch exited while waiting for ${what}\n${err}`));
        }
      };
      wake();
    });
  }

  try {
    // The first report, then the watch's start line on stderr: from here on a save is heard.
    const first = await until('first report', () => reports(out) >= 1);
    await until('start line', () => err.includes('press Ctrl-C to stop'));
    const latencies = [];
    for (let i = 1; i <= SAVES; i++) {
      const t0 = performance.now();
      writeFileSync(article, version(i));
      const t1 = await until(`report ${i + 1}`, () => reports(out) >= i + 1);
      latencies.push(t1 - t0 - DEBOUNCE);
    }
    const rss = rssMB(child.pid);
    child.kill('SIGINT');
    const end = await exited;
    if (end.code !== 0) throw new Error(`the watch ended with ${end.code ?? end.signal}, not 0\n${err}`);
    // More reports than saves: a save's events (the truncate, then the text) fell in two runs,
    // which is what the debounce is for (a --debounce of 0 or a few ms can do it).
    if (reports(out) !== SAVES + 1) throw new Error(`${reports(out)} reports for ${SAVES} saves and the first run: raise --debounce`);
    return {
      saves: SAVES,
      debounceMs: DEBOUNCE,
      format: FORMAT,
      medianMs: round(median(latencies)),
      p90Ms: round(quantile(latencies, 0.9)),
      firstRunMs: round(first - started),
      rssMB: rss,
      node: process.version,
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }

}

const refused = refusal();
if (refused !== null) {
  console.error(`bench-watch: ${refused}`);
  process.exitCode = 2;
} else {
  const result = await bench();
  if (JSON_OUT) console.log(JSON.stringify(result));
  else {
    console.log(`seo-check --watch, ${Buffer.byteLength(ARTICLE)} B article, -f ${FORMAT}, debounce ${DEBOUNCE} ms, ${SAVES} saves (node ${process.version})`);
    console.log(`  save → report, minus the debounce: median ${result.medianMs} ms · p90 ${result.p90Ms} ms`);
    console.log(`  first report ${result.firstRunMs} ms after the start · RSS after the saves ${result.rssMB} MB`);
  }
}
