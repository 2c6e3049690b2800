/** The site stage: summaries made per file, then rules and suggestions over all of them. */
export { buildSummary, phraseKey, type SummaryOptions } from './summary.js';
export { SummaryLanguages } from './language.js';
export { runSite, suggest, type SiteResult, type SiteRunOptions } from './run.js';
export { SITE_RULES } from './rules/index.js';
export type { SiteRule } from './rule.js';
export type * from './types.js';
