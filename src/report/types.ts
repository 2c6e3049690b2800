import type { RunReport } from '../engine/types.js';
import type { Baseline } from './baseline.js';

export type { RunReport, Summary } from '../engine/types.js';

export interface FormatOptions {
  color: boolean;
  /** Width of the terminal, for tables. */
  columns: number;
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
