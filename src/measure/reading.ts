import type { Document } from '../parse/document.js';
import type { Phrase } from './phrase.js';
import { countText, readingScores, type ReadingScores, type TextCounts } from './readability.js';
import { measureStructure, type Structure } from './structure.js';
import { measureLinks, type Holds, type LinkFacts } from './links.js';
import type { SyllableCounter } from './syllables.js';
import type { FormulaId, Language, StyleRules } from '../languages/types.js';
import { percentOf, round2 } from '../util/numbers.js';
import type { ReadingEaseScore, ReadabilityReport } from '../engine/report-types.js';
export type { ReadingEaseScore, ReadabilityReport };

/** The readability and structure facts of one article, measured once for every rule and report. */
export interface ReadingFacts {
  readability: { counts: TextCounts; scores: ReadingScores; readingEase: ReadingEaseScore | null };
  structure: Structure;
  links: LinkFacts;
}

export function measureReading(
  doc: Document,
  phrases: readonly Phrase[],
  holds: Holds,
  syllables: SyllableCounter,
  language: Language,
  site?: string,
): ReadingFacts {
  const counts = countText(doc, syllables, language.syllables);
  const ease = language.readingEase;
  const score = ease === null || counts.words === 0 || counts.sentences === 0 ? null : round2(ease.score(counts));
  return {
    readability: { counts, scores: readingScores(counts), readingEase: ease === null || score === null || Number.isNaN(score) ? null : { formula: ease.formula, score } },
    structure: measureStructure(doc, language.style),
    links: measureLinks(doc, phrases, holds, site),
  };
}

/** The sentence length the JSON report's `over20Share` counts from, as Yoast and Hemingway do. */
export const LONG_SENTENCE = 20;

export function readabilityReport(facts: ReadingFacts, style: StyleRules | null): ReadabilityReport {
  const { counts, scores } = facts.readability;
  const { sentences, paragraphs, sections, beginnings } = facts.structure;
  const n = sentences.length;
  const { links } = facts;
  return {
    ...scores,
    readingEase: facts.readability.readingEase,
    syllables: counts.syllables,
    sentences: {
      count: n,
      mean: n === 0 ? 0 : round2(counts.words / n),
      over20Share: percentOf(sentences.filter((s) => s.words > LONG_SENTENCE).length, n),
    },
    paragraphs: paragraphs.map((p) => ({ line: p.line, words: p.words })),
    sections: sections.map((s) => ({ heading: s.heading, line: s.line, words: s.words })),
    passiveShare: style === null ? null : percentOf(facts.structure.passiveSentences, n),
    transitionShare: style === null ? null : percentOf(facts.structure.transitionSentences, n),
    repeatedBeginnings: style === null ? null : beginnings.filter((b) => b.sentences >= 3).map((b) => ({ beginning: b.beginning, sentences: b.sentences, line: b.line })),
    links: { internal: links.internal, external: links.external },
    images: { total: links.images.length, missingAlt: links.missingAlt.length, keyphraseInAlt: links.keyphraseInAlt },
  };
}
