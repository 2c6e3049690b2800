import { foldDiacritics } from '../text/fold.js';

/**
 * Duplicate titles and descriptions: identical once normalised, or near-identical by normalised
 * edit distance, found without comparing every pair.
 */

/** Case, diacritics, punctuation and white space set aside: "Trump–Putin  Meeting!" → "trump putin meeting". */
export function normalizeLabel(text: string): string {
  return foldDiacritics(text.normalize('NFKC').toLowerCase())
    .replace(/['’‘ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The numbers of a normalised label, in order ("go 1 18 and 1 19" → "1 18 1 19"). */
function numbersOf(label: string): string {
  return (label.match(/\p{N}+/gu) ?? []).join(' ');
}

/**
 * Levenshtein distance if it is at most `max`, else -1: only the diagonal band of width
 * 2·max + 1 is filled (Ukkonen), so a check costs O(max · length).
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  if (a === b) return 0;
  const n = b.length;
  const BIG = max + 1;
  let prev = new Int32Array(n + 1).fill(BIG);
  let cur = new Int32Array(n + 1).fill(BIG);
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    // Cells just outside the band read as "too far".
    cur[lo - 1] = lo === 1 && i <= max ? i : BIG;
    if (hi < n) cur[hi + 1] = BIG;
    let best = cur[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = prev[j - 1] + cost;
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v > BIG ? BIG : v;
      if (v < best) best = v;
    }
    if (best > max) return -1;
    [prev, cur] = [cur, prev];
  }
  return prev[n] <= max ? prev[n] : -1;
}

/** 1 − distance / longer length. */
export function labelSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const d = boundedLevenshtein(a, b, longer);
  return 1 - d / longer;
}

const Q = 3;
/**
 * Candidates a label is compared with at most, and postings read per gram: bounds on the cost of
 * a run of many near-identical labels (which then may not all be paired, but are clustered).
 */
const MAX_CANDIDATES = 32;
/** Entries of one gram's postings read at most. */
const SCAN = 4 * MAX_CANDIDATES;

export interface LabelMatches {
  /** Groups (of two or more) of indices whose labels are identical once normalised. */
  exact: number[][];
  /** Pairs [i, j, similarity] of near-identical labels, i and j each the first of its exact group. */
  near: Array<[number, number, number]>;
}

/**
 * Near-identical: similarity ≥ `threshold`, the same numbers in the same order (a differing
 * number names another version, year or part: "Rust 1.55" and "Rust 1.56" are distinct on
 * purpose), and different as normalised.
 *
 * Candidates come from prefix filtering over 3-grams (Ed-Join): two labels within edit distance τ
 * share at least |grams| − 3τ grams, so with each label's grams ordered rarest first, their
 * first 3τ + 1 grams must meet. Only the labels met in the index are verified, with a banded
 * edit distance. τ for a label of length L is ⌊(1 − t)·L / t⌋: its partners are at most L / t long.
 */
export function matchLabels(labels: ReadonlyArray<string | null>, threshold: number): LabelMatches {
  const groups = new Map<string, number[]>();
  labels.forEach((raw, i) => {
    if (raw === null) return;
    const label = normalizeLabel(raw);
    if (label === '') return;
    const g = groups.get(label);
    if (g === undefined) groups.set(label, [i]);
    else g.push(i);
  });
  const exact = [...groups.values()].filter((g) => g.length > 1);
  const reps = [...groups].map(([label, g]) => ({ label, doc: g[0], numbers: numbersOf(label) }));
  // Multiset grams as integer ids, each occurrence its own ("aaa" twice: "aaa"#0, "aaa"#1). A
  // gram's three UTF-16 units make a 48-bit number, and its occurrence (up to 31) the bits above.
  const ids = new Map<number, number>();
  const freq: number[] = [];
  const grams = reps.map(({ label }) => {
    const seen = new Map<number, number>();
    const out: number[] = [];
    for (let i = 0; i + Q <= label.length; i++) {
      const g = (label.charCodeAt(i) * 65536 + label.charCodeAt(i + 1)) * 65536 + label.charCodeAt(i + 2);
      const k = seen.get(g) ?? 0;
      seen.set(g, k + 1);
      const name = g + Math.min(k, 31) * 2 ** 48;
      let id = ids.get(name);
      if (id === undefined) ids.set(name, (id = freq.length));
      freq[id] = (freq[id] ?? 0) + 1;
      out.push(id);
    }
    return out;
  });
  // One global order, rarest first (ties by id, which is fixed by the labels' order).
  const rank = new Int32Array(freq.length);
  Array.from(freq.keys())
    .sort((a, b) => freq[a] - freq[b] || a - b)
    .forEach((id, r) => (rank[id] = r));
  const index = new Map<number, number[]>();
  const near: Array<[number, number, number]> = [];
  reps.forEach((r, k) => {
    const length = r.label.length;
    const tau = Math.floor(((1 - threshold) * length) / threshold + 1e-9);
    const gs = grams[k];
    // Too short for the filter's guarantee (and for a near match to mean much): exact only.
    if (tau === 0 || gs.length - Q * tau < 1) return;
    for (let i = 0; i < gs.length; i++) gs[i] = rank[gs[i]];
    gs.sort((a, b) => a - b);
    const prefix = gs.slice(0, Q * tau + 1);
    const candidates = new Set<number>();
    for (const g of prefix) {
      const list = index.get(g) ?? [];
      // The most recent entries of a long list (a gram many labels' prefixes hold), a bounded few.
      for (let p = list.length - 1; p >= 0 && p >= list.length - SCAN && candidates.size < MAX_CANDIDATES; p--) candidates.add(list[p]);
    }
    for (const other of [...candidates].sort((a, b) => a - b)) {
      const o = reps[other];
      if (o.numbers !== r.numbers) continue;
      const longer = Math.max(length, o.label.length);
      const max = Math.floor((1 - threshold) * longer + 1e-9);
      // Count filter: within distance `max`, the labels share all but Q·max of their grams.
      if (sharedCount(gs, grams[other]) < Math.max(gs.length, grams[other].length) - Q * max) continue;
      const d = boundedLevenshtein(r.label, o.label, max);
      if (d > 0) near.push([Math.min(o.doc, r.doc), Math.max(o.doc, r.doc), 1 - d / longer]);
    }
    for (const g of prefix) {
      const list = index.get(g);
      if (list === undefined) index.set(g, [k]);
      else list.push(k);
    }
  });
  return { exact, near };
}

/** Elements two ascending lists share. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Union-find over indices, for grouping pairs into clusters. */
export class Clusters {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    // The smaller index is the root, so that a cluster's name does not depend on union order.
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/**
 * Clusters of near pairs: the members (ascending) of each cluster of two or more, and the lowest
 * similarity among the pairs that joined it (each member is at least that similar to another).
 */
export function clusterPairs(n: number, pairs: ReadonlyArray<readonly [number, number, number]>): Array<{ members: number[]; similarity: number }> {
  const clusters = new Clusters(n);
  for (const [a, b] of pairs) clusters.union(a, b);
  const byRoot = new Map<number, { members: Set<number>; similarity: number }>();
  for (const [a, b, s] of pairs) {
    const root = clusters.find(a);
    let c = byRoot.get(root);
    if (c === undefined) byRoot.set(root, (c = { members: new Set(), similarity: 1 }));
    c.members.add(a).add(b);
    c.similarity = Math.min(c.similarity, s);
  }
  return [...byRoot.values()]
    .map((c) => ({ members: [...c.members].sort((a, b) => a - b), similarity: c.similarity }))
    .sort((a, b) => a.members[0] - b.members[0]);
}
