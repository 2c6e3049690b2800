import { RULES } from '../rules/registry.js';
import { SITE_RULES } from '../site/rules/index.js';
import { defaults, optionProblem, optionValue, type OptionValue } from '../rules/options.js';
import type { OptionsSpec } from '../rules/options.js';
import type { Severity } from '../rules/types.js';

export type { RuleEntry } from '../engine/options.js';

export type RuleOptions = Record<string, OptionValue>;

export interface RuleSetting {
  severity: Severity;
  options: RuleOptions;
}

/** A setting that names no rule, or a severity or option the rule does not have. */
export class SettingError extends Error {}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'off'];

/**
 * What settings need of a rule, article or site rule alike: both are configured the same way,
 * in the same `rules` of a configuration.
 */
export interface Configurable {
  id: string;
  options: OptionsSpec;
  defaultSeverity: 'error' | 'warning';
  order?: ReadonlyArray<ReadonlyArray<string>>;
  /** False for a rule a run must ask for (orphan-page): off by default. */
  recommended?: boolean;
}

/** Every rule that can be configured: the article rules, then the site rules. */
export const CONFIGURABLE: readonly Configurable[] = [...RULES, ...SITE_RULES];

const BY_ID = new Map(CONFIGURABLE.map((r) => [r.id, r]));

/** The configurable rule with this id, or undefined. */
export function configurable(id: string): Configurable | undefined {
  return BY_ID.get(id);
}

function ruleById(id: string): Configurable {
  const rule = BY_ID.get(id);
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
export function optionProblems(rule: Configurable, given: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const known = Object.keys(rule.options);
  for (const [name, value] of Object.entries(given)) {
    // Own keys only: "constructor" is no option of every rule.
    if (!Object.hasOwn(rule.options, name)) {
      problems.push(`rule '${rule.id}' has no option '${name}'${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}`);
      continue;
    }
    const problem = optionProblem(rule.options[name], value);
    if (problem !== null) problems.push(`rule '${rule.id}': option '${name}' ${problem}`);
  }
  return problems;
}

/**
 * Where `options` (a rule's options, merged) contradict the order the rule declares (`min`
 * above `max`), one line each. A value that `given` does not set is marked as such: it comes
 * from the defaults or an earlier setting, and the fix may be to set it too.
 */
export function orderProblems(rule: Configurable, options: Readonly<Record<string, unknown>>, given: Readonly<Record<string, unknown>> = options): string[] {
  const problems: string[] = [];
  const shown = (name: string) => `option '${name}' (${String(options[name])}${Object.hasOwn(given, name) ? '' : ', not set here'})`;
  for (const chain of rule.order ?? []) {
    for (let i = 1; i < chain.length; i++) {
      const [low, high] = [options[chain[i - 1]], options[chain[i]]];
      if (typeof low === 'number' && typeof high === 'number' && low > high) problems.push(`${shown(chain[i - 1])} must not be more than ${shown(chain[i])}`);
    }
  }
  return problems;
}

/** Refuses options that contradict the rule's order, naming the first contradiction. */
function checkOrder(rule: Configurable, options: RuleOptions, given: Record<string, unknown>): void {
  const [first] = orderProblems(rule, options, given);
  if (first !== undefined) throw new SettingError(`rule '${rule.id}': ${first}`);
}

/** `given` over the rule's `current` options, each checked against the rule's option types. */
function options(rule: Configurable, current: RuleOptions, given: Record<string, unknown>): RuleOptions {
  const problems = optionProblems(rule, given);
  if (problems.length > 0) throw new SettingError(problems[0]);
  const out: RuleOptions = { ...current };
  for (const [name, value] of Object.entries(given)) out[name] = optionValue(rule.options[name], value);
  return out;
}

/** The settings every rule starts from. */
export function defaultSettings(): Map<string, RuleSetting> {
  return new Map(CONFIGURABLE.map((r) => [r.id, { severity: r.recommended === false ? 'off' : r.defaultSeverity, options: defaults(r.options) as RuleOptions }]));
}

/** The default settings with configuration entries (`{"orphan-page": "warning"}`) applied over them. */
export function settingsFrom(entries: Record<string, unknown>): Map<string, RuleSetting> {
  const settings = defaultSettings();
  for (const [id, entry] of Object.entries(entries)) applyEntry(settings, id, entry);
  return settings;
}

/** What one rule entry makes of the rule's setting in `settings`, and the options it sets; the order is not checked. */
function entrySetting(settings: Map<string, RuleSetting>, id: string, entry: unknown): [setting: RuleSetting, given: Record<string, unknown>] {
  const rule = ruleById(id);
  const current = settings.get(id)!;
  if (typeof entry === 'string') return [{ ...current, severity: severity(id, entry) }, {}];
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) {
    throw new SettingError(`rule '${id}': expected a severity or [severity, {options}]`);
  }
  const given = entry[1] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new SettingError(`rule '${id}': options must be an object`);
  }
  return [{ severity: severity(id, entry[0]), options: options(rule, current.options, given) }, given];
}

