import { describe, expect, it } from 'vitest';
import { Analyzer, defaultSettings, isFailure, RULES, type Check, type FileReport } from '../internal.js';
import { applyEntry } from '../../src/check/settings.js';

/**
 * A rule test harness in the style of ESLint's RuleTester: tables of valid and invalid articles
 * for one rule, each run with every other rule off. An invalid case lists every failure the rule
 * gives, in order, with its message id and exact range (1-based, the end just past the last
 * character); a valid case has none.
 */
export interface Case {
  name?: string;
  code: string;
  keyphrases?: string[];
  options?: Record<string, unknown>;
  path?: string;
  lang?: string;
}

export interface Failure {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  keyphrase?: string;
  /** Values the message must have been filled with (a subset of `data`). */
  data?: Record<string, string | number>;
  /** The severity, when the rule lowers or raises it for this failure. */
  severity?: 'error' | 'warning';
}

export interface Table {
  valid: Case[];
  invalid: Array<Case & { errors: Failure[] }>;
}

function checksOf(ruleId: string, c: Case): Check[] {
  const settings = defaultSettings();
  for (const [id, s] of settings) if (id !== ruleId) s.severity = 'off';
  if (c.options !== undefined) applyEntry(settings, ruleId, [settings.get(ruleId)!.severity, c.options]);
  const result = new Analyzer({ rules: settings, keyphrases: c.keyphrases ?? [], language: c.lang }).analyze(c.code, c.path ?? 'article.md');
  if (isFailure(result)) throw new Error(`not analysed: ${result.error}`);
  return (result as FileReport).checks.filter((x) => x.ruleId === ruleId);
}

const label = (c: Case) => c.name ?? JSON.stringify(c.code.length > 60 ? `${c.code.slice(0, 57)}…` : c.code);

/** Runs a rule's table; every message id the rule declares must appear among its cases. */
export function ruleTester(ruleId: string, table: Table): void {
  const rule = RULES.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  describe(`rule ${ruleId}`, () => {
    it.each(table.valid.map((c) => [label(c), c] as const))('valid: %s', (_name, c) => {
      const checks = checksOf(ruleId, c);
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.filter((x) => !x.passed).map((x) => `${x.messageId}: ${x.message}`)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [label(c), c] as const))('invalid: %s', (_name, c) => {
      const failed = checksOf(ruleId, c).filter((x) => !x.passed);
      const shape = (x: Check, want: Failure) => ({
        messageId: x.messageId,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        endColumn: x.endColumn,
        ...(want.keyphrase === undefined ? {} : { keyphrase: x.keyphrase }),
        ...(want.severity === undefined ? {} : { severity: x.severity }),
        ...(want.data === undefined ? {} : { data: Object.fromEntries(Object.keys(want.data).map((k) => [k, x.data[k]])) }),
      });
      expect(failed.map((x, i) => shape(x, c.errors[i] ?? c.errors[0]))).toEqual(c.errors);
    });
    it('covers every message the rule can give', () => {
      const seen = new Set<string>();
      for (const c of [...table.valid, ...table.invalid]) for (const x of checksOf(ruleId, c)) seen.add(x.messageId);
      expect([...Object.keys(rule.messages)].filter((id) => !seen.has(id))).toEqual([]);
    });
  });
}
