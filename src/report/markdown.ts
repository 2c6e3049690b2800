import { isFailure } from '../engine/types.js';
import { printable } from './escape.js';
import { reportFindings } from './findings.js';
import type { Formatter } from './types.js';

/**
 * Text for a table cell, shown as written: control and bidirectional characters escaped, and
 * every character Markdown could read as syntax ("[x](url)", "**", "<b>") backslash-escaped, so a
 * title or keyphrase can never become a live link or markup in a pull-request comment.
 */
function cell(text: string): string {
  return printable(text).replace(/[\\`*_[\]<>|~!#]/g, '\\$&');
}

/** Text as a code span: a backtick fence longer than any run inside, pipes escaped for the table. */
function code(text: string): string {
  const t = printable(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a table of files, then each file's problems. */
const markdown: Formatter = (report) => {
  const s = report.summary;
  const verdict = s.passed ? '✅ passed' : '❌ failed';
  const score = s.score === null ? '' : `, mean score ${s.score}/100`;
  const lines = [
    `## seo-check: ${verdict}`,
    '',
    `${s.files} file${s.files === 1 ? '' : 's'}${score}, ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`,
    '',
    '| File | Score | Words | Errors | Warnings | Result |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const problems = reportFindings(report);
  for (const r of report.results) {
    const mine = problems.filter((f) => f.file === r.file);
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.length - errors;
    if (isFailure(r)) lines.push(`| ${code(r.file)} | – | – | 1 | 0 | ❌ ${cell(r.error)} |`);
    else lines.push(`| ${code(r.file)} | ${r.score} | ${r.stats.words} | ${errors} | ${warnings} | ${r.passed ? '✅' : '❌'} |`);
  }
  for (const r of report.results) {
    const mine = problems.filter((f) => f.file === r.file && f.rule !== 'input');
    if (mine.length === 0) continue;
    lines.push('', `### ${code(r.file)}`, '', '| | Line | Check | Message |', '| --- | ---: | --- | --- |');
    for (const f of mine) {
      lines.push(`| ${f.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${f.line} | ${code(f.rule)} | ${cell(f.message)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
};

export default markdown;
