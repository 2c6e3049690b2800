import { RULES, ruleById as findRule } from '../rules/registry.js';
import { defaults, optionProblem, optionValue, type OptionValue } from '../rules/options.js';
import type { Rule, Severity } from '../rules/types.js';

export type { RuleEntry } from '../engine/options.js';

export type RuleOptions = Record<string, OptionValue>;

export interface RuleSetting {
  severity: Severity;
  options: RuleOptions;
}

/** A setting that names no rule, or a severity or option the rule does not have. */
export class SettingError extends Error {}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'off'];

function ruleById(id: string): Rule {
  const rule = findRule(id);
  if (rule === undefined) throw new SettingError(`unknown rule '${id}' (see \`seo-check rules\`)`);
  return rule;
}

function severity(id: string, value: unknown): Severity {
  const v = value === 'warn' ? 'warning' : value;
  if (!SEVERITIES.includes(v as Severity)) {
    throw new SettingError(`rule '${id}': severity must be error, warning or off, not ${JSON.stringify(value)}`);
  }
  return v as Severity;
}

/** Every problem with `given` as options of `rule`, one line each. */
export function optionProblems(rule: Rule, given: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const known = Object.keys(rule.options);
  for (const [name, value] of Object.entries(given)) {
    const spec = rule.options[name];
    if (spec === undefined) {
      problems.push(`rule '${rule.id}' has no option '${name}'${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}`);
      continue;
    }
    const problem = optionProblem(spec, value);
    if (problem !== null) problems.push(`rule '${rule.id}': option '${name}' ${problem}`);
  }
  return problems;
}

function options(rule: Rule, given: Record<string, unknown>): RuleOptions {
  const problems = optionProblems(rule, given);
  if (problems.length > 0) throw new SettingError(problems[0]);
  const out: RuleOptions = { ...(defaults(rule.options) as RuleOptions) };
  for (const [name, value] of Object.entries(given)) out[name] = optionValue(rule.options[name], value);
  return out;
}

/** The settings every rule starts from. */
export function defaultSettings(): Map<string, RuleSetting> {
  return new Map(RULES.map((r) => [r.id, { severity: r.defaultSeverity, options: defaults(r.options) as RuleOptions }]));
}

/** Applies one rule entry over `settings`, validating it. */
export function applyEntry(settings: Map<string, RuleSetting>, id: string, entry: unknown): void {
  const rule = ruleById(id);
  const current = settings.get(id)!;
  if (typeof entry === 'string') {
    settings.set(id, { ...current, severity: severity(id, entry) });
    return;
  }
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) {
    throw new SettingError(`rule '${id}': expected a severity or [severity, {options}]`);
  }
  const given = entry[1] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new SettingError(`rule '${id}': options must be an object`);
  }
  settings.set(id, { severity: severity(id, entry[0]), options: options(rule, { ...current.options, ...given }) });
}

/**
 * Applies a `--rule` argument: `id=severity`, `id.option=value`, or `id:JSON` with an ESLint
 * entry such as `keyphrase-density: ["warning", {"min": 1}]`.
 */
export function applyRuleArgument(settings: Map<string, RuleSetting>, spec: string): void {
  const colon = spec.indexOf(':');
  const equals = spec.indexOf('=');
  if (colon !== -1 && (equals === -1 || colon < equals)) {
    const id = spec.slice(0, colon).trim();
    let entry: unknown;
    try {
      entry = JSON.parse(spec.slice(colon + 1));
    } catch {
      throw new SettingError(`--rule '${spec}': the part after ':' is not JSON`);
    }
    applyEntry(settings, id, entry);
    return;
  }
  if (equals === -1) throw new SettingError(`--rule '${spec}': expected id=severity, id.option=value or id:JSON`);
  const left = spec.slice(0, equals).trim();
  const value = spec.slice(equals + 1).trim();
  const dot = left.indexOf('.');
  if (dot === -1) {
    applyEntry(settings, left, value);
    return;
  }
  const id = left.slice(0, dot);
  const rule = ruleById(id);
  const current = settings.get(id)!;
  settings.set(id, { ...current, options: options(rule, { ...current.options, [left.slice(dot + 1)]: value }) });
}

/**
 * The settings for one article: `base` with the article's own `seo-check: {rules: {...}}` front
 * matter applied over it. Returns `base` itself when the article overrides nothing.
 */
export function articleSettings(base: Map<string, RuleSetting>, frontMatter: Record<string, unknown>): Map<string, RuleSetting> {
  const own = frontMatter['seo-check'];
  if (own === undefined) return base;
  if (typeof own !== 'object' || own === null || Array.isArray(own)) throw new SettingError('expected a mapping such as {rules: {...}}');
  const rules = (own as { rules?: unknown }).rules;
  if (rules === undefined) return base;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new SettingError('rules must be a mapping of rule ids to settings');
  const settings = new Map([...base].map(([id, s]) => [id, { severity: s.severity, options: { ...s.options } }]));
  for (const [id, entry] of Object.entries(rules)) applyEntry(settings, id, entry);
  return settings;
}
