import { WordFolder, type WordForm } from '../text/fold.js';
import { Languages } from '../languages/registry.js';
import { ContentKeys } from './content-words.js';
import { marksOf, type IdMarks } from '../util/id-marks.js';

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
        // Emptied for each article: summaries of any language may share a table's marks.
        slots: (forms) => marksOf(forms, 'site spellings').clear(),
        keySlots: (forms) => marksOf(forms, 'site keys').clear(),
      };
      this.byCode.set(lang.code, entry);
    }
    return entry;
  }
}
