import { isFailure, type RunReport } from '../engine/types.js';

/** The report `--quiet` shows: failed error checks only; the summary still counts everything. */
export function quietReport(report: RunReport): RunReport {
  return {
    ...report,
    results: report.results.map((r) => (isFailure(r) ? r : { ...r, checks: r.checks.filter((c) => !c.passed && c.severity === 'error') })),
  };
}
