import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';
import type { AliasTable } from './aliases.js';
import type { Units } from '../text/words.js';

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
  const n = tokens.length;
  // A keyphrase typed all in capitals is shouted, not a string of acronyms.
  let shouted = n > 1;
  for (let i = 0; i < n && shouted; i++) shouted = tokens.acronym(i);
  const wordOf = (i: number): PhraseWord => {
    const acronymOnly = tokens.acronym(i) && !shouted;
    const fold = tokens.fold(i);
    return { surface: tokens.surface(i), key: tokens.key(i), fold, acronymOnly, content: acronymOnly || !ctx.functionWords.has(fold) };
  };
  const units = ctx.aliases === null ? tokens : ctx.aliases.apply(tokens);
  const words: PhraseWord[] = [];
  for (let u = 0; u < units.length; u++) {
    const from = units.from(u);
    const to = units.to(u);
    if (to - from > 1 || units.alt(u) !== undefined) {
      // An alias names a thing: always a content word, matched by its group key.
      const key = units.key(u);
      words.push({ surface: text.slice(tokens.starts[from], tokens.ends[to - 1]), key, fold: key, acronymOnly: false, content: true });
    } else words.push(wordOf(from));
    // A word the keyphrase writes after punctuation may follow punctuation in the text too.
    if (u > 0 && !tokens.joined(from)) words[u].loose = true;
  }
  if (words.length > 0 && !words.some((w) => w.content)) {
    for (const w of words) w.content = true;
  }
  return { text, words };
}

/** Whether unit `i` of `units` is the phrase word `p`. */
export function wordMatches(units: Units, i: number, p: PhraseWord): boolean {
  return (units.key(i) === p.key || units.alt(i) === p.key) && (!p.acronymOnly || units.acronym(i));
}

/** Whether `units[from, to)` hold every content word of `phrase`, in any order. */
export function hasAllContentWords(units: Units, phrase: Phrase, from = 0, to = units.length): boolean {
  if (phrase.words.length === 0) return false;
  outer: for (const p of phrase.words) {
    if (!p.content) continue;
    for (let i = from; i < to; i++) if (wordMatches(units, i, p)) continue outer;
    return false;
  }
  return true;
}

/**
 * Whether the phrase starts at unit `i`: its words consecutive, in order, joined only by spaces,
 * dashes, slashes or quotes (or punctuation where the keyphrase has punctuation), before `to`.
 */
export function phraseAt(units: Units, phrase: Phrase, i: number, to = units.length): boolean {
  const n = phrase.words.length;
  if (n === 0 || i + n > to || !wordMatches(units, i, phrase.words[0])) return false;
  for (let j = 1; j < n; j++) {
    const k = i + j;
    const p = phrase.words[j];
    const loose = p.loose === true && !units.apart(k) && units.sentence(k) === units.sentence(k - 1);
    if (!(units.joined(k) || loose) || !wordMatches(units, k, p)) return false;
  }
  return true;
}

/** The first unit in `[from, to)` at which `phrase` is written, or -1. */
export function findPhrase(units: Units, phrase: Phrase, from: number, to: number): number {
  for (let i = from; i < to; i++) if (phraseAt(units, phrase, i, to)) return i;
  return -1;
}

