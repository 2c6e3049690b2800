import { Chalk } from 'chalk';
import { isFailure } from '../engine/types.js';
import { printable } from './escape.js';
import type { Formatter } from './types.js';
import { renderExplanations } from './explain-render.js';

/**
 * The `explain` report (`seo-check explain`, `-f explain`): for each file, why each keyphrase
 * matched where it did and nearly matched elsewhere; no checks, no score.
 */
const explain: Formatter = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const sections = report.results.map((r) => {
    const head = paint.bold.underline(printable(r.file));
    if (isFailure(r)) return `${head}\n  ${paint.red('✖ error')} ${printable(r.error)}`;
    if (r.explain === undefined || r.explain.length === 0) return `${head}\n  ${paint.dim('No keyphrase to explain: pass -k "phrase" or set `keyphrase` in the front matter.')}`;
    return `${head}\n${renderExplanations(r.explain, paint)}`;
  });
  return `${sections.join('\n\n')}\n`;
};

export default explain;
