import { FLESCH_BANDS as ENGLISH_BANDS } from '../reading-ease.js';
import type { TextCounts } from './types.js';

export { bandOf } from '../reading-ease.js';

/**
 * A reading-ease formula of Flesch's shape: base − perSentence × words/sentences −
 * perWord × syllables/words, rounded to two decimals. Every adaptation here has this shape once
 * its "per 100 words" terms are written per word (0.60 × syllables per 100 words = 60 × ASW).
 */
export function fleschShaped(base: number, perSentence: number, perWord: number): (c: TextCounts) => number {
  return (c) => {
    if (!(c.words > 0 && c.sentences > 0)) return NaN;
    const score = base - perSentence * (c.words / c.sentences) - perWord * (c.syllables / c.words);
    return Math.round(score * 100) / 100;
  };
}

/** Flesch's own seven bands, with "plain" for the English of "plain English", for adaptations that kept his scale. */
export const FLESCH_BANDS: ReadonlyArray<readonly [number, string]> = ENGLISH_BANDS.map(([min, label]) => [min, label === 'plain English' ? 'plain' : label] as const);

const LETTER = /\p{L}/u;

/** At least one syllable for a word with a letter, none for a number or a symbol. */
export function atLeastOne(word: string, n: number): number {
  return n > 0 ? n : LETTER.test(word) ? 1 : 0;
}

/** Adverbs in -mente (Spanish, Italian, Portuguese) or -ment (French) may stand inside a passive. */
export function isAdverbBy(word: string, suffix: string): boolean {
  return word.length > suffix.length + 3 && word.endsWith(suffix);
}

/**
 * The Romance rule for one run of vowel letters: a strong vowel (a, e, o and any accented
 * vowel) is a syllable; a weak one (i, u) next to a strong one is a glide inside its syllable
 * ("ciu-dad" has two, "dí-a" two because í is strong), and a run of weak vowels alone is one
 * syllable per pair ("cui-da-do"). `weak` says which letters are weak.
 */
export function romanceNuclei(run: string, weak: (c: string) => boolean): number {
  let n = 0;
  let i = 0;
  while (i < run.length) {
    if (!weak(run[i])) {
      n++;
      i++;
      continue;
    }
    let j = i;
    while (j < run.length && weak(run[j])) j++;
    const len = j - i;
    const nextToStrong = i > 0 || j < run.length;
    n += nextToStrong ? Math.floor(len / 2) : Math.ceil(len / 2);
    i = j;
  }
  return n;
}

/** Splits a word into its runs of vowels, as [start, end) pairs, by `isVowel` at each index. */
export function vowelRuns(word: string, isVowel: (word: string, i: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < word.length) {
    if (!isVowel(word, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < word.length && isVowel(word, j)) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Counts a run as units: the longest listed digraph or trigraph at each place, else one letter; each unit one syllable. */
export function unitCount(run: string, units: readonly string[]): number {
  let n = 0;
  let i = 0;
  while (i < run.length) {
    const unit = units.find((u) => run.startsWith(u, i));
    i += unit === undefined ? 1 : unit.length;
    n++;
  }
  return n;
}

/** How a Romance language builds its periphrastic passive (ser/essere/être + participle). */
export interface AuxiliaryPassive {
  /** Forms of the auxiliary ("es", "fue", "sido"; "è", "viene"). */
  auxiliaries: ReadonlySet<string>;
  /** Words that may stand between it and the participle ("también", "già"), besides -mente adverbs. */
  fillers: ReadonlySet<string>;
  /** The language's suffix of adverbs of manner ("mente", "ment"). */
  adverbSuffix: string;
  isParticiple(word: string): boolean;
  /** The participle of a verb that makes its perfect with this auxiliary ("è arrivato", "est allé"): not passive. */
  isPerfectWithAuxiliary?(word: string): boolean;
  /** The auxiliary at `k` is part of a reflexive or pronominal form ("s'est levé"): not passive. */
  isPronominal?(words: readonly string[], k: number): boolean;
}

/** How many words may stand between the auxiliary and the participle ("fue también rápidamente aprobado"). */
const MAX_FILLERS = 3;

/** The first auxiliary followed, after at most three fillers, by a participle: [auxiliary, participle + 1). */
export function auxiliaryPassive(words: readonly string[], p: AuxiliaryPassive): [number, number] | null {
  for (let k = 0; k < words.length; k++) {
    if (!p.auxiliaries.has(words[k]) || p.isPronominal?.(words, k)) continue;
    for (let m = k + 1; m < words.length && m <= k + 1 + MAX_FILLERS; m++) {
      const w = words[m];
      if (p.isPerfectWithAuxiliary?.(w)) break;
      if (p.isParticiple(w)) return [k, m + 1];
      const filler = p.fillers.has(w) || p.auxiliaries.has(w) || isAdverbBy(w, p.adverbSuffix);
      if (!filler) break;
    }
  }
  return null;
}

/** How a language builds its reflexive passive (pasiva refleja: "se venden casas"). */
export interface MarkerPassive {
  /** The marker: "se", "si". */
  marker: string;
  /** A third-person plural verb form by its ending. */
  isPluralVerb(word: string): boolean;
  /** Verbs that are pronominal or reflexive with the marker ("se sienten", "si chiamano"): not passive. */
  isPronominalVerb(word: string): boolean;
  /** Words that open a plural subject: articles, determiners, numerals. */
  pluralDeterminers: ReadonlySet<string>;
  /** A bare plural noun ("casas"); false when the language cannot tell one by its form. */
  isBarePlural(word: string): boolean;
  /** Parts of the body, the object of a reflexive ("se lavan las manos"). */
  bodyParts: ReadonlySet<string>;
  /** Clitics after the marker make it an indirect object ("se lo dije"): not passive. */
  clitics: ReadonlySet<string>;
  /** The marker may follow the verb (Portuguese "vendem-se"). */
  enclitic: boolean;
}

function pluralSubject(words: readonly string[], m: number, p: MarkerPassive): boolean {
  const w = words[m];
  if (w === undefined) return false;
  if (p.bodyParts.has(w) || p.bodyParts.has(words[m + 1] ?? '')) return false;
  return p.pluralDeterminers.has(w) || /^\d+$/.test(w) || p.isBarePlural(w);
}

/**
 * The reflexive passive, conservatively: the marker, then a third-person plural verb (or the
 * verb, then the marker: "vendem-se", whose hyphen the tokenizer splits), then a plural subject
 * after the verb ("se venden casas", "si vendono le case"). The plural on both sides is what
 * tells it from a reflexive with an object ("se lava las manos") and from the impersonal se
 * ("se vive bien"); a subject before the verb ("las casas se venden") is left uncounted, since
 * a reflexive looks the same ("los niños se levantan").
 */
export function markerPassive(words: readonly string[], p: MarkerPassive): [number, number] | null {
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k] === p.marker) {
      const verb = words[k + 1];
      if (p.clitics.has(verb) || !p.isPluralVerb(verb) || p.isPronominalVerb(verb)) continue;
      if (pluralSubject(words, k + 2, p)) return [k, k + 2];
    } else if (p.enclitic && words[k + 1] === p.marker && p.isPluralVerb(words[k]) && !p.isPronominalVerb(words[k])) {
      if (pluralSubject(words, k + 2, p)) return [k, k + 2];
    }
  }
  return null;
}

/** The earlier of two constructions, by where they start. */
export function earlier(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (a === null) return b;
  if (b === null) return a;
  return b[0] < a[0] ? b : a;
}
