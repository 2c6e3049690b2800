import { defineSiteRule } from '../rule.js';
import type { SiteOutcome } from '../types.js';

/** A keyphrase key whose word order does not matter, as sentence matching reads a keyphrase. */
export function unorderedKey(key: string): string {
  return key.split(' ').filter(Boolean).sort().join(' ');
}

export default defineSiteRule({
  id: 'keyphrase-cannibalization',
  description: 'No two articles target the same keyphrase, and no article is mostly about another one’s keyphrase.',
  defaultSeverity: 'warning',
  recommended: true,
  scope: 'site',
  basis: {
    kind: 'heuristic',
    why: 'Articles of one site that target one search compete with each other: a search engine shows one of them, not always the best, and links and readers are split between them (Yoast’s "keyphrase already used").',
  },
  messages: {
    shared: '{{count}} articles target the keyphrase "{{keyphrase}}": they compete for the same searches; give each its own keyphrase, or merge them',
    topic: '"{{keyphrase}}", the keyphrase of {{file}}, is also what {{other}} is most about: the two compete for the same searches',
  },
  options: {
    topic: { type: 'boolean', default: true, description: 'Also report an article whose top phrase by TF-IDF is another article’s keyphrase.' },
    minArticles: {
      type: 'number',
      default: 5,
      minimum: 2,
      integer: true,
      description: 'Articles the run must hold for the topic check: TF-IDF needs other articles to compare with.',
    },
  },
  check(summaries, { topic, minArticles }, ctx) {
    const out: SiteOutcome[] = [];
    // Keyphrase key → the articles (and which of their keyphrases) that declare it.
    const byKey = new Map<string, Array<{ doc: number; k: number }>>();
    summaries.forEach((s, doc) =>
      s.keyphrases.forEach((kp, k) => {
        const key = unorderedKey(kp.key);
        if (key === '') return;
        const list = byKey.get(key) ?? [];
        if (!list.some((e) => e.doc === doc)) list.push({ doc, k });
        byKey.set(key, list);
      }),
    );
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      const first = summaries[list[0].doc].keyphrases[list[0].k];
      out.push({
        messageId: 'shared',
        data: { keyphrase: first.phrase, count: list.length },
        keyphrase: first.phrase,
        files: list.map(({ doc, k }) => ({ file: summaries[doc].file, line: summaries[doc].keyphrases[k].line })),
      });
    }
    if (!topic || summaries.length < minArticles) return out;
    const phrases = ctx.phrases();
    summaries.forEach((s, doc) => {
      const top = phrases.ranked(doc)[0];
      if (top === undefined) return;
      const key = unorderedKey(top.key);
      const own = s.keyphrases.some((kp) => unorderedKey(kp.key) === key);
      for (const { doc: other, k } of byKey.get(key) ?? []) {
        if (other === doc || own) continue;
        const kp = summaries[other].keyphrases[k];
        out.push({
          messageId: 'topic',
          data: { keyphrase: kp.phrase, file: summaries[other].file, other: s.file },
          keyphrase: kp.phrase,
          files: [
            { file: summaries[other].file, line: kp.line },
            { file: s.file, line: s.titleLine },
          ],
        });
      }
    });
    return out;
  },
});
