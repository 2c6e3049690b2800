import type { RuleRun } from '../check/run.js';
import type { KeyphraseReport, FileReport, FileFailure, FileResult, Failure, Summary, RunReport } from './report-types.js';
export type { KeyphraseReport, FileReport, FileFailure, FileResult, Failure, Summary, RunReport };

export function isFailure(r: FileResult): r is FileFailure {
  return 'error' in r;
}

/** An article measured and checked, before the site stage and the score. */
export interface Checked {
  report: Omit<FileReport, 'passed' | 'score'>;
  /** The rule runs the score weighs. */
  runs: RuleRun[];
}

/** What the per-file stage gives for one file: a checked article, or why it could not be read. */
export type Outcome = Checked | { failure: FileFailure };
