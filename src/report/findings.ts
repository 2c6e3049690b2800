import { isFailure, type FileResult } from '../analyze.js';
import type { Level } from '../rules/types.js';

/** One problem to show: a failed check, or a file that could not be analysed (rule `input`). */
export interface Finding {
  file: string;
  rule: string;
  severity: Level;
  message: string;
  line: number;
  column: number;
  keyphrase?: string;
}

/** The id under which files that cannot be read or parsed are reported. */
export const INPUT_RULE = 'input';

/** Every problem of a run, file by file, in the order the checks ran. */
export function findings(results: readonly FileResult[]): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    if (isFailure(r)) {
      out.push({ file: r.file, rule: INPUT_RULE, severity: 'error', message: r.error, line: r.line ?? 1, column: 1 });
      continue;
    }
    for (const c of r.checks) {
      if (c.passed) continue;
      out.push({ file: r.file, rule: c.id, severity: c.severity, message: c.message, line: c.line, column: c.column, ...(c.keyphrase === undefined ? {} : { keyphrase: c.keyphrase }) });
    }
  }
  return out;
}
