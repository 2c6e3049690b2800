import { createHash } from 'node:crypto';
import { reportFindings } from './findings.js';
import type { Formatter } from './types.js';

/**
 * GitLab's code-quality report (a subset of Code Climate's JSON): one issue per problem, with a
 * fingerprint stable across runs so GitLab can tell new findings from fixed ones.
 */
const gitlab: Formatter = (report) => {
  const seen = new Map<string, number>();
  const issues = reportFindings(report).map((f) => {
    const base = `${f.file}\0${f.rule}\0${f.keyphrase ?? ''}\0${f.message}`;
    // The same finding twice in a file (two skipped heading levels) needs two fingerprints.
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: 'issue',
      check_name: f.rule,
      description: f.message,
      categories: ['Style'],
      severity: f.severity === 'error' ? 'major' : 'minor',
      fingerprint: createHash('sha256').update(`${base}\0${n}`).digest('hex'),
      location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
