import type { WordForm } from './fold.js';

/** What the tokenizer learnt of a word from the characters before it (see Words). */
export const enum WordFlag {
  /** Nothing but spaces, word-internal dashes, slashes or quotes since the previous word. */
  Joined = 1,
  /** White space before it: a new word as a writer (or `wc -w`) counts words. */
  WordStart = 2,
  /** First word of a sentence. */
  SentenceStart = 4,
  /** Something that is not prose (an image, a URL, a template tag) stands between it and the previous word. */
  Apart = 8,
  /**
   * Written as code (inline code, `<code>`): a word a reader sees and a search engine indexes, so
   * matching and counts read it; a measure that should leave code out (readability) can.
   */
  Code = 16,
}

/** Bytes a word takes in Words' columns: five of 32 bits, two of 8. */
const BYTES_PER_WORD = 22;
const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/** The gap id of a word whose visible gap is kept in `Words.rareGaps` (see `Words.gaps`). */
const RARE_GAP = 255;

/**
 * The words of a text as the matching layer reads them: a keyphrase, a title, or an article's
 * words, either each word its own unit (Words) or with aliases read as one unit (UnitList).
 */
export interface Units {
  readonly length: number;
  /** Stem key: what matching compares. */
  key(i: number): string;
  /** The word's own key when an alias replaced it ("US" read as the alias group of "United States"). */
  alt(i: number): string | undefined;
  acronym(i: number): boolean;
  joined(i: number): boolean;
  /** Not prose (an image, a URL, a template tag) stands before it: no phrase reaches across. */
  apart(i: number): boolean;
  /** Starts a written word (white space before it); false inside "fox-fox". */
  wordStart(i: number): boolean;
  sentence(i: number): number;
  block(i: number): number;
  /** The words `[from, to)` the unit stands for. */
  from(i: number): number;
  to(i: number): number;
}

/**
 * The words of a text, stored by column: offsets, the id of the spelling in the
 * folder's table, flags, visible gap, block and sentence, ~22 bytes a word in typed arrays where an object per
 * word took ~150 and a collection for the garbage collector. A 50 MB article has 8 million words.
 */
export class Words implements Units {
  length = 0;
  /** Offsets of each word: in the prose string while tokenizing, then in the source. */
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  /** Index of the word's spelling in `forms`. */
  ids: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  blocks: Int32Array<ArrayBuffer>;
  sentences: Int32Array<ArrayBuffer>;
  /**
   * What a reader sees between each word and the one before it in its block ("-" in
   * `[Trump](/x)-Putin`, ", " or " " mostly), as an index into `gapTexts`: one byte a word, not a
   * string, since an article's distinct gaps are few. Past 254 distinct gaps a word's gap is kept
   * in `rareGaps` by word index. Only the document's words set them (parse/shown.ts reads them);
   * every other text's gaps read as one space.
   */
  gaps: Uint8Array<ArrayBuffer>;
  readonly gapTexts: string[] = [' '];
  private readonly gapIds = new Map<string, number>([[' ', 0]]);
  private readonly rareGaps = new Map<number, string>();

  /** @param forms the folder's table of spellings, which grows as new spellings are read. */
  constructor(readonly forms: readonly WordForm[], capacity = 16) {
    this.starts = this.ends = this.ids = this.blocks = this.sentences = NO_INTS;
    this.flags = this.gaps = NO_BYTES;
    this.allocate(Math.max(capacity, 16));
  }

  push(id: number, start: number, end: number, flags: number): void {
    if (this.length === this.ids.length) this.allocate(Math.ceil(this.length * 1.5));
    const i = this.length++;
    this.ids[i] = id;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
  }

  /** Gives back the room grown ahead, once no word is to come, where it is worth a copy. */
  trim(): void {
    if (this.ids.length > this.length * 1.25 + 64) this.allocate(Math.max(this.length, 16));
  }

