import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { Analyzer, type FileReport } from './internal.js';

/**
 * Each language's fixture article, analysed end to end (parser, tokenizer, the language's lists,
 * syllables and formula), against the figures counted by hand in its .expected.json.
 */
interface Expected {
  sentences: number;
  words: number;
  syllables: number;
  transitionSentences: { count: number; sentences: Array<{ begins: string }> };
  passiveSentences: { count: number; sentences: string[] };
  readingEase: { formula: string; score: number };
}

const CODES = ['de', 'es', 'fr', 'it', 'nl', 'pt', 'ru'];

describe.each(CODES)('the %s fixture, end to end', (code) => {
  const file = `${FIXTURES}languages/${code}.md`;
  const expected = JSON.parse(readFileSync(`${FIXTURES}languages/${code}.expected.json`, 'utf8')) as Expected;
  const analyzer = new Analyzer();
  const facts = analyzer.facts(readFileSync(file, 'utf8'), file);
  const result = analyzer.analyze(readFileSync(file, 'utf8'), file) as FileReport;
  const { doc, structure } = facts;
  const text = (from: number, to: number) => doc.lines.text.slice(doc.words.starts[from], doc.words.ends[to - 1]);

  it('is read in its language, with the words, sentences and syllables counted by hand', () => {
    expect(result.language).toBe(code);
    expect([result.stats.words, result.stats.sentences, result.readability.syllables]).toEqual([expected.words, expected.sentences, expected.syllables]);
  });

  it('finds the transitions counted by hand, in the same sentences', () => {
    const firstTwo = (from: number, to: number) => [from, from + 1].filter((k) => k < to).map((k) => doc.words.surface(k)).join(' ');
    const found = structure.sentences.filter((s) => s.transition).map((s) => firstTwo(s.from, s.to));
    expect(found.length).toBe(expected.transitionSentences.count);
    expect(found).toEqual(expected.transitionSentences.sentences.map((s) => s.begins));
    expect(result.readability.transitionShare).toBe(Math.round((10000 * expected.transitionSentences.count) / expected.sentences) / 100);
  });

  it('finds the passive sentences counted by hand, and no others', () => {
    const found = structure.sentences.filter((s) => s.passive !== null).map((s) => text(s.from, s.to));
    expect(found).toEqual(expected.passiveSentences.sentences.map((s) => s.replace(/[.!?]$/, '')));
  });

  it('scores the reading ease by its language’s formula, as computed by hand', () => {
    expect(result.readability.readingEase).toEqual({ formula: expected.readingEase.formula, score: expected.readingEase.score });
    const check = result.checks.find((c) => c.id === 'flesch-reading-ease')!;
    expect(check.skipped).toBeUndefined();
    expect(check.message).toMatch(new RegExp(`reading ease is ${expected.readingEase.score.toFixed(1)} `));
  });

  it('judges transitions, passive voice and beginnings: none is skipped', () => {
    for (const id of ['transition-words', 'passive-voice', 'sentence-beginnings']) expect(result.checks.find((c) => c.id === id)?.skipped).toBeUndefined();
  });
});

describe('a language with no lists', () => {
  it('is said once, and its style checks are skipped, weighing nothing', async () => {
    const article = '---\nlang: pl\n---\n# Spotkanie\n\nTo jest tekst. To jest drugi tekst. To jest trzeci tekst.\n';
    const r = await runCli(['-', '-f', 'json', '-k', 'spotkanie'], { stdin: article });
    const checks = JSON.parse(r.stdout).results[0].checks as Array<{ id: string; skipped?: { reason: string } }>;
    expect(checks.filter((c) => c.skipped).map((c) => [c.id, c.skipped!.reason])).toEqual([
      ['passive-voice', 'no passive-voice rules for Polish'],
      ['transition-words', 'no transition-word list for Polish'],
      ['sentence-beginnings', 'no sentence-beginning rules for Polish'],
      ['flesch-reading-ease', 'no reading-ease formula for Polish'],
    ]);
    expect(r.stderr.split('\n').filter((l) => l.includes("'pl'"))).toHaveLength(1);
  });
});
