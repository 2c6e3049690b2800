import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokenize.js';
import { WordFolder } from '../src/text/fold.js';
import type { LanguageStyle } from '../src/languages/style/types.js';
import { style as de } from '../src/languages/style/de.js';
import { style as es } from '../src/languages/style/es.js';
import { style as fr } from '../src/languages/style/fr.js';
import { style as it_ } from '../src/languages/style/it.js';
import { style as nl } from '../src/languages/style/nl.js';
import { style as pt } from '../src/languages/style/pt.js';
import { style as ru } from '../src/languages/style/ru.js';

/**
 * The fixture articles (fixtures/languages/<code>.md), their hand count (<code>.syllabified.txt:
 * one sentence a line, headings marked "## ", syllables parted by "·") and the figures taken from
 * it (<code>.expected.json). These tests hold the three together and run the pure functions over
 * the article; the end-to-end test through the analyzer asserts the same figures.
 */
const STYLES: Record<string, LanguageStyle> = { de, es, fr, it: it_, nl, pt, ru };
const read = (name: string) => readFileSync(new URL(`../fixtures/languages/${name}`, import.meta.url), 'utf8');

interface Expected {
  lang: string;
  sentences: number;
  headings: number;
  words: number;
  syllables: number;
  transitionSentences: { count: number; sentences: Array<{ begins: string; transition: string }> };
  passiveSentences: { count: number; sentences: string[] };
  readingEase: { formula: string; score: number };
}

function tokens(text: string): string[] {
  const words = tokenize(text, new WordFolder(null));
  return Array.from({ length: words.length }, (_, i) => words.surface(i).normalize('NFC').toLowerCase().replace(/[’‘ʼ]/g, "'"));
}

describe.each(Object.entries(STYLES))('fixture article (%s)', (code, style) => {
  const lines = read(`${code}.syllabified.txt`).split('\n').filter((l) => l.trim() !== '');
  const sentences = lines.map((l) => l.replace(/^## /, ''));
  const expected = JSON.parse(read(`${code}.expected.json`)) as Expected;
  const markdown = read(`${code}.md`);

  it('is the hand-counted text, with front matter naming its language', () => {
    expect(markdown).toMatch(new RegExp(`^---\\nlang: ${code}\\n`));
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    const prose = (s: string) => s.replace(/·/g, '').replace(/\s+/g, ' ').trim();
    expect(prose(body)).toBe(prose(read(`${code}.syllabified.txt`)));
  });

  it('has the figures of its hand count', () => {
    const words = sentences.flatMap((s) => s.split(/\s+/)).filter((w) => /[\p{L}\p{N}]/u.test(w));
    expect(expected.lang).toBe(code);
    expect(expected.sentences).toBe(lines.length);
    expect(expected.headings).toBe(lines.filter((l) => l.startsWith('## ')).length);
    expect(expected.words).toBe(words.length);
    expect(expected.syllables).toBe(words.reduce((n, w) => n + w.split('·').length, 0));
    expect(expected.words).toBeGreaterThanOrEqual(220);
  });

  it('counts the syllables of every word of the article as the hand count does', () => {
    const plain = sentences.map((s) => s.replace(/·/g, ''));
    const counted = plain.flatMap((s) => s.split(/\s+/)).reduce((n, w) => {
      const parts = tokens(w);
      return parts.length === 0 ? n : n + Math.max(1, parts.reduce((m, t) => m + style.syllables(t), 0));
    }, 0);
    expect(counted).toBe(expected.syllables);
  });

  it('finds the passives the hand count found, and no others', () => {
    const found = sentences.map((s) => s.replace(/·/g, '')).filter((s) => style.passive(tokens(s)) !== null);
    expect(found).toEqual(expected.passiveSentences.sentences);
    expect(expected.passiveSentences.count).toBe(found.length);
  });

  it('finds a transition in the sentences the hand count names (by their first two words), and in no others', () => {
    const single = new Set(style.transitionWords);
    const phrases = style.transitionPhrases.map((p) => p.split(' '));
    const found = sentences
      .map((s) => tokens(s.replace(/·/g, '')))
      .filter((words) => words.some((w, k) => single.has(w) || phrases.some((p) => p.every((x, i) => words[k + i] === x))));
    const listed = expected.transitionSentences.sentences;
    expect(found.map((words) => words.slice(0, 2).join(' '))).toEqual(listed.map((t) => tokens(t.begins).join(' ')));
    found.forEach((words, i) => expect(` ${words.join(' ')} `).toContain(` ${listed[i].transition} `));
    expect(expected.transitionSentences.count).toBe(listed.length);
  });

  it('scores the reading ease of the hand count by the language formula', () => {
    const { words, sentences: n, syllables } = expected;
    expect(style.readingEase.formula).toBe(expected.readingEase.formula);
    expect(style.readingEase.score({ words, sentences: n, syllables, letters: 0 })).toBeCloseTo(expected.readingEase.score, 2);
  });
});