  /**
   * Columns of `capacity` words, the words so far copied in. The seven columns share one
   * ArrayBuffer: a typed array of its own each cost seven allocations outside the heap for every
   * text tokenized, and articles tokenize a dozen short ones (titles, keyphrases, alt texts).
   */
  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * BYTES_PER_WORD);
    const ints = (k: number) => new Int32Array(buffer, k * 4 * capacity, capacity);
    const bytes = (k: number) => new Uint8Array(buffer, 20 * capacity + k * capacity, capacity);
    const n = this.length;
    const copy = <T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(to: T, from: T): T => {
      if (n > 0) to.set(from.subarray(0, n) as ArrayLike<number>);
      return to;
    };
    this.starts = copy(ints(0), this.starts);
    this.ends = copy(ints(1), this.ends);
    this.ids = copy(ints(2), this.ids);
    this.blocks = copy(ints(3), this.blocks);
    this.sentences = copy(ints(4), this.sentences);
    this.flags = copy(bytes(0), this.flags);
    this.gaps = copy(bytes(1), this.gaps);
  }

  /** Records what a reader sees between word `i` and the word before it (see `gaps`). */
  setGap(i: number, text: string): void {
    let id = this.gapIds.get(text);
    if (id === undefined) {
      if (this.gapTexts.length < RARE_GAP) {
        id = this.gapTexts.length;
        this.gapTexts.push(text);
        this.gapIds.set(text, id);
      } else {
        id = RARE_GAP;
        this.rareGaps.set(i, text);
      }
    }
    this.gaps[i] = id;
  }

  /** What a reader sees between word `i` and the word before it in its block. */
  gap(i: number): string {
    const id = this.gaps[i];
    return id === RARE_GAP ? (this.rareGaps.get(i) ?? ' ') : this.gapTexts[id];
  }
  form(i: number): WordForm {
    return this.forms[this.ids[i]];
  }

  /** As written: the same string for every word spelt so. */
  surface(i: number): string {
    return this.forms[this.ids[i]].surface;
  }

  fold(i: number): string {
    return this.forms[this.ids[i]].fold;
  }

  key(i: number): string {
    return this.forms[this.ids[i]].key;
  }

  alt(): undefined {
    return undefined;
  }

  acronym(i: number): boolean {
    return this.forms[this.ids[i]].acronym;
  }

  joined(i: number): boolean {
    return (this.flags[i] & WordFlag.Joined) !== 0;
  }

  wordStart(i: number): boolean {
    return (this.flags[i] & WordFlag.WordStart) !== 0;
  }

  sentenceStart(i: number): boolean {
    return (this.flags[i] & WordFlag.SentenceStart) !== 0;
  }

  apart(i: number): boolean {
    return (this.flags[i] & WordFlag.Apart) !== 0;
  }

  /** Written as code (see WordFlag.Code). */
  code(i: number): boolean {
    return (this.flags[i] & WordFlag.Code) !== 0;
  }

  sentence(i: number): number {
    return this.sentences[i];
  }

  block(i: number): number {
    return this.blocks[i];
  }

  from(i: number): number {
    return i;
  }

  to(i: number): number {
    return i + 1;
  }

  /** One word as an object, for tests and for whoever debugs. */
  word(i: number): WordView {
    const f = this.form(i);
    return {
      surface: f.surface,
      fold: f.fold,
      key: f.key,
      acronym: f.acronym,
      start: this.starts[i],
      end: this.ends[i],
      joined: this.joined(i),
      wordStart: this.wordStart(i),
      sentenceStart: this.sentenceStart(i),
      apart: this.apart(i),
      code: this.code(i),
      block: this.blocks[i],
      sentence: this.sentences[i],
    };
  }

  /** Every word as an object (see `word`). */
  list(): WordView[] {
    return Array.from({ length: this.length }, (_, i) => this.word(i));
  }
}

/** One word of Words as a plain object. */
export interface WordView {
  surface: string;
  fold: string;
  key: string;
  acronym: boolean;
  start: number;
  end: number;
  joined: boolean;
  wordStart: boolean;
  sentenceStart: boolean;
  apart: boolean;
  code: boolean;
  block: number;
  sentence: number;
}

/** A unit of UnitList: one word, or an alias written in several. */
export interface Unit {
  key: string;
  alt?: string;
  acronym: boolean;
  joined: boolean;
  apart: boolean;
  wordStart: boolean;
  sentence: number;
  block: number;
  from: number;
  to: number;
}

/** Units as objects: what aliases make of a text (few texts hold an alias). */
export class UnitList implements Units {
  constructor(readonly units: readonly Unit[]) {}

  get length(): number {
    return this.units.length;
  }

  key(i: number): string {
    return this.units[i].key;
  }

  alt(i: number): string | undefined {
    return this.units[i].alt;
  }

  acronym(i: number): boolean {
    return this.units[i].acronym;
  }

  joined(i: number): boolean {
    return this.units[i].joined;
  }

  apart(i: number): boolean {
    return this.units[i].apart;
  }

  wordStart(i: number): boolean {
    return this.units[i].wordStart;
  }

  sentence(i: number): number {
    return this.units[i].sentence;
  }

  block(i: number): number {
    return this.units[i].block;
  }

  from(i: number): number {
    return this.units[i].from;
  }

  to(i: number): number {
    return this.units[i].to;
  }
}
