import type { ChalkInstance } from 'chalk';
import { isFailure, type FileResult, type RunReport } from '../engine/types.js';
import { printable } from './escape.js';
import { fileFindings } from './stylish-findings.js';
import { columnWidths, renderTable, type CellInput, type Column } from './table.js';
import { displayWidth } from './width.js';

/** Narrower than this, the file column would cut most paths: the worst check moves under the file. */
const FILE_MIN = 24;

interface Row {
  file: string;
  /** null: could not be read. */
  score: number | null;
  passed: boolean;
  errors: number;
  warnings: number;
  worst: string;
}

function rowOf(r: FileResult): Row {
  if (isFailure(r)) return { file: r.file, score: null, passed: false, errors: 1, warnings: 0, worst: `could not be read: ${r.error}` };
  const f = fileFindings(r);
  // The first failed error in the rules' order, else the first warning: what to fix first.
  const worst = r.checks.find((c) => f.problems.includes(c) && c.severity === 'error') ?? r.checks.find((c) => f.problems.includes(c));
  return { file: r.file, score: r.score, passed: r.passed, errors: f.errors, warnings: f.warnings, worst: worst?.id ?? '' };
}

/** Worst first: unreadable files, then failed ones, then by score, errors and warnings. */
function worstFirst(a: Row, b: Row): number {
  return (
    Number(a.score !== null) - Number(b.score !== null) ||
    Number(a.passed) - Number(b.passed) ||
    (a.score ?? 0) - (b.score ?? 0) ||
    b.errors - a.errors ||
    b.warnings - a.warnings ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

/** The folder every file is in ("posts/2024/"), shown once in the head rather than on every row. */
export function commonFolder(files: readonly string[]): string {
  if (files.length < 2) return '';
  let prefix = files[0].slice(0, files[0].lastIndexOf('/') + 1);
  for (const f of files) while (prefix !== '' && !f.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return prefix;
}

/** One table of every file of the run (file, score, errors, warnings, worst check), worst first. */
export function overviewTable(report: RunReport, paint: ChalkInstance, columns: number): string {
  const rows = report.results.map(rowOf).sort(worstFirst);
  const folder = commonFolder(rows.map((r) => r.file));
  const fileText = (r: Row) => printable(r.file.slice(folder.length));
  const fileHead = folder === '' ? 'File' : `File in ${printable(folder)}`;
  const score = (r: Row): CellInput => {
    const text = r.score === null ? '–' : String(r.score);
    return { text, paint: (l) => (r.passed ? paint.green(l) : paint.red(l)) };
  };
  const worst = (r: Row): CellInput => ({ text: printable(r.worst), paint: (l) => (r.score === null ? paint.red(l) : l) });
  const figures: Column[] = [
    { head: 'Score', nowrap: true, align: 'right' },
    { head: 'Errors', nowrap: true, align: 'right' },
    { head: 'Warnings', nowrap: true, align: 'right' },
  ];
  const wideColumns: Column[] = [{ head: fileHead, path: true }, ...figures, { head: 'Worst check' }];
  const wide = rows.map((r) => [fileText(r), score(r), String(r.errors), String(r.warnings), worst(r)]);
  const { widths, fits } = columnWidths(wideColumns, wide, columns);
  const longestFile = Math.max(...rows.map((r) => displayWidth(fileText(r))));
  if (fits && widths[0] >= Math.min(FILE_MIN, longestFile)) return renderTable(wideColumns, wide, columns, paint);
  const narrow = rows.map((r) => [
    { text: r.worst === '' ? fileText(r) : `${fileText(r)}\n${printable(r.worst)}`, paint: [(l: string) => l, (l: string) => (r.score === null ? paint.red(l) : paint.dim(l))] },
    score(r),
    String(r.errors),
    String(r.warnings),
  ]);
  return renderTable([{ head: `${fileHead}, worst check`, path: true }, ...figures], narrow, columns, paint);
}
