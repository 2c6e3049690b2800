import { isFailure, type FileResult } from '../analyze.js';
import type { RunReport, Summary } from '../report/types.js';

/**
 * Why thresholds failed the run, each with the margin: files below their minimum score, and more
 * warnings than `maxWarnings` allows (-1: no limit).
 */
export function thresholdProblems(
  results: readonly FileResult[],
  summary: Summary,
  minScores: readonly number[],
  maxWarnings: number,
): string[] {
  const out: string[] = [];
  results.forEach((r, i) => {
    const min = minScores[i] ?? 0;
    if (isFailure(r) || r.score >= min) return;
    out.push(`${r.file}: score ${r.score} is below the minimum score ${min} (${min - r.score} short)`);
  });
  if (maxWarnings >= 0 && summary.warnings > maxWarnings) {
    out.push(`${summary.warnings} warnings, more than --max-warnings ${maxWarnings} allows (${summary.warnings - maxWarnings} over)`);
  }
  return out;
}

/** The report `--quiet` shows: failed error checks only; the summary still counts everything. */
export function quietReport(report: RunReport): RunReport {
  return {
    ...report,
    results: report.results.map((r) => (isFailure(r) ? r : { ...r, checks: r.checks.filter((c) => !c.passed && c.severity === 'error') })),
  };
}
