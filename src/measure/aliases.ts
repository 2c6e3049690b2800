import { tokenize } from '../text/tokenize.js';
import type { WordFolder } from '../text/fold.js';
import type { Comparable, Unit } from './phrase.js';

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

type Source = Comparable & { joined: boolean; sentence?: number; block?: number; apart?: boolean; wordStart?: boolean };

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
      const group = GROUP + head.map((t) => t.key).join(' ');
      for (const written of [name, ...variants]) {
        const tokens = tokenize(String(written), folder);
        if (tokens.length === 0) continue;
        const shouted = tokens.length > 1 && tokens.every((t) => t.acronym);
        const words = tokens.map((t) => ({ key: t.key, acronymOnly: t.acronym && !shouted }));
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
  applyToWords(words: readonly Unit[]): readonly Unit[] {
    for (let i = 0; i < words.length; i++) if (this.variantAt(words, i) !== undefined) return this.apply(words);
    return words;
  }

  /** Reads `words` as units, each alias written in them becoming one unit of its group. */
  apply(words: readonly Source[]): Unit[] {
    const units: Unit[] = [];
    const n = words.length;
    for (let i = 0; i < n; ) {
      const w = words[i];
      const variant = this.variantAt(words, i);
      if (variant === undefined) {
        units.push({ key: w.key, acronym: w.acronym, joined: w.joined, apart: w.apart, wordStart: w.wordStart, sentence: w.sentence ?? 0, block: w.block ?? 0, from: i, to: i + 1 });
        i++;
        continue;
      }
      const len = variant.words.length;
      units.push({
        key: variant.group,
        alt: len === 1 ? w.key : undefined,
        acronym: true,
        joined: w.joined,
        apart: w.apart,
        wordStart: w.wordStart,
        sentence: w.sentence ?? 0,
        block: w.block ?? 0,
        from: i,
        to: i + len,
      });
      i += len;
    }
    return units;
  }

  private variantAt(words: readonly Source[], i: number): Variant | undefined {
    const candidates = this.byFirst.get(words[i].key);
    if (candidates === undefined) return undefined;
    outer: for (const v of candidates) {
      const len = v.words.length;
      if (i + len > words.length) continue;
      for (let j = 0; j < len; j++) {
        const w = words[i + j];
        const p = v.words[j];
        if (w.key !== p.key || (p.acronymOnly && !w.acronym) || (j > 0 && !w.joined)) continue outer;
      }
      return v;
    }
    return undefined;
  }
}
