import { RULES } from '../rules/registry.js';
import type { ArticleFacts, Level, Rule } from '../rules/types.js';
import type { RuleSetting } from './settings.js';
import { Suppressions } from './suppress.js';

/** One outcome of one rule, as reports show it. */
export interface Check {
  id: string;
  severity: Level;
  passed: boolean;
  message: string;
  line: number;
  column: number;
  keyphrase?: string;
}

/** One run of a rule (per keyphrase for keyphrase rules), with what it weighs in the score. */
export interface RuleRun {
  id: string;
  weight: number;
  passed: boolean;
}

const RANK: Record<Level, number> = { warning: 1, error: 2 };

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
  let passed = true;
  for (const o of rule.check(facts, setting.options, keyphrase)) {
    // A failure the article silenced with a comment is dropped, as if the rule had passed there.
    if (!o.passed && silenced.covers(rule.id, o.line ?? 1)) continue;
    const level = o.level !== undefined && RANK[o.level] < RANK[configured] ? o.level : configured;
    checks.push({
      id: rule.id,
      severity: o.passed ? configured : level,
      passed: o.passed,
      message: o.message,
      line: o.line ?? 1,
      column: o.column ?? 1,
      ...(keyphrase === undefined ? {} : { keyphrase: keyphrase.phrase }),
    });
    passed &&= o.passed;
  }
  return passed;
}

/**
 * Runs every rule that is not off. A keyphrase rule runs per keyphrase and its weight is shared
 * among them, so an article with three keyphrases weighs the same as one with one.
 */
export function runRules(facts: ArticleFacts, settings: Map<string, RuleSetting>): { checks: Check[]; runs: RuleRun[] } {
  const checks: Check[] = [];
  const runs: RuleRun[] = [];
  const silenced = new Suppressions(facts.doc.comments);
  for (const rule of RULES) {
    const setting = settings.get(rule.id)!;
    if (setting.severity === 'off') continue;
    if (rule.scope === 'document') {
      runs.push({ id: rule.id, weight: rule.weight, passed: run(rule, setting, facts, undefined, checks, silenced) });
      continue;
    }
    const n = facts.keyphrases.length;
    for (let i = 0; i < n; i++) {
      if (facts.keyphrases[i].keys.length === 0) continue;
      runs.push({ id: rule.id, weight: rule.weight / n, passed: run(rule, setting, facts, i, checks, silenced) });
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
