import compact from './compact.js';
import explain from './explain.js';
import github from './github.js';
import gitlab from './gitlab.js';
import json from './json.js';
import junit from './junit.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { FormatOptions, RunReport } from './types.js';

/** Every format, as a pure function of the report; options default to no colour and 80 columns. */
const all = { stylish, json, sarif, github, junit, compact, markdown, gitlab, explain };

export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'compact' | 'markdown' | 'gitlab' | 'explain';

export const formatters: Record<FormatterName, (report: RunReport, options?: Partial<FormatOptions>) => string> = Object.fromEntries(
  Object.entries(all).map(([name, format]) => [name, (report: RunReport, options: Partial<FormatOptions> = {}) => format(report, { color: false, columns: 80, ...options })]),
) as never;
