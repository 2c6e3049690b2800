import { clusterPairs, matchLabels } from '../near-text.js';
import type { SiteOutcome, SiteSummary } from '../types.js';

/** What duplicate-title and duplicate-description share: exact groups, then clusters of near ones. */
export function duplicateLabels(
  summaries: readonly SiteSummary[],
  label: (s: SiteSummary) => string | null,
  line: (s: SiteSummary) => number,
  threshold: number,
  near: boolean,
): SiteOutcome[] {
  const labels = summaries.map(label);
  const { exact, near: pairs } = matchLabels(labels, threshold / 100);
  const out: SiteOutcome[] = exact.map((group) => ({
    messageId: 'exact',
    data: { text: labels[group[0]]!, count: group.length },
    similarity: 1,
    files: group.map((i) => ({ file: summaries[i].file, line: line(summaries[i]) })),
  }));
  if (!near) return out;
  for (const { members, similarity } of clusterPairs(summaries.length, pairs)) {
    out.push({
      messageId: 'near',
      data: { text: labels[members[0]]!, count: members.length, similarity: Math.round(similarity * 100) },
      similarity: Math.round(similarity * 1000) / 1000,
      files: members.map((i) => ({ file: summaries[i].file, line: line(summaries[i]) })),
    });
  }
  return out;
}

/** The options both rules take. */
export const LABEL_OPTIONS = {
  threshold: {
    type: 'number',
    default: 90,
    minimum: 80,
    maximum: 100,
    description: 'Similarity (%) from which two different texts count as near-identical: 1 − edit distance / length, after normalising.',
  },
  near: { type: 'boolean', default: true, description: 'Report near-identical texts, not only identical ones.' },
} as const;
