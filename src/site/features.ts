import type { Document } from '../parse/document.js';
import type { WordForm } from '../text/fold.js';
import { WordFlag } from '../text/words.js';
import { fnv1a, Hash64 } from './hash.js';
import { shingles, signature, SHINGLE } from './minhash.js';
import type { SummaryPhrase, SummarySentence } from './types.js';
import { IdMarks } from '../util/id-marks.js';
import type { ContentKeys } from './content-words.js';
import { resized } from '../util/typed-arrays.js';

/**
 * What the site stage needs of an article's words, read in the per-file stage so that only a
 * bounded summary crosses to the main thread.
 *
 * Code and URLs are not in `doc.words` today, so phrases that stand only in code or URLs never
 * become terms or candidate keyphrases. When the parse layer keeps inline code words with a
 * flag, skip the words flagged so here (in `WordKeys`, which gives them no key).
 */

/**
 * Bounds of a summary (v8-serialised, about 8 kB an article on the corpus; 10 000 articles hold
 * some 80 MB in the main thread). The terms are the article's vocabulary for similarity and IDF:
 * 200 covers every content word of a 1 000-word article and the words used twice or more of a
 * long one.
 */
export const MAX_TERMS = 160;
export const MAX_SENTENCES = 20;
const MAX_SENTENCE_TERMS = 12;
const EXCERPT = 60;
/** How many phrases of one, two and three words a summary keeps. */
const PHRASE_LIMITS = [0, 25, 25, 15];
/** Occurrences of a phrase read for how it is written. */
const VARIANTS = 8;

/** What may stand between the words of a suggested phrase as written: a space, a hyphen, a slash or an apostrophe. */
const PHRASE_JOINERS = /^(?:\s|[-/'’‐‑–])*$/;

/**
 * The content-word keys of an article's words, read once: each word's key as a small integer
 * (1, 2, … in order of first use; 0 for a function word, a number or a lone letter), so that
 * counting terms and phrases compares integers, not strings.
 */
export class WordKeys {
  /** Per word of the document: the local id of its key, 0 for none. */
  readonly local: Int32Array;
  /** Local id → stem key ('' at 0). */
  readonly keys: string[] = [''];
  /** Local id → occurrences. */
  readonly counts: number[] = [0];

  /** Folds of the spellings the article writes in lower case within a sentence ("modules", not "Modules."). */
  readonly lowerFolds = new Set<string>();

  /**
   * @param content the run's content-word key of each spelling id
   * @param slots an empty table of one integer per spelling id
   * @param keySlots an empty table of one integer per key id of `content`
   */
  constructor(doc: Document, content: ContentKeys, slots: IdMarks = new IdMarks(), keySlots: IdMarks = new IdMarks()) {
    const { words } = doc;
    const { ids, flags, forms } = words;
    const n = words.length;
    const local = (this.local = new Int32Array(n));
    const { keys, counts } = this;
    // A spelling's slot: its local id × 2, plus 1 once it is seen within a sentence.
    const seen: number[] = [];
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      let slot = slots.get(id);
      if (slot === -1) {
        const key = content.keyOf(id);
        let l = 0;
        if (key !== 0) {
          l = keySlots.get(key);
          if (l === -1) {
            l = keys.length;
            keySlots.set(key, l);
            keys.push(content.text(key));
            counts.push(0);
          }
        }
        slot = l * 2;
        seen.push(id);
        slots.set(id, slot);
      }
      // Written once only: most words repeat a spelling already seen within a sentence.
      if ((slot & 1) === 0 && (flags[i] & WordFlag.SentenceStart) === 0) slots.set(id, (slot |= 1));
      const l = slot >> 1;
      local[i] = l;
      counts[l]++;
    }
    for (const id of seen) {
      if ((slots.get(id) & 1) === 0) continue;
      const first = forms[id].surface.charAt(0);
      if (first !== first.toUpperCase()) this.lowerFolds.add(forms[id].fold);
    }
  }

  /** Content keys of the words `[from, to)`, each once, in order. */
  distinct(from: number, to: number, into: Set<string> = new Set()): Set<string> {
    for (let i = from; i < to; i++) if (this.local[i] !== 0) into.add(this.keys[this.local[i]]);
    return into;
  }
}

/**
 * The body's exact-duplicate hash and MinHash signature, from its folded words. Each spelling is
 * hashed once, twice over (two 32-bit hashes of its folded form): the body's 64-bit hash mixes
 * them word by word, and the shingles are made of the first.
 */
export function fingerprint(doc: Document): { bodyHash: string; minhash: number[] } {
  const { words } = doc;
  if (words.length === 0) return { bodyHash: '', minhash: [] };
  const hash = new Hash64();
  const wordHashes = new Int32Array(words.length);
  const folds = foldHashes(words.forms);
  folds.reserve();
  const { first, second, known } = folds;
  const { ids } = words;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i];
    if (known[id] === 0) folds.fill(id);
    wordHashes[i] = first[id];
    hash.mix(first[id], second[id]);
  }
  return { bodyHash: hash.digest(), minhash: words.length < SHINGLE ? [] : signature(shingles(wordHashes)) };
}

