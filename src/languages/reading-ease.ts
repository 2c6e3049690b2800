import type { ReadingEase } from './types.js';

/** Flesch's constants (1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschEase(words: number, sentences: number, syllables: number): number {
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Flesch's own bands, for people reading the score. */
export const FLESCH_BANDS: ReadonlyArray<readonly [number, string]> = [
  [90, 'very easy'],
  [80, 'easy'],
  [70, 'fairly easy'],
  [60, 'plain English'],
  [50, 'fairly difficult'],
  [30, 'difficult'],
  [-Infinity, 'very difficult'],
];

export const flesch: ReadingEase = {
  formula: 'flesch',
  score: (c) => fleschEase(c.words, c.sentences, c.syllables),
  bands: FLESCH_BANDS,
};

/** The band a score falls in. */
export function band(ease: ReadingEase, score: number): string {
  for (const [min, label] of ease.bands) if (score >= min) return label;
  return ease.bands[ease.bands.length - 1][1];
}
