import { isProblem } from '../check/run.js';
import { isFailure } from '../engine/types.js';
import type { FileResult, RunReport, SiteFinding } from '../engine/report-types.js';
import type { Level } from '../rules/types.js';
import { placeRange } from '../site/place-range.js';

/** One problem to show: a failed check, or a file that could not be analysed (rule `input`). */
export interface Finding {
  file: string;
  rule: string;
  messageId: string;
  severity: Level;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  keyphrase?: string;
  basis?: 'google' | 'heuristic';
  /** The comment line that silenced it, for formats that list silenced findings (SARIF). */
  suppressedBy?: number;
}

/** The id under which files that cannot be read or parsed are reported. */
export const INPUT_RULE = 'input';

/**
 * Every problem of a run, file by file, in the order the checks ran. Failures silenced by a
 * comment are left out unless `suppressed` is set (SARIF lists them with their suppression).
 */
export function findings(results: readonly FileResult[], options: { suppressed?: boolean; site?: readonly SiteFinding[] } = {}): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    if (isFailure(r)) {
      const line = r.line ?? 1;
      out.push({ file: r.file, rule: INPUT_RULE, messageId: 'unreadable', severity: 'error', message: r.error, line, column: 1, endLine: line, endColumn: 1 });
      continue;
    }
    for (const c of r.checks) {
      if (c.passed) continue;
      if (!isProblem(c) && options.suppressed !== true) continue;
      out.push({
        file: r.file,
        rule: c.ruleId,
        messageId: c.messageId,
        severity: c.severity,
        message: c.message,
        line: c.line,
        column: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        ...(c.keyphrase === undefined ? {} : { keyphrase: c.keyphrase }),
        basis: c.basis,
        ...(c.suppressed === undefined ? {} : { suppressedBy: c.suppressed.line }),
      });
    }
  }
  // A finding across articles is listed in each file it names, at its place there.
  for (const f of options.site ?? []) {
    for (const place of f.files) {
      out.push({
        file: place.file,
        rule: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        ...placeRange(place),
        ...(f.keyphrase === undefined ? {} : { keyphrase: f.keyphrase }),
      });
    }
  }
  return out;
}

/** Every problem of a report: its files' and its site's. */
export function reportFindings(report: RunReport, options: { suppressed?: boolean } = {}): Finding[] {
  return findings(report.results, { ...options, site: report.site?.findings });
}
