import type { SiteContext } from './context.js';
import type { OptionSpec, OptionValues } from '../rules/options.js';
import type { SiteLevel, SiteOutcome, SiteSummary } from './types.js';

/**
 * A site rule: a check over every summary of a run. Like an article rule it only reports; the
 * site stage gives each outcome its rule id, severity and message (from `messages[messageId]`
 * and the outcome's data).
 */
export interface SiteRule<S extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  id: string;
  description: string;
  defaultSeverity: SiteLevel;
  /** On unless configured off; false for a rule a run must ask for (orphan-page). */
  recommended: boolean;
  /** `site`: findings name several files; `file`: a finding about one article (its report's checks). */
  scope: 'site' | 'file';
  basis: { kind: 'google' | 'heuristic'; url?: string; why: string };
  messages: Record<string, string>;
  options: S;
  check(summaries: readonly SiteSummary[], options: OptionValues<S>, ctx: SiteContext): SiteOutcome[];
}

/** Declares a site rule with its option types inferred from the specs. */
export function defineSiteRule<const S extends Record<string, OptionSpec>>(rule: SiteRule<S>): SiteRule<S> {
  return rule;
}
