import { isProblem } from '../check/run.js';
import { isFailure, type RunReport } from '../engine/types.js';

/**
 * The report `--quiet` gives formats that list problems (json, sarif, compact…): failed error
 * checks only; the summary still counts everything.
 */
export function quietReport(report: RunReport): RunReport {
  return {
    ...report,
    results: report.results.map((r) => (isFailure(r) ? r : { ...r, checks: r.checks.filter((c) => isProblem(c) && c.severity === 'error') })),
    ...(report.site === undefined ? {} : { site: { findings: report.site.findings.filter((f) => f.severity === 'error') } }),
  };
}
