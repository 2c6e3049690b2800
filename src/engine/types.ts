import type { Heading } from '../measure/stats.js';
import type { Occurrence } from '../measure/keyphrase.js';
import type { KeyphraseMatchingReport } from '../measure/keyphrase-report.js';
import type { ReadabilityReport } from '../measure/reading.js';
import type { Explanation } from '../measure/explain.js';
import type { Check, RuleRun } from '../check/run.js';

/** How one keyphrase is targeted, as the JSON report gives it. */
export interface KeyphraseReport extends KeyphraseMatchingReport {
  phrase: string;
  count: number;
  sentenceMatches: number;
  density: number;
  occurrences: Occurrence[];
  inTitle: boolean;
  inDescription: boolean;
  inIntroduction: boolean;
  inSlug: boolean;
  subheadings: { total: number; matching: number };
}

/** One article's report: one entry of JSON `results[]`. */
export interface FileReport {
  file: string;
  passed: boolean;
  score: number;
  meta: { title: string | null; description: string | null; slug: string | null };
  stats: { words: number; sentences: number; paragraphs: number; headings: Heading[] };
  keyphrases: KeyphraseReport[];
  readability: ReadabilityReport;
  checks: Check[];
  /** The language the article was read in ("en"). */
  language: string;
  /** Why each keyphrase matched or not (with `explain`). */
  explain?: Explanation[];
}

/** A file that could not be read: no measures, only the reason. */
export interface FileFailure {
  file: string;
  passed: false;
  error: string;
  /** Where in the file the problem is, when known. */
  line?: number;
}

export type FileResult = FileReport | FileFailure;

export function isFailure(r: FileResult): r is FileFailure {
  return 'error' in r;
}

/** A threshold the run failed, with its figures (`summary.failures`). */
export type Failure =
  | { threshold: 'min-score'; file: string; score: number; minScore: number }
  | { threshold: 'max-warnings'; warnings: number; maxWarnings: number };

export interface Summary {
  files: number;
  passed: boolean;
  /** Mean score of the files that could be analysed; null when none could. */
  score: number | null;
  /** Failed error checks, plus files that could not be read. */
  errors: number;
  warnings: number;
  /** Each threshold that failed the run. */
  failures: Failure[];
  /** Files that could not be read (their results carry `error`). */
  unreadable: number;
  /** Files that folders and patterns found but a .gitignore or the `ignores` setting hides. */
  ignored: number;
  /** Patterns (folders, globs) that matched no Markdown file. */
  unmatched: string[];
}

/** What a run produced, as `--format json` prints it: every formatter is a pure function of this. */
export interface RunReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  summary: Summary;
  results: FileResult[];
}

/** An article measured and checked, before the site stage and the score. */
export interface Checked {
  report: Omit<FileReport, 'passed' | 'score'>;
  /** The rule runs the score weighs. */
  runs: RuleRun[];
}

/** What the per-file stage gives for one file: a checked article, or why it could not be read. */
export type Outcome = Checked | { failure: FileFailure };
