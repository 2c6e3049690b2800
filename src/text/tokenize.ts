import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon.js';
import { asciiWordEnd, isAsciiWordStart, isOutsideWords, nextPossibleWord } from './ascii-word.js';
import type { WordFolder, WordForm } from './fold.js';
import { WordFlag, Words } from './words.js';

/**
 * Stands in the prose string for what is not prose inside a block (an image, a URL, a template
 * tag), so that the words on either side never join into a phrase.
 */
export const BREAK = '\uFFFC';

let word: RegExp | undefined;

/**
 * A dotted abbreviation ("U.S.", "e.g.") or a word: letters and digits, inner apostrophes
 * ("Trump’s", "don't"), decimals ("2.0"), dotted lower-case parts of names and addresses
 * ("cloud.gov", "docs.rs", "Node.js", "index.html": one word, as `wc -w` and a reader count them;
 * two letters at least after the dot, so "i.e" and "x.y" stay apart, and a capital after a dot
 * still reads as a sentence that starts without a space) and the suffixes of C++ and C#. Exported for the test
 * that the ASCII fast path (ascii-word.ts) finds the same words. The dotted repeat is capped: an
 * unbounded one backtracks quadratically on "a.a.a.…ab" (40 000 pairs: 7 s; capped: 4 ms).
 * Made on first need: building its Unicode classes cost every run 1.5 ms of start-up, and text in
 * ASCII never needs it.
 */
export function wordPattern(): RegExp {
  word ??= /(?:\p{L}\.){2,10}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’‘ʼ][\p{L}\p{M}]+|[.,]\p{N}+|\.\p{Ll}[\p{Ll}\p{N}]+)*(?:\+\+|#(?![\p{L}\p{N}]))?/gu;
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
  /** An image, a URL or a template tag (BREAK) stood there. */
  Apart = 16,
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** White space between words, the no-break ones too (U+202F sets "30 %" in French). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x0d;
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

const PERCENT = 0x25;

/** Whether a "%" at `at` follows a number, with nothing or white space between ("30%", "30 %", "30\u2007%"). */
function percentOfNumber(text: string, at: number, words: Words, first: number): boolean {
  if (words.length === first) return false;
  const prevEnd = words.ends[words.length - 1];
  const last = text.charCodeAt(prevEnd - 1);
  if (last < 0x30 || last > 0x39) return false;
  for (let k = prevEnd; k < at; k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c)) return false;
  }
  return true;
}

/**
 * Code in a block: flat pairs of offsets `[start, end, start, end, …]` in the prose string, in
 * order. A word starting inside a pair is flagged WordFlag.Code, and punctuation between two
 * words of one pair ends no sentence (`os.Exit` is not two sentences).
 */
export type CodeRanges = readonly number[];

const NO_CODE: CodeRanges = [];

/**
 * Splits prose into words and sentences in one pass. `text` is the prose of one block; its first
 * word always starts a sentence. The words are appended to `words` (offsets into `text`), which
 * is returned. A "%" right after a number is a word of its own ("30%": one written word of two
 * tokens; "30 %": two), so that "30% off" and "30 % off" match each other.
 */
