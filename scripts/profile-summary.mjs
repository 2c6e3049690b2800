#!/usr/bin/env node
/**
 * Reads V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=DIR …`) and prints where the time went:
 * self time by module (the bundle's modules told apart by the `// src/…` markers esbuild writes
 * when it does not strip comments, else by file), and the functions with the most inclusive time.
 * The README's Performance section quotes its tables.
 *
 *   node --cpu-prof --cpu-prof-dir=prof bin/seo-check.js … ; node scripts/profile-summary.mjs prof [--top=25]
 *
 * The CLI's bundle is built without those markers (scripts/bundle.mjs): for a profile by source
 * module, profile `scripts/run-dist.mjs`, which runs the command from dist/'s modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Module markers of a bundle esbuild wrote with comments: [line, module] in order. */
const markerCache = new Map();
function markers(url) {
  if (!markerCache.has(url)) {
    let marks = [];
    try {
      const lines = readFileSync(new URL(url), 'latin1').split('\n');
      lines.forEach((line, i) => {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
        if (m) marks.push([i, m[1]]);
      });
    } catch {
      marks = [];
    }
    markerCache.set(url, marks);
  }
  return markerCache.get(url);
}

/** The module a call frame's code belongs to: a package, a file of dist/, or Node's own. */
function moduleOf({ url, lineNumber, functionName }) {
  if (url === '') return functionName || '(native)';
  const marks = url.startsWith('file:') ? markers(url) : [];
  let module = url;
  if (marks.length > 0) {
    let lo = 0;
    let hi = marks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= lineNumber) {
        module = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return `npm:${pkg[1]}`;
  return module.replace(/^.*?\/(dist|src)\//, '$1/').replace(/^node:internal\//, 'node:');
}

function summarise(profile, name) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    total += dt;
    const node = byId.get(id);
    const module = moduleOf(node.callFrame);
    self.set(module, (self.get(module) ?? 0) + dt);
    // Each function once per sample, however deep it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, lineNumber, url } = byId.get(at).callFrame;
      if (url === '' || functionName === '') continue;
      seen.add(`${functionName} (${moduleOf(byId.get(at).callFrame)}:${lineNumber + 1})`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`${name}: ${total.toFixed(0)} ms sampled\n\nself time by module`);
  for (const [k, v] of rows(self)) console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  console.log('\ninclusive time by function');
  for (const [k, v] of rows(inclusive)) console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  console.log('');
}

const [dir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const usage = 'usage: node scripts/profile-summary.mjs DIR [--top=25]';
if (dir === undefined || !Number.isInteger(top) || top < 1) {
  console.error(usage);
  process.exitCode = 2;
} else {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) summarise(JSON.parse(readFileSync(join(dir, name), 'utf8')), name);
}
