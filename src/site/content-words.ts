import type { WordForm } from '../text/fold.js';
import { IdMarks } from '../util/id-marks.js';

const NUMBER = /^[\d.,]+$/;
const ASCII_LETTER_OR_DIGIT = /^[a-z0-9]$/;

/** Whether a word names something: not a function word, a number or a lone Latin letter. */
export function isContent(form: WordForm, functionWords: ReadonlySet<string>): boolean {
  const fold = form.fold;
  if (form.acronym) return !NUMBER.test(fold);
  if (functionWords.has(fold) || NUMBER.test(fold)) return false;
  return !(fold.length === 1 && ASCII_LETTER_OR_DIGIT.test(fold));
}

/**
 * Each spelling's content-word key as a run-wide integer: 1, 2, … by stem key in order of first
 * use, 0 for a function word, a number or a lone letter. An article then tells its keys apart by
 * integer (IdMarks), where a Map of key strings per article cost a string look-up for each of its
 * distinct spellings. The run-wide Map costs ~50 bytes a distinct stem (the strings are the
 * forms' own); it lives as long as the folder's table, which a long-lived engine starts afresh
 * past MAX_SPELLINGS (engine/analyzer.ts), so it is bounded with the table.
 */
export class ContentKeys {
  /** Per spelling id: its key id, once read (never cleared: a spelling's key is the run's). */
  private readonly ofSpelling = new IdMarks();
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [''];

  constructor(
    private readonly forms: readonly WordForm[],
    private readonly functionWords: ReadonlySet<string>,
  ) {}

  /** The key id of spelling `id`: 0 when it is not a content word. */
  keyOf(id: number): number {
    const known = this.ofSpelling.get(id);
    if (known !== -1) return known;
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
    this.ofSpelling.set(id, key);
    return key;
  }

  /** The stem key of key id `key`. */
  text(key: number): string {
    return this.texts[key];
  }
}
