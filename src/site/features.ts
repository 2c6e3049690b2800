import type { Document } from '../parse/document.js';
import type { WordForm } from '../text/fold.js';
import { WordFlag } from '../text/words.js';
import { fnv1a, Hash64 } from './hash.js';
import { shingles, signature, SHINGLE } from './minhash.js';
import type { SummaryPhrase, SummarySentence } from './types.js';

/**
 * What the site stage needs of an article's words, read in the per-file stage so that only a
 * bounded summary crosses to the main thread.
 *
 * Code and URLs are not in `doc.words` today, so phrases that stand only in code or URLs never
 * become terms or candidate keyphrases. When the parse layer keeps inline code words with a
 * flag, skip the words flagged so here (in `contentKey` and the phrase loop).
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

const NUMBER = /^[\d.,]+$/;
/** What may stand between the words of a suggested phrase as written: a space, a hyphen, a slash or an apostrophe. */
const PHRASE_JOINERS = /^(?:\s|[-/'’‐‑–])*$/;
const ASCII_LETTER_OR_DIGIT = /^[a-z0-9]$/;

/** Whether a word names something: not a function word, a number or a lone Latin letter. */
export function isContent(form: WordForm, functionWords: ReadonlySet<string>): boolean {
  const fold = form.fold;
  if (form.acronym) return !NUMBER.test(fold);
  if (functionWords.has(fold) || NUMBER.test(fold)) return false;
  return !(fold.length === 1 && ASCII_LETTER_OR_DIGIT.test(fold));
}

/** Content-word stem keys of each spelling id an article uses (null for the others). */
export class ContentKeys {
  private readonly memo = new Map<number, string | null>();

  constructor(
    private readonly forms: readonly WordForm[],
    private readonly functionWords: ReadonlySet<string>,
  ) {}

  of(id: number): string | null {
    let key = this.memo.get(id);
    if (key === undefined) {
      const form = this.forms[id];
      key = isContent(form, this.functionWords) ? form.key : null;
      this.memo.set(id, key);
    }
    return key;
  }
}

/** The body's exact-duplicate hash and MinHash signature, from its folded words. */
export function fingerprint(doc: Document): { bodyHash: string; minhash: number[] } {
  const { words } = doc;
  if (words.length === 0) return { bodyHash: '', minhash: [] };
  const hash = new Hash64();
  const wordHashes = new Int32Array(words.length);
  const memo = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const id = words.ids[i];
    let h = memo.get(id);
    if (h === undefined) {
      h = fnv1a(words.forms[id].fold);
      memo.set(id, h);
    }
    wordHashes[i] = h;
    hash.add(words.forms[id].fold);
  }
  return { bodyHash: hash.digest(), minhash: words.length < SHINGLE ? [] : signature(shingles(wordHashes)) };
}

/** Distinct content-word keys with their counts, most frequent first (ties: first seen first). */
export function countTerms(doc: Document, keys: ContentKeys): { terms: string[]; termCounts: number[] } {
  const counts = new Map<string, number>();
  const { ids } = doc.words;
  for (let i = 0; i < doc.words.length; i++) {
    const k = keys.of(ids[i]);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return { terms: sorted.map((e) => e[0]), termCounts: sorted.map((e) => e[1]) };
}

/** Content keys of the words `[from, to)`, each once, in order. */
export function distinctKeys(doc: Document, keys: ContentKeys, from: number, to: number, into: Set<string> = new Set()): Set<string> {
  for (let i = from; i < to; i++) {
    const k = keys.of(doc.words.ids[i]);
    if (k !== null) into.add(k);
  }
  return into;
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
    const gap = src.slice(words.ends[i - 1], words.starts[i]);
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
 * between), the first and last a content word and the first no number. The most frequent of each
 * length with at least two occurrences are kept, each with the way it is written most often.
 */
export function countPhrases(doc: Document, keys: ContentKeys): SummaryPhrase[] {
  const { words } = doc;
  const { ids, flags } = words;
  const keyAt = (i: number) => keys.of(ids[i]);
  const joined = (i: number) => (flags[i] & WordFlag.Joined) !== 0 && (flags[i] & WordFlag.Apart) === 0;
  // A phrase's key is that of its content words, as a keyphrase's is: "department of defense"
  // and "department defense" are one phrase.
  const phraseKey = (i: number, n: number): string | null => {
    const first = keyAt(i);
    if (first === null || NUMBER.test(words.fold(i))) return null;
    if (n === 1) return first;
    let key = first;
    for (let j = i + 1; j < i + n; j++) {
      if (!joined(j)) return null;
      const k = keyAt(j);
      if (k !== null) key += ` ${k}`;
    }
    return keyAt(i + n - 1) === null ? null : key;
  };
  const counts = new Map<string, { n: number; count: number }>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = phraseKey(i, n);
      if (key === null) continue;
      const c = counts.get(key);
      if (c === undefined) counts.set(key, { n, count: 1 });
      else c.count++;
    }
  }
  const kept = new Map<string, { count: number; variants: Map<string, number> }>();
  const repeated = [...counts].filter((e) => e[1].count >= 2).sort((a, b) => b[1].count - a[1].count);
  for (let n = 1; n <= 3; n++) {
    for (const [key, c] of repeated.filter((e) => e[1].n === n).slice(0, PHRASE_LIMITS[n])) kept.set(key, { count: c.count, variants: new Map() });
  }
  // Second pass, for the kept phrases only: how each is written. A capital only because the
  // phrase starts a sentence (or a heading) does not count as its spelling, when the article also
  // writes the word in lower case.
  // Lower-case spellings of the same word (another id: "Modules" and "modules" are two spellings).
  const lowerFolds = new Set<string>();
  const lowerId = (i: number) => lowerFolds.has(words.fold(i));
  for (let i = 0; i < words.length; i++) {
    const first = words.surface(i).charAt(0);
    if ((flags[i] & WordFlag.SentenceStart) === 0 && first !== first.toUpperCase()) lowerFolds.add(words.fold(i));
  }
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = phraseKey(i, n);
      const entry = key === null ? undefined : kept.get(key);
      if (entry === undefined) continue;
      let text = spanText(doc, i, i + n, Infinity, PHRASE_JOINERS);
      if ((flags[i] & WordFlag.SentenceStart) !== 0 && lowerId(i)) text = lowerFirst(text, words.surface(i));
      entry.variants.set(text, (entry.variants.get(text) ?? 0) + 1);
    }
  }
  return [...kept].map(([key, e]): SummaryPhrase => [key, mostCommon(e.variants), e.count]);
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
export function linkSentences(doc: Document, keys: ContentKeys, termIndex: ReadonlyMap<string, number>): SummarySentence[] {
  const picked: Array<{ s: SummarySentence; order: number }> = [];
  const { words, lines } = doc;
  doc.sentences.forEach((sentence, order) => {
    const block = doc.blocks[sentence.block];
    if (block === undefined || block.kind !== 'paragraph' || sentence.to - sentence.from < 6) return;
    const terms: number[] = [];
    for (const k of distinctKeys(doc, keys, sentence.from, sentence.to)) {
      const t = termIndex.get(k);
      if (t !== undefined && terms.length < MAX_SENTENCE_TERMS) terms.push(t);
    }
    if (terms.length === 0) return;
    const start = lines.place(words.starts[sentence.from]);
    const end = lines.place(words.ends[sentence.to - 1]);
    const excerpt = spanText(doc, sentence.from, sentence.to, EXCERPT);
    picked.push({ s: [start.line, start.column, end.line, end.column, excerpt, terms], order });
  });
  if (picked.length > MAX_SENTENCES) {
    picked.sort((a, b) => b.s[5].length - a.s[5].length || a.order - b.order);
    picked.length = MAX_SENTENCES;
    picked.sort((a, b) => a.order - b.order);
  }
  return picked.map((p) => p.s);
}
