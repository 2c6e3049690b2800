import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';

/** One word of a keyphrase, as matching compares it. */
export interface PhraseWord {
  surface: string;
  key: string;
  fold: string;
  /** Written in capitals ("US"): matches only capital or dotted forms, never the word "us". */
  acronymOnly: boolean;
  /** Not a function word: sentence matching asks for every content word. */
  content: boolean;
}

export interface Phrase {
  text: string;
  words: PhraseWord[];
}

/** What a phrase word is compared with: a word of the text, or of a title or slug. */
export interface Comparable {
  key: string;
  acronym: boolean;
}

/**
 * Compiles a keyphrase with the same tokenizer and folding as the text, so that both sides of a
 * comparison are normalised the same way. Keyphrase characters are data, never a pattern.
 */
export function compilePhrase(text: string, folder: WordFolder, functionWords: ReadonlySet<string>): Phrase {
  const tokens = tokenize(text, folder);
  // A keyphrase typed all in capitals is shouted, not a string of acronyms.
  const shouted = tokens.length > 1 && tokens.every((t) => t.acronym);
  const words = tokens.map((t) => {
    const acronymOnly = t.acronym && !shouted;
    return { surface: t.surface, key: t.key, fold: t.fold, acronymOnly, content: acronymOnly || !functionWords.has(t.fold) };
  });
  if (words.length > 0 && !words.some((w) => w.content)) {
    for (const w of words) w.content = true;
  }
  return { text, words };
}

export function wordMatches(word: Comparable, p: PhraseWord): boolean {
  return word.key === p.key && (!p.acronymOnly || word.acronym);
}

/** Whether `words` hold every content word of the phrase, in any order. */
export function hasAllContentWords(words: readonly Comparable[], phrase: Phrase): boolean {
  if (phrase.words.length === 0) return false;
  return phrase.words.every((p) => !p.content || words.some((w) => wordMatches(w, p)));
}

/** Whether `words` hold the phrase's words consecutively, in order, joined only by spaces, dashes, slashes or quotes. */
export function hasPhrase(words: ReadonlyArray<Comparable & { joined: boolean }>, phrase: Phrase): boolean {
  return findPhrase(words, phrase, 0, words.length) !== -1;
}

/** Index of the first occurrence of the phrase in `words[from, to)`, or -1. */
export function findPhrase(
  words: ReadonlyArray<Comparable & { joined: boolean }>,
  phrase: Phrase,
  from: number,
  to: number,
): number {
  const n = phrase.words.length;
  if (n === 0) return -1;
  const first = phrase.words[0];
  outer: for (let i = from; i + n <= to; i++) {
    if (!wordMatches(words[i], first)) continue;
    for (let j = 1; j < n; j++) {
      const w = words[i + j];
      if (!w.joined || !wordMatches(w, phrase.words[j])) continue outer;
    }
    return i;
  }
  return -1;
}
