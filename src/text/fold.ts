import { createStemmer, englishStem, type StemFn } from './stem.js';

/**
 * What the readability formulas need to know of one spelling: it depends on the spelling alone,
 * so it lives on the spelling's WordForm (filled in by measure/syllables.ts). Declared here, with
 * the entry that holds it, so that text/ depends on nothing in measure/.
 */
export interface TokenShape {
  /** As a reader says the token ("2020": 4, "HTTP": 4, "%": 2; measure/spoken.ts). */
  syllables: number;
  /** Unicode letters (Coleman–Liau). */
  letters: number;
  /** Letters and digits (ARI). */
  characters: number;
}

/** How one written word compares: its folded form and its stem key. */
export interface WordForm {
  /** The word as written: one string shared by every word spelt so. */
  surface: string;
  /** NFKC, lower case, straight apostrophes, possessive dropped, dots of "U.S." removed, no diacritics. */
  fold: string;
  /** The stem of `fold` (computed before diacritics are folded): what matching compares. */
  key: string;
  /** Written in capitals ("US", "NATO") or as a dotted abbreviation ("U.S."). */
  acronym: boolean;
  /**
   * Syllables and letters, which depend on the spelling alone: SyllableCounter fills them in on
   * first use, so that one entry per spelling in the folder's table serves folding and readability.
   */
  shape: TokenShape | undefined;
}