/**
 * The two hashes of each spelling's folded form, by spelling id, kept with the folder's table (a
 * pure function of the spelling): a Map per article cost two look-ups per word.
 */
class FoldHashes {
  first = new Int32Array(0);
  second = new Int32Array(0);
  known = new Uint8Array(0);

  constructor(private readonly forms: readonly WordForm[]) {}

  /** Makes room for every spelling the table holds now. */
  reserve(): void {
    const n = this.forms.length;
    if (n <= this.known.length) return;
    const size = Math.max(n, this.known.length * 2, 1024);
    this.first = resized(this.first, size);
    this.second = resized(this.second, size);
    this.known = resized(this.known, size);
  }

  fill(id: number): void {
    const fold = this.forms[id].fold;
    this.first[id] = fnv1a(fold);
    this.second[id] = fnv1a(fold, 0x2545f491);
    this.known[id] = 1;
  }
}

const FOLD_HASHES = new WeakMap<readonly WordForm[], FoldHashes>();

function foldHashes(forms: readonly WordForm[]): FoldHashes {
  let hashes = FOLD_HASHES.get(forms);
  if (hashes === undefined) {
    hashes = new FoldHashes(forms);
    FOLD_HASHES.set(forms, hashes);
  }
  return hashes;
}

/** Distinct content-word keys with their counts, most frequent first (ties: first seen first). */
export function countTerms(keys: WordKeys): { terms: string[]; termCounts: number[]; termOf: Int32Array } {
  const order = keys.keys.map((_, l) => l).slice(1);
  order.sort((a, b) => keys.counts[b] - keys.counts[a] || a - b);
  order.length = Math.min(order.length, MAX_TERMS);
  // Local id → index in `terms`, -1 for a key not kept.
  const termOf = new Int32Array(keys.keys.length).fill(-1);
  order.forEach((l, i) => (termOf[l] = i));
  return { terms: order.map((l) => keys.keys[l]), termCounts: order.map((l) => keys.counts[l]), termOf };
}

/**
 * The text of words `[from, to)` as a reader sees it: the characters between two words are kept
 * when they are a short run of punctuation ("Trump-Putin", "1.55, and"), and read as one space
 * when they hold markup or a URL ("[Go](https://go.dev) modules" → "Go modules").
 */
