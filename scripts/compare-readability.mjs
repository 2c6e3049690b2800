#!/usr/bin/env node
/**
 * Compares seo-check's Flesch reading ease with the `text-readability` package's on the same
 * plain prose, for ten corpus articles (README, "Readability"). Prints a Markdown table.
 *
 * Reads ../shared/corpus/articles when it exists, else fixtures/corpus (and says so). Uses the
 * built programmatic API (dist/): run `npm run build` first.
 *
 *   node scripts/compare-readability.mjs [count]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownFiles } from './lib/markdown-files.mjs';
import readability from 'text-readability';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { Analyzer } = await import(join(ROOT, 'dist', 'index.js'));
const BREAK = '\uFFFC';


const shared = join(ROOT, '..', 'shared', 'corpus', 'articles');
const dir = existsSync(shared) ? shared : join(ROOT, 'fixtures', 'corpus');
if (dir !== shared) console.error(`compare-readability: ${shared} not found; using ${dir}`);
const files = markdownFiles(dir);
const wanted = Math.min(Number(process.argv[2] ?? 10), files.length);
const analyzer = new Analyzer();

/** The facts of `file`, or null when it cannot be read (front matter some corpus files get wrong). */
function factsOf(file) {
  try {
    return analyzer.facts(readFileSync(file, 'utf8'), file);
  } catch (error) {
    console.error(`compare-readability: skipping ${relative(dir, file)}: ${error.message}`);
    return null;
  }
}

// Evenly spaced through the sorted list, so every source blog is represented; a file that
// cannot be read gives way to the next.
const chosen = [];
for (let i = 0; i < wanted; i++) {
  for (let k = Math.floor((i * files.length) / wanted); k < files.length; k++) {
    const facts = factsOf(files[k]);
    if (facts !== null && facts.stats.words > 0) {
      chosen.push({ file: files[k], facts });
      break;
    }
  }
}

/**
 * The prose seo-check reads, as plain text: each block (heading, paragraph, table cell) on its
 * own, with a full stop added where a block ends without one, since seo-check ends a sentence at
 * every block and text-readability only at . ! or ? before a capital.
 */
function plainProse(doc) {
  return doc.blocks
    .map((b) => {
      const text = b.text.split(BREAK).join(' ').replace(/\s+/g, ' ').trim();
      return /[.!?:]["'”’)]*$/.test(text) ? text : `${text}.`;
    })
    .join('\n');
}

const rows = [];
for (const { file, facts } of chosen) {
  const c = facts.readability.counts;
  const text = plainProse(facts.doc);
  const words = readability.lexiconCount(text);
  const sentences = readability.sentenceCount(text);
  const syllables = readability.syllableCount(text);
  // text-readability rounds words per sentence and syllables per word to one decimal first.
  const exact = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
  const ours = facts.readability.scores.fleschReadingEase;
  const theirs = readability.fleschReadingEase(text);
  rows.push([
    relative(dir, file),
    ours?.toFixed(1) ?? '—',
    theirs.toFixed(1),
    ours === null ? '—' : (ours - theirs).toFixed(1),
    `${c.words} / ${words}`,
    `${c.sentences} / ${sentences}`,
    `${c.syllables} / ${syllables}`,
    exact.toFixed(1),
  ]);
}

const head = ['Article', 'seo-check', 'text-readability', 'Δ', 'Words', 'Sentences', 'Syllables', 'text-readability unrounded'];
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
