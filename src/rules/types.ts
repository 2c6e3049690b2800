import type { Document } from '../parse/document.js';
import type { KeyphraseFacts } from '../measure/keyphrase.js';
import type { Meta } from '../measure/meta.js';
import type { Stats } from '../measure/stats.js';
import type { ReadingFacts } from '../measure/reading.js';

export type Level = 'error' | 'warning';
export type Severity = Level | 'off';

/** Everything measured about one article, computed once and read by every rule. */
export interface ArticleFacts extends ReadingFacts {
  doc: Document;
  meta: Meta;
  stats: Stats;
  keyphrases: KeyphraseFacts[];
}

/** What a rule found: a pass or a failure, with a message that says what to change. */
export interface Outcome {
  passed: boolean;
  message: string;
  /** How bad a failure is; capped by the severity the rule is configured at. Default: that severity. */
  level?: Level;
  /** 1-based; a whole-document finding stands at line 1, column 1. */
  line?: number;
  column?: number;
}

export type RuleOptions = Record<string, number>;

/**
 * A check. It only reports outcomes; it never prints, scores or decides the exit code. A
 * `keyphrase` rule runs once per keyphrase, a `document` rule once per article.
 */
export interface Rule<O extends RuleOptions = RuleOptions> {
  id: string;
  description: string;
  scope: 'document' | 'keyphrase';
  defaultSeverity: Level;
  defaultOptions: O;
  /** What the rule weighs in the score (see README, "Score"). */
  weight: number;
  check(facts: ArticleFacts, options: O, keyphrase: KeyphraseFacts | undefined): Outcome[];
}

/** Declares a rule with its option types inferred. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule<O> {
  return rule;
}
