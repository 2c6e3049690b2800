import { bandsFor, candidatePairs, estimate } from '../minhash.js';
import { clusterPairs } from '../near-text.js';
import { defineSiteRule } from '../rule.js';
import type { SiteOutcome } from '../types.js';

export default defineSiteRule({
  id: 'duplicate-content',
  description: 'No two articles have the same body, or nearly the same (by MinHash over 5-word shingles).',
  defaultSeverity: 'warning',
  recommended: true,
  scope: 'site',
  basis: {
    kind: 'google',
    url: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
    why: 'Google chooses one page of a set of duplicates to show and treats the others as copies, so the writer no longer chooses which one ranks; the 90 % threshold for near duplicates is Screaming Frog’s default.',
  },
  messages: {
    exact: '{{count}} articles have the same text: keep one, or make each say something of its own',
    near: '{{count}} articles are near duplicates (at least {{similarity}} % alike): merge them, or make each say something of its own',
  },
  options: {
    threshold: {
      type: 'number',
      default: 90,
      minimum: 50,
      maximum: 100,
      description: 'Estimated resemblance (%) of two bodies’ 5-word shingles from which they count as near duplicates.',
    },
    minWords: {
      type: 'number',
      default: 50,
      minimum: 0,
      integer: true,
      description: 'Articles shorter than this are not compared for near duplicates (few shingles make the estimate noisy).',
    },
  },
  check(summaries, { threshold, minWords }) {
    const out: SiteOutcome[] = [];
    // Exact: one hash map from the normalised body's hash.
    const byHash = new Map<string, number[]>();
    summaries.forEach((s, i) => {
      if (s.bodyHash === '') return;
      const g = byHash.get(s.bodyHash);
      if (g === undefined) byHash.set(s.bodyHash, [i]);
      else g.push(i);
    });
    const representative: number[] = [];
    for (const group of byHash.values()) {
      representative.push(group[0]);
      if (group.length < 2) continue;
      out.push({
        messageId: 'exact',
        data: { count: group.length },
        similarity: 1,
        files: group.map((i) => ({ file: summaries[i].file, line: summaries[i].bodyLine })),
      });
    }
    // Near: LSH over one article of each exact group, then the estimate on each candidate pair.
    const reps = representative.filter((i) => summaries[i].words >= minWords && summaries[i].minhash.length > 0).sort((a, b) => a - b);
    const t = threshold / 100;
    const { bands, rows } = bandsFor(t);
    const pairs: Array<[number, number, number]> = [];
    for (const [a, b] of candidatePairs(reps.map((i) => summaries[i].minhash), bands, rows)) {
      const similarity = estimate(summaries[reps[a]].minhash, summaries[reps[b]].minhash);
      if (similarity >= t) pairs.push([reps[a], reps[b], similarity]);
    }
    for (const { members, similarity } of clusterPairs(summaries.length, pairs)) {
      out.push({
        messageId: 'near',
        data: { count: members.length, similarity: Math.floor(similarity * 100) },
        similarity: Math.round(similarity * 1000) / 1000,
        files: members.map((i) => ({ file: summaries[i].file, line: summaries[i].bodyLine })),
      });
    }
    return out;
  },
});
