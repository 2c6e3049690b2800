import { isFailure } from '../analyze.js';
import { printable } from './escape.js';
import { findings } from './findings.js';
import type { Formatter } from './types.js';

/** A table cell: control and bidirectional characters shown escaped, pipes and HTML made literal. */
function cell(text: string): string {
  return printable(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
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
  const problems = findings(report.results);
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
