import type { Distribution } from './distribution.js';
import type { KeyphraseFacts, Occurrence, Placement } from './keyphrase.js';

/**
 * What the JSON report adds about a keyphrase beyond the core fields (`count`, `inTitle`…):
 * synonyms, near matches, where each placement was satisfied, and the distribution.
 */
export interface KeyphraseMatchingReport {
  /** Each synonym with its own count and occurrences. */
  synonyms: Array<{ phrase: string; count: number; occurrences: Occurrence[] }>;
  /** Occurrences of the keyphrase or a synonym, each place counted once. */
  countWithSynonyms: number;
  nearMatches: Occurrence[];
  /** Sentences holding every content word of the keyphrase or of a synonym. */
  sentenceMatchesWithSynonyms: number;
  placements: {
    title: Placement;
    description: Placement;
    introduction: Placement;
    slug: Placement;
    subheadings: { total: number; matching: number; lines: number[]; via: Array<{ line: number; synonym: string }> };
  };
  distribution: Distribution;
}

export function keyphraseMatchingReport(k: KeyphraseFacts): KeyphraseMatchingReport {
  return {
    synonyms: k.synonyms.map((s) => ({ phrase: s.phrase, count: s.count, occurrences: s.occurrences })),
    countWithSynonyms: k.countWithSynonyms,
    nearMatches: k.nearMatches,
    sentenceMatchesWithSynonyms: k.sentencesWith.length,
    placements: { title: k.title, description: k.description, introduction: k.introduction, slug: k.slug, subheadings: k.subheadings },
    distribution: k.distribution,
  };
}
