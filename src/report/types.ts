import type { FileResult } from '../analyze.js';

export interface Summary {
  files: number;
  passed: boolean;
  /** Mean score of the files that could be analysed; null when none could. */
  score: number | null;
  /** Failed checks of severity error, plus files that could not be read. */
  errors: number;
  warnings: number;
}

/** What a run produced: every formatter is a pure function of this. */
export interface RunReport {
  tool: { name: string; version: string };
  summary: Summary;
  results: FileResult[];
}

export interface FormatOptions {
  color: boolean;
  /** Width of the terminal, for tables. */
  columns: number;
}

export type Formatter = (report: RunReport, options: FormatOptions) => string;
