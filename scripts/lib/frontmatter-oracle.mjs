// Compares front matter as seo-check reads it with what libyaml (PyYAML) and tomllib read, for
// scripts/frontmatter-oracle.mjs and tests/frontmatter-pyyaml.test.ts. Python is not a dependency:
// pythonOracle() says when it cannot run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../frontmatter-oracle.py', import.meta.url));

/** Why the oracle cannot run here (no python3, or no PyYAML), or null when it can. */
export function oracleMissing() {
  const r = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  if (r.error !== undefined) return 'python3 is not installed';
  if (r.status !== 0) return 'PyYAML is not installed (Debian: apt-get install -y python3-yaml)';
  return null;
}

/** What PyYAML / tomllib read from each `{ id, text }`: `{ id, format, value }` or `{ id, format, error }`. */
export function pythonOracle(items) {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(items), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`frontmatter-oracle.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// A YAML 1.1 timestamp (https://yaml.org/type/timestamp.html), which YAML 1.2's core schema reads as text.
const TIMESTAMP =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|[-+]\d\d?(?::?\d\d)?))?)?$/;

/** Milliseconds since the epoch of a YAML 1.1 timestamp (no zone: UTC), or undefined. */
function timestamp(text) {
  const m = TIMESTAMP.exec(text);
  if (m === null || m[4] === undefined) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0.${frac || '0'}`) * 1000));
  if (zone !== 'Z') {
    const z = /^([-+])(\d\d?)(?::?(\d\d))?$/.exec(zone);
    ms -= (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +(z[3] ?? 0)) * 60_000;
  }
  return ms;
}

/**
 * Our value in the oracle's terms: a TomlDate is tagged as Python tags its date, date-time or time.
 * YAML 1.2 leaves a YAML date as text, which `differences` compares with Python's by its value.
 */
export function tagged(value) {
  if (value instanceof Date) {
    if (typeof value.isDate === 'function' && value.isDate()) return { $date: value.toISOString() };
    if (typeof value.isTime === 'function' && value.isTime()) return { $time: value.toISOString().replace(/\.000$/, '') };
    return { $datetime: value.getTime() };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { $float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  if (Array.isArray(value)) return value.map(tagged);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tagged(v)]));
  return value;
}

/**
 * Where `ours` (tagged) and `theirs` differ: a list of `{ path, ours, theirs, kind }`, empty when
 * they agree. kind 'date' is a date Python reads as a date and YAML 1.2 as the same date in text
 * (agreement, counted apart); 'typing' a scalar YAML 1.1 types otherwise (`yes`: true, `0777`: 511);
 * else 'value'.
 */
export function differences(ours, theirs, path = '') {
  if (theirs !== null && typeof theirs === 'object' && ('$date' in theirs || '$datetime' in theirs) && typeof ours === 'string') {
    const same = '$date' in theirs ? ours === theirs.$date : timestamp(ours) === theirs.$datetime;
    return [{ path, ours, theirs, kind: same ? 'date' : 'value' }];
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (ours.length !== theirs.length) return [{ path, ours, theirs, kind: 'value' }];
    return ours.flatMap((o, i) => differences(o, theirs[i], `${path}[${i}]`));
  }
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).some((k) => k.startsWith('$'));
  if (isMap(ours) && isMap(theirs)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
    return keys.flatMap((k) => (k in ours && k in theirs ? differences(ours[k], theirs[k], `${path}.${k}`) : [{ path: `${path}.${k}`, ours: ours[k], theirs: theirs[k], kind: 'value' }]));
  }
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return [];
  // `yes`, `0777`, `1:30`: YAML 1.1 types them (true, 511, 90), YAML 1.2 does not, or otherwise.
  const typing = (typeof ours === 'string' || typeof ours === 'number') && (typeof theirs === 'boolean' || typeof theirs === 'number');
  return [{ path, ours, theirs, kind: typing ? 'typing' : 'value' }];
}
