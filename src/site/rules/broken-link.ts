import { defineSiteRule } from '../rule.js';
import type { SiteOutcome } from '../types.js';
import { safeDecode } from '../url.js';

export default defineSiteRule({
  id: 'broken-link',
  description: 'Every internal link points to an article of the run, and every #fragment to one of its headings.',
  defaultSeverity: 'error',
  recommended: true,
  scope: 'site',
  basis: {
    kind: 'google',
    url: 'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
    why: 'Google finds pages by following links; a link to a page that does not exist leads readers and crawlers nowhere, and a fragment with no heading drops the reader at the top of the page.',
  },
  messages: {
    article: 'The link "{{href}}" points to no article in the run',
    anchor: 'The link "{{href}}" points to "#{{fragment}}", which is no heading of {{target}}',
    ownAnchor: 'The link "{{href}}" points to "#{{fragment}}", which is no heading of this article',
  },
  options: {
    minArticles: {
      type: 'number',
      default: 2,
      minimum: 1,
      integer: true,
      description: 'With fewer articles in the run, links to other articles are not judged: a run of one file cannot tell a broken link from one to an article it was not given (its own #fragments still are).',
    },
  },
  check(summaries, { minArticles }, ctx) {
    const out: SiteOutcome[] = [];
    const links = ctx.links();
    summaries.forEach((s, doc) =>
      links[doc].forEach((r, i) => {
        if (r.status !== 'broken') return;
        const own = r.reason === 'anchor' && r.targets.length === 1 && r.targets[0] === doc;
        if (!own && summaries.length < minArticles) return;
        const link = s.links[i];
        const messageId = r.reason === 'article' ? 'article' : own ? 'ownAnchor' : 'anchor';
        // markdown-it percent-encodes a destination (`<{% post_url x %}>`): quoted as written.
        const data: Record<string, string> = { href: safeDecode(link.href) };
        if (r.reason === 'anchor') {
          data.fragment = r.fragment ?? '';
          if (!own) data.target = summaries[r.targets[0]].file;
        }
        out.push({
          messageId,
          data,
          files: [{ file: s.file, line: link.line, column: link.column, endLine: link.endLine, endColumn: link.endColumn }],
        });
      }),
    );
    return out;
  },
});
