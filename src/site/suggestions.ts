import { posix } from 'node:path';
import type { SiteContext } from './context.js';
import type { LinkSuggestion, SentencePlace, SiteSummary } from './types.js';

/** Below this cosine two articles share too little for a link to help a reader. */
export const MIN_SIMILARITY = 0.1;

/** What to write as a link from `from` to `to`: its URL when known, else the relative path to its file. */
export function hrefBetween(from: SiteSummary, to: SiteSummary): string {
  if (to.url !== null) return to.url;
  const a = (from.path ?? from.file).replace(/\\/g, '/');
  const b = (to.path ?? to.file).replace(/\\/g, '/');
  const rel = posix.relative(posix.dirname(a), b);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * The sentence of article `doc` that talks most of article `other`'s topic: the sum of `other`'s
 * vector weights over the sentence's words. Null when no sentence shares a word of its vector.
 */
function placeFor(ctx: SiteContext, doc: number, other: number): SentencePlace | null {
  const model = ctx.terms();
  const s = ctx.summaries[doc];
  let best: SentencePlace | null = null;
  let bestScore = 0;
  const ids = model.termIds[doc];
  for (const [line, column, endLine, endColumn, excerpt, terms] of s.sentences) {
    let score = 0;
    for (const t of terms) score += model.weight(other, ids[t]);
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = { line, column, endLine, endColumn, excerpt };
    }
  }
  return best;
}

/**
 * The `limit` articles most related to article `doc` that it does not link to yet (nor shares
 * its text with), each with the sentence a link would fit in best.
 */
export function linkSuggestions(ctx: SiteContext, doc: number, limit: number): LinkSuggestion[] {
  const s = ctx.summaries[doc];
  const linked = ctx.outLinks()[doc];
  const exclude = (other: number) => linked.has(other) || (s.bodyHash !== '' && ctx.summaries[other].bodyHash === s.bodyHash);
  return ctx
    .terms()
    .similar(doc, exclude)
    .filter((c) => c.similarity >= MIN_SIMILARITY)
    .slice(0, limit)
    .map(({ doc: other, similarity }) => {
      const o = ctx.summaries[other];
      return { file: o.file, title: o.title, href: hrefBetween(s, o), similarity: Math.round(similarity * 1000) / 1000, sentence: placeFor(ctx, doc, other) };
    });
}
