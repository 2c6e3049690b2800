#!/usr/bin/env node
/**
 * Start-up of a one-file run (issue 16): how long `seo-check <5 KB article> -f json` takes over
 * bare `node -e 0`, for this build and for the build of the commit before the start-up work
 * (scripts/lib/base-build.mjs), and what Yoast's `yoastseo` takes to load and analyse the same
 * article in `node -e`. Medians of interleaved runs (the machine is noisy: every figure is taken
 * against bare node measured in the same rounds). NODE_EXTRA_CA_CERTS is unset for every child:
 * it makes Node read a bundle of certificates at start (~33 ms on this project's machines), which
 * would hide what the tools themselves cost.
 *
 *   npm run build && node scripts/bench-startup.mjs [--runs=15] [--json]
 *     --runs: interleaved rounds (at least 15)
 *     --json: one line of JSON with the figures, nothing else
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseBuild, DEFAULT_BASE } from './lib/base-build.mjs';
import { markdownFiles } from './lib/markdown-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JSON_OUT = process.argv.includes('--json');
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15));
// The keyphrase `npm run bench` checks (scripts/bench.mjs).
const KEYPHRASE = 'release notes';
const log = JSON_OUT ? () => {} : (...a) => console.log(...a);

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The run's wall time in ms; stdout discarded, as a report written to a pipe or file would be. */
function wall(args, cwd = ROOT) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // 1 is a report too (a check failed).
  if (r.status === null || r.status > 1) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${r.status}: ${r.stderr.toString().slice(0, 400)}`);
  return ms;
}

// The article: the corpus's nearest to 5 KB, as `npm run bench` picks it.
const corpus = join(ROOT, '..', 'shared', 'corpus', 'articles');
const files = markdownFiles(existsSync(corpus) ? corpus : join(ROOT, 'fixtures'));
const article = files.reduce((best, f) => (Math.abs(statSync(f).size - 5000) < Math.abs(statSync(best).size - 5000) ? f : best));
const bytes = statSync(article).size;

/** What each round times: [name, node arguments, folder]. */
const variants = [['node -e 0', ['-e', '0'], ROOT]];
variants.push(['this build', [join(ROOT, 'bin', 'seo-check.js'), article, '-f', 'json', '-k', KEYPHRASE], ROOT]);
// baseBuild says on stdout why there is no base build; --json prints nothing but its line.
const say = console.log;
if (JSON_OUT) console.log = () => {};
const baseDir = baseBuild(ROOT);
console.log = say;
if (baseDir !== null) variants.push([`base (${process.env.BENCH_BASE ?? DEFAULT_BASE})`, [join(baseDir, 'bin', 'seo-check.js'), article, '-f', 'json', '-k', KEYPHRASE], ROOT]);

// yoastseo analyses HTML: the article is rendered with markdown-it before timing, and the child
// reads it from a file. As Yoast's own analysis worker does, the paper gets its tree from
// yoastseo's parser, then the English researcher runs the researches behind the figures
// seo-check reports for one article.
const RESEARCHES = ['getKeyphraseCount', 'getKeyphraseDensity', 'metaDescriptionKeyword', 'findKeywordInFirstParagraph', 'keyphraseLength', 'wordCountInText', 'countSentencesFromText', 'getParagraphLength', 'getSubheadingTextLengths', 'matchKeywordInSubheadings', 'keywordCountInSlug', 'getLinkStatistics', 'altTagCount', 'getPassiveVoiceResult', 'findTransitionWords', 'getSentenceBeginnings', 'getFleschReadingScore', 'readingTime'];
let yoast = null;
const scratch = mkdtempSync(join(tmpdir(), 'seo-check-startup-'));
try {
  const require = createRequire(join(ROOT, 'package.json'));
  let entry;
  try {
    entry = require.resolve('yoastseo');
  } catch {
    yoast = { error: 'yoastseo is not installed (npm install: it is a devDependency)' };
  }
  if (entry !== undefined) {
    const build = join(entry, '..');
    const { version } = JSON.parse(readFileSync(join(build, '..', 'package.json'), 'utf8'));
    const html = join(scratch, 'article.html');
    const MarkdownIt = require('markdown-it');
    writeFileSync(html, new MarkdownIt({ html: true }).render(readFileSync(article, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')));
    const script = `
      const { Paper } = require(${JSON.stringify(entry)});
      const Researcher = require(${JSON.stringify(join(build, 'languageProcessing', 'languages', 'en', 'Researcher.js'))}).default;
      const { build } = require(${JSON.stringify(join(build, 'parse', 'build'))});
      const LanguageProcessor = require(${JSON.stringify(join(build, 'parse', 'language', 'LanguageProcessor.js'))}).default;
      const paper = new Paper(require('node:fs').readFileSync(${JSON.stringify(html)}, 'utf8'), { keyword: ${JSON.stringify(KEYPHRASE)}, locale: 'en_US' });
      const researcher = new Researcher(paper);
      paper.setTree(build(paper, new LanguageProcessor(researcher)));
      const ran = [];
      for (const name of ${JSON.stringify(RESEARCHES)}) if (researcher.hasResearch(name)) { researcher.getResearch(name); ran.push(name); }
      if (ran.length === 0) throw new Error('no research ran');
      process.stdout.write(JSON.stringify(ran));
    `;
    const probe = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, env, encoding: 'utf8' });
    if (probe.status === 0) {
      yoast = { version, researches: JSON.parse(probe.stdout) };
      variants.push([`yoastseo ${version}`, ['-e', script], ROOT]);
    } else {
      const why = (probe.stderr.split('\n').find((l) => /Error|error:/.test(l)) ?? probe.stderr.split('\n')[0] ?? '').trim();
      yoast = { version, error: `yoastseo ${version} cannot run under Node ${process.version}: ${why}` };
    }
  }

  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model;
  log(`seo-check start-up — node ${process.version}, ${cpus().length} cores, ${cpu}, load average ${loadavg()[0].toFixed(1)}, NODE_EXTRA_CA_CERTS unset`);
  log(`article: ${relative(ROOT, article)} (${(bytes / 1000).toFixed(1)} KB), -f json -k "${KEYPHRASE}"; median of ${RUNS} interleaved runs\n`);

  const times = variants.map(() => []);
  for (const [, args, cwd] of variants) wall(args, cwd); // file caches warm
  for (let r = 0; r < RUNS; r++) variants.forEach(([, args, cwd], i) => times[i].push(wall(args, cwd)));
  const ms = times.map(median);
  const node = ms[0];
  const figure = (i) => (i === -1 ? null : { ms: +ms[i].toFixed(1), added: +(ms[i] - node).toFixed(1) });
  const index = (prefix) => variants.findIndex(([name]) => name.startsWith(prefix));
  const result = {
    node: process.version,
    article: relative(ROOT, article),
    bytes,
    runs: RUNS,
    nodeBare: +node.toFixed(1),
    thisBuild: figure(index('this build')),
    base: baseDir === null ? null : { commit: process.env.BENCH_BASE ?? DEFAULT_BASE, ...figure(index('base')) },
    yoastseo: yoast === null || yoast.error !== undefined ? yoast : { version: yoast.version, researches: yoast.researches.length, ...figure(index('yoastseo')) },
  };
  if (result.base !== null) result.gain = +(result.base.added - result.thisBuild.added).toFixed(1);

  if (JSON_OUT) {
    console.log(JSON.stringify(result));
  } else {
    for (let i = 0; i < variants.length; i++) {
      log(`  ${variants[i][0].padEnd(22)} ${ms[i].toFixed(1).padStart(7)} ms${i === 0 ? '' : `  +${(ms[i] - node).toFixed(1)} ms over bare node`}`);
    }
    if (result.gain !== undefined) log(`\n  start-up gain over the base build: ${result.gain.toFixed(1)} ms (${result.base.added.toFixed(1)} → ${result.thisBuild.added.toFixed(1)} ms added; issue 16's target: ≤ 20 ms added)`);
    if (yoast?.error !== undefined) log(`  ${yoast.error}`);
    else if (yoast !== null) log(`  yoastseo: import and ${yoast.researches.length} researches (${yoast.researches.join(', ')}) on the article rendered to HTML`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
