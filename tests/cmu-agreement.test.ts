import { readFileSync } from 'node:fs';
import { syllable } from 'syllable';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with scripts/cmu-agreement.mjs, without declarations.
import { agreement, articleSyllables, cmuToken, flesch, vocabulary } from '../scripts/lib/cmu.mjs';
import { Analyzer } from './internal.js';
import { SyllableCounter } from '../src/measure/syllables.js';
import type { WordForm } from '../src/text/fold.js';
import { FIXTURES } from './helpers.js';

// Syllable counts against the CMU Pronouncing Dictionary (a devDependency), on the fixtures, so
// that a clean clone runs it. `node scripts/cmu-agreement.mjs` gives the corpus's figures.

interface Entry {
  spelling: string;
  form: WordForm;
  count: number;
}

// The English articles of the fixtures (CMU is an English dictionary): the seed, the sourdough
// article, the MDX example and the corpus copies, a vocabulary that does not move with test fixtures.
const files = globSync(['*.md', '*.mdx', 'corpus/*.md'], { cwd: FIXTURES, absolute: true }).sort();
const vocab: Entry[] = vocabulary(
  files.map((f) => [f, readFileSync(f, 'utf8')]),
  new Analyzer(),
);
const counter = new SyllableCounter();

describe('agreement with CMU over the fixtures’ vocabulary', () => {
  const ours = agreement(vocab, (e: Entry) => counter.shape(e.form).syllables);
  const before = agreement(vocab, (e: Entry) => syllable(e.form.surface));

  it('reads a vocabulary of which CMU has most', () => {
    expect(ours.spellings).toBeGreaterThan(1500);
    expect(ours.known / ours.spellings).toBeGreaterThan(0.9);
  });

  it('agrees on at least 99 % of the spellings, where the syllable package alone agreed on 96.6 %', () => {
    expect(ours.words).toBeGreaterThanOrEqual(99);
    expect(before.words).toBeLessThan(97);
  });

  it('agrees on at least 99.5 % of the occurrences (98.5 % before)', () => {
    expect(ours.weighted).toBeGreaterThanOrEqual(99.5);
    expect(before.weighted).toBeLessThan(99);
  });
});

describe('Flesch reading ease against a textbook computation (CMU syllables)', () => {
  const analyzer = new Analyzer();
  const FIVE = ['11years.md', '2014-03-27-uncle-sam-wants-you-to-be-a-hero-hacker.md', '2015-04-10-Fearless-Concurrency.md', '2022-gc-elections.md', 'cgo.md'];
  const articles = FIVE.map((name) => `${FIXTURES}corpus/${name}`);
  const rows = articles.map((file) => {
    const facts = analyzer.facts(readFileSync(file, 'utf8'), file);
    const { words, sentences } = facts.readability.counts;
    const ours = (form: WordForm) => counter.shape(form).syllables;
    const textbook = flesch(words, sentences, articleSyllables(facts, cmuToken, ours).syllables);
    const before = flesch(words, sentences, articleSyllables(facts, (form: WordForm) => syllable(form.surface), () => 0).syllables);
    return { file, score: facts.readability.scores.fleschReadingEase as number, textbook, before };
  });

  it('recounts seo-check’s own syllables as readability.ts does', () => {
    for (const file of articles) {
      const facts = analyzer.facts(readFileSync(file, 'utf8'), file);
      const recount = articleSyllables(facts, (form: WordForm) => counter.shape(form).syllables, () => 0);
      expect(recount.syllables).toBe(facts.readability.counts.syllables);
    }
  });

  it('lands within 5 points on each of the five corpus articles', () => {
    expect(rows.length).toBe(5);
    for (const r of rows) expect([r.file, Math.abs(r.score - r.textbook) <= 5]).toEqual([r.file, true]);
  });

  it('did not before: the article full of numbers was 21 points off', () => {
    const off = rows.filter((r) => Math.abs(r.before - r.textbook) > 5).map((r) => r.file.split('/').pop());
    expect(off).toEqual(['11years.md', '2022-gc-elections.md']);
  });
});
