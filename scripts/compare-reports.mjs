#!/usr/bin/env node
/**
 * Compares two JSON reports of the same files (`seo-check … -f json` before and after a change)
 * and summarises what differs, so that a change that must keep behaviour can show it does.
 * Fields the newer report adds are listed once and otherwise ignored.
 *
 *   node scripts/compare-reports.mjs before.json after.json [--show=20]
 */
import { readFileSync } from 'node:fs';

const [beforePath, afterPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const show = Number(process.argv.find((a) => a.startsWith('--show='))?.slice(7) ?? 10);
const before = JSON.parse(readFileSync(beforePath, 'utf8'));
const after = JSON.parse(readFileSync(afterPath, 'utf8'));

const added = new Map();
const changed = new Map();

/** A path with array indices made generic, for grouping ("results[].checks[].message"). */
const generic = (path) => path.replace(/^\[[^\]]*\]/, 'results[]').replace(/\[\d+\]/g, '[]').replace(/\{[^}]*\}/g, '[]');

function note(map, key, example) {
  const entry = map.get(key) ?? { count: 0, examples: [] };
  entry.count++;
  if (entry.examples.length < show) entry.examples.push(example);
  map.set(key, entry);
}

function compare(a, b, path) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) note(changed, `${generic(path)} (length)`, `${path}: ${a.length} → ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) compare(a[i], b[i], `${path}[${i}]`);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const key of Object.keys(b)) {
      if (!(key in a)) note(added, generic(`${path}.${key}`), `${path}.${key}`);
      else compare(a[key], b[key], `${path}.${key}`);
    }
    for (const key of Object.keys(a)) if (!(key in b)) note(changed, `${generic(`${path}.${key}`)} (removed)`, `${path}.${key}`);
    return;
  }
  if (a !== b) note(changed, generic(path), `${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
}

/** Checks are matched by rule, keyphrase and order, not by index: a new skipped entry shifts the rest. */
function keyed(checks) {
  const seen = new Map();
  return new Map(checks.map((c) => {
    const base = `${c.id}|${c.keyphrase ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [`${base}|${n}`, c];
  }));
}

const byFile = (report) => new Map(report.results.map((r) => [r.file, r]));
const a = byFile(before);
const b = byFile(after);
for (const [file, ra] of a) {
  const rb = b.get(file);
  if (rb === undefined) {
    note(changed, 'results (file missing after)', file);
    continue;
  }
  const { checks: ca = [], ...restA } = ra;
  const { checks: cb = [], ...restB } = rb;
  compare(restA, restB, `[${file}]`);
  const ka = keyed(ca);
  const kb = keyed(cb);
  for (const [key, c] of ka) {
    if (!kb.has(key)) note(changed, 'checks (missing after)', `[${file}] ${key}`);
    else compare(c, kb.get(key), `[${file}].checks{${key}}`);
  }
  for (const [key, c] of kb) if (!ka.has(key)) note(added, `checks (new entry, ${c.skipped ? 'skipped' : c.suppressed ? 'suppressed' : 'other'})`, `[${file}] ${key}`);
}
compare(before.summary, after.summary, 'summary');

const print = (title, map) => {
  console.log(`## ${title}: ${map.size === 0 ? 'none' : ''}`);
  for (const [key, { count, examples }] of [...map].sort((x, y) => y[1].count - x[1].count)) {
    console.log(`- ${key}: ${count}`);
    for (const e of examples) console.log(`    ${e.length > 300 ? `${e.slice(0, 300)}…` : e}`);
  }
};
console.log(`${a.size} files before, ${b.size} after`);
print('Added fields', added);
print('Changed values', changed);
