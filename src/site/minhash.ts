import { fmix32 } from './hash.js';

/**
 * Near-duplicate bodies by MinHash over word shingles, with locality-sensitive hashing so that
 * only pairs likely to be similar are ever compared.
 *
 * Shingles of SHINGLE = 5 folded words (all words, function words too, as Broder's shingling
 * does): a changed word alters the 5 shingles that hold it, so an article of n words with c
 * scattered edits keeps a resemblance of about (n − 5c) / (n + 5c) — 1 000 words with 10 edits
 * are 90 % similar, the threshold — while two unrelated articles share almost no 5-word run
 * (3-shingles match on stock phrases: "in order to", "one of the").
 *
 * SIGNATURE = 128 minima (bins, see `signature`): the share of equal minima estimates the Jaccard resemblance J of the
 * shingle sets with a standard error of √(J(1−J)/128), 2.7 points at J = 0.9 (256 would give 1.9
 * for twice the size). Stored as int32 below 2^25, so that v8 serialises each as a small integer
 * (≤ 4 bytes) rather than a double.
 */
export const SHINGLE = 5;
export const SIGNATURE = 128;

/** The shingle hashes of a sequence of word hashes (`k` words a shingle). */
export function shingles(wordHashes: ArrayLike<number>, k = SHINGLE): Int32Array {
  const n = wordHashes.length - k + 1;
  if (n <= 0) return new Int32Array(0);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x3c6ef372;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ wordHashes[i + j], 0x01000193);
    out[i] = fmix32(h);
  }
  return out;
}

/**
 * The MinHash signature of a set of (hashed) shingles; [] for an empty set.
 *
 * One permutation hashing with optimal densification (Shrivastava, ICML 2017): each shingle is
 * hashed once, its top 7 bits choose one of the 128 bins and the rest is its value; each bin keeps
 * its least value. A bin no shingle fell in (a set of n shingles leaves about 128·e^(−n/128)
 * empty: 2 in 128 for 500 shingles) takes the value of the first non-empty bin a fixed sequence
 * of hashes of its index reaches, the same sequence for every article, so that two similar sets
 * borrow alike. The share of equal bins estimates the Jaccard resemblance without bias, with
 * about the variance of 128 independent minima once sets are much larger than 128; 128 hash
 * functions per shingle (190 000 evaluations for a 1 500-word article) cost twenty times more.
 */
export function signature(set: ArrayLike<number>, size = SIGNATURE): number[] {
  if (set.length === 0) return [];
  const bits = Math.log2(size);
  if (!Number.isInteger(bits)) throw new RangeError(`signature size ${size} is not a power of two`);
  const EMPTY = 0x7fffffff;
  const bins = new Int32Array(size).fill(EMPTY);
  const shift = 32 - bits;
  const mask = (1 << shift) - 1;
  for (let i = 0; i < set.length; i++) {
    // A second mix, so that a set given as raw integers is spread over the bins too.
    const h = fmix32(set[i] ^ 0x5bd1e995);
    const bin = h >>> shift;
    const value = h & mask;
    if (value < bins[bin]) bins[bin] = value;
  }
  const out = Array.from(bins);
  for (let b = 0; b < size; b++) {
    if (bins[b] !== EMPTY) continue;
    // The sequence reaches a non-empty bin in about size / (non-empty bins) steps; past 64·size
    // (never seen), the next non-empty bin to the right.
    let from = b;
    for (let attempt = 1; attempt <= 64 * size && bins[from] === EMPTY; attempt++) {
      from = fmix32(Math.imul(b + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) >>> shift;
    }
    while (bins[from] === EMPTY) from = (from + 1) % size;
    out[b] = bins[from];
  }
  return out;
}

/** The share of equal minima: an unbiased estimate of the Jaccard resemblance. */
export function estimate(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Probability that LSH makes a pair of resemblance `s` a candidate: 1 − (1 − s^rows)^bands. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

/**
 * Bands × rows for a threshold: the most rows (fewest false candidates) that still make a pair
 * at the threshold a candidate with probability ≥ 0.999. For 0.9 and 128 minima that is
 * 16 bands of 8 rows, whose S-curve is:
 *
 *     resemblance  0.50   0.60   0.70   0.80   0.85   0.90     0.95        0.97
 *     candidate    0.061  0.237  0.613  0.947  0.9938 0.99988  1 − 3e-8    1 − 2e-11
 *
 * so a pair at 90 % is missed about once in 8 000 and one at 97 % practically never, while
 * pairs below 60 % rarely cost a comparison. (8 bands of 16 rows would miss a 90 % pair one
 * time in five.) A lower threshold gets fewer rows: 0.8 → 32 bands of 4.
 */
export function bandsFor(threshold: number, size = SIGNATURE): { bands: number; rows: number } {
  let best = { bands: size, rows: 1 };
  for (let rows = 1; rows <= size; rows *= 2) {
    if (size % rows !== 0) continue;
    const bands = size / rows;
    if (candidateProbability(threshold, bands, rows) >= 0.999) best = { bands, rows };
  }
  return best;
}

/**
 * Candidate pairs [i, j] (i < j) of signatures that agree on all rows of at least one band. A
 * bucket is a hash map from the band's values to its members; a member is paired with at most
 * `window` members before it in the bucket, so a bucket of m near-copies costs m × window
 * comparisons, not m²/2 — union of the pairs still joins them all, since every copy shares
 * most of its bands with the others.
 */
export function candidatePairs(
  signatures: ReadonlyArray<readonly number[]>,
  bands: number,
  rows: number,
  window = 8,
): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (sig.length < bands * rows) continue;
      let h = Math.imul(b + 1, 0x9e3779b1);
      for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r], 0x01000193);
      h = fmix32(h);
      let bucket = buckets.get(h);
      if (bucket === undefined) buckets.set(h, (bucket = []));
      for (let k = Math.max(0, bucket.length - window); k < bucket.length; k++) {
        const j = bucket[k];
        // A pair key unique for n < 2^26 articles: i < 2^26 and j < i.
        const key = i * 67108864 + j;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([j, i]);
        }
      }
      bucket.push(i);
    }
  }
  return pairs;
}
