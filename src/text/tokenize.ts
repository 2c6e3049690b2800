import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon.js';
import { asciiWordEnd, isAsciiWordStart } from './ascii-word.js';
import type { WordFolder, WordForm } from './fold.js';
import { WordFlag, Words } from './words.js';

/**
 * Stands in the prose string for what is not prose inside a block (inline code, an image, a URL),
 * so that the words on either side never join into a phrase.
 */
export const BREAK = '\uFFFC';

let word: RegExp | undefined;

/**
 * A dotted abbreviation ("U.S.", "e.g.") or a word: letters and digits, inner apostrophes
 * ("Trump’s", "don't"), decimals ("2.0") and the suffixes of C++ and C#. Exported for the test
 * that the ASCII fast path (ascii-word.ts) finds the same words. The dotted repeat is capped: an
 * unbounded one backtracks quadratically on "a.a.a.…ab" (40 000 pairs: 7 s; capped: 4 ms).
 * Made on first need: building its Unicode classes cost every run 1.5 ms of start-up, and text in
 * ASCII never needs it.
 */
export function wordPattern(): RegExp {
  word ??= /(?:\p{L}\.){2,10}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’‘ʼ][\p{L}\p{M}]+|[.,]\p{N}+)*(?:\+\+|#(?![\p{L}\p{N}]))?/gu;
  return word;
}

// Hiragana, Katakana, CJK ideographs (and their supplementary planes): written without spaces.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Where a token stands in a run of Chinese or Japanese. */
const enum Run {
  None,
  First,
  Rest,
}

const enum Gap {
  Space = 1,
  Broken = 2,
  Terminal = 4,
  Dot = 8,
  /** Inline code, an image or a URL (BREAK) stood there. */
  Apart = 16,
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x0d;
}

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb;
}

/** Classifies the characters between two words. */
function gapFlags(text: string, from: number, to: number): number {
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) flags |= Gap.Space;
    else if (isDash(c)) {
      // A dash between letters joins ("Trump-Putin"); a spaced one ("peace — and") is punctuation.
      const before = i > from ? text.charCodeAt(i - 1) : 0;
      const after = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      if (isSpace(before) || isSpace(after)) flags |= Gap.Broken;
    } else if (c === 0x2f || isQuote(c)) {
      // slash and quotes join
    } else if (c === 0x2e) flags |= Gap.Broken | Gap.Terminal | Gap.Dot;
    else if (c === 0xfffc) flags |= Gap.Broken | Gap.Apart;
    else if (c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      flags |= Gap.Broken | Gap.Terminal;
    } else flags |= Gap.Broken;
  }
  return flags;
}

function startsLowerCase(word: string): boolean {
  const c = word[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function startsUpperCase(word: string): boolean {
  const c = word[0];
  return c !== c.toLowerCase();
}

/** Decides whether `next` starts a new sentence after `prev` (which ends at `prevEnd`), given the gap. */
function endsSentence(prev: WordForm, prevEnd: number, next: WordForm, flags: number, text: string): boolean {
  if (flags & Gap.Terminal) {
    if (startsLowerCase(next.surface)) return false;
    // "Mr. Smith": the dot right after an abbreviation is the abbreviation's own.
    if (flags & Gap.Dot && text.charCodeAt(prevEnd) === 0x2e && ABBREVIATIONS.has(prev.fold)) {
      return SENTENCE_STARTERS.has(next.fold) && /^(?:etc|inc|ltd|corp|co|al)$/.test(prev.fold);
    }
    return true;
  }
  // "…supplied by the U.S. The talks": the abbreviation's dot was also the full stop.
  return (
    prev.surface.endsWith('.') && startsUpperCase(next.surface) && SENTENCE_STARTERS.has(next.fold)
  );
}

/**
 * Splits prose into words and sentences in one pass. `text` is the prose of one block; its first
 * word always starts a sentence. The words are appended to `words` (offsets into `text`), which
 * is returned.
 */
export function tokenize(text: string, folder: WordFolder, words = new Words(folder.forms)): Words {
  // Chinese and Japanese runs need a dictionary to find their words; most blocks have none.
  const cjk = CJK.test(text);
  const first = words.length;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !isAsciiWordStart(c)) {
      i++;
      continue;
    }
    // ASCII words are read by hand (ascii-word.ts): the corpus's prose, its words all folded
    // before, tokenized in 129 ms instead of 157.
    const end = c < 0x80 ? asciiWordEnd(text, i) : -1;
    if (end !== -1) {
      pushWord(text, i, end, folder, words, first, Run.None);
      i = end;
      continue;
    }
    const pattern = wordPattern();
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m === null) break;
    i = m.index + m[0].length;
    if (cjk && CJK.test(m[0])) pushSegmented(m[0], m.index, text, folder, words, first);
    else pushWord(text, m.index, i, folder, words, first, Run.None);
  }
  return words;
}

/** Splits a run of Chinese or Japanese into the words Intl.Segmenter finds (never into letters). */
function pushSegmented(run: string, at: number, text: string, folder: WordFolder, words: Words, first: number): void {
  let place = Run.First;
  for (const seg of folder.wordSegmenter().segment(run)) {
    if (seg.isWordLike === false) continue;
    const start = at + seg.index;
    pushWord(text, start, start + seg.segment.length, folder, words, first, place);
    place = Run.Rest;
  }
}

/** Appends the word `text[start, end)`; words before index `first` belong to another text. */
function pushWord(text: string, start: number, end: number, folder: WordFolder, words: Words, first: number, run: Run): void {
  const id = folder.idAt(text, start, end);
  let flags = WordFlag.WordStart | WordFlag.SentenceStart;
  if (run === Run.Rest) {
    // The next word of an unspaced run: a word of its own, joined to the one before.
    flags = WordFlag.WordStart | WordFlag.Joined;
  } else if (words.length > first) {
    const prev = words.length - 1;
    const prevEnd = words.ends[prev];
    const gap = gapFlags(text, prevEnd, start);
    const forms = folder.forms;
    flags = 0;
    // Chinese and Japanese put no spaces between words: each segment is a word.
    if (run === Run.First || (gap & Gap.Space) !== 0) flags |= WordFlag.WordStart;
    if (endsSentence(forms[words.ids[prev]], prevEnd, forms[id], gap, text)) flags |= WordFlag.SentenceStart;
    else if ((gap & Gap.Broken) === 0) flags |= WordFlag.Joined;
    if (gap & Gap.Apart) flags |= WordFlag.Apart;
  }
  words.push(id, start, end, flags);
}
