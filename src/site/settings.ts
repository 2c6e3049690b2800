import type { SiteRule } from './rule.js';
import { SITE_RULES } from './rules/index.js';
import type { OptionSpec, OptionValue, RuleOptionValues, SiteRuleSetting, SiteSeverity } from './types.js';

/** How a site rule is configured: ESLint's shape, as article rules are (`"off"`, `["warning", {...}]`). */
export type SiteRuleEntry = SiteSeverity | 'warn' | [SiteSeverity | 'warn'] | [SiteSeverity | 'warn', Record<string, unknown>];

/** A setting that names no site rule, or a severity or option value the rule does not take. */
export class SiteSettingError extends Error {}

function ruleById(id: string): SiteRule {
  const rule = SITE_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new SiteSettingError(`unknown site rule '${id}'`);
  return rule;
}

function severity(id: string, value: unknown): SiteSeverity {
  const v = value === 'warn' ? 'warning' : value;
  if (v !== 'error' && v !== 'warning' && v !== 'off') {
    throw new SiteSettingError(`rule '${id}': severity must be error, warning or off, not ${JSON.stringify(value)}`);
  }
  return v;
}

/** Checks one option value against its spec; numbers may come as strings (from `--rule id.option=value`). */
export function optionValue(id: string, name: string, spec: OptionSpec, value: unknown): OptionValue {
  const bad = (what: string) => new SiteSettingError(`rule '${id}': option '${name}' must be ${what}, not ${JSON.stringify(value)}`);
  switch (spec.type) {
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad('a number');
      if (spec.integer === true && !Number.isInteger(n)) throw bad('a whole number');
      if (spec.minimum !== undefined && n < spec.minimum) throw bad(`at least ${spec.minimum}`);
      if (spec.maximum !== undefined && n > spec.maximum) throw bad(`at most ${spec.maximum}`);
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw bad('true or false');
    case 'string':
      if (typeof value !== 'string') throw bad('text');
      if (spec.enum !== undefined && !spec.enum.includes(value)) throw bad(`one of ${spec.enum.join(', ')}`);
      return value;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw bad('a list of texts');
      return [...value];
  }
}

function defaults(rule: SiteRule): RuleOptionValues {
  return Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, Array.isArray(spec.default) ? [...spec.default] : spec.default]));
}

/** The settings every site rule starts from: recommended rules at their default severity, the others off. */
export function defaultSiteSettings(): Map<string, SiteRuleSetting> {
  return new Map(SITE_RULES.map((r) => [r.id, { severity: r.recommended ? r.defaultSeverity : 'off', options: defaults(r) }]));
}

/** Applies one entry over `settings`, validating it. A severity alone turns an off rule on at that severity. */
export function applySiteEntry(settings: Map<string, SiteRuleSetting>, id: string, entry: unknown): void {
  const rule = ruleById(id);
  const current = settings.get(id) ?? { severity: rule.defaultSeverity, options: defaults(rule) };
  if (typeof entry === 'string') {
    settings.set(id, { ...current, severity: severity(id, entry) });
    return;
  }
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) throw new SiteSettingError(`rule '${id}': expected a severity or [severity, {options}]`);
  const given = entry[1] ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new SiteSettingError(`rule '${id}': options must be an object`);
  const options = { ...current.options };
  for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
    const spec = rule.options[name];
    if (spec === undefined) {
      const known = Object.keys(rule.options);
      throw new SiteSettingError(`rule '${id}' has no option '${name}'${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
    options[name] = optionValue(id, name, spec, value);
  }
  settings.set(id, { severity: severity(id, entry[0]), options });
}

/** Settings from entries (`{"orphan-page": "warning"}`) over the defaults. */
export function siteSettings(entries: Record<string, unknown> = {}): Map<string, SiteRuleSetting> {
  const settings = defaultSiteSettings();
  for (const [id, entry] of Object.entries(entries)) applySiteEntry(settings, id, entry);
  return settings;
}
