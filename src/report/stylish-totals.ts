import type { ChalkInstance } from 'chalk';
import { failureText } from '../engine/score.js';
import { isFailure, type Failure, type RunReport } from '../engine/types.js';
import { printable } from './escape.js';
import { fileFindings } from './stylish-findings.js';
import { flow, wrap } from './wrap.js';

/** The run's totals, counted from the same findings as each file's section. */
export interface RunTotals {
  files: number;
  passed: number;
  failed: number;
  unreadable: number;
  errors: number;
  warnings: number;
  silenced: number;
  /** The exit code the CLI gives for this report: 2 input problems, 1 failed, 0 passed. */
  exit: 0 | 1 | 2;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "1 silenced by a comment", "2 silenced by comments". */
export function silencedText(n: number): string {
  return n === 1 ? '1 silenced by a comment' : `${n} silenced by comments`;
}

/**
 * Counts the run. Errors count each file that could not be read, and each finding across the
 * site, as `summary.errors` does; the
 * exit code is the CLI's: 2 when a file could not be read or a pattern matched nothing (unless
 * unmatched patterns are allowed), 1 when a check or a threshold failed, else 0.
 */
export function runTotals(report: RunReport, errorOnUnmatchedPattern = true): RunTotals {
  const t: RunTotals = { files: report.results.length, passed: 0, failed: 0, unreadable: 0, errors: 0, warnings: 0, silenced: 0, exit: 0 };
  for (const r of report.results) {
    if (isFailure(r)) {
      t.unreadable++;
      t.errors++;
      continue;
    }
    const f = fileFindings(r);
    if (r.passed) t.passed++;
    else t.failed++;
    t.errors += f.errors;
    t.warnings += f.warnings;
    t.silenced += f.silenced.length;
  }
  // Findings across articles count once each, as the summary counts them.
  for (const f of report.site?.findings ?? []) {
    if (f.severity === 'error') t.errors++;
    else t.warnings++;
  }
  const unmatched = report.summary.unmatched.length > 0 && errorOnUnmatchedPattern;
  t.exit = t.unreadable > 0 || unmatched ? 2 : report.summary.passed ? 0 : 1;
  return t;
}

/** Below this many files under their minimum score, each is named; above, they are counted. */
const NAMED_LOW_SCORES = 3;

/** Each failed threshold with its figures; many files under the minimum score as one line. */
function thresholdLines(failures: readonly Failure[]): string[] {
  const low = failures.filter((f): f is Extract<Failure, { threshold: 'min-score' }> => f.threshold === 'min-score');
  const out = failures.filter((f) => f.threshold !== 'min-score' || low.length <= NAMED_LOW_SCORES).map((f) => printable(failureText(f)));
  if (low.length > NAMED_LOW_SCORES) {
    const lowest = low.reduce((a, b) => (b.score < a.score ? b : a));
    const minimum = [...new Set(low.map((f) => f.minScore))].join(' or ');
    out.unshift(`${low.length} files score below the minimum score ${minimum}; the lowest, ${printable(lowest.file)}, scores ${lowest.score}`);
  }
  return out;
}

function quoted(patterns: readonly string[]): string {
  return patterns.map((p) => `'${printable(p)}'`).join(', ');
}

/** How many files passed, failed and could not be read, when that says more than the count. */
function breakdown(t: RunTotals): string {
  const parts = [t.passed > 0 ? `${t.passed} passed` : '', t.failed > 0 ? `${t.failed} failed` : '', t.unreadable > 0 ? `${t.unreadable} could not be read` : ''].filter(
    (p) => p !== '',
  );
  const files = plural(t.files, 'file');
  if (parts.length > 1) return `${files}: ${parts.join(', ')}`;
  return t.unreadable > 0 ? `${files}: could not be read` : files;
}

export interface FooterOptions {
  errorOnUnmatchedPattern?: boolean;
  /** Warnings were left out of the report (`--quiet`). */
  quiet?: boolean;
}

/**
 * The last lines of a report: a verdict that agrees with the exit code, what was checked, the
 * counts, and what was not checked (unreadable, ignored, unmatched) and which thresholds failed.
 */
export function footer(report: RunReport, paint: ChalkInstance, columns: number, options: FooterOptions = {}): string {
  const s = report.summary;
  const t = runTotals(report, options.errorOnUnmatchedPattern ?? true);
  const lines: string[] = [];
  if (t.files === 0) {
    const verdict = t.exit === 0 ? paint.bold('– nothing checked') : paint.red.bold('✖ nothing checked');
    const why =
      s.unmatched.length > 0
        ? `no Markdown files match ${quoted(s.unmatched)}${options.errorOnUnmatchedPattern === false ? ' (allowed)' : ''}`
        : s.ignored > 0
        ? `${plural(s.ignored, 'file')} found, all ignored (.gitignore or \`ignores\`)`
        : 'no files';
    lines.push(...wrap(`${verdict}: ${why}`, columns));
    return lines.join('\n');
  }
  const verdict = t.exit === 0 ? paint.green.bold('✔ passed') : paint.red.bold('✖ failed');
  const items = [`${verdict}: ${breakdown(t)}`];
  if (s.score !== null) items.push(`mean score ${s.score}/100`);
  items.push(paint.red(plural(t.errors, 'error')), paint.yellow(plural(t.warnings, 'warning') + (options.quiet === true && t.warnings > 0 ? ' (not shown: --quiet)' : '')));
  if (t.silenced > 0) items.push(silencedText(t.silenced));
  if (s.ignored > 0) items.push(`${plural(s.ignored, 'file')} ignored`);
  lines.push(...flow(items, columns, { separator: ' · ', indent: '  ' }));
  if (s.unmatched.length > 0) {
    const note = `no Markdown files match ${quoted(s.unmatched)}${options.errorOnUnmatchedPattern === false ? ' (allowed)' : ''}`;
    const mark = options.errorOnUnmatchedPattern === false ? '–' : paint.red('✖');
    lines.push(...wrap(`${mark} ${note}`, columns - 2).map((l) => `  ${l}`));
  }
  for (const text of thresholdLines(s.failures)) lines.push(...wrap(`✖ ${text}`, columns - 2).map((l) => `  ${l}`));
  return lines.join('\n');
}
