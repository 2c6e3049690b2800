import { requireHere } from '../util/require.js';
import { foldDiacritics } from '../text/fold.js';
import { englishStem } from '../text/stem.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from '../text/lexicon.js';
import { loadStemmer } from './stemmers.js';
import type { Language, LanguageModule, SentenceRules } from './types.js';

let stopwords: Record<string, string[]> | undefined;

/** Folds a listed word as matching folds the words of a text. */
export function foldListed(word: string): string {
  return foldDiacritics(word.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'"));
}

function functionWords(given: LanguageModule['functionWords']): ReadonlySet<string> {
  if (given === null) return new Set();
  let list: readonly string[];
  if (typeof given === 'string') {
    // `stopword` ships one CommonJS bundle of all its lists (240 kB, ~7 ms); read once, on first use.
    stopwords ??= requireHere('stopword') as Record<string, string[]>;
    list = stopwords[given] ?? [];
  } else list = given;
  return new Set(list.map(foldListed));
}

/**
 * Sentence rules for languages that bring none: the English abbreviations, which are mostly
 * Latin ("etc.", "vs.", "approx.") or names ("Mr."), and no sentence starters, so that a dotted
 * abbreviation followed by a capital ends a sentence only when a full stop is certain.
 */
const DEFAULT_SENTENCES: SentenceRules = { abbreviations: ABBREVIATIONS, starters: new Set() };

/** The Language a module describes, its stemmer and word lists loaded now. */
export function defineLanguage(module: LanguageModule): Language {
  const stem = module.code === 'en' ? englishStem() : module.stemmer === null ? null : loadStemmer(module.stemmer);
  return {
    code: module.code,
    name: module.name,
    stem,
    functionWords: functionWords(module.functionWords),
    sentences: module.sentences ?? (module.code === 'en' ? { abbreviations: ABBREVIATIONS, starters: SENTENCE_STARTERS } : DEFAULT_SENTENCES),
    style: module.style?.() ?? null,
    readingEase: module.readingEase ?? null,
    syllables: module.syllables ?? null,
  };
}

/** A language known by its stemmer and function words only (no style lists, no formula yet). */
export function stemmedLanguage(code: string, name: string, stemmer: string, functionWords: string, names: readonly string[]): LanguageModule {
  return { code, name, names, stemmer, functionWords };
}
