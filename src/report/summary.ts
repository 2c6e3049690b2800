import { Chalk } from 'chalk';
import { overviewTable } from './stylish-overview.js';
import { footer } from './stylish-totals.js';
import { layoutWidth } from './width.js';
import type { Formatter } from './types.js';

/**
 * `-f summary`, for CI logs: one table of every file, worst first, then the totals; no findings.
 * The same table and totals end the stylish report of a large run.
 */
const summary: Formatter = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = layoutWidth(options.columns);
  const parts = report.results.length === 0 ? [] : [overviewTable(report, paint, columns)];
  parts.push(footer(report, paint, columns, { errorOnUnmatchedPattern: options.errorOnUnmatchedPattern }));
  return `${parts.join('\n\n')}\n`;
};

export default summary;
