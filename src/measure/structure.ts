import type { Document } from '../parse/document.js';
import { WordFlag, type Words } from '../text/words.js';
import type { WordForm } from '../text/fold.js';
import { marksOf, type IdMarks } from '../util/id-marks.js';
import {
  BEGINNING_DETERMINERS,
  IRREGULAR_PARTICIPLES,
  NOT_PARTICIPLES,
  PASSIVE_AUXILIARIES,
  PASSIVE_FILLERS,
  TRANSITION_PHRASES,
  TRANSITION_WORDS,
} from './english-style.js';

/** One sentence as the structure checks see it. */
export interface SentenceFacts {
  /** Words as `stats` counts them. */
  words: number;
  /** Index of its first and one past its last token in `Document.words`. */
  from: number;
  to: number;
  /** 1-based place of its first word. */
  line: number;
  column: number;
  heading: boolean;
  /** Tokens of its first passive construction, auxiliary to participle ("been … shelved"). */
  passive: [number, number] | null;
  transition: boolean;
  /** Its first word, folded; its first two after an article or a numeral ("the talks"). */
  beginning: string;
}

export interface ParagraphFacts {
  block: number;
  line: number;
  words: number;
}

/** The text under one heading (or before the first), up to the next heading. */
export interface SectionFacts {
  /** The heading's text; null for the text before the first heading. */
  heading: string | null;
  /** The heading's level; 0 for the text before the first heading. */
  level: number;
  line: number;
  words: number;
}

/** Consecutive sentences that begin alike. */
export interface BeginningRun {
  beginning: string;
  /** Index of its first sentence, and how many follow in a row. */
  first: number;
  sentences: number;
  line: number;
  column: number;
}

export interface Structure {
  sentences: SentenceFacts[];
  paragraphs: ParagraphFacts[];
  sections: SectionFacts[];
  /** Every run of two or more sentences in a row with the same beginning. */
  beginnings: BeginningRun[];
  passiveSentences: number;
  transitionSentences: number;
}

const NO_PHRASES: string[][] = [];

/** Multi-word transitions, by their first word. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of TRANSITION_PHRASES) {
  const words = phrase.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]) ?? [];
  list.push(words);
  PHRASES_BY_FIRST.set(words[0], list);
}

const enum Role {
  Auxiliary = 1,
  /** Folded form of an auxiliary contracted with "'s" ("it's" folds to "it"). */
  Contracted = 2,
  Transition = 4,
  PhraseStart = 8,
  /** The spelling is an auxiliary of the passive as written (see isAuxiliary). */
  PassiveAuxiliary = 16,
}

/**
 * What each listed word can be, in one table: every word of every sentence is looked up here
 * twice (passive, transition), not four times in four sets.
 */
const ROLES = new Map<string, number>();
const addRole = (word: string, role: Role) => ROLES.set(word, (ROLES.get(word) ?? 0) | role);
for (const a of PASSIVE_AUXILIARIES) {
  addRole(a, Role.Auxiliary);
  if (a.endsWith("'s")) addRole(a.slice(0, -2), Role.Contracted);
}
for (const t of TRANSITION_WORDS) addRole(t, Role.Transition);
for (const first of PHRASES_BY_FIRST.keys()) addRole(first, Role.PhraseStart);

function isAuxiliary(w: WordForm): boolean {
  const role = ROLES.get(w.fold) ?? 0;
  if (role & Role.Auxiliary) return true;
  // "it's" folds to "it": the surface is longer by the "'s" folding dropped.
  return (role & Role.Contracted) !== 0 && w.surface.length > w.fold.length;
}

/**
 * The roles of a document's words, looked up once per spelling (by its id in the folder's table,
 * and kept with the table for the documents after it) instead of once per word: the corpus's
 * 400 000 words have 18 000 spellings, and the per-word Map look-ups took 60 ms of a run.
 */
class Roles {
  private readonly marks: IdMarks;

  constructor(private readonly words: Words) {
    this.marks = marksOf(words.forms, 'style roles');
  }

