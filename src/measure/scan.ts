import { phraseAt, wordMatches, type Phrase, type PhraseWord, type Unit } from './phrase.js';
import { nearWindows, type Hit } from './near.js';

/** What one pass over an article's units found for one phrase. Ranges are unit indices. */
export interface Scan {
  /** Occurrences as written: [from, to). */
  spans: Array<[number, number]>;
  /** Sentences holding every content word, in any order. */
  sentences: number[];
  /** Sentences holding some but not all content words. */
  partial: number[];
  /** Near matches: [first, last] units of the smallest stretches holding every content word. */
  near: Array<[number, number]>;
}

/** The distinct content words of a phrase, and how many times each is needed. */
interface Slots {
  words: PhraseWord[];
  need: number[];
}

function slotsOf(phrase: Phrase): Slots {
  const words: PhraseWord[] = [];
  const need: number[] = [];
  for (const w of phrase.words) {
    if (!w.content) continue;
    const i = words.findIndex((s) => s.key === w.key && s.acronymOnly === w.acronymOnly);
    if (i === -1) {
      words.push(w);
      need.push(1);
    } else need[i]++;
  }
  return { words, need };
}

function slotOf(u: Unit, slots: Slots): number {
  const { words } = slots;
  for (let s = 0; s < words.length; s++) if (wordMatches(u, words[s])) return s;
  return -1;
}

/**
 * Scans `units` once for `phrase`: its occurrences, the sentences holding all or some of its
 * content words, and its near matches (`window` other words at most among them; < 0: none).
 * Linear in the units: each is compared with the phrase's few words, never with a pattern.
 */
export function scanPhrase(units: readonly Unit[], phrase: Phrase, window: number): Scan {
  const scan: Scan = { spans: [], sentences: [], partial: [], near: [] };
  const n = phrase.words.length;
  if (n === 0) return scan;
  const slots = slotsOf(phrase);
  const k = slots.words.length;
  // Most units are none of the phrase's words: one set look-up turns them away (keys are memoised
  // strings, so their hashes are computed once).
  const keys = new Set(phrase.words.map((w) => w.key));
  const seen = new Uint8Array(k);
  let found = 0;
  let hits: Hit[] = [];
  let sentence = -1;
  let skipTo = 0;
  const endSentence = () => {
    if (sentence >= 0) {
      if (found === k) scan.sentences.push(sentence);
      else if (found > 0) scan.partial.push(sentence);
      if (window >= 0 && hits.length >= k) {
        for (const w of nearWindows(hits, slots.need, window)) scan.near.push(w);
      }
    }
    seen.fill(0);
    found = 0;
    hits = [];
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.sentence !== sentence) {
      endSentence();
      sentence = u.sentence;
    }
    if (!keys.has(u.key) && (u.alt === undefined || !keys.has(u.alt))) continue;
    if (i >= skipTo && phraseAt(units, phrase, i)) {
      scan.spans.push([i, i + n]);
      skipTo = i + n;
      hits.push({ at: i, slot: -1 });
    }
    const s = slotOf(u, slots);
    if (s === -1) continue;
    if (seen[s] === 0) {
      seen[s] = 1;
      found++;
    }
    if (i >= skipTo) hits.push({ at: i, slot: s });
  }
  endSentence();
  return scan;
}
