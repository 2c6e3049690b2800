import type { Document } from '../parse/document.js';
import type { FrontMatter } from '../parse/frontmatter.js';
import { WordFolder } from '../text/fold.js';
import { Languages } from '../languages/registry.js';
import type { Language } from '../languages/types.js';
import { AliasTable, type AliasMap } from './aliases.js';
import { compileTarget, measureKeyphrase, unitsOf, type KeyphraseFacts } from './keyphrase.js';
import type { Meta } from './meta.js';
import { DEFAULT_NEAR_WINDOW } from './near.js';
import { UnitIndex } from './scan.js';
import { hasAllContentWords, type MatchContext, type Phrase } from './phrase.js';

/** What matching measured in an article. */
export interface Measured {
  keyphrases: KeyphraseFacts[];
  phrases: Phrase[];
  /** Whether a short text holds every content word of a phrase, read as the article is read. */
  holds: (text: string, phrase: Phrase) => boolean;
}

/** How keyphrases are matched: the options the CLI, a config file or a caller give. */
export interface MatchingOptions {
  /** Language of the articles (`--lang`); else each article's `lang`/`language`; else English. */
  language?: string;
  /** Synonyms of every keyphrase (`-s`); front matter `synonyms` adds to them. */
  synonyms?: string[];
  /** Names that mean the same (`{US: ['U.S.', 'United States']}`); front matter `aliases` adds to them. */
  aliases?: AliasMap;
  /** How many other words may stand among a near match's content words (default 4; 0 turns reordering-only). */
  nearWindow?: number;
}

const LANGUAGE_KEYS = ['lang', 'language', 'locale'];

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
  return [];
}

/** Front matter `aliases`: a mapping of a name to its other forms (a list, or one string). */
function aliasMap(value: unknown): AliasMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [name, forms] of Object.entries(value as Record<string, unknown>)) {
    const list = Array.isArray(forms) ? stringList(forms) : typeof forms === 'string' ? [forms.trim()] : [];
    if (list.length > 0) out[name] = list;
  }
  return out;
}

/**
 * Synonyms a front matter gives: `synonyms` as a list or comma-separated string for every
 * keyphrase, or as a mapping from keyphrase to its own list.
 */
function frontMatterSynonyms(value: unknown, phrase: string): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const own = Object.entries(value as Record<string, unknown>).find(([k]) => k.trim().toLowerCase() === phrase.trim().toLowerCase());
    return own === undefined ? [] : stringList(own[1]);
  }
  return stringList(value);
}

/**
 * Matching for a run: one word folder per language (so the stem memo serves every article in
 * it), and languages loaded once.
 */
export class Matching {
  private readonly languages = new Languages();
  private readonly folders = new Map<string, WordFolder>();
  private readonly baseAliases = new Map<string, AliasTable | null>();

  constructor(private readonly options: MatchingOptions = {}) {}

  /** The language tag an article asks for. */
  languageTag(frontMatter: FrontMatter): string | undefined {
    if (this.options.language !== undefined && this.options.language.trim() !== '') return this.options.language;
    for (const key of LANGUAGE_KEYS) {
      const v = frontMatter.data[key];
      if (typeof v === 'string' && v.trim() !== '') return v;
    }
    return undefined;
  }

  language(frontMatter: FrontMatter): Language {
    return this.languages.get(this.languageTag(frontMatter));
  }

  /** Spellings held in the word tables of every language so far. */
  spellings(): number {
    let n = 0;
    for (const f of this.folders.values()) n += f.forms.length;
    return n;
  }

  /** The word folder for an article, chosen from its front matter before its words are read. */
  folderFor(frontMatter: FrontMatter): WordFolder {
    const lang = this.language(frontMatter);
    let folder = this.folders.get(lang.code);
    if (folder === undefined) {
      folder = new WordFolder(lang.stem, lang.code);
      this.folders.set(lang.code, folder);
    }
    return folder;
  }

  private aliases(doc: Document, folder: WordFolder, code: string): AliasTable | null {
    const own = aliasMap(doc.frontMatter.data.aliases);
    if (Object.keys(own).length === 0) {
      if (!this.baseAliases.has(code)) {
        const base = this.options.aliases ?? {};
        this.baseAliases.set(code, Object.keys(base).length === 0 ? null : new AliasTable(base, folder));
      }
      return this.baseAliases.get(code)!;
    }
    return new AliasTable({ ...this.options.aliases, ...own }, folder);
  }

  /** The context keyphrases of `doc` are compared in. */
  context(doc: Document): MatchContext {
    const lang = this.language(doc.frontMatter);
    const folder = this.folderFor(doc.frontMatter);
    return { folder, functionWords: lang.functionWords, aliases: this.aliases(doc, folder, lang.code) };
  }

  /**
   * Measures each keyphrase in an article parsed with `folderFor`; also gives the compiled
   * keyphrases and a test of whether a short text (an alt text) holds one, for other measures.
   */
  measure(doc: Document, meta: Meta, phrases: readonly string[], totalWords: number): Measured {
    const ctx = this.context(doc);
    const holds = (text: string, phrase: Phrase) => hasAllContentWords(unitsOf(text, ctx), phrase);
    if (phrases.length === 0) return { keyphrases: [], phrases: [], holds };
    const units = ctx.aliases === null ? doc.words : ctx.aliases.applyToWords(doc.words);
    const given = this.options.synonyms ?? [];
    const window = this.options.nearWindow ?? DEFAULT_NEAR_WINDOW;
    const targets = phrases.map((p) => {
      const synonyms = [...new Set([...given, ...frontMatterSynonyms(doc.frontMatter.data.synonyms, p)])].filter((s) => s !== p);
      return compileTarget(p, synonyms, ctx);
    });
    const wanted = new Set(targets.flatMap((t) => [t.phrase, ...t.synonyms].flatMap((f) => f.words.map((w) => w.key))));
    const index = new UnitIndex(units, doc.blocks, wanted, ctx.folder);
    const keyphrases = targets.map((t) => measureKeyphrase(doc, meta, index, t, totalWords, ctx, window));
    return { keyphrases, phrases: keyphrases.map((k) => k.target.phrase), holds };
  }
}