/** Applies one rule entry over `settings` without the order check; returns the options it sets. */
function setEntry(settings: Map<string, RuleSetting>, id: string, entry: unknown): Record<string, unknown> {
  const [setting, given] = entrySetting(settings, id, entry);
  settings.set(id, setting);
  return given;
}

/**
 * Applies one rule entry over `settings`, validating it: its options merged over what the rule
 * had must keep the rule's order (`min` ≤ `max`). Settings it refuses are left as they were.
 */
export function applyEntry(settings: Map<string, RuleSetting>, id: string, entry: unknown): void {
  const [setting, given] = entrySetting(settings, id, entry);
  checkOrder(ruleById(id), setting.options, given);
  settings.set(id, setting);
}

/** Applies one `--rule` argument without the order check; returns the rule's id and the options it sets. */
function setRuleArgument(settings: Map<string, RuleSetting>, spec: string): [id: string, given: Record<string, unknown>] {
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
    return [id, setEntry(settings, id, entry)];
  }
  if (equals === -1) throw new SettingError(`--rule '${spec}': expected id=severity, id.option=value or id:JSON`);
  const left = spec.slice(0, equals).trim();
  const value = spec.slice(equals + 1).trim();
  const dot = left.indexOf('.');
  if (dot === -1) return [left, setEntry(settings, left, value)];
  const id = left.slice(0, dot);
  const rule = ruleById(id);
  const current = settings.get(id)!;
  const given = { [left.slice(dot + 1)]: value };
  settings.set(id, { ...current, options: options(rule, current.options, given) });
  return [id, given];
}

/**
 * Applies `--rule` arguments: `id=severity`, `id.option=value`, or `id:JSON` with an ESLint
 * entry such as `keyphrase-density: ["warning", {"min": 1}]`. The order of a rule's options is
 * checked once all are applied, so that `--rule x.min=5 --rule x.max=8` may raise both bounds.
 * Settings it refuses are left as they were.
 */
export function applyRuleArguments(settings: Map<string, RuleSetting>, specs: readonly string[]): void {
  // Settings are replaced, never changed in place: a shallow copy keeps the old ones intact.
  const next = new Map(settings);
  const given = new Map<string, Record<string, unknown>>();
  for (const spec of specs) {
    const [id, options] = setRuleArgument(next, spec);
    given.set(id, { ...given.get(id), ...options });
  }
  for (const [id, options] of given) checkOrder(ruleById(id), next.get(id)!.options, options);
  for (const [id, setting] of next) settings.set(id, setting);
}

/** Applies one `--rule` argument (see applyRuleArguments). */
export function applyRuleArgument(settings: Map<string, RuleSetting>, spec: string): void {
  applyRuleArguments(settings, [spec]);
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
