import { isFailure, type FileResult } from '../analyze.js';
import type { Summary } from './types.js';

export function summarize(results: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  let scored = 0;
  let total = 0;
  for (const r of results) {
    if (isFailure(r)) {
      errors++;
      continue;
    }
    scored++;
    total += r.score;
    for (const c of r.checks) {
      if (c.passed) continue;
      if (c.severity === 'error') errors++;
      else warnings++;
    }
  }
  return {
    files: results.length,
    passed: results.every((r) => r.passed),
    score: scored === 0 ? null : Math.round(total / scored),
    errors,
    warnings,
  };
}
