import type { Document } from '../parse/document.js';
import { Hard, type SyllableCounter } from './syllables.js';
import { WordFlag } from '../text/words.js';
import { fleschEase } from '../languages/reading-ease.js';
import { round2 } from '../util/numbers.js';
import type { ReadingScores } from '../engine/report-types.js';
export type { ReadingScores };

/**
 * What the readability formulas read, counted over all the prose the document model holds
 * (headings and table cells too), with the words and sentences `stats` counts: a word is a run
 * between white space ("Trump-Putin" is one word of three syllables).
 */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters (Coleman–Liau). */
  letters: number;
  /** Letters and digits (ARI). */
  characters: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
  /** Gunning's hard words: three or more syllables, not a name, compound or -ed/-es/-ing form. */
  complexWords: number;
  /** Syllables of each sentence, in `Document.sentences` order (to find the hardest). */
  sentenceSyllables: number[];
}

/** Silent reading speed of adults for non-fiction (Brysbaert 2019, a meta-analysis of 190 studies). */
export const WORDS_PER_MINUTE = 238;

/** Counts words, sentences, syllables and letters once, for every formula. */
export function countText(doc: Document, syllables: SyllableCounter, syllablesIn: ((surface: string) => number) | null = null): TextCounts {
  const { words, sentences } = doc;
  const { flags } = words;
  const counts: TextCounts = {
    words: 0,
    sentences: doc.sentences.length,
    syllables: 0,
    letters: 0,
    characters: 0,
    polysyllables: 0,
    complexWords: 0,
    sentenceSyllables: sentences.map(() => 0),
  };
  const { ids } = words;
  const columns = syllables.columns(words.forms, syllablesIn);
  columns.reserve();
  const { known, syllables: syllablesOf, letters, characters, hard } = columns;
  const n = words.length;
  let i = 0;
  while (i < n) {
    // One written word: a token that follows white space, and the tokens joined to it.
    let j = i + 1;
    while (j < n && !(flags[j] & WordFlag.WordStart)) j++;
    let syllableCount = 0;
    for (let k = i; k < j; k++) {
      const id = ids[k];
      if (known[id] === 0) columns.fill(id);
      syllableCount += syllablesOf[id];
      counts.letters += letters[id];
      counts.characters += characters[id];
    }
    // Numbers, acronyms and symbols are counted as read (spoken.ts); a word in a script the
    // `syllable` package does not read ("Москва": 0) is still read, as at least one syllable.
    syllableCount = Math.max(1, syllableCount);
    counts.words++;
    counts.syllables += syllableCount;
    counts.sentenceSyllables[words.sentences[i]] += syllableCount;
    // Most words are short: only a polysyllable can be a hard word. A hard word is one token
    // (not a hyphenated compound); a capitalised one only where it starts its sentence (see Hard).
    if (syllableCount >= 3) {
      counts.polysyllables++;
      if (j - i === 1) {
        const h = hard[ids[i]];
        if (h === Hard.Always || (h === Hard.AtSentenceStart && sentences[words.sentences[i]].from === i)) counts.complexWords++;
      }
    }
    i = j;
  }
  return counts;
}

/**
 * Applies the formulas, in their published forms:
 * - Flesch reading ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words
 * - Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
 * - Gunning fog = 0.4 × (words/sentences + 100 × complex words/words)
 * - SMOG = 1.043 × √(polysyllables × 30/sentences) + 3.1291
 * - Coleman–Liau = 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8
 * - ARI = 4.71 × characters/words + 0.5 × words/sentences − 21.43
 * Each is rounded to two decimals.
 */
export function readingScores(c: TextCounts): ReadingScores {
  const readingTimeMinutes = c.words === 0 ? 0 : Math.max(1, Math.round(c.words / WORDS_PER_MINUTE));
  if (c.words === 0 || c.sentences === 0) {
    return { fleschReadingEase: null, fleschKincaidGrade: null, gunningFog: null, smog: null, colemanLiau: null, ari: null, readingTimeMinutes };
  }
  const wps = c.words / c.sentences;
  const spw = c.syllables / c.words;
  return {
    fleschReadingEase: round2(fleschEase(c.words, c.sentences, c.syllables)),
    fleschKincaidGrade: round2(0.39 * wps + 11.8 * spw - 15.59),
    gunningFog: round2(0.4 * (wps + (100 * c.complexWords) / c.words)),
    smog: round2(1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291),
    colemanLiau: round2(0.0588 * ((100 * c.letters) / c.words) - 0.296 * ((100 * c.sentences) / c.words) - 15.8),
    ari: round2(4.71 * (c.characters / c.words) + 0.5 * wps - 21.43),
    readingTimeMinutes,
  };
}
