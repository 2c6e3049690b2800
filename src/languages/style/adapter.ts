import type { Words } from '../../text/words.js';
import { foldListed } from '../define.js';
import type { LanguageModule, StyleRules } from '../types.js';
import type { LanguageStyle } from './types.js';

/**
 * Each spelling's form as the style functions read words (lower case, NFC, diacritics kept,
 * straight apostrophes), made once per spelling id of a folder's table: a sentence's words are
 * handed over as strings, and most of an article's words repeat.
 */
const LOWER = new WeakMap<object, string[]>();

function lowerOf(words: Words, k: number): string {
  let table = LOWER.get(words.forms);
  if (table === undefined) {
    table = [];
    LOWER.set(words.forms, table);
  }
  const id = words.ids[k];
  return (table[id] ??= words.forms[id].surface.normalize('NFC').toLowerCase().replace(/[’‘ʼ]/g, "'"));
}

/** The StyleRules the structure measures read, made of a language's style data and functions. */
export function styleRules(style: LanguageStyle): StyleRules {
  return {
    transitionWords: new Set(style.transitionWords.map(foldListed)),
    transitionPhrases: style.transitionPhrases.map((p) => p.split(' ').map(foldListed)),
    beginningDeterminers: new Set(style.beginningDeterminers.map(foldListed)),
    passive(words, from, to) {
      const sentence: string[] = [];
      for (let k = from; k < to; k++) sentence.push(lowerOf(words, k));
      const found = style.passive(sentence);
      return found === null ? null : [from + found[0], from + found[1]];
    },
  };
}

/** What a language module gets from its style: the lists and rules, the formula and the syllable counter. */
export function fromStyle(style: LanguageStyle): Pick<LanguageModule, 'style' | 'readingEase' | 'syllables'> {
  return {
    style: () => styleRules(style),
    readingEase: style.readingEase,
    syllables: (surface) => style.syllables(surface.normalize('NFC').toLowerCase()),
  };
}
