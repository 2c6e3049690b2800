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
export type { RunReport, Summary, Failure, FileResult, FileReport, FileFailure, KeyphraseReport } from './engine/types.js';
export type { Check, Range } from './check/run.js';
export type { RuleEntry } from './check/settings.js';
export type { Occurrence } from './measure/keyphrase.js';
export type { Explanation, ExplainedSentence } from './measure/explain.js';
export type { ReadabilityReport } from './measure/reading.js';
