import type { Document } from '../parse/document.js';
import { sentenceEnd } from '../parse/sentence-end.js';
import type { Phrase } from './phrase.js';
import { countText, readingScores, type ReadingScores, type TextCounts } from './readability.js';
import { measureStructure, type Structure } from './structure.js';
import { measureLinks, type Holds, type LinkFacts } from './links.js';
import type { SyllableCounter } from './syllables.js';
import type { StyleRules } from '../languages/types.js';
import { percentOf, round2 } from '../util/numbers.js';

/** The readability and structure facts of one article, measured once for every rule and report. */
export interface ReadingFacts {
  readability: { counts: TextCounts; scores: ReadingScores };
  structure: Structure;
  links: LinkFacts;
}

/** `readability` in the JSON report. Shares are percentages of all sentences. */
export interface ReadabilityReport extends ReadingScores {
  syllables: number;
  sentences: { count: number; mean: number; over20Share: number };
  paragraphs: Array<{ line: number; words: number }>;
  sections: Array<{ heading: string | null; line: number; words: number }>;
  /** Each sentence over the sentence-length rule's `max` words, as it spans the source (its closing punctuation included). */
  longSentences: Array<{ line: number; column: number; endLine: number; endColumn: number; words: number }>;
  /** Null when the article's language has no passive-voice rules. */
  passiveShare: number | null;
  /** Null when the article's language has no transition-word list. */
  transitionShare: number | null;
  /** Runs of three or more sentences in a row that begin alike; null when the language has no rules for beginnings. */
  repeatedBeginnings: Array<{ beginning: string; sentences: number; line: number }> | null;
  links: { internal: number; external: number };
  images: { total: number; missingAlt: number; keyphraseInAlt: string[] };
}

export function measureReading(
  doc: Document,
  phrases: readonly Phrase[],
  holds: Holds,
  syllables: SyllableCounter,
  style: StyleRules | null,
  site?: string,
): ReadingFacts {
  const counts = countText(doc, syllables);
  return {
    readability: { counts, scores: readingScores(counts) },
    structure: measureStructure(doc, style),
    links: measureLinks(doc, phrases, holds, site),
  };
}

/** The sentence length the JSON report's `over20Share` counts from, as Yoast and Hemingway do. */
export const LONG_SENTENCE = 20;

/**
 * The sentences over `max` words, spanning the source as the sentence-length rule quotes them
 * (rules/places.ts, sentencePlace): a report cannot re-tokenize the text to find them.
 */
function longSentences(doc: Document, sentences: Structure['sentences'], max: number): ReadabilityReport['longSentences'] {
  const { words, lines } = doc;
  return sentences
    .filter((s) => s.words > max)
    .map((s) => {
      const end = lines.place(sentenceEnd(lines.text, words.ends[s.to - 1]));
      return { line: s.line, column: s.column, endLine: end.line, endColumn: end.column, words: s.words };
    });
}

/** `longMax` is the sentence-length rule's `max` for the article (20 when not given). */
export function readabilityReport(facts: ReadingFacts & { doc: Document }, style: StyleRules | null, longMax = LONG_SENTENCE): ReadabilityReport {
  const { counts, scores } = facts.readability;
  const { sentences, paragraphs, sections, beginnings } = facts.structure;
  const n = sentences.length;
  const { links } = facts;
  return {
    ...scores,
    syllables: counts.syllables,
    sentences: {
      count: n,
      mean: n === 0 ? 0 : round2(counts.words / n),
      over20Share: percentOf(sentences.filter((s) => s.words > LONG_SENTENCE).length, n),
    },
    paragraphs: paragraphs.map((p) => ({ line: p.line, words: p.words })),
    sections: sections.map((s) => ({ heading: s.heading, line: s.line, words: s.words })),
    longSentences: longSentences(facts.doc, sentences, longMax),
    passiveShare: style === null ? null : percentOf(facts.structure.passiveSentences, n),
    transitionShare: style === null ? null : percentOf(facts.structure.transitionSentences, n),
    repeatedBeginnings: style === null ? null : beginnings.filter((b) => b.sentences >= 3).map((b) => ({ beginning: b.beginning, sentences: b.sentences, line: b.line })),
    links: { internal: links.internal, external: links.external },
    images: { total: links.images.length, missingAlt: links.missingAlt.length, keyphraseInAlt: links.keyphraseInAlt },
  };
}
