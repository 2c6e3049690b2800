import { WordFolder } from '../text/fold.js';
import { Languages } from '../text/languages.js';

/** How a summary reads an article's language: its code, function words, and a folder for short texts. */
export interface SummaryLanguage {
  code: string;
  functionWords: ReadonlySet<string>;
  /** Folds a front matter title the way the article's words were folded (same stemmer). */
  folder(): WordFolder;
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
      entry = { code: lang.code, functionWords: lang.functionWords, folder: () => (folder ??= new WordFolder(lang.stem, lang.code)) };
      this.byCode.set(lang.code, entry);
    }
    return entry;
  }
}
