import { defineSiteRule } from '../rule.js';
import type { SiteOutcome } from '../types.js';

export default defineSiteRule({
  id: 'orphan-page',
  description: 'Every article is linked to from at least one other article of the run (off unless asked for).',
  defaultSeverity: 'warning',
  // A run of part of a site cannot know which other pages (indexes, tags, menus) link to an article.
  recommended: false,
  scope: 'site',
  basis: {
    kind: 'google',
    url: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    why: 'Google discovers most pages through links from pages it already knows; an article no other page links to is found only through a sitemap, and readers of the others never reach it.',
  },
  messages: {
    orphan: 'No other article in the run links to this article: link to it from a related one',
  },
  options: {
    minArticles: {
      type: 'number',
      default: 2,
      minimum: 2,
      integer: true,
      description: 'Articles the run must hold before any is called an orphan.',
    },
  },
  check(summaries, { minArticles }, ctx) {
    if (summaries.length < minArticles) return [];
    const linked = new Set<number>();
    for (const targets of ctx.outLinks()) for (const t of targets) linked.add(t);
    const out: SiteOutcome[] = [];
    summaries.forEach((s, doc) => {
      if (!linked.has(doc)) out.push({ messageId: 'orphan', data: {}, files: [{ file: s.file, line: 1 }] });
    });
    return out;
  },
});
