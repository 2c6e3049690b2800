import { RULES } from '../rules/registry.js';
import { formatMessage, type MessageData } from '../rules/message.js';
import type { ArticleFacts, Level, Outcome, Place, Rule } from '../rules/types.js';
import type { LineIndex } from '../parse/lines.js';
import type { RuleSetting } from './settings.js';
import { Suppressions } from './suppress.js';
import type { Range, Check } from '../engine/report-types.js';
export type { Range, Check };

/** One run of a rule (per keyphrase for keyphrase rules), with what it weighs in the score. */
export interface RuleRun {
  id: string;
  weight: number;
  passed: boolean;
}

const RANK: Record<Level, number> = { warning: 1, error: 2 };

/** The range of a place: a span of offsets, a whole line, or line 1 when there is none. */
export function rangeOf(lines: LineIndex, at: Place | undefined): Range {
  if (at === undefined || !('start' in at)) {
    const line = Math.min(Math.max(1, at?.line ?? 1), lines.count);
    return { line, column: 1, endLine: line, endColumn: lines.lineText(line - 1).length + 1 };
  }
  const start = lines.place(at.start);
  const end = lines.place(Math.max(at.start, at.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function message(rule: Rule, o: Outcome): string {
  const template = rule.messages[o.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message '${o.messageId}'`);
  return formatMessage(template, o.data);
}

/** Runs one rule (for one keyphrase); returns whether it passed, failures silenced by comments aside. */
function run(
  rule: Rule,
  setting: RuleSetting,
  facts: ArticleFacts,
  index: number | undefined,
  checks: Check[],
  silenced: Suppressions,
): boolean {
  const keyphrase = index === undefined ? undefined : facts.keyphrases[index];
  const configured = setting.severity as Level;
  const own = keyphrase === undefined ? {} : { keyphrase: keyphrase.phrase };
  let passed = true;
  for (const o of rule.check(facts, setting.options as never, keyphrase)) {
    const range = rangeOf(facts.doc.lines, o.at);
    const level = o.level !== undefined && RANK[o.level] < RANK[configured] ? o.level : configured;
    const check: Check = {
      id: rule.id,
      ruleId: rule.id,
      messageId: o.messageId,
      data: o.data ?? {},
      severity: o.passed ? configured : level,
      passed: o.passed,
      message: message(rule, o),
      ...range,
      ...own,
      basis: rule.basis.kind,
    };
    // A failure the article silenced with a comment stays listed, as if the rule had passed there.
    const silencer = o.passed ? null : silenced.silencer(rule.id, range.line);
    if (silencer !== null) check.suppressed = { kind: 'inline', line: silencer };
    else passed &&= o.passed;
    checks.push(check);
  }
  return passed;
}

/** The check listed for a rule that cannot judge the article. */
function skipped(rule: Rule, setting: RuleSetting, reason: string, keyphrase: string | undefined, lines: LineIndex): Check {
  return {
    id: rule.id,
    ruleId: rule.id,
    messageId: 'skipped',
    data: { reason },
    severity: setting.severity as Level,
    passed: true,
    message: `Skipped: ${reason}`,
    ...rangeOf(lines, undefined),
    ...(keyphrase === undefined ? {} : { keyphrase }),
    basis: rule.basis.kind,
    skipped: { reason },
  };
}

/**
 * Runs every rule that is not off. A keyphrase rule runs per keyphrase and its weight is shared
 * among them, so an article with three keyphrases weighs the same as one with one. A rule that
 * cannot judge the article's language is listed as skipped and weighs nothing.
 */
export function runRules(facts: ArticleFacts, settings: Map<string, RuleSetting>): { checks: Check[]; runs: RuleRun[] } {
  const checks: Check[] = [];
  const runs: RuleRun[] = [];
  const silenced = new Suppressions(facts.doc.comments);
  for (const rule of RULES) {
    const setting = settings.get(rule.id)!;
    if (setting.severity === 'off') continue;
    const cannot = rule.judges?.(facts.language) ?? null;
    if (rule.scope === 'document') {
      if (cannot !== null) checks.push(skipped(rule, setting, cannot, undefined, facts.doc.lines));
      else runs.push({ id: rule.id, weight: rule.weight, passed: run(rule, setting, facts, undefined, checks, silenced) });
      continue;
    }
    const n = facts.keyphrases.length;
    for (let i = 0; i < n; i++) {
      if (facts.keyphrases[i].keys.length === 0) continue;
      if (cannot !== null) checks.push(skipped(rule, setting, cannot, facts.keyphrases[i].phrase, facts.doc.lines));
      else runs.push({ id: rule.id, weight: rule.weight / n, passed: run(rule, setting, facts, i, checks, silenced) });
    }
  }
  return { checks, runs };
}

/** The score: 100 × the weight of the rule runs that passed ÷ the weight of all that ran. */
export function score(runs: readonly RuleRun[]): number {
  let total = 0;
  let passed = 0;
  for (const r of runs) {
    total += r.weight;
    if (r.passed) passed += r.weight;
  }
  return total === 0 ? 100 : Math.round((100 * passed) / total);
}

/** Whether a check counts as a failure: failed, and neither silenced nor skipped. */
export function isProblem(c: Check): boolean {
  return !c.passed && c.suppressed === undefined;
}
