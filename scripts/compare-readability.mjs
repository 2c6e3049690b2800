#!/usr/bin/env node
/**
 * Compares seo-check's Flesch reading ease with the `text-readability` package's on the same
 * plain prose, for ten corpus articles (README, "Readability"). Prints a Markdown table.
 *
 * Then, for the articles of fixtures/corpus, with a textbook computation: seo-check's words and
 * sentences, and the syllables of the CMU Pronouncing Dictionary (each token's first
 * pronunciation; seo-check's count for the few tokens CMU lacks). A second table gives both
 * scores, and the score seo-check gave before issue 12 (the `syllable` package's counts).
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
import { syllable } from 'syllable';
import { articleSyllables, cmuToken, flesch } from './lib/cmu.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { Analyzer } = await import(join(ROOT, 'dist', 'engine', 'analyzer.js'));
const { SyllableCounter } = await import(join(ROOT, 'dist', 'measure', 'syllables.js'));
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

/** Characters between two words that are punctuation a reader sees, not markup. */
const SEEN = /[^\s.,;:!?'"’”“‘()/-]/g;

/**
 * The prose seo-check reads, as plain text: each block (heading, paragraph, table cell) on its
 * own line, its words with the punctuation between them (markup dropped), and a full stop added
 * where a block ends without one, since seo-check ends a sentence at every block and
 * text-readability only at . ! or ? before a capital.
 */
function plainProse(doc, source) {
  const { words } = doc;
  return doc.blocks
    .map((b) => {
      let text = '';
      for (let k = b.from; k < b.to; k++) {
        if (k > b.from) {
          const gap = source.slice(words.ends[k - 1], words.starts[k]);
          text += /\s|\uFFFC/.test(gap) ? ` ${gap.replace(SEEN, '').trim()} `.replace(/^ (?=[.,;:!?])/, '') : gap.replace(SEEN, '');
        }
        text += source.slice(words.starts[k], words.ends[k]);
      }
      text = text.replace(/\s+/g, ' ').trim();
      const end = b.to < words.length ? source.slice(words.ends[b.to - 1], words.ends[b.to - 1] + 1) : '';
      if (/[.!?:]/.test(end)) text += end;
      return /[.!?:]["'”’)]*$/.test(text) ? text : `${text}.`;
    })
    .filter((t) => t !== '.')
    .join('\n');
}

const rows = [];
for (const { file, facts } of chosen) {
  const c = facts.readability.counts;
  const text = plainProse(facts.doc, readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
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

// The textbook computation, on the fixtures (a clean clone has them).
const fixtureDir = join(ROOT, 'fixtures', 'corpus');
const counter = new SyllableCounter();
const ours = (form) => counter.shape(form).syllables;
const textbook = [];
for (const file of markdownFiles(fixtureDir)) {
  const facts = analyzer.facts(readFileSync(file, 'utf8'), file);
  const { words, sentences } = facts.readability.counts;
  const cmu = articleSyllables(facts, cmuToken, ours);
  const before = articleSyllables(facts, (form) => syllable(form.surface), () => 0);
  const score = facts.readability.scores.fleschReadingEase;
  const reference = flesch(words, sentences, cmu.syllables);
  const old = flesch(words, sentences, before.syllables);
  textbook.push([
    relative(fixtureDir, file),
    score.toFixed(1),
    reference.toFixed(1),
    (score - reference).toFixed(1),
    old.toFixed(1),
    (old - reference).toFixed(1),
    `${facts.readability.counts.syllables} / ${cmu.syllables} / ${before.syllables}`,
    `${((100 * cmu.answered) / cmu.tokens).toFixed(1)} %`,
  ]);
}
const head2 = ['Article (fixtures/corpus)', 'seo-check', 'textbook (CMU)', 'Δ', 'before', 'Δ before', 'Syllables (seo-check / CMU / before)', 'tokens CMU has'];
console.log(`\n| ${head2.join(' | ')} |`);
console.log(`|${head2.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
for (const r of textbook) console.log(`| ${r.join(' | ')} |`);
