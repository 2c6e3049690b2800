#!/usr/bin/env node
/**
 * Front matter as seo-check reads it (dist/, so `npm run build` first) against libyaml (PyYAML's
 * CSafeLoader, the parser under Jekyll's Psych) for YAML and Python's tomllib for TOML, over every
 * Markdown file under a folder:
 *
 *   node scripts/frontmatter-oracle.mjs [folder]      (default ../shared/corpus/articles)
 *
 * A file agrees when the whole mapping is equal. Dates are compared by value: YAML 1.2's core
 * schema (ours, as Hugo and Eleventy read YAML) keeps `date: 2016-03-22` as that text, PyYAML
 * makes a date of it; the two agree when the text is the date Python read (the date-time's instant
 * for a time stamp). Those are counted apart, as are scalars YAML 1.1 types otherwise (`yes`).
 * Needs python3 with PyYAML (Debian: apt-get install -y python3-yaml); exits 2 without them.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownFiles } from './lib/markdown-files.mjs';
import { differences, oracleMissing, pythonOracle, tagged } from './lib/frontmatter-oracle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus', 'articles');
const missing = oracleMissing();
if (missing !== null) {
  console.error(`frontmatter-oracle: ${missing}`);
  process.exit(2);
}
const { splitFrontMatter } = await import(join(ROOT, 'dist', 'parse', 'frontmatter.js'));
const { normalizeText } = await import(join(ROOT, 'dist', 'parse', 'lines.js'));

const files = markdownFiles(dir);
const texts = files.map((f) => normalizeText(readFileSync(f, 'utf8')));
const theirs = pythonOracle(texts.map((text, id) => ({ id, text })));
const tally = { files: files.length, agree: 0, agreeWithDates: 0, typing: 0, differ: 0, bothRefuse: 0, weRefuse: 0, theyRefuse: 0 };
const byFormat = {};
for (const [i, file] of files.entries()) {
  const ours = splitFrontMatter(texts[i]);
  const py = theirs[i];
  const format = ours.format ?? py.format ?? 'none';
  byFormat[format] ??= { files: 0, agree: 0 };
  byFormat[format].files++;
  const name = relative(dir, file);
  if (ours.error !== null || py.error !== undefined) {
    if (ours.error !== null && py.error !== undefined) {
      tally.bothRefuse++;
      console.log(`${name}: both refuse (ours: ${ours.error.message}; Python: ${py.error})`);
    } else if (ours.error !== null) {
      tally.weRefuse++;
      console.log(`${name}: we refuse (${ours.error.message}), Python reads it`);
    } else {
      tally.theyRefuse++;
      console.log(`${name}: Python refuses (${py.error}), we read it`);
    }
    continue;
  }
  if (py.format === null) {
    console.log(`${name}: Python finds no front matter${ours.format === null ? '' : `, we find ${ours.format}`}`);
    continue;
  }
  const diffs = differences(tagged(ours.data), py.value);
  const real = diffs.filter((d) => d.kind === 'value');
  const typing = diffs.filter((d) => d.kind === 'typing');
  if (real.length > 0) {
    tally.differ++;
    for (const d of real) console.log(`${name}: ${d.path || '(root)'}: ours ${JSON.stringify(d.ours)}, Python ${JSON.stringify(d.theirs)}`);
  } else if (typing.length > 0) {
    tally.typing++;
    for (const d of typing) console.log(`${name}: ${d.path}: ours ${JSON.stringify(d.ours)} (YAML 1.2), Python ${JSON.stringify(d.theirs)} (YAML 1.1)`);
  } else {
    tally.agree++;
    byFormat[format].agree++;
    if (diffs.length > 0) tally.agreeWithDates++;
  }
}
console.log(JSON.stringify({ ...tally, byFormat }, null, 2));
console.log(`agreement: ${tally.agree} of ${tally.files} files (${tally.agreeWithDates} of them with a date read as text by us, as a date by Python)`);
