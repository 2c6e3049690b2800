import { printable } from './escape.js';
import { reportFindings } from './findings.js';
import type { Formatter } from './types.js';

/** One line per problem, `file:line:col: severity message [rule]`, for editors and grep. */
const compact: Formatter = (report) =>
  reportFindings(report)
    .map((f) => `${printable(f.file)}:${f.line}:${f.column}: ${f.severity} ${printable(f.message)} [${f.rule}]\n`)
    .join('');

export default compact;
