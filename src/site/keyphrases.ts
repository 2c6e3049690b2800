import { cmp } from './context.js';
import type { TermModel } from './tfidf.js';
import type { SiteSummary, SuggestedKeyphrase } from './types.js';

/**
 * Candidate keyphrases of each article ranked by TF-IDF against the others in the run: a phrase
 * the article repeats and few others use is what it is about.
 *
 * score = (1 + ln count) × idf × (1 + TITLE_BOOST when every word is in the title), with idf as
 * in tfidf.ts. A single word's document frequency is the term's; a phrase's counts the articles
 * that list it among their repeated phrases (summaries keep only those), so a phrase other
 * articles use once each is under-counted: it can only rise for an article that repeats it.
 */
const TITLE_BOOST = 0.5;
const REPLACE = 0.75;

export interface RankedPhrase {
  key: string;
  text: string;
  count: number;
  /** Content words in the phrase. */
  words: number;
  /** Their stem keys. */
  parts: string[];
  score: number;
}

/** Whether the words of `inner` stand in order, consecutively, within `outer` (both keys). */
function contains(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

export class PhraseModel {
  private readonly df = new Map<string, number>();
  private readonly ranks: Array<RankedPhrase[] | undefined> = [];

  constructor(
    private readonly summaries: readonly SiteSummary[],
    private readonly terms: TermModel,
  ) {
    for (const s of summaries) {
      for (const [key] of s.phrases) if (key.includes(' ')) this.df.set(key, (this.df.get(key) ?? 0) + 1);
    }
  }

  private idf(key: string): number {
    if (!key.includes(' ')) {
      const id = this.terms.idOf(key);
      return id === undefined ? Math.log(1 + this.summaries.length) + 1 : this.terms.idf(id);
    }
    return Math.log((1 + this.summaries.length) / (1 + (this.df.get(key) ?? 0))) + 1;
  }

  /** Every candidate of article `doc`, best first (ties: more frequent, then by key). */
  ranked(doc: number): RankedPhrase[] {
    let list = this.ranks[doc];
    if (list !== undefined) return list;
    const s = this.summaries[doc];
    const title = new Set(s.titleTerms);
    list = s.phrases.map(([key, text, count]) => {
      const words = key.split(' ');
      const inTitle = words.every((w) => title.has(w));
      const score = (1 + Math.log(count)) * this.idf(key) * (inTitle ? 1 + TITLE_BOOST : 1);
      return { key, text, count, words: words.length, parts: words, score };
    });
    list.sort((a, b) => b.score - a.score || b.words - a.words || b.count - a.count || cmp(a.key, b.key));
    this.ranks[doc] = list;
    return list;
  }

  /**
   * The top `limit` suggestions, each a different topic: a longer phrase that holds a chosen one
   * replaces it when it scores at least REPLACE times as much ("Go modules" over "module": the
   * longer names the topic, the shorter is how it is often abbreviated); any other phrase that shares a word with a chosen one is skipped ("uncle Sam" and
   * "Sam wants" are one topic).
   */
  suggestions(doc: number, limit: number): SuggestedKeyphrase[] {
    const chosen: RankedPhrase[] = [];
    const shares = (a: RankedPhrase, b: RankedPhrase) => a.parts.some((w) => b.parts.includes(w));
    for (const p of this.ranked(doc)) {
      if (chosen.length === limit) break;
      const inner = chosen.findIndex((c) => contains(p.key, c.key));
      if (inner !== -1) {
        if (p.score >= REPLACE * chosen[inner].score && !chosen.some((c, i) => i !== inner && shares(c, p))) chosen[inner] = p;
        continue;
      }
      if (!chosen.some((c) => shares(c, p))) chosen.push(p);
    }
    // A replacement may score below the phrase it replaced: in score order again.
    chosen.sort((a, b) => b.score - a.score || b.words - a.words || cmp(a.key, b.key));
    return chosen.map((p) => ({ phrase: p.text, key: p.key, score: Math.round(p.score * 1000) / 1000 }));
  }

  /**
   * The rank (1-based) of a keyphrase key among article `doc`'s candidates, or null when the
   * article does not repeat it as a phrase.
   */
  rankOf(doc: number, key: string): number | null {
    const i = this.ranked(doc).findIndex((p) => p.key === key);
    return i === -1 ? null : i + 1;
  }

  /** The top single words of article `doc` by the same score. */
  topWords(doc: number, n: number): string[] {
    return this.ranked(doc)
      .filter((p) => p.words === 1)
      .slice(0, n)
      .map((p) => p.key);
  }
}
