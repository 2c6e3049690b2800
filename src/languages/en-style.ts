import type { WordForm } from '../text/fold.js';
import type { Words } from '../text/words.js';
import { marksOf } from '../util/id-marks.js';
import {
  BEGINNING_DETERMINERS,
  IRREGULAR_PARTICIPLES,
  NOT_PARTICIPLES,
  PASSIVE_AUXILIARIES,
  PASSIVE_FILLERS,
  TRANSITION_PHRASES,
  TRANSITION_WORDS,
} from './en-words.js';
import type { StyleRules } from './types.js';

const AUXILIARY = 1;
/** Folded form of an auxiliary contracted with "'s" ("it's" folds to "it"). */
const CONTRACTED = 2;

const AUXILIARIES = new Map<string, number>();
for (const a of PASSIVE_AUXILIARIES) {
  AUXILIARIES.set(a, (AUXILIARIES.get(a) ?? 0) | AUXILIARY);
  if (a.endsWith("'s")) AUXILIARIES.set(a.slice(0, -2), (AUXILIARIES.get(a.slice(0, -2)) ?? 0) | CONTRACTED);
}

/** Whether the spelling is an auxiliary of the passive as written ("it's" is; "it" is not). */
function isAuxiliary(w: WordForm): boolean {
  const role = AUXILIARIES.get(w.fold) ?? 0;
  if (role & AUXILIARY) return true;
  // "it's" folds to "it": the surface is longer by the "'s" folding dropped.
  return (role & CONTRACTED) !== 0 && w.surface.length > w.fold.length;
}

function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length >= 4 && word.endsWith('ed') && !NOT_PARTICIPLES.has(word);
}

/**
 * A form of "be" or "get" followed by a past participle, with at most three adverbs between them
 * ("has been officially shelved", "was not yet known"). Whether a spelling is an auxiliary is
 * looked up once per spelling id and kept with the folder's table (util/id-marks.ts).
 */
function findPassive(words: Words, from: number, to: number): [number, number] | null {
  const marks = marksOf(words.forms, 'en passive auxiliary');
  for (let k = from; k < to; k++) {
    const id = words.ids[k];
    let aux = marks.get(id);
    if (aux === -1) {
      aux = isAuxiliary(words.forms[id]) ? 1 : 0;
      marks.set(id, aux);
    }
    if (aux === 0) continue;
    for (let m = k + 1; m < to && m <= k + 4; m++) {
      const w = words.fold(m);
      if (isParticiple(w)) return [k, m + 1];
      const adverb = PASSIVE_FILLERS.has(w) || (w.length > 4 && w.endsWith('ly'));
      if (!adverb) break;
    }
  }
  return null;
}

/** English style rules: the lists of en-words.ts and the passive pattern above. */
export function englishStyle(): StyleRules {
  return {
    transitionWords: TRANSITION_WORDS,
    transitionPhrases: TRANSITION_PHRASES.map((p) => p.split(' ')),
    beginningDeterminers: BEGINNING_DETERMINERS,
    passive: findPassive,
  };
}
