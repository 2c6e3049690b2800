import { findings } from './findings.js';
import type { Formatter } from './types.js';

// Workflow-command escaping as the Actions runner reads it: data escapes %, CR and LF;
// property values also escape ':' and ','.
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=…::message`, one per problem. */
const github: Formatter = (report) =>
  findings(report.results)
    .map((f) => {
      const title = `seo-check ${f.rule}`;
      // Control characters other than CR/LF would reach the log raw: show them escaped.
      const message = f.message.replace(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
      return `::${f.severity} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(title)}::${data(message)}\n`;
    })
    .join('');

export default github;
