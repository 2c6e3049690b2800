import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32 } from '../src/site/hash.js';
import { bandsFor, candidatePairs, candidateProbability, estimate, signature, SIGNATURE } from '../src/site/minhash.js';
import { boundedLevenshtein, matchLabels, normalizeLabel } from '../src/site/near-text.js';
import { runSite } from '../src/site/run.js';
import { loadSite } from './site-load.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const PARAMS = { seed: 20260315, numRuns: RUNS };

/** A seeded stream of int32 values (mulberry32 through fmix32), so that sets are reproducible. */
function ints(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    return fmix32(a);
  };
}

/** Two sets of shingle hashes sharing `shared` elements, with `onlyA` and `onlyB` of their own. */
function pair(seed: number, shared: number, onlyA: number, onlyB: number): { a: number[]; b: number[]; jaccard: number } {
  const next = ints(seed);
  const common = Array.from({ length: shared }, next);
  const a = [...common, ...Array.from({ length: onlyA }, next)];
  const b = [...common, ...Array.from({ length: onlyB }, next)];
  const union = new Set([...a, ...b]).size;
  const inter = a.filter((x) => new Set(b).has(x)).length;
  return { a, b, jaccard: inter / union };
}

describe('MinHash', () => {
  it('estimates the Jaccard resemblance of random shingle sets within 5 standard errors', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (seed, shared, onlyA, onlyB) => {
        fc.pre(shared + onlyA > 0 && shared + onlyB > 0);
        const { a, b, jaccard } = pair(seed, shared, onlyA, onlyB);
        const sigma = Math.sqrt((jaccard * (1 - jaccard)) / SIGNATURE);
        expect(Math.abs(estimate(signature(a), signature(b)) - jaccard)).toBeLessThanOrEqual(5 * sigma + 1 / SIGNATURE);
      }),
      PARAMS,
    );
  });

  it('is unbiased: the mean error over many pairs is small', () => {
    let sum = 0;
    const n = 200;
    for (let i = 0; i < n; i++) {
      const { a, b, jaccard } = pair(i * 7919, 100 + (i % 200), 20 + (i % 50), 30);
      sum += estimate(signature(a), signature(b)) - jaccard;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
  });

  it('uses 16 bands of 8 rows for 90 %, with the S-curve its comment gives', () => {
    expect(bandsFor(0.9)).toEqual({ bands: 16, rows: 8 });
    expect(bandsFor(0.8)).toEqual({ bands: 32, rows: 4 });
    const curve = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9].map((s) => Math.round(candidateProbability(s, 16, 8) * 10000) / 10000);
    expect(curve).toEqual([0.0607, 0.2374, 0.6133, 0.947, 0.9938, 0.9999]);
    expect(1 - candidateProbability(0.97, 16, 8)).toBeLessThan(1e-10);
  });

  it('LSH never misses a pair of 97 % or more in a seeded set of unrelated articles', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = ints(seed);
        const sets: number[][] = [];
        const planted: Array<[number, number]> = [];
        for (let d = 0; d < 60; d++) {
          const size = 200 + (Math.abs(next()) % 300);
          const base = Array.from({ length: size }, next);
          sets.push(base);
          if (d % 3 === 0) {
            // A near copy: 1 % of its shingles replaced, a resemblance of about 0.98.
            const copy = base.map((x, i) => (i % 100 === 7 ? next() : x));
            planted.push([sets.length - 1, sets.length]);
            sets.push(copy);
          }
        }
        const pairs = new Set(candidatePairs(sets.map((s) => signature(s)), 16, 8).map(([i, j]) => `${i},${j}`));
        for (const [i, j] of planted) expect(pairs.has(`${i},${j}`)).toBe(true);
      }),
      { seed: PARAMS.seed, numRuns: Math.max(5, Math.round(RUNS / 10)) },
    );
  });
});

