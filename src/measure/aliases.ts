import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';
import { UnitList, type Unit, type Units } from '../text/words.js';

/** Names that mean one thing: `{US: ['U.S.', 'United States', 'USA']}`. */
export type AliasMap = Record<string, readonly string[]>;

interface VariantWord {
  key: string;
  acronymOnly: boolean;
}

interface Variant {
  words: VariantWord[];
  /** The key every variant of the group is read as. */
  group: string;
}

// Group keys cannot collide with a word's key: no word folds to a control character.
const GROUP = '\u0001';

/**
 * Aliases compiled for one language. Applied to keyphrase and text alike, they read every
 * written form of a name ("U.S.", "United States", "USA") as one unit, so that "United
 * States–Russia relations" holds "US Russia relations".
 */
export class AliasTable {
  /** Variants by the key of their first word, longest first. */
  private readonly byFirst = new Map<string, Variant[]>();

  constructor(aliases: AliasMap, folder: WordFolder) {
    for (const [name, variants] of Object.entries(aliases)) {
      const head = tokenize(name, folder);
      if (head.length === 0) continue;
      const group = GROUP + Array.from({ length: head.length }, (_, i) => head.key(i)).join(' ');
      for (const written of [name, ...variants]) {
        const tokens = tokenize(String(written), folder);
        if (tokens.length === 0) continue;
        const all = Array.from({ length: tokens.length }, (_, i) => i);
        const shouted = tokens.length > 1 && all.every((i) => tokens.acronym(i));
        const words = all.map((i) => ({ key: tokens.key(i), acronymOnly: tokens.acronym(i) && !shouted }));
        const list = this.byFirst.get(words[0].key) ?? [];
        list.push({ words, group });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(words[0].key, list);
      }
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /**
   * An article's words as units: as they are (each word its own unit, nothing copied) when they
   * hold no alias, which is most articles.
   */
  applyToWords(words: Units): Units {
    for (let i = 0; i < words.length; i++) if (this.variantAt(words, i) !== undefined) return this.apply(words);
    return words;
  }

  /** Reads `words` as units, each alias written in them becoming one unit of its group. */
  apply(words: Units): UnitList {
    const units: Unit[] = [];
    const n = words.length;
    for (let i = 0; i < n; ) {
      const variant = this.variantAt(words, i);
      const len = variant === undefined ? 1 : variant.words.length;
      units.push({
        key: variant === undefined ? words.key(i) : variant.group,
        alt: variant !== undefined && len === 1 ? words.key(i) : undefined,
        acronym: variant === undefined ? words.acronym(i) : true,
        joined: words.joined(i),
        apart: words.apart(i),
        wordStart: words.wordStart(i),
        sentence: words.sentence(i),
        block: words.block(i),
        from: i,
        to: i + len,
      });
      i += len;
    }
    return new UnitList(units);
  }

  private variantAt(words: Units, i: number): Variant | undefined {
    const candidates = this.byFirst.get(words.key(i));
    if (candidates === undefined) return undefined;
    outer: for (const v of candidates) {
      const len = v.words.length;
      if (i + len > words.length) continue;
      for (let j = 0; j < len; j++) {
        const p = v.words[j];
        const k = i + j;
        if (words.key(k) !== p.key || (p.acronymOnly && !words.acronym(k)) || (j > 0 && !words.joined(k))) continue outer;
      }
      return v;
    }
    return undefined;
  }
}
