import type { RunReport } from '../engine/report-types.js';

export type { RunReport, Summary } from '../engine/report-types.js';

export interface FormatOptions {
  color: boolean;
  /** Width of the terminal: reports for people fit it. */
  columns: number;
  /**
   * `--quiet`: the report for people shows failed errors only, and still counts every check, so
   * its header, per-file lines and footer agree with the summary.
   */
  quiet?: boolean;
  /**
   * Whether a pattern that matched no file fails the run (the CLI's default; false with
   * `--no-error-on-unmatched-pattern`), so that the report's verdict agrees with the exit code.
   */
  errorOnUnmatchedPattern?: boolean;
}

/** A report format: a pure function of the run's report. */
export type Formatter = (report: RunReport, options: FormatOptions) => string;
