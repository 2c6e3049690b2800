import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { articleSettings, type RuleSetting } from '../check/settings.js';
import type { Engine } from '../engine/engine.js';
import type { FileReport } from '../engine/types.js';
import { splitFrontMatter } from '../parse/frontmatter.js';
import { normalizeText } from '../parse/lines.js';
import { problems } from './diagnostics.js';
import { keyphraseAt, keyphraseMarkdown } from './keyphrases.js';
import { contains, Positions } from './positions.js';
import { ruleMarkdown } from './rule-docs.js';

/** The rule settings that apply to an article: its configuration, then its own front matter. */
export async function articleRules(engine: Engine, path: string, text: string): Promise<Map<string, RuleSetting>> {
  const { rules } = await engine.settingsFor(path);
  try {
    return articleSettings(rules, splitFrontMatter(normalizeText(text)).data);
  } catch {
    // An invalid `seo-check:` in the front matter is a diagnostic already; the configuration's settings still explain.
    return rules;
  }
}

/**
 * The hover at `at`: the keyphrase under the cursor (counts and placements), then each failed
 * check whose range holds the cursor, explained. Null when there is neither.
 */
export async function hoverAt(report: FileReport, text: string, at: Position, rules: () => Promise<Map<string, RuleSetting>>): Promise<Hover | null> {
  const positions = new Positions(text);
  const parts: string[] = [];
  const hit = keyphraseAt(report, positions, at);
  if (hit !== null) parts.push(keyphraseMarkdown(hit, report.stats.words));
  const here = problems(report.checks).filter((c) => contains(positions.range(c), at));
  if (here.length > 0) {
    const settings = await rules();
    // A rule failing for two keyphrases is explained once, with both messages.
    const byRule = new Map<string, { messages: string[]; severity: string }>();
    for (const c of here) {
      const seen = byRule.get(c.ruleId);
      if (seen === undefined) byRule.set(c.ruleId, { messages: [c.message], severity: c.severity });
      else seen.messages.push(c.message);
    }
    for (const [id, { messages, severity }] of byRule) parts.push(ruleMarkdown(id, settings.get(id), messages.join('; '), severity));
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}
