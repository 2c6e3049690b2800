import type { KeyphraseFacts } from '../measure/keyphrase.js';
import type { ArticleFacts } from '../measure/facts.js';
import type { Language } from '../languages/types.js';
import type { MessageData } from './message.js';
import type { OptionsSpec, OptionValues } from './options.js';

export type Level = 'error' | 'warning';
export type Severity = Level | 'off';

export type { ArticleFacts };

/**
 * Where a finding points, in the article's text (LF line endings, no BOM): a span of source
 * offsets [start, end), or a whole line (a front-matter field). The engine turns it into line,
 * column, endLine and endColumn at the edge; no place at all is line 1.
 */
export type Place = Span | { line: number };

/** Source offsets [start, end) in the article's text. */
export interface Span {
  start: number;
  end: number;
}

/** What a rule found: a pass or a failure, named by a message id with the values it reads. */
export interface Outcome {
  passed: boolean;
  messageId: string;
  data?: MessageData;
  /** How bad a failure is; capped by the severity the rule is configured at. Default: that severity. */
  level?: Level;
  at?: Place;
}

/**
 * Why a check can be trusted: `google` when Google's own documentation says the thing matters
 * (with the page), `heuristic` for an editorial convention.
 */
export interface Basis {
  kind: 'google' | 'heuristic';
  url?: string;
  why: string;
}

/**
 * A check. It only reports outcomes; it never prints, scores or decides the exit code. A
 * `keyphrase` rule runs once per keyphrase, a `document` rule once per article.
 */
export interface Rule<S extends OptionsSpec = OptionsSpec> {
  id: string;
  description: string;
  scope: 'document' | 'keyphrase';
  defaultSeverity: Level;
  /** What the rule weighs in the score (see README, "Score"). */
  weight: number;
  basis: Basis;
  /** Every message the rule can give, by id: templates for `formatMessage`. */
  messages: Record<string, string>;
  options: S;
  /**
   * Options whose values must not decrease along each list (`[['min', 'max']]`): a
   * configuration that sets `min` above `max` contradicts itself and is refused.
   */
  order?: ReadonlyArray<ReadonlyArray<keyof S & string>>;
  /**
   * Whether the rule can judge an article in `language`: null when it can, else why not (the
   * check is then listed as skipped and weighs nothing). Rules without it judge any language.
   */
  judges?(language: Language): string | null;
  check(facts: ArticleFacts, options: OptionValues<S>, keyphrase: KeyphraseFacts | undefined): Outcome[];
}

/** Declares a rule with its option types inferred. */
export function defineRule<S extends OptionsSpec>(rule: Rule<S>): Rule<S> {
  return rule;
}
