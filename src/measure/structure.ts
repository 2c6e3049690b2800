import type { Document } from '../parse/document.js';
import type { Words } from '../text/words.js';
import type { StyleRules } from '../languages/types.js';
import { marksOf, type IdMarks } from '../util/id-marks.js';
import { wordCount } from './stats.js';

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
  /** Index of its first block (its heading, or the first block of the text before any). */
  block: number;
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

const TRANSITION = 1;
const PHRASE_START = 2;

/**
 * What each spelling can be in the language's lists (a transition, the first word of a
 * transition phrase), looked up once per spelling id and kept with the folder's table
 * (util/id-marks.ts): the corpus's 400 000 words have 18 000 spellings, and per-word Map
 * look-ups took 60 ms of a run.
 */
class Roles {
  private readonly marks: IdMarks;
  private readonly firsts: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

  constructor(
    private readonly words: Words,
    private readonly style: StyleRules,
  ) {
    // A folder's table serves one language, so one style reads its marks.
    this.marks = marksOf(words.forms, 'style roles');
    this.firsts = phrasesByFirst(style);
  }

  of(k: number): number {
    const id = this.words.ids[k];
    let role = this.marks.get(id);
    if (role === -1) {
      const fold = this.words.forms[id].fold;
      role = (this.style.transitionWords.has(fold) ? TRANSITION : 0) | (this.firsts.has(fold) ? PHRASE_START : 0);
      this.marks.set(id, role);
    }
    return role;
  }

  phrasesStartingWith(fold: string): ReadonlyArray<readonly string[]> {
    return this.firsts.get(fold) ?? [];
  }
}

const BY_FIRST = new WeakMap<StyleRules, Map<string, Array<readonly string[]>>>();

/** Multi-word transitions, by their first word (made once per style). */
function phrasesByFirst(style: StyleRules): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  let map = BY_FIRST.get(style);
  if (map === undefined) {
    map = new Map();
    for (const words of style.transitionPhrases) {
      const list = map.get(words[0]) ?? [];
      list.push(words);
      map.set(words[0], list);
    }
    BY_FIRST.set(style, map);
  }
  return map;
}

function hasTransition(words: Words, roles: Roles, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const role = roles.of(k);
    if (role & TRANSITION) return true;
    if (!(role & PHRASE_START)) continue;
    for (const phrase of roles.phrasesStartingWith(words.fold(k))) {
      if (k + phrase.length <= to && phrase.every((p, i) => words.fold(k + i) === p)) return true;
    }
  }
  return false;
}

function beginning(words: Words, determiners: ReadonlySet<string>, from: number, to: number): string {
  const first = words.fold(from);
  return determiners.has(first) && from + 1 < to ? `${first} ${words.fold(from + 1)}` : first;
}

const NO_DETERMINERS: ReadonlySet<string> = new Set();

/**
 * Measures sentences, paragraphs, sections, passive voice, transitions and repeated beginnings;
 * with no `style` (a language without lists) there is no passive voice or transition to find.
 */
export function measureStructure(doc: Document, style: StyleRules | null): Structure {
  const { words, blocks } = doc;
  const roles = style === null ? null : new Roles(words, style);
  const determiners = style?.beginningDeterminers ?? NO_DETERMINERS;
  const sentences: SentenceFacts[] = doc.sentences.map((s) => {
    const place = doc.lines.place(words.starts[s.from]);
    return {
      words: wordCount(words, s.from, s.to),
      from: s.from,
      to: s.to,
      line: place.line,
      column: place.column,
      heading: blocks[s.block].kind === 'heading',
      passive: style === null ? null : style.passive(words, s.from, s.to),
      transition: roles !== null && hasTransition(words, roles, s.from, s.to),
      beginning: beginning(words, determiners, s.from, s.to),
    };
  });

  const paragraphs: ParagraphFacts[] = [];
  const sections: SectionFacts[] = [];
  blocks.forEach((b, index) => {
    if (b.kind === 'heading') {
      sections.push({ block: index, heading: b.plain, level: b.level, line: b.line, words: 0 });
      return;
    }
    const n = wordCount(words, b.from, b.to);
    if (b.kind === 'paragraph') paragraphs.push({ block: index, line: b.line, words: n });
    if (sections.length === 0) sections.push({ block: index, heading: null, level: 0, line: b.line, words: 0 });
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
