/**
 * The internals the tests reach: the per-file analyzer (sync, one article), settings and rules.
 * The public API (src/index.ts) is tested on its own in tests/api.test.ts.
 */
export { Analyzer, type AnalyzerOptions } from '../src/engine/analyzer.js';
export { isFailure, type FileReport, type FileResult, type RunReport } from '../src/engine/types.js';
export { applyEntry, applyRuleArgument, defaultSettings, SettingError, type RuleEntry, type RuleSetting } from '../src/check/settings.js';
export type { Check } from '../src/check/run.js';
export { RULES, docsUrl } from '../src/rules/registry.js';
export { decodeArticle, InputError } from '../src/read/decode.js';
export { parseDocument } from '../src/parse/document.js';
export { Words } from '../src/text/words.js';
