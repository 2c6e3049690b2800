import { Chalk } from 'chalk';
import { isFailure } from '../engine/types.js';
import { printable } from './escape.js';
import type { Formatter } from './types.js';
import { renderExplanations } from './explain-render.js';
import { cut, wrap } from './wrap.js';
import { layoutWidth } from './width.js';

/**
 * The `explain` report (`seo-check explain`, `-f explain`): for each file, why each keyphrase
 * matched where it did and nearly matched elsewhere; no checks, no score.
 */
const explain: Formatter = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = layoutWidth(options.columns);
  const indented = (text: string) => wrap(text, columns - 2).map((l) => `  ${l}`).join('\n');
  const sections = report.results.map((r) => {
    const head = cut(printable(r.file), columns).map((l) => paint.bold.underline(l)).join('\n');
    if (isFailure(r)) return `${head}\n${indented(`${paint.red('✖ error')} ${printable(r.error)}`)}`;
    if (r.explain === undefined || r.explain.length === 0) return `${head}\n${paint.dim(indented('No keyphrase to explain: pass -k "phrase" or set `keyphrase` in the front matter.'))}`;
    return `${head}\n${renderExplanations(r.explain, paint, columns)}`;
  });
  return `${sections.join('\n\n')}\n`;
};

export default explain;
