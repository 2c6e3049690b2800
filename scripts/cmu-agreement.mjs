#!/usr/bin/env node
/**
 * How often seo-check's syllable counts agree with the CMU Pronouncing Dictionary over the
 * vocabulary of the corpus (README, "Readability"): every distinct spelling in the articles'
 * prose as seo-check's tokenizer reads it, among those CMU has. Prints the share of spellings
 * and of occurrences that agree, for seo-check and for the `syllable` package alone (what
 * seo-check counted before issue 12), then the most frequent disagreements.
 *
 * Reads ../shared/corpus/articles when it exists, else fixtures/ (and says so). Uses the built
 * programmatic API (dist/): run `npm run build` first.
 *
 *   node scripts/cmu-agreement.mjs [--top=20] [--dir=path]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllable } from 'syllable';
import { agreement, vocabulary } from './lib/cmu.mjs';
import { markdownFiles } from './lib/markdown-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { Analyzer } = await import(join(ROOT, 'dist', 'engine', 'analyzer.js'));
const { SyllableCounter } = await import(join(ROOT, 'dist', 'measure', 'syllables.js'));

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const shared = join(ROOT, '..', 'shared', 'corpus', 'articles');
const dir = option('dir', existsSync(shared) ? shared : join(ROOT, 'fixtures'));
if (dir !== shared && option('dir', null) === null) console.error(`cmu-agreement: ${shared} not found; using ${dir}`);
const top = Number(option('top', 20));

const files = markdownFiles(dir);
let skipped = 0;
const vocab = vocabulary(
  files.map((f) => [f, readFileSync(f, 'utf8')]),
  new Analyzer(),
  () => skipped++,
);
const counter = new SyllableCounter();
const ours = agreement(vocab, (e) => counter.shape(e.form).syllables);
const before = agreement(vocab, (e) => syllable(e.form.surface));

const pct = (x) => `${x.toFixed(2)} %`;
console.log(`${relative(ROOT, dir) || dir}: ${files.length - skipped} articles (${skipped} unreadable), ${ours.spellings} spellings, ${ours.known} in CMU (${ours.occurrences} occurrences)\n`);
console.log('| counts | spellings agreeing | occurrences agreeing |');
console.log('|---|---:|---:|');
console.log(`| \`syllable\` package (before) | ${pct(before.words)} | ${pct(before.weighted)} |`);
console.log(`| seo-check | ${pct(ours.words)} | ${pct(ours.weighted)} |`);
console.log(`\nThe ${top} most frequent disagreements (seo-check / CMU, the package's count in brackets):\n`);
console.log('| spelling | occurrences | seo-check | CMU | package |');
console.log('|---|---:|---:|---:|---:|');
for (const d of ours.disagreements.slice(0, top)) {
  console.log(`| ${d.spelling} | ${d.count} | ${d.ours} | ${d.cmu.join(', ')} | ${syllable(d.spelling)} |`);
}
