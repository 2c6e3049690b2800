import type { SiteSummary } from './types.js';

/**
 * TF-IDF vectors of a run's articles and an inverted index over them, for "which articles are
 * about the same thing" in time linear in the run.
 *
 * A term's weight in an article is (1 + ln tf) × idf × prominence, where idf = ln((1 + N) /
 * (1 + df)) + 1 (smoothed, so a word every article uses still weighs a little), and prominence
 * raises the words of the title, the subheadings and the keyphrases, as Yoast Premium weighs its
 * "prominent words": what the writer put in a heading says what the text is about more than one
 * more use in a paragraph. A title or keyphrase word counts as one more occurrence, so a topic
 * named only in the title still has a weight.
 */
export interface Prominence {
  title: number;
  heading: number;
  keyphrase: number;
}

export const DEFAULT_PROMINENCE: Prominence = { title: 2, heading: 1, keyphrase: 2 };

/** Terms an article vector keeps (its strongest); cosine is computed over these. */
const VECTOR_TERMS = 64;
/** Postings a term keeps: the articles it weighs most in (impact-ordered, as search engines cut them). */
const POSTINGS = 64;
/** Terms of an article whose postings are walked to find its candidates. */
const QUERY_TERMS = 10;
/** Candidates whose exact cosine is computed, out of those the postings reached. */
const CANDIDATES = 16;

/** An article's vector: term ids ascending, weights L2-normalised. */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

export class TermModel {
  readonly vocab = new Map<string, number>();
  /** Articles each term id occurs in (body, title, headings or keyphrases). */
  readonly df: number[] = [];
  readonly vectors: Vector[];
  /** Per article: the vocabulary id of each of its `terms`. */
  readonly termIds: Int32Array[] = [];
  /** Per term: the articles and weights of its strongest postings. */
  private readonly postDocs: Int32Array[] = [];
  private readonly postWeights: Float64Array[] = [];
  /** Scratch for `similar`: partial scores by article, and which are set. */
  private readonly scores: Float64Array;
  private readonly touched: number[] = [];

  constructor(
    readonly summaries: readonly SiteSummary[],
    readonly prominence: Prominence = DEFAULT_PROMINENCE,
  ) {
    const docTerms = summaries.map((s, d) => this.countsOf(s, d));
    this.scores = new Float64Array(summaries.length);
    for (const counts of docTerms) for (const id of counts.keys()) this.df[id] = (this.df[id] ?? 0) + 1;
    this.vectors = summaries.map((s, d) => this.vectorOf(s, docTerms[d]));
    const postings: Array<Array<[doc: number, weight: number]>> = [];
    this.vectors.forEach((v, d) => {
      for (let k = 0; k < v.ids.length; k++) (postings[v.ids[k]] ??= []).push([d, v.weights[k]]);
    });
    for (let t = 0; t < postings.length; t++) {
      const list = postings[t] ?? [];
      if (list.length > POSTINGS) {
        list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        list.length = POSTINGS;
      }
      const docs = (this.postDocs[t] = new Int32Array(list.length));
      const weights = (this.postWeights[t] = new Float64Array(list.length));
      list.forEach(([d, w], i) => {
        docs[i] = d;
        weights[i] = w;
      });
    }
  }

  get size(): number {
    return this.summaries.length;
  }

  idOf(term: string): number | undefined {
    return this.vocab.get(term);
  }

  idf(id: number): number {
    return Math.log((1 + this.size) / (1 + (this.df[id] ?? 0))) + 1;
  }

