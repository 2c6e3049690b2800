import type { Distribution } from './distribution.js';
import type { KeyphraseFacts, Occurrence, Placement } from './keyphrase.js';
import type { KeyphraseMatchingReport } from '../engine/report-types.js';
export type { KeyphraseMatchingReport };

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
