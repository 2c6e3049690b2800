import type { ChalkInstance } from 'chalk';
import type { KeyphraseReport } from '../engine/types.js';
import { printable } from './escape.js';
import { columnWidths, renderTable, type CellInput, type Column } from './table.js';
import { flow, wrap } from './wrap.js';

const MEASURES = ['Count', 'Sentences', 'Density', 'Title', 'Descr.', 'Intro', 'Slug', 'Subheadings'];

function yes(value: boolean, paint: ChalkInstance): CellInput {
  return value ? { text: 'yes', paint: (l) => paint.green(l) } : { text: 'no', paint: (l) => paint.red(l) };
}

function measures(k: KeyphraseReport, paint: ChalkInstance): CellInput[] {
  return [
    String(k.count),
    String(k.sentenceMatches),
    `${k.density} %`,
    yes(k.inTitle, paint),
    yes(k.inDescription, paint),
    yes(k.inIntroduction, paint),
    yes(k.inSlug, paint),
    `${k.subheadings.matching} of ${k.subheadings.total}`,
  ];
}

/**
 * How each keyphrase is targeted: one row per keyphrase when that fits the width, else one column
 * per keyphrase (measures as rows), which fits 60 columns for two or three keyphrases.
 */
export function keyphraseTable(keyphrases: readonly KeyphraseReport[], paint: ChalkInstance, columns: number): string {
  const wideColumns: Column[] = [{ head: 'Keyphrase' }, ...MEASURES.map((head): Column => ({ head, nowrap: true }))];
  const wide = keyphrases.map((k) => [printable(k.phrase), ...measures(k, paint)]);
  const { widths, fits } = columnWidths(wideColumns, wide, columns);
  // Wide only when every keyphrase keeps to two lines: a phrase cut in three reads badly.
  if (fits && keyphrases.every((k) => wrap(printable(k.phrase), widths[0]).length <= 2)) return renderTable(wideColumns, wide, columns, paint);
  const byPhrase = keyphrases.map((k) => measures(k, paint));
  const rows = MEASURES.map((m, i) => [m, ...byPhrase.map((cells) => cells[i])]);
  const tall: Column[] = [{ head: 'Keyphrase', nowrap: true }, ...keyphrases.map((k): Column => ({ head: printable(k.phrase) }))];
  return renderTable(tall, rows, columns, paint);
}

/** Each keyphrase's occurrences as `line:column "text as written"`, so a writer sees which forms matched. */
export function occurrenceLines(keyphrases: readonly KeyphraseReport[], paint: ChalkInstance, columns: number): string {
  return keyphrases
    .map((k) => {
      const label = `  ${paint.bold(printable(k.phrase))} found at `;
      const found = k.occurrences.map((o) => `${o.line}:${o.column} ${paint.cyan(`"${printable(o.text)}"`)}`);
      return flow(found.length === 0 ? [paint.dim('no place')] : found, columns, { first: label, indent: '    ' }).join('\n');
    })
    .join('\n');
}