  private intern(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(term, id);
    }
    return id;
  }

  /** Term id → occurrences, a title or keyphrase word counting once more. */
  private countsOf(s: SiteSummary, doc: number): Map<number, number> {
    const counts = new Map<number, number>();
    const ids = new Int32Array(s.terms.length);
    s.terms.forEach((t, i) => counts.set((ids[i] = this.intern(t)), s.termCounts[i]));
    this.termIds[doc] = ids;
    const bump = (t: string) => {
      const id = this.intern(t);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    for (const t of new Set(s.titleTerms)) bump(t);
    for (const t of new Set(s.keyphrases.flatMap((k) => k.key.split(' ').filter(Boolean)))) bump(t);
    for (const t of s.headingTerms) if (!counts.has(this.intern(t))) bump(t);
    return counts;
  }

  /** Prominence multipliers of an article's terms. */
  boosts(s: SiteSummary): Map<number, number> {
    const boost = new Map<number, number>();
    const add = (terms: Iterable<string>, by: number) => {
      for (const t of new Set(terms)) {
        const id = this.vocab.get(t);
        if (id !== undefined) boost.set(id, (boost.get(id) ?? 1) + by);
      }
    };
    add(s.titleTerms, this.prominence.title);
    add(s.headingTerms, this.prominence.heading);
    add(s.keyphrases.flatMap((k) => k.key.split(' ').filter(Boolean)), this.prominence.keyphrase);
    return boost;
  }

  private vectorOf(s: SiteSummary, counts: Map<number, number>): Vector {
    const boost = this.boosts(s);
    const termIds: number[] = [];
    const raw: number[] = [];
    for (const [id, tf] of counts) {
      termIds.push(id);
      raw.push((1 + Math.log(tf)) * this.idf(id) * (boost.get(id) ?? 1));
    }
    // The VECTOR_TERMS strongest: the weight of the last one kept, from a native numeric sort,
    // then every term above it and, of those equal to it, the first few by id.
    let keep = termIds.map((_, i) => i);
    if (keep.length > VECTOR_TERMS) {
      const sorted = Float64Array.from(raw).sort();
      const floor = sorted[sorted.length - VECTOR_TERMS];
      const above = keep.filter((i) => raw[i] > floor);
      const at = keep.filter((i) => raw[i] === floor).sort((a, b) => termIds[a] - termIds[b]);
      keep = above.concat(at.slice(0, VECTOR_TERMS - above.length));
    }
    keep.sort((a, b) => termIds[a] - termIds[b]);
    let norm = 0;
    for (const i of keep) norm += raw[i] * raw[i];
    norm = Math.sqrt(norm) || 1;
    // Typed arrays filled by hand: TypedArray.from with a mapping function is slow in V8.
    const ids = new Int32Array(keep.length);
    const weights = new Float64Array(keep.length);
    for (let k = 0; k < keep.length; k++) {
      ids[k] = termIds[keep[k]];
      weights[k] = raw[keep[k]] / norm;
    }
    return { ids, weights };
  }

  /** The weight of term `id` in article `doc`'s vector (0 when not among its strongest). */
  weight(doc: number, id: number): number {
    const { ids, weights } = this.vectors[doc];
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid] === id) return weights[mid];
      if (ids[mid] < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  cosine(a: number, b: number): number {
    const x = this.vectors[a];
    const y = this.vectors[b];
    let i = 0;
    let j = 0;
    let sum = 0;
    while (i < x.ids.length && j < y.ids.length) {
      if (x.ids[i] === y.ids[j]) sum += x.weights[i++] * y.weights[j++];
      else if (x.ids[i] < y.ids[j]) i++;
      else j++;
    }
    return sum;
  }

  /**
   * The articles most similar to `doc`, best first: the postings of its strongest terms give at
   * most QUERY_TERMS × POSTINGS partial scores, the best CANDIDATES get an exact cosine. Cost per
   * article is bounded, whatever the run's size.
   */
  similar(doc: number, exclude: (other: number) => boolean = () => false): Array<{ doc: number; similarity: number }> {
    const v = this.vectors[doc];
    const order = Array.from(v.ids.keys()).sort((a, b) => v.weights[b] - v.weights[a] || v.ids[a] - v.ids[b]);
    const { scores, touched } = this;
    for (let q = 0; q < order.length && q < QUERY_TERMS; q++) {
      const k = order[q];
      const docs = this.postDocs[v.ids[k]];
      const weights = this.postWeights[v.ids[k]];
      const wk = v.weights[k];
      for (let p = 0; p < docs.length; p++) {
        const other = docs[p];
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += weights[p] * wk;
      }
    }
    // The best CANDIDATES by partial score, kept sorted by insertion (ties: lower index first).
    const best: number[] = [];
    const bestScore: number[] = [];
    for (const other of touched) {
      const score = scores[other];
      scores[other] = 0;
      if (best.length === CANDIDATES && score <= bestScore[CANDIDATES - 1]) continue;
      if (exclude(other)) continue;
      let i = best.length;
      while (i > 0 && (bestScore[i - 1] < score || (bestScore[i - 1] === score && best[i - 1] > other))) i--;
      best.splice(i, 0, other);
      bestScore.splice(i, 0, score);
      if (best.length > CANDIDATES) {
        best.pop();
        bestScore.pop();
      }
    }
    touched.length = 0;
    return best.map((other) => ({ doc: other, similarity: this.cosine(doc, other) })).sort((a, b) => b.similarity - a.similarity || a.doc - b.doc);
  }
}
