import type { FormulaId, ReadingEase } from './types.js';

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

/** The label of the first band whose minimum the score reaches (bands highest first). */
export function bandOf(bands: ReadonlyArray<readonly [number, string]>, score: number): string {
  for (const [min, label] of bands) if (score >= min) return label;
  return bands[bands.length - 1][1];
}

/** The band a score of `ease`'s formula falls in. */
export function band(ease: ReadingEase, score: number): string {
  return bandOf(ease.bands, score);
}

/** How reports name each formula. */
export const FORMULA_NAMES: Record<FormulaId, string> = {
  flesch: 'Flesch',
  amstad: 'Amstad',
  'fernandez-huerta': 'Fernández Huerta',
  'kandel-moles': 'Kandel–Moles',
  'franchina-vacca': 'Franchina–Vacca',
  'flesch-douma': 'Flesch–Douma',
  martins: 'Martins',
  oborneva: 'Oborneva',
};