  of(k: number): number {
    const id = this.words.ids[k];
    let role = this.marks.get(id);
    if (role === -1) {
      const form = this.words.forms[id];
      role = (ROLES.get(form.fold) ?? 0) | (isAuxiliary(form) ? Role.PassiveAuxiliary : 0);
      this.marks.set(id, role);
    }
    return role;
  }
}

function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length >= 4 && word.endsWith('ed') && !NOT_PARTICIPLES.has(word);
}

/**
 * Finds a form of "be" or "get" followed by a past participle, with at most three adverbs
 * between them ("has been officially shelved", "was not yet known"). English only.
 */
function findPassive(words: Words, roles: Roles, from: number, to: number): [number, number] | null {
  for (let k = from; k < to; k++) {
    if (!(roles.of(k) & Role.PassiveAuxiliary)) continue;
    for (let m = k + 1; m < to && m <= k + 4; m++) {
      const w = words.fold(m);
      if (isParticiple(w)) return [k, m + 1];
      const adverb = PASSIVE_FILLERS.has(w) || (w.length > 4 && w.endsWith('ly'));
      if (!adverb) break;
    }
  }
  return null;
}

function hasTransition(words: Words, roles: Roles, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const role = roles.of(k);
    if (role & Role.Transition) return true;
    if (!(role & Role.PhraseStart)) continue;
    for (const phrase of PHRASES_BY_FIRST.get(words.fold(k)) ?? NO_PHRASES) {
      if (k + phrase.length <= to && phrase.every((p, i) => words.fold(k + i) === p)) return true;
    }
  }
  return false;
}

function beginning(words: Words, from: number, to: number): string {
  const first = words.fold(from);
  return BEGINNING_DETERMINERS.has(first) && from + 1 < to ? `${first} ${words.fold(from + 1)}` : first;
}

/** Words in `words[from, to)` as `stats` counts them: tokens that follow white space. */
export function wordCount(words: Words, from: number, to: number): number {
  const { flags } = words;
  let n = 0;
  for (let k = from; k < to; k++) if (flags[k] & WordFlag.WordStart) n++;
  return n;
}

/** Measures sentences, paragraphs, sections, passive voice, transitions and repeated beginnings. */
export function measureStructure(doc: Document): Structure {
  const { words, blocks } = doc;
  const roles = new Roles(words);
  const sentences: SentenceFacts[] = doc.sentences.map((s) => {
    const place = doc.lines.place(words.starts[s.from]);
    return {
      words: wordCount(words, s.from, s.to),
      from: s.from,
      to: s.to,
      line: place.line,
      column: place.column,
      heading: blocks[s.block].kind === 'heading',
      passive: findPassive(words, roles, s.from, s.to),
      transition: hasTransition(words, roles, s.from, s.to),
      beginning: beginning(words, s.from, s.to),
    };
  });

  const paragraphs: ParagraphFacts[] = [];
  const sections: SectionFacts[] = [];
  blocks.forEach((b, index) => {
    if (b.kind === 'heading') {
      sections.push({ heading: b.plain, level: b.level, line: b.line, words: 0 });
      return;
    }
    const n = wordCount(words, b.from, b.to);
    if (b.kind === 'paragraph') paragraphs.push({ block: index, line: b.line, words: n });
    if (sections.length === 0) sections.push({ heading: null, level: 0, line: b.line, words: 0 });
    sections[sections.length - 1].words += n;
  });

  const beginnings: BeginningRun[] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i + 1;
    while (j < sentences.length && sentences[j].beginning === sentences[i].beginning) j++;
    if (j - i >= 2) {
      beginnings.push({ beginning: sentences[i].beginning, first: i, sentences: j - i, line: sentences[i].line, column: sentences[i].column });
    }
    i = j;
  }

  return {
    sentences,
    paragraphs,
    sections,
    beginnings,
    passiveSentences: sentences.filter((s) => s.passive !== null).length,
    transitionSentences: sentences.filter((s) => s.transition).length,
  };
}
