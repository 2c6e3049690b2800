#!/usr/bin/env node
/**
 * `npm run bench`: every figure the issues ask `npm run bench` for, in one run, each next to the
 * commit before this round (016ccfd, built once under .scratch/ by scripts/lib/base-build.mjs)
 * and to Yoast (the `yoastseo` package) where the figure has a Yoast counterpart. Each part is a
 * script of its own that can be run alone for its details; this one runs them in turn with
 * `--json`, shows what they print on the way, and ends with one table.
 *
 *   node scripts/bench.mjs [--quick] [--only=startup,throughput,keystroke,engine,site,watch,commonmark]
 *
 * Times are medians; ratios are taken within one run (the machine is shared and absolute times
 * drift). Start-up is measured with NODE_EXTRA_CA_CERTS unset on both sides.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = process.argv.includes('--quick');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

/** The parts: a script, its arguments (quick and full), and the node flags it needs. */
const PARTS = [
  { name: 'startup', script: 'bench-startup.mjs', args: QUICK ? ['--runs=5'] : [] },
  { name: 'throughput', script: 'bench-throughput.mjs', args: QUICK ? ['--quick'] : [] },
  { name: 'keystroke', script: 'bench-lsp.mjs', args: QUICK ? ['--edits=10', '--documents=100'] : [] },
  { name: 'engine', script: 'bench-engine-memory.mjs', node: ['--expose-gc'], args: QUICK ? ['--documents=10000'] : [] },
  { name: 'site', script: 'bench-site.mjs', args: QUICK ? ['--runs=1', '--scales=1,4'] : [] },
  { name: 'watch', script: 'bench-watch.mjs', args: QUICK ? ['--saves=10'] : [] },
  { name: 'commonmark', script: 'commonmark-spec.mjs', args: [] },
];

