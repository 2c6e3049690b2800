import { isProblem, score } from '../check/run.js';
import { version } from '../version.js';
import { isFailure, type Checked, type Failure, type FileReport, type FileResult, type RunReport, type Summary } from './types.js';

/** The last stage for one article: its score, and whether it passed its checks and minimum score. */
export function scored(checked: Checked, minScore: number): FileReport {
  const total = score(checked.runs);
  const failedError = checked.report.checks.some((c) => isProblem(c) && c.severity === 'error');
  const { file, ...rest } = checked.report;
  return { file, passed: !failedError && total >= minScore, score: total, ...rest };
}

/** Errors and warnings of one result, as the summary counts them: silenced and skipped checks aside. */
export function problemCounts(r: FileResult): { errors: number; warnings: number } {
  if (isFailure(r)) return { errors: 1, warnings: 0 };
  let errors = 0;
  let warnings = 0;
  for (const c of r.checks) {
    if (!isProblem(c)) continue;
    if (c.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/**
 * The run's summary. `minScores[i]` is the minimum score of `results[i]`'s configuration, and
 * `maxWarnings` the run's limit (-1: none); each threshold that fails is listed in `failures`.
 */
export function summarize(
  results: readonly FileResult[],
  minScores: readonly number[] = [],
  maxWarnings = -1,
  found: { ignored: number; unmatched: string[] } = { ignored: 0, unmatched: [] },
): Summary {
  let errors = 0;
  let warnings = 0;
  let scoredFiles = 0;
  let total = 0;
  const failures: Failure[] = [];
  results.forEach((r, i) => {
    const counts = problemCounts(r);
    errors += counts.errors;
    warnings += counts.warnings;
    if (isFailure(r)) return;
    scoredFiles++;
    total += r.score;
    const min = minScores[i] ?? 0;
    if (r.score < min) failures.push({ threshold: 'min-score', file: r.file, score: r.score, minScore: min });
  });
  if (maxWarnings >= 0 && warnings > maxWarnings) failures.push({ threshold: 'max-warnings', warnings, maxWarnings });
  return {
    files: results.length,
    passed: failures.length === 0 && results.every((r) => r.passed),
    score: scoredFiles === 0 ? null : Math.round(total / scoredFiles),
    errors,
    warnings,
    failures,
    unreadable: results.filter(isFailure).length,
    ignored: found.ignored,
    unmatched: found.unmatched,
  };
}

/** The report of a run. */
export function runReport(results: FileResult[], summary: Summary): RunReport {
  return { schemaVersion: 1, tool: { name: 'seo-check', version: version() }, summary, results };
}

/** What a failed threshold means, as stderr says it. */
export function failureText(f: Failure): string {
  if (f.threshold === 'min-score') return `${f.file}: score ${f.score} is below the minimum score ${f.minScore} (${f.minScore - f.score} short)`;
  return `${f.warnings} warnings, more than --max-warnings ${f.maxWarnings} allows (${f.warnings - f.maxWarnings} over)`;
}
