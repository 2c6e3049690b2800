import type { RuleSetting } from '../check/settings.js';
import type { OptionValue } from '../rules/options.js';
import { docsUrl, ruleById } from '../rules/registry.js';

function shown(value: OptionValue): string {
  return Array.isArray(value) ? (value.length === 0 ? '(none)' : value.join(', ')) : String(value);
}

/**
 * A rule explained for a hover, in Markdown (`severity`: the finding's, which a rule may set
 * below the configured one): what it checks, why it can be trusted, each option
 * with the value that applies to this article (its configuration and front matter) and what the
 * option means, and the docs page.
 */
export function ruleMarkdown(ruleId: string, setting: RuleSetting | undefined, message?: string, severity?: string): string {
  const rule = ruleById(ruleId);
  if (rule === undefined) return message ?? ruleId;
  const out: string[] = [`**${rule.id}** (${severity ?? setting?.severity ?? rule.defaultSeverity})${message === undefined ? '' : `: ${message}`}`, '', rule.description, ''];
  const basis = rule.basis.kind === 'google' ? `Google${rule.basis.url === undefined ? '' : ` ([source](${rule.basis.url}))`}` : 'Heuristic';
  out.push(`*${basis}:* ${rule.basis.why}`);
  const names = Object.keys(rule.options);
  if (names.length > 0) {
    out.push('', 'Options:');
    for (const name of names) {
      const spec = rule.options[name];
      const value = setting?.options[name] ?? spec.default;
      const changed = value !== spec.default && shown(value) !== shown(spec.default) ? ` (default ${shown(spec.default)})` : '';
      out.push(`- \`${name}\` = ${shown(value)}${changed}: ${spec.description}`);
    }
  }
  out.push('', `[Documentation](${docsUrl(rule.id)})`);
  return out.join('\n');
}
