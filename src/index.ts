/**
 * The programmatic API; the CLI is a thin shell over it.
 *
 *     import { Analyzer } from 'seo-check';
 *     const result = new Analyzer({ keyphrases: ['Trump Putin meeting'] }).analyze(text, 'post.md');
 */
export { Analyzer, isFailure } from './analyze.js';
export type { AnalyzerOptions, FileFailure, FileReport, FileResult, KeyphraseReport } from './analyze.js';
export type { MatchingOptions } from './measure/matching.js';
export type { AliasMap } from './measure/aliases.js';
export type { Explanation, ExplainedSentence } from './explain/explain.js';
export { applyEntry, applyRuleArgument, defaultSettings, SettingError } from './check/settings.js';
export type { RuleEntry, RuleSetting } from './check/settings.js';
export type { Check } from './check/run.js';
export { RULES, docsUrl } from './rules/registry.js';
export type { Rule, Outcome, Severity, Level, ArticleFacts } from './rules/types.js';
export { parseDocument } from './parse/document.js';
export type { Document, Sentence, Block } from './parse/document.js';
export { Words, type Units, type WordView } from './text/words.js';
export { decodeArticle, InputError } from './read/decode.js';
export { readArticle } from './read/files.js';
export { summarize } from './report/summary.js';
export type { RunReport, Summary, Formatter } from './report/types.js';
export { main } from './cli/main.js';