const APOSTROPHES = /[’‘ʼ′`]/g;
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Removes combining marks: café = cafe, Straße stays apart from Strasse until `ß` is folded. */
export function foldDiacritics(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(/ß/g, 'ss');
}

/** Words longer than this (in UTF-16 units) are compared unnormalised; see WordFolder.compute. */
export const LONGEST_WORD = 64;

/**
 * Folds written words into comparable forms. One folder serves a whole run; its table turns the
 * repeated words of an article (most of them) into a look-up.
 *
 * The table is keyed by the characters of the text itself (`idAt`), hashed and compared in
 * place, so that a word already seen costs no new string and the document keeps an id, not an
 * object: on the corpus's 480 000 words, 63 ns a word against 90 for a slice looked up in a Map.
 */
export class WordFolder {
  /** Every spelling read so far, by id. */
  readonly forms: WordForm[] = [];
  /**
   * Open addressing, two entries a slot: the FNV-1a hash of the spelling and its id + 1 (0 for an
   * empty slot). Kept under half full. The hash beside the id makes a look-up read one cache line
   * before it compares the spelling: on the corpus's 390 000 prose words, tokenizing took ~15 %
   * less than with the hashes in a table of their own, read through the id.
   */
  private slots = new Int32Array(4096);
  /** Spellings by id, as `forms[id].surface`: compared without reading the form. */
  private readonly surfaces: string[] = [];
  /** The ids of the spellings of each stem key, as they are read. */
  private readonly byKey = new Map<string, number[]>();
  private readonly stem: StemFn;
  private segmenter: Intl.Segmenter | undefined;

  /**
   * @param stem the language's stemmer (default English); null compares words unstemmed.
   * @param locale the language, for splitting Chinese and Japanese text into words.
   */
  constructor(stem: StemFn | null = englishStem(), readonly locale = 'en') {
    this.stem = createStemmer(stem);
  }

  /** Splits runs of Chinese or Japanese, which are written without spaces, into words. */
  wordSegmenter(): Intl.Segmenter {
    this.segmenter ??= new Intl.Segmenter(this.locale === 'ja' ? 'ja' : 'zh', { granularity: 'word' });
    return this.segmenter;
  }

  form(surface: string): WordForm {
    return this.forms[this.idAt(surface, 0, surface.length)];
  }

  /** The id in `forms` of the spelling `text[start, end)`, folded the first time it is read. */
  idAt(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    for (let slot = slots[2 * s + 1]; slot !== 0; slot = slots[2 * s + 1]) {
      if (slots[2 * s] === h && spelt(this.surfaces[slot - 1], text, start, end)) return slot - 1;
      s = (s + 1) & mask;
    }
    const id = this.forms.length;
    const surface = text.slice(start, end);
    const form = this.compute(surface);
    this.forms.push(form);
    this.surfaces.push(surface);
    const same = this.byKey.get(form.key);
    if (same === undefined) this.byKey.set(form.key, [id]);
    else same.push(id);
    slots[2 * s] = h;
    slots[2 * s + 1] = id + 1;
    if (this.forms.length * 4 > slots.length) this.rehash(slots.length * 2);
    return id;
  }

  /**
   * The ids of the spellings read so far whose stem key is `key` ("meeting", "meetings" and
   * "Meeting" for "meet"): what a phrase's word can match, found without reading every spelling.
   */
  idsWithKey(key: string): readonly number[] {
    return this.byKey.get(key) ?? NO_IDS;
  }

  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size);
    const mask = (size >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let s = old[k] & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = old[k];
      slots[2 * s + 1] = old[k + 1];
    }
    this.slots = slots;
  }

  private compute(surface: string): WordForm {
    // No word of any language runs this long; a pasted hash or a letter under a heap of combining
    // marks does, and NFKC (which sorts marks) and Porter are quadratic in length. Such a "word"
    // is compared as written, in lower case, the same way in keyphrase and text.
    if (surface.length > LONGEST_WORD) {
      const lower = surface.toLowerCase();
      return { surface, fold: lower, key: lower, acronym: false, shape: undefined };
    }
    // ASCII is its own NFKC form: most spellings skip the ICU call.
    const ascii = !NON_ASCII.test(surface);
    let s = ascii ? surface : surface.normalize('NFKC');
    if (s.includes('’') || s.includes('‘') || s.includes('ʼ') || s.includes('′') || s.includes('`')) {
      s = s.replace(APOSTROPHES, "'");
    }
    // A possessive names the same thing: Trump's meeting is a Trump meeting.
    if (s.length > 2 && (s.endsWith("'s") || s.endsWith("'S"))) s = s.slice(0, -2);
    let acronym = false;
    if (s.includes('.') && (ascii ? dottedAscii(s) : DOTTED.test(s))) {
      s = s.replace(/\./g, '');
      acronym = true;
    } else {
      // "APIs", "READMEs", "URLs": an acronym's plural keeps its capitals and adds a small s, and
      // names the same thing as the acronym ("personal READMEs" holds "personal README").
      const capitals = s.length >= 3 && s.charCodeAt(s.length - 1) === 0x73 ? s.slice(0, -1) : s;
      acronym = capitals.length >= 2 && capitals !== capitals.toLowerCase() && capitals === capitals.toUpperCase();
    }
    const lower = s.toLowerCase();
    // Stem before folding diacritics: the stemmers of French, Spanish or Russian read the accents.
    return { surface, fold: foldDiacritics(lower), key: foldDiacritics(this.stem(lower)), acronym, shape: undefined };
  }
}

const NO_IDS: readonly number[] = [];

/**
 * DOTTED for ASCII: letters each followed by a dot, then a letter and a dot, each optional
 * ("U.S.", "e.g", "U.S.A"). Read by hand: the pattern's \p{L} costs its first uses milliseconds
 * of compiling. Matching the pairs greedily is the pattern's answer: giving a pair back leaves
 * a letter and a dot, which the pair would have taken.
 */
export function dottedAscii(s: string): boolean {
  const letter = (i: number) => {
    const c = s.charCodeAt(i);
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  };
  let i = 0;
  while (letter(i) && s.charCodeAt(i + 1) === 0x2e) i += 2;
  if (i === 0) return false;
  if (letter(i)) i++;
  if (s.charCodeAt(i) === 0x2e) i++;
  return i === s.length;
}

/** Whether `surface` is spelt as `text[start, end)`. */
function spelt(surface: string, text: string, start: number, end: number): boolean {
  if (surface.length !== end - start) return false;
  for (let i = 0; i < surface.length; i++) if (surface.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
