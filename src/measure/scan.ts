import { phraseAt, wordMatches, type Phrase, type PhraseWord } from './phrase.js';
import { Words, type Units } from '../text/words.js';
import { marksOf } from '../util/id-marks.js';
import type { WordFolder } from '../text/fold.js';
import { nearWindows, type Hit } from './near.js';

/** What scanning an article found for one phrase. Ranges are unit indices. */
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

function slotOf(units: Units, i: number, slots: Slots): number {
  const { words } = slots;
  for (let s = 0; s < words.length; s++) if (wordMatches(units, i, words[s])) return s;
  return -1;
}

/**
 * Where an article's units hold the words of the phrases being checked, built in one pass per
 * article: each phrase then visits only its own words, so a keyphrase and its synonyms cost one
 * pass over the article, not one each.
 */
export class UnitIndex {
  private readonly postings = new Map<string, number[]>();
  private ranges: Array<[number, number]> | undefined;

  /**
   * `wanted`: every key of every phrase that will be scanned; `blocks`: the article's blocks
   * (their word ranges are the units' when the units are the article's own words); `folder`:
   * the folder that read them.
   */
  constructor(
    readonly units: Units,
    private readonly blocks: ReadonlyArray<{ from: number; to: number }>,
    wanted: ReadonlySet<string>,
    folder: WordFolder,
  ) {
    if (units instanceof Words && units.forms === folder.forms) {
      // An article's own words (no alias in it, the usual case): the spellings of the wanted keys
      // are marked by id from the folder's index of keys, so that a word costs one look-up in a
      // typed array. Reading each spelling's key for the wanted set took ~4 % of a corpus run.
      const marks = marksOf(units.forms, 'wanted keys');
      marks.clear();
      for (const key of wanted) for (const id of folder.idsWithKey(key)) marks.set(id, 1);
      const { ids, forms } = units;
      for (let i = 0; i < units.length; i++) if (marks.get(ids[i]) === 1) this.add(forms[ids[i]].key, i);
      return;
    }
    for (let i = 0; i < units.length; i++) {
      const key = units.key(i);
      const alt = units.alt(i);
      if (wanted.has(key)) this.add(key, i);
      if (alt !== undefined && alt !== key && wanted.has(alt)) this.add(alt, i);
    }
  }

  /** The range of units in block `b` ([0, 0] for a block without any). */
  blockRange(b: number): [number, number] {
    this.ranges ??= this.makeRanges();
    return this.ranges[b];
  }

  private makeRanges(): Array<[number, number]> {
    const { units, blocks } = this;
    // The article's own words: each block's range is its words'.
    if (units instanceof Words) return blocks.map((b) => (b.to > b.from ? [b.from, b.to] : [0, 0]));
    const ranges: Array<[number, number]> = Array.from({ length: blocks.length }, () => [0, 0]);
    let block = -1;
    for (let i = 0; i < units.length; i++) {
      const b = units.block(i);
      if (b !== block) {
        block = b;
        ranges[block] = [i, i];
      }
      ranges[block][1] = i + 1;
    }
    return ranges;
  }

  private headings: number[] | undefined;

  /** Indices of the blocks that are subheadings (H2–H6), found once per article. */
  subheadings(blocks: ReadonlyArray<{ kind: string; level: number }>): number[] {
    this.headings ??= blocks.flatMap((b, i) => (b.kind === 'heading' && b.level >= 2 ? [i] : []));
    return this.headings;
  }

  private add(key: string, i: number): void {
    const list = this.postings.get(key);
    if (list === undefined) this.postings.set(key, [i]);
    else list.push(i);
  }

  /** Indices of the units with any of `keys`, in order, each once. */
  positions(keys: Iterable<string>): number[] {
    const lists: number[][] = [];
    for (const key of new Set(keys)) {
      const list = this.postings.get(key);
      if (list !== undefined) lists.push(list);
    }
    if (lists.length === 0) return [];
    if (lists.length === 1) return lists[0];
    const merged = Int32Array.from(lists.flat()).sort();
    const out: number[] = [];
    for (let j = 0; j < merged.length; j++) if (j === 0 || merged[j] !== merged[j - 1]) out.push(merged[j]);
    return out;
  }
}

/**
 * Whether units `last` and `next` (last < next) stand in one written word ("fox-fox-fox"). An
 * occurrence owns the written word it ends in, so a keyphrase never counts more often than there
 * are words and density stays within 100 %.
 */
function sameWrittenWord(units: Units, last: number, next: number): boolean {
  if (last < 0) return false;
  for (let k = last + 1; k <= next; k++) if (units.wordStart(k)) return false;
  return true;
}

/**
 * Scans an article for `phrase`: its occurrences, the sentences holding all or some of its
 * content words, and its near matches (`window` other words at most among them; < 0: none).
 * Visits only the units that are the phrase's words (see UnitIndex); never builds a pattern.
 */
export function scanPhrase(index: UnitIndex, phrase: Phrase, window: number): Scan {
  const scan: Scan = { spans: [], sentences: [], partial: [], near: [] };
  const { units } = index;
  const n = phrase.words.length;
  if (n === 0) return scan;
  const { spans } = scan;
  let skipTo = 0;
  for (const i of index.positions([phrase.words[0].key])) {
    if (i >= skipTo && !sameWrittenWord(units, skipTo - 1, i) && phraseAt(units, phrase, i)) {
      spans.push([i, i + n]);
      skipTo = i + n;
    }
  }
  const slots = slotsOf(phrase);
  const k = slots.words.length;
  const seen = new Uint8Array(k);
  let sentence = -1;
  let found = 0;
  let hits: Hit[] = [];
  let span = 0;
  const positions = index.positions(slots.words.map((w) => w.key));
  for (let p = 0; p <= positions.length; p++) {
    const i = p < positions.length ? positions[p] : -1;
    const s = i === -1 ? -1 : units.sentence(i);
    if (s !== sentence) {
      if (found === k) scan.sentences.push(sentence);
      else if (found > 0) scan.partial.push(sentence);
      if (window >= 0 && hits.length >= k) for (const w of nearWindows(hits, slots.need, window)) scan.near.push(w);
      sentence = s;
      found = 0;
      seen.fill(0);
      hits = [];
    }
    if (i === -1) break;
    // An occurrence as written is a barrier no near match crosses; its own words are no hits.
    while (span < spans.length && spans[span][0] <= i) {
      if (units.sentence(spans[span][0]) === sentence) hits.push({ at: spans[span][0], slot: -1 });
      span++;
    }
    const slot = slotOf(units, i, slots);
    if (slot === -1) continue;
    if (seen[slot] === 0) {
      seen[slot] = 1;
      found++;
    }
    if (span === 0 || i >= spans[span - 1][1]) hits.push({ at: i, slot });
  }
  return scan;
}
