import type { RunReport } from '../engine/report-types.js';

export type { RunReport, Summary } from '../engine/report-types.js';

export interface FormatOptions {
  color: boolean;
  /** Width of the terminal, for tables. */
  columns: number;
}

/** A report format: a pure function of the run's report. */
export type Formatter = (report: RunReport, options: FormatOptions) => string;
