import { WordFolder, type WordForm } from '../text/fold.js';
import { resized } from '../util/typed-arrays.js';
import { Languages } from '../languages/registry.js';
import { isContent } from './features.js';
import { marksOf, type IdMarks } from '../util/id-marks.js';

/**
 * Each spelling's content-word key as a run-wide integer: 1, 2, … by stem key in order of first
 * use, 0 for a function word, a number or a lone letter. An article then tells its keys apart by
 * integer (IdMarks), where a Map of key strings per article cost a string look-up for each of its
 * distinct spellings.
 */
export class ContentKeys {
  /** Per spelling id: its key id + 1, 0 not read yet (so that a new table needs no filling). */
  private ofSpelling = new Int32Array(0);
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [''];

  constructor(
    private readonly forms: readonly WordForm[],
    private readonly functionWords: ReadonlySet<string>,
  ) {}

  /** The key id of spelling `id`: 0 when it is not a content word. */
  keyOf(id: number): number {
    if (id >= this.ofSpelling.length) this.ofSpelling = resized(this.ofSpelling, Math.max(1024, this.forms.length * 2, id + 1));
    const known = this.ofSpelling[id];
    if (known !== 0) return known - 1;
    const form = this.forms[id];
    let key = 0;
    if (isContent(form, this.functionWords)) {
      key = this.ids.get(form.key) ?? 0;
      if (key === 0) {
        key = this.texts.length;
        this.ids.set(form.key, key);
        this.texts.push(form.key);
      }
    }
    this.ofSpelling[id] = key + 1;
    return key;
  }

  /** The stem key of key id `key`. */
  text(key: number): string {
    return this.texts[key];
  }
}

/** How a summary reads an article's language: its code, function words, and a folder for short texts. */
export interface SummaryLanguage {
  code: string;
  functionWords: ReadonlySet<string>;
  /** Folds a front matter title the way the article's words were folded (same stemmer). */
  folder(): WordFolder;
  /**
   * The content-word keys of a folder's table `forms` (see ContentKeys), worked out once per
   * spelling for the whole run: the folder's table is shared by its files.
   */
  contentKeys(forms: readonly WordForm[]): ContentKeys;
  /** A table of one integer per spelling of `forms`, emptied for each article. */
  slots(forms: readonly WordForm[]): IdMarks;
  /** A table of one integer per run-wide key id of `forms` (ContentKeys), emptied for each article. */
  keySlots(forms: readonly WordForm[]): IdMarks;
}

const LANGUAGE_KEYS = ['lang', 'language', 'locale'];

/** The language tag an article's front matter names, as Matching reads it. */
export function languageTag(data: Record<string, unknown>): string | undefined {
  for (const key of LANGUAGE_KEYS) {
    const v = data[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

/**
 * Languages for summaries, each loaded once. An engine holds one for its run (as the analyzer
 * holds its Matching); `buildSummary` falls back to one of its own per call when given none.
 * A folder is made per language and reused: it folds only titles, so its table stays small.
 */
export class SummaryLanguages {
  private readonly languages = new Languages();
  private readonly byCode = new Map<string, SummaryLanguage>();

  get(tag: string | undefined): SummaryLanguage {
    const lang = this.languages.get(tag);
    let entry = this.byCode.get(lang.code);
    if (entry === undefined) {
      let folder: WordFolder | undefined;
      const { functionWords } = lang;
      const keys = new WeakMap<readonly WordForm[], ContentKeys>();
      entry = {
        code: lang.code,
        functionWords,
        folder: () => (folder ??= new WordFolder(lang.stem, lang.code)),
        contentKeys(forms) {
          let table = keys.get(forms);
          if (table === undefined) keys.set(forms, (table = new ContentKeys(forms, functionWords)));
          return table;
        },
        // A folder's table serves one language: one summary language reads these marks.
        slots: (forms) => marksOf(forms, 'site spellings').clear(),
        keySlots: (forms) => marksOf(forms, 'site keys').clear(),
      };
      this.byCode.set(lang.code, entry);
    }
    return entry;
  }
}