export function tokenize(text: string, folder: WordFolder, words = new Words(folder.forms), code: CodeRanges = NO_CODE): Words {
  // Chinese and Japanese runs need a dictionary to find their words; most blocks have none.
  const cjk = CJK.test(text);
  const first = words.length;
  const ctx: Context = { text, folder, words, first, code, range: 0, last: -1 };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !isAsciiWordStart(c)) {
      if (c === PERCENT && percentOfNumber(text, i, words, first)) pushWord(ctx, i, i + 1, Run.None);
      i++;
      continue;
    }
    // ASCII words are read by hand (ascii-word.ts): the corpus's prose, its words all folded
    // before, tokenized in 129 ms instead of 157.
    let start = i;
    let end = -1;
    if (c < 0x80) end = asciiWordEnd(text, i);
    else if (isOutsideWords(c)) {
      // Punctuation outside ASCII (“, —, a no-break space): the pattern would look for the next
      // word from here, past whatever cannot start one; so does this, as long as that word is
      // ASCII. A "%" on the way is left to the ASCII branch, so that "30\u00a0%" (French and
      // German typography) is two words as "30 %" is.
      start = nextPossibleWord(text, i + 1);
      if (start === text.length) break;
      if (text.charCodeAt(start) === PERCENT) {
        i = start;
        continue;
      }
      if (text.charCodeAt(start) < 0x80) end = asciiWordEnd(text, start);
    }
    if (end !== -1) {
      pushWord(ctx, start, end, Run.None);
      i = end;
      continue;
    }
    const pattern = wordPattern();
    pattern.lastIndex = i;
    const m = pattern.exec(text);
    if (m === null) break;
    i = m.index + m[0].length;
    if (cjk && CJK.test(m[0])) pushSegmented(ctx, m[0], m.index);
    else pushWord(ctx, m.index, i, Run.None);
  }
  return words;
}

/** What pushWord needs of the text being read. */
interface Context {
  text: string;
  folder: WordFolder;
  words: Words;
  /** Words before this index belong to another text. */
  first: number;
  code: CodeRanges;
  /** Index in `code` of the first pair that does not end before the current word. */
  range: number;
  /** Index in `code` of the pair the previous word stands in, -1 for none. */
  last: number;
}

/** Splits a run of Chinese or Japanese into the words Intl.Segmenter finds (never into letters). */
function pushSegmented(ctx: Context, run: string, at: number): void {
  let place = Run.First;
  for (const seg of ctx.folder.wordSegmenter().segment(run)) {
    if (seg.isWordLike === false) continue;
    const start = at + seg.index;
    pushWord(ctx, start, start + seg.segment.length, place);
    place = Run.Rest;
  }
}

/** Appends the word `text[start, end)`. */
function pushWord(ctx: Context, start: number, end: number, run: Run): void {
  const { text, folder, words, code } = ctx;
  const id = folder.idAt(text, start, end);
  let inCode = -1;
  if (code.length !== 0) {
    while (ctx.range < code.length && code[ctx.range + 1] <= start) ctx.range += 2;
    if (ctx.range < code.length && code[ctx.range] <= start) inCode = ctx.range;
  }
  let flags = WordFlag.WordStart | WordFlag.SentenceStart;
  if (run === Run.Rest) {
    // The next word of an unspaced run: a word of its own, joined to the one before.
    flags = WordFlag.WordStart | WordFlag.Joined;
  } else if (words.length > ctx.first) {
    const prev = words.length - 1;
    const prevEnd = words.ends[prev];
    // One space, the usual gap, needs no classifying.
    const gap = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x20 ? Gap.Space : gapFlags(text, prevEnd, start);
    const forms = folder.forms;
    flags = 0;
    // Chinese and Japanese put no spaces between words: each segment is a word.
    if (run === Run.First || (gap & Gap.Space) !== 0) flags |= WordFlag.WordStart;
    const sameCode = inCode !== -1 && inCode === ctx.last;
    // Only a full stop, "!", "?" or a word that ends in a dot ("U.S.") can end a sentence.
    const mayEnd = (gap & Gap.Terminal) !== 0 || text.charCodeAt(prevEnd - 1) === 0x2e;
    if (!sameCode && mayEnd && endsSentence(forms[words.ids[prev]], prevEnd, forms[id], gap, text)) flags |= WordFlag.SentenceStart;
    else if ((gap & Gap.Broken) === 0) flags |= WordFlag.Joined;
    if (gap & Gap.Apart) flags |= WordFlag.Apart;
  }
  if (inCode !== -1) flags |= WordFlag.Code;
  ctx.last = inCode;
  words.push(id, start, end, flags);
}