/** Plain dynamic-programming Levenshtein distance. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

const label = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'ab', 'ba ', '1'), { minLength: 3, maxLength: 14 }).map((parts) => parts.join(''));

/** One edit of a label: replace, insert or delete a character at a position (taken modulo its length). */
const edit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), fc.constantFrom('a', 'b', 'x', ' ', '2'));

function applyEdits(text: string, edits: ReadonlyArray<readonly [string, number, string]>): string {
  let s = text;
  for (const [op, at, c] of edits) {
    const i = s.length === 0 ? 0 : at % s.length;
    s = op === 'replace' ? s.slice(0, i) + c + s.slice(i + 1) : op === 'insert' ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + s.slice(i + 1);
  }
  return s;
}

/** Labels most of which are a few edits from one another, so that near pairs are common. */
const labelSet = fc
  .tuple(fc.stringMatching(/^[a-d ]{10,40}$/), fc.array(fc.array(edit, { maxLength: 4 }), { minLength: 2, maxLength: 12 }), fc.array(label, { maxLength: 4 }))
  .map(([base, variants, others]) => [...variants.map((e) => applyEdits(base, e)), ...others]);

describe('near-identical labels', () => {
  it('the banded edit distance is the edit distance when within the band, else -1', () => {
    fc.assert(
      fc.property(label, label, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        const d = levenshtein(a, b);
        expect(boundedLevenshtein(a, b, max)).toBe(d <= max ? d : -1);
      }),
      { ...PARAMS, numRuns: RUNS * 5 },
    );
  });

  it('prefix filtering finds every near pair brute force finds', () => {
    let nearPairs = 0;
    fc.assert(
      fc.property(labelSet, fc.constantFrom(0.8, 0.85, 0.9), (labels, t) => {
        const norm = labels.map(normalizeLabel);
        const reps = new Map<string, number>();
        norm.forEach((l, i) => {
          if (l !== '' && !reps.has(l)) reps.set(l, i);
        });
        const expected: string[] = [];
        const list = [...reps];
        const digits = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
        for (let x = 0; x < list.length; x++) {
          for (let y = x + 1; y < list.length; y++) {
            const [la, i] = list[x];
            const [lb, j] = list[y];
            const longer = Math.max(la.length, lb.length);
            // A label too short for the filter's guarantee is compared exactly only (see matchLabels).
            const tooShort = (l: string) => {
              const tau = Math.floor(((1 - t) * l.length) / t + 1e-9);
              return tau === 0 || l.length - 2 - 3 * tau < 1;
            };
            if (tooShort(la) || tooShort(lb)) continue;
            if (digits(la) === digits(lb) && 1 - levenshtein(la, lb) / longer >= t - 1e-9) expected.push(`${Math.min(i, j)},${Math.max(i, j)}`);
          }
        }
        const found = matchLabels(labels, t).near.map(([i, j]) => `${i},${j}`);
        expect(found.sort()).toEqual(expected.sort());
        nearPairs += expected.length;
      }),
      { ...PARAMS, numRuns: RUNS * 3 },
    );
    // The generated sets do hold near pairs (about two a case), so the comparison means something.
    expect(nearPairs).toBeGreaterThan(RUNS * 3);
  });
});

describe('the site stage', () => {
  const sites = ['clean', 'cannibalization', 'broken-links', 'duplicate-content', 'duplicate-title'];
  const all = sites.flatMap((name) => loadSite(name).map((s) => ({ ...s, file: `${name}/${s.file}` })));
  const reference = runSite(all, { rules: { 'orphan-page': 'warning' } });

  it('gives the same findings and suggestions whatever the order of the summaries', () => {
    expect(reference.findings.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        const r = runSite(shuffled, { rules: { 'orphan-page': 'warning' } });
        expect(r.findings).toEqual(reference.findings);
        expect([...r.perFile].sort()).toEqual([...reference.perFile].sort());
      }),
      { ...PARAMS, numRuns: Math.max(5, Math.round(RUNS / 10)) },
    );
  });
});