export function spanText(doc: Document, from: number, to: number, max = Infinity, joiners = /^[^[\]()*_`<>|#\n]{0,3}$/): string {
  const { words } = doc;
  const src = doc.lines.text;
  let out = words.surface(from);
  for (let i = from + 1; i < to && out.length < max; i++) {
    const gapStart = words.ends[i - 1];
    const gapEnd = words.starts[i];
    // One space, the usual gap, is read as written by every pattern of joiners.
    if (gapEnd === gapStart + 1 && src.charCodeAt(gapStart) === 0x20) {
      out += ` ${words.surface(i)}`;
      continue;
    }
    const gap = src.slice(gapStart, gapEnd);
    const clean = joiners.test(gap) ? gap : ' ';
    out += (clean === '' ? '' : clean.replace(/\s+/g, ' ')) + words.surface(i);
  }
  if (out.length <= max) return out;
  const cut = out.lastIndexOf(' ', max - 1);
  return `${out.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * Phrases of one to three words the article repeats: consecutive words of one sentence, joined
 * only as a keyphrase's words may be (spaces, hyphens, slashes, quotes; no comma or full stop
 * between), the first and last a content word (so never a number). A phrase's key is that of its
 * content words, as a keyphrase's is: "department of defense" and "department defense" are one
 * phrase. The most frequent of each length with at least two occurrences are kept, each with the
 * way it is written most often (among its first VARIANTS occurrences).
 */
export function countPhrases(doc: Document, keys: WordKeys): SummaryPhrase[] {
  const { words } = doc;
  const { flags } = words;
  const { local, counts: wordCounts } = keys;
  // A phrase's key as one number: its content words' local ids in base B (three fit in 2^53).
  const B = keys.keys.length;
  /**
   * Calls `visit(key, n, i)` for each phrase of n = 2 or 3 words starting at word i. A phrase said
   * twice has each of its words said twice: words said once start, end or continue none.
   */
  const phrasesAt = (i: number, visit: (key: number, n: number, i: number) => void) => {
    const first = local[i];
    if (first === 0 || wordCounts[first] < 2) return;
    let key = first;
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const j = i + n - 1;
      if ((flags[j] & (WordFlag.Joined | WordFlag.Apart)) !== WordFlag.Joined) return;
      const l = local[j];
      if (l === 0) continue;
      if (wordCounts[l] < 2) return;
      key = key * B + l;
      visit(key, n, i);
    }
  };
  const counts = new Map<number, { n: number; count: number }>();
  const count = (key: number, n: number) => {
    const c = counts.get(key);
    if (c === undefined) counts.set(key, { n, count: 1 });
    else c.count++;
  };
  for (let i = 0; i < words.length; i++) phrasesAt(i, count);
  const kept = new Map<number, { n: number; count: number; variants: Map<string, number>; seen: number }>();
  for (let l = 1; l < B; l++) if (wordCounts[l] >= 2) counts.set(l, { n: 1, count: wordCounts[l] });
  const repeated = [...counts].filter((e) => e[1].count >= 2).sort((a, b) => b[1].count - a[1].count || a[0] - b[0]);
  for (let n = 1; n <= 3; n++) {
    for (const [key, c] of repeated.filter((e) => e[1].n === n).slice(0, PHRASE_LIMITS[n])) kept.set(key, { n, count: c.count, variants: new Map(), seen: 0 });
  }
  // Second pass, for the kept phrases only: how each is written. A capital only because the
  // phrase starts a sentence (or a heading) does not count as its spelling, when the article also
  // writes the word in lower case.
  const { lowerFolds } = keys;
  const note = (key: number, n: number, i: number) => {
    const entry = kept.get(key);
    if (entry === undefined || entry.seen === VARIANTS) return;
    entry.seen++;
    let text = spanText(doc, i, i + n, Infinity, PHRASE_JOINERS);
    if ((flags[i] & WordFlag.SentenceStart) !== 0 && lowerFolds.has(words.fold(i))) text = lowerFirst(text, words.surface(i));
    entry.variants.set(text, (entry.variants.get(text) ?? 0) + 1);
  };
  for (let i = 0; i < words.length; i++) {
    if (local[i] === 0) continue;
    note(local[i], 1, i);
    phrasesAt(i, note);
  }
  const keyText = (key: number) => {
    const parts: string[] = [];
    for (let k = key; k > 0; k = Math.floor(k / B)) parts.unshift(keys.keys[k % B]);
    return parts.join(' ');
  };
  return [...kept].map(([key, e]): SummaryPhrase => [keyText(key), mostCommon(e.variants), e.count]);
}

/** Lower-cases a capitalised first word ("Modules are" → "modules are"), not "iPhone" or "NASA". */
function lowerFirst(text: string, first: string): string {
  if (first.length < 2 || first.slice(1) !== first.slice(1).toLowerCase()) return text;
  return first[0].toLowerCase() + text.slice(1);
}

function mostCommon(variants: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [text, n] of variants) {
    if (n > most) {
      best = text;
      most = n;
    }
  }
  return best;
}

/**
 * Sentences of paragraphs and list items with at least six words: where a link could go. When an
 * article has more than MAX_SENTENCES, those with the most distinct terms are kept (a sentence
 * about something has words a related article shares), in the order they are written.
 */
export function linkSentences(doc: Document, keys: WordKeys, termOf: Int32Array): SummarySentence[] {
  const picked: Array<{ from: number; to: number; terms: number[]; order: number }> = [];
  doc.sentences.forEach((sentence, order) => {
    const block = doc.blocks[sentence.block];
    if (block === undefined || block.kind !== 'paragraph' || sentence.to - sentence.from < 6) return;
    const terms: number[] = [];
    for (let i = sentence.from; i < sentence.to && terms.length < MAX_SENTENCE_TERMS; i++) {
      const t = termOf[keys.local[i]];
      if (t !== -1 && !terms.includes(t)) terms.push(t);
    }
    if (terms.length > 0) picked.push({ from: sentence.from, to: sentence.to, terms, order });
  });
  if (picked.length > MAX_SENTENCES) {
    picked.sort((a, b) => b.terms.length - a.terms.length || a.order - b.order);
    picked.length = MAX_SENTENCES;
    picked.sort((a, b) => a.order - b.order);
  }
  // Places and excerpts only for the sentences kept.
  const { words, lines } = doc;
  return picked.map(({ from, to, terms }) => {
    const start = lines.place(words.starts[from]);
    const end = lines.place(words.ends[to - 1]);
    return [start.line, start.column, end.line, end.column, spanText(doc, from, to, EXCERPT), terms];
  });
}