/** The last line of `text` that is a JSON object, parsed, or null. */
function lastJson(text) {
  const lines = text.trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line);
    } catch {
      // a line of output that merely starts with a brace
    }
  }
  return null;
}

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
console.log(`npm run bench — ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start${QUICK ? ', --quick' : ''}\n`);
const figures = {};
for (const part of PARTS) {
  if (ONLY !== undefined && !ONLY.includes(part.name)) continue;
  console.log(`── ${part.name}: node ${[...(part.node ?? []), `scripts/${part.script}`, ...part.args].join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...(part.node ?? []), join(ROOT, 'scripts', part.script), ...part.args, '--json'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const shown = r.stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
  for (const line of shown) console.log(`   ${line}`);
  if (r.stderr.trim() !== '') for (const line of r.stderr.trim().split('\n')) console.log(`   ${line}`);
  figures[part.name] = r.status === 0 ? lastJson(r.stdout) : null;
  console.log(`   (${((performance.now() - t0) / 1000).toFixed(0)} s${r.status === 0 ? '' : `, exit ${r.status}`})\n`);
}

const fmt = (n, digits = 1) => (typeof n === 'number' ? n.toFixed(digits) : '—');
const rows = [];
const { startup, throughput, keystroke, engine, site, watch, commonmark } = figures;
if (startup) {
  rows.push([
    'start-up added to bare node, 5 KB article, -f json',
    `${fmt(startup.thisBuild?.added)} ms`,
    startup.base ? `${fmt(startup.base.added)} ms` : '—',
    startup.yoastseo?.added !== undefined ? `${fmt(startup.yoastseo.added)} ms` : (startup.yoastseo?.error ?? '—'),
    '≤ 20 ms',
    startup.thisBuild?.added <= 20,
  ]);
}
if (throughput) {
  // bench-throughput.mjs keys each section's figures by tool: 'seo-check', the base build, Yoast.
  const pick = (section, which) => {
    const entries = Object.entries(throughput[section] ?? {}).filter(([, v]) => typeof v === 'object' && v !== null);
    const found = entries.find(([name]) => (which === 'now' ? name === 'seo-check' : which === 'yoast' ? /yoast/i.test(name) : name !== 'seo-check' && !/yoast/i.test(name)));
    return found?.[1] ?? null;
  };
  // An estimate (Yoast has no command and no site stage) is never shown as a measurement.
  const estimated = (v) => v.ms === undefined && (v.estimateS !== undefined || v.estimateMs !== undefined);
  const cell = (v, show) => (v === null ? '—' : estimated(v) ? `not run (est. ${show(v)})` : v.error !== undefined ? v.error : show(v));
  const warm = (v) => (v.mbPerS !== undefined ? `${v.mbPerS.toPrecision(2)} MB/s` : '—');
  const cold = (v) => (v.ms !== undefined ? `${fmt(v.ms / 1000, 2)} s` : v.estimateMs !== undefined ? `${fmt(v.estimateMs / 1000, 1)} s` : '—');
  const site10k = (v) => (v.ms !== undefined ? `${fmt(v.ms / 1000)} s` : v.estimateS !== undefined ? `${fmt(v.estimateS, 0)} s` : '—');
  const memory = (v) => (v.ratio !== undefined ? `${fmt(v.ratio)}× the file (${fmt(v.rssMB, 0)} MB)` : v.estimateS !== undefined ? `${fmt(v.estimateS / 60, 0)} min` : '—');
  const add = (section, label, show, target, met) => {
    if (throughput[section] === undefined) return;
    const now = pick(section, 'now');
    rows.push([label, cell(now, show), cell(pick(section, 'base'), show), cell(pick(section, 'yoast') ?? throughput[section].Yoast ?? null, show), target, now !== null && now.error === undefined ? met(now) : false]);
  };
  add('warm', 'warm throughput, one thread, corpus', warm, '≥ 20 MB/s', (v) => v.mbPerS >= 20);
  add('cold', 'the whole corpus in one cold command', cold, '≤ 0.6 s', (v) => v.ms <= 600);
  add('site', `${throughput.site?.articles ?? 10000} articles with the site stage, 2 threads`, site10k, '≤ 10 s', (v) => v.ms <= 10_000);
  add('memory', `peak RSS on a ${fmt(throughput.memory?.fileMB, 0)} MB article`, memory, '≤ 5× the file', (v) => v.ratio <= 5);
}
if (keystroke) {
  const beyond = keystroke.debounced.median - 150;
  rows.push(['editor keystroke to diagnostics, 10 KB (beyond the 150 ms debounce)', `${fmt(beyond)} ms (${fmt(keystroke.noDebounce.median)} ms without debounce)`, '—', '—', '≤ 10 ms', beyond <= 10]);
}
if (engine) {
  const heap = engine.heapMB;
  // The heap is a sawtooth (the word tables restart): each tenth's highest sample, and how much the
  // last tenth's is above the middle one's.
  rows.push([`long-lived engine, highest heap after GC per tenth of ${engine.documents} documents`, `${fmt(Math.min(...heap))}–${fmt(Math.max(...heap))} MB, ${fmt(engine.growthMB)} MB from the middle tenth to the last`, '—', '—', 'bounded', Math.abs(engine.growthMB) < 10]);
}
if (site) {
  for (const s of site.scales) rows.push([`site stage / per-file stage, CPU, ${s.scale}× corpus (${s.articles} articles)`, fmt(s.ratio, 3), '—', '—', 'small', null]);
}
if (watch) {
  rows.push(['--watch, save to report beyond the debounce', `median ${fmt(watch.medianMs)} ms, p90 ${fmt(watch.p90Ms)} ms`, '—', '—', '—', null]);
}
if (commonmark) {
  // Conformance, not speed: seo-check's parser against markdown-it's own 'commonmark' preset.
  const c = commonmark;
  rows.push([`CommonMark spec examples passed of ${c.total} (normalised)`, `${c.seoCheck.passed} by md.render, ${c.seoCheckTokens.passed} as parsed; markdown-it 'commonmark' ${c.commonmark.passed}`, '—', '—', '—', null]);
}

console.log('| figure | this build | 016ccfd | yoastseo | target | met |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [figure, now, base, yoast, target, met] of rows) console.log(`| ${figure} | ${now} | ${base} | ${yoast} | ${target} | ${met === null || met === undefined ? '' : met ? 'yes' : 'no'} |`);
const missing = PARTS.filter((p) => (ONLY === undefined || ONLY.includes(p.name)) && figures[p.name] === null).map((p) => p.name);
if (missing.length > 0) console.log(`\nno figures from: ${missing.join(', ')} (see its output above)`);
