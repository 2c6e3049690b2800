import type { FileResult } from '../engine/types.js';
import { printable } from '../report/escape.js';
import { STEMMED_LANGUAGES } from '../languages/registry.js';

/**
 * `seo-check explain <files…> -k "…"` is a check run with `--explain` whose report is only the
 * explanations (`-f explain`), unless the command line names formats of its own.
 */
export function explainArguments(argv: readonly string[]): string[] {
  const formats = argv.some((a) => a === '-f' || a === '--format' || a.startsWith('--format=') || (a.startsWith('-f') && a.length > 2 && !a.startsWith('--')));
  return [...argv, '--explain', ...(formats ? [] : ['-f', 'explain'])];
}

/** One line on stderr per language of the run that natural has no stemmer for. */
export function languageNotes(results: readonly FileResult[]): string {
  const unstemmed = new Set<string>();
  for (const r of results) if ('language' in r && !STEMMED_LANGUAGES.includes(r.language)) unstemmed.add(r.language);
  let notes = '';
  for (const code of unstemmed) {
    notes += `seo-check: language '${printable(code)}' has no stemmer; its words are matched unstemmed (stemmed: ${STEMMED_LANGUAGES.join(', ')})\n`;
  }
  return notes;
}
