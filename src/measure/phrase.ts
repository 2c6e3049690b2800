import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';
import type { AliasTable } from './aliases.js';

/** What a phrase word is compared with: a word of the text, or of a title or slug. */
export interface Comparable {
  key: string;
  acronym: boolean;
  /** The word's own key when an alias replaced it ("US" read as the alias group of "United States"). */
  alt?: string;
}

/**
 * A unit of text as matching sees it: a word, or several words an alias joined into one
 * ("United States"). `from`/`to` are word indices, present only when they differ from the
 * unit's own index (a document's words are their own units).
 */
export interface Unit extends Comparable {
  joined: boolean;
  sentence: number;
  block: number;
  /** Not prose (inline code, an image, a URL) stands before it: no phrase reaches across. */
  apart?: boolean;
  /** Starts a written word (white space before it); false inside "fox-fox". */
  wordStart?: boolean;
  from?: number;
  to?: number;
}

/** One word of a keyphrase, as matching compares it. */
export interface PhraseWord {
  surface: string;
  key: string;
  fold: string;
  /** Written in capitals ("US"): matches only capital or dotted forms, never the word "us". */
  acronymOnly: boolean;
  /** Not a function word: sentence matching asks for every content word. */
  content: boolean;
  /**
   * The keyphrase itself has punctuation before this word ("C++ (v2.0)"): the text may too, within
   * one sentence. Otherwise the word must follow the previous one joined (spaces, dashes, slashes).
   */
  loose?: boolean;
}

export interface Phrase {
  text: string;
  words: PhraseWord[];
}

/** How text is compared in one language: its word folder, function words and aliases. */
export interface MatchContext {
  folder: WordFolder;
  functionWords: ReadonlySet<string>;
  aliases: AliasTable | null;
}

/**
 * Compiles a keyphrase with the same tokenizer, folding and aliases as the text, so that both
 * sides of a comparison are normalised the same way. Keyphrase characters are data, never a pattern.
 */
export function compilePhrase(text: string, ctx: MatchContext): Phrase {
  const tokens = tokenize(text, ctx.folder);
  // A keyphrase typed all in capitals is shouted, not a string of acronyms.
  const shouted = tokens.length > 1 && tokens.every((t) => t.acronym);
  const units = ctx.aliases === null ? null : ctx.aliases.apply(tokens);
  let words: PhraseWord[];
  if (units === null) {
    words = tokens.map((t) => {
      const acronymOnly = t.acronym && !shouted;
      return { surface: t.surface, key: t.key, fold: t.fold, acronymOnly, content: acronymOnly || !ctx.functionWords.has(t.fold) };
    });
  } else {
    words = units.map((u, i) => {
      const from = u.from ?? i;
      const to = u.to ?? i + 1;
      const t = tokens[from];
      if (to - from > 1 || u.alt !== undefined) {
        // An alias names a thing: always a content word, matched by its group key.
        return { surface: text.slice(t.start, tokens[to - 1].end), key: u.key, fold: u.key, acronymOnly: false, content: true };
      }
      const acronymOnly = t.acronym && !shouted;
      return { surface: t.surface, key: t.key, fold: t.fold, acronymOnly, content: acronymOnly || !ctx.functionWords.has(t.fold) };
    });
  }
  if (words.length > 0 && !words.some((w) => w.content)) {
    for (const w of words) w.content = true;
  }
  // A word the keyphrase writes after punctuation may follow punctuation in the text too.
  const starts = units ?? tokens.map((_, i) => ({ from: i }));
  starts.forEach((u, i) => {
    if (i > 0 && !tokens[u.from ?? i].joined) words[i].loose = true;
  });
  return { text, words };
}

export function wordMatches(word: Comparable, p: PhraseWord): boolean {
  return (word.key === p.key || word.alt === p.key) && (!p.acronymOnly || word.acronym);
}

/** Whether `words[from, to)` hold every content word of the phrase, in any order. */
export function hasAllContentWords(words: readonly Comparable[], phrase: Phrase, from = 0, to = words.length): boolean {
  if (phrase.words.length === 0) return false;
  outer: for (const p of phrase.words) {
    if (!p.content) continue;
    for (let i = from; i < to; i++) if (wordMatches(words[i], p)) continue outer;
    return false;
  }
  return true;
}

/** Whether the phrase starts at `words[i]`: its words consecutive, in order, joined only by spaces, dashes, slashes or quotes. */
export function phraseAt(
  words: ReadonlyArray<Comparable & { joined: boolean; sentence?: number; apart?: boolean }>,
  phrase: Phrase,
  i: number,
  to = words.length,
): boolean {
  const n = phrase.words.length;
  if (n === 0 || i + n > to || !wordMatches(words[i], phrase.words[0])) return false;
  for (let j = 1; j < n; j++) {
    const w = words[i + j];
    const p = phrase.words[j];
    const loose = p.loose === true && w.apart !== true && w.sentence === words[i + j - 1].sentence;
    if (!(w.joined || loose) || !wordMatches(w, p)) return false;
  }
  return true;
}

/** Index of the first occurrence of the phrase in `words[from, to)`, or -1. */
export function findPhrase(
  words: ReadonlyArray<Comparable & { joined: boolean }>,
  phrase: Phrase,
  from: number,
  to: number,
): number {
  for (let i = from; i < to; i++) if (phraseAt(words, phrase, i, to)) return i;
  return -1;
}

/** Whether `words` hold the phrase as written (see `phraseAt`). */
export function hasPhrase(words: ReadonlyArray<Comparable & { joined: boolean }>, phrase: Phrase): boolean {
  return findPhrase(words, phrase, 0, words.length) !== -1;
}
