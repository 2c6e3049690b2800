/**
 * seo-check's programmatic API: the same engine the command line, the language server and the
 * HTML report use.
 *
 *     import { analyze, analyzeFiles, createEngine, formatters } from 'seo-check';
 *     const result = await analyze(text, { path: 'post.md', keyphrases: ['Trump Putin meeting'] });
 */
export { analyze, analyzeFiles, createEngine } from './api.js';
export type { AnalyzeOptions, SeoCheckEngine, EngineOptions } from './api.js';
export { formatters } from './report/formatters.js';
export type { FormatterName } from './report/formatters.js';
export type { Formatter, FormatOptions } from './report/types.js';
export type * from './engine/report-types.js';
export type { RuleEntry } from './engine/options.js';
