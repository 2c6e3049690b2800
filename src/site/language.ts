import { WordFolder, type WordForm } from '../text/fold.js';
import { resized } from '../util/typed-arrays.js';
import { Languages } from '../languages/registry.js';
import { isContent } from './features.js';
import { FormSlots } from './slots.js';

/** How a summary reads an article's language: its code, function words, and a folder for short texts. */
export interface SummaryLanguage {
  code: string;
  functionWords: ReadonlySet<string>;
  /** Folds a front matter title the way the article's words were folded (same stemmer). */
  folder(): WordFolder;
  /**
   * Whether spelling `id` of a folder's table `forms` is a content word (see features.ts),
   * worked out once per spelling for the whole run: the folder's table is shared by its files.
   */
  isContent(forms: readonly WordForm[], id: number): boolean;
  /** A table of one integer per spelling of `forms`, emptied for each article (see FormSlots). */
  slots(forms: readonly WordForm[]): FormSlots;
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
      // Per folder table: 0 not read yet, 1 a content word, 2 not.
      const known = new WeakMap<readonly WordForm[], Uint8Array<ArrayBuffer>>();
      const tables = new WeakMap<readonly WordForm[], FormSlots>();
      entry = {
        code: lang.code,
        functionWords,
        folder: () => (folder ??= new WordFolder(lang.stem, lang.code)),
        isContent(forms, id) {
          let marks = known.get(forms);
          if (marks === undefined || id >= marks.length) {
            marks = resized(marks ?? new Uint8Array(0), Math.max(1024, forms.length * 2, id + 1));
            known.set(forms, marks);
          }
          if (marks[id] === 0) marks[id] = isContent(forms[id], functionWords) ? 1 : 2;
          return marks[id] === 1;
        },
        slots(forms) {
          let slots = tables.get(forms);
          if (slots === undefined) tables.set(forms, (slots = new FormSlots()));
          return slots.clear();
        },
      };
      this.byCode.set(lang.code, entry);
    }
    return entry;
  }
}
