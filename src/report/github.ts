import { printable } from './escape.js';
import { reportFindings } from './findings.js';
import type { Formatter } from './types.js';

// Workflow-command escaping as the Actions runner reads it: data escapes %, CR and LF;
// property values also escape ':' and ','.
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations, one per problem:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. GitHub reads `endColumn`
 * only when the annotation stays on one line, so it is given only then.
 */
const github: Formatter = (report) =>
  reportFindings(report)
    .map((f) => {
      const title = `seo-check ${f.rule}`;
      const end = f.endLine === f.line ? `,endLine=${f.endLine},endColumn=${f.endColumn}` : `,endLine=${f.endLine}`;
      // Control and bidirectional characters would reach the Actions log raw: show them escaped.
      return `::${f.severity} file=${property(printable(f.file))},line=${f.line},col=${f.column}${end},title=${property(title)}::${data(printable(f.message))}\n`;
    })
    .join('');

export default github;
