import type { RunReport } from '../engine/report-types.js';
import type { Baseline } from './baseline.js';

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
  /**
   * Each article's text by its file name as the report gives it: LF line endings, byte-order
   * mark removed, what the report's lines and columns count in. Formats that show the text
   * (html) need it; without it they show no text.
   */
  sources?: ReadonlyMap<string, string>;
  /** What changed since an earlier report (`--baseline`), for formats that show it. */
  baseline?: Baseline;
}

/** A report format: a pure function of the run's report. */
export type Formatter = (report: RunReport, options: FormatOptions) => string;
