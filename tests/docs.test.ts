import { existsSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { Analyzer, defaultSettings, isFailure, RULES } from './internal.js';
import { languagesText } from '../src/rules/docs-facts.js';
import { placeholders } from '../src/rules/message.js';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { generatedBlock, withGeneratedBlock } from '../scripts/lib/rule-docs.mjs';

const DOCS = new URL('../docs/rules/', import.meta.url);

interface Example {
  expect: 'fail' | 'pass';
  keyphrase?: string;
  options?: Record<string, number>;
  text: string;
}

/** The examples of a rule page: fenced `markdown` blocks whose info string carries their expectation as JSON. */
function examples(page: string): Example[] {
  return new MarkdownIt()
    .parse(page, {})
    .filter((t) => t.type === 'fence' && t.info.startsWith('markdown {'))
    .map((t) => ({ ...JSON.parse(t.info.slice('markdown '.length)), text: t.content }));
}

function outcome(ruleId: string, example: Example): boolean {
  const settings = defaultSettings();
  for (const [id, s] of settings) s.severity = id === ruleId ? s.severity : 'off';
  const s = settings.get(ruleId)!;
  s.options = { ...s.options, ...example.options };
  const result = new Analyzer({ rules: settings, keyphrases: example.keyphrase ? [example.keyphrase] : [] }).analyze(example.text, 'example.md');
  if (isFailure(result)) throw new Error(result.error);
  const checks = result.checks.filter((c) => c.id === ruleId);
  expect(checks.length).toBeGreaterThan(0);
  return checks.every((c) => c.passed);
}

describe.each(RULES.map((r) => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const file = new URL(`${id}.md`, DOCS);
  it('exists, and its facts, options and messages are those of the rule (npm run build writes them)', () => {
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(withGeneratedBlock(page, generatedBlock(rule, languagesText(rule)))).toBe(page);
    for (const [messageId] of Object.entries(rule.messages)) expect(page).toContain(`| \`${messageId}\` |`);
  });
  it('has a failing example that fails and a passing example that passes', () => {
    const found = examples(readFileSync(file, 'utf8'));
    expect(found.map((e) => e.expect).sort()).toEqual(['fail', 'pass']);
    for (const e of found) expect(outcome(id, e), `${e.expect}: ${e.text}`).toBe(e.expect === 'pass');
  });
});

describe('rule declarations', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s: every option has a description and a default of its type; every message id is camelCase', (_id, rule) => {
    for (const [name, spec] of Object.entries(rule.options)) {
      expect(spec.description.length, name).toBeGreaterThan(10);
      expect(typeof spec.default === 'object' ? 'string[]' : typeof spec.default).toBe(spec.type === 'string[]' ? 'string[]' : spec.type);
    }
    for (const [messageId, template] of Object.entries(rule.messages)) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
      expect(template).not.toMatch(/undefined/);
      expect(placeholders(template).every((p) => /^\w+$/.test(p))).toBe(true);
    }
  });
});

describe('docs/rules/README.md', () => {
  it('lists every page of docs/rules, each once, with the default severity the rule has', async () => {
    const { readdirSync } = await import('node:fs');
    const index = readFileSync(new URL('README.md', DOCS), 'utf8');
    const rows = [...index.matchAll(/^\| \[`([a-z0-9-]+)`\]\(([a-z0-9-]+)\.md\) \| (error|warning|off) \|/gm)].map((m) => ({ id: m[1], page: m[2], severity: m[3] }));
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
    expect(rows.map((r) => r.page).sort()).toEqual(pages);
    expect(rows.every((r) => r.id === r.page)).toBe(true);
    const { SITE_RULES } = await import('../src/site/rules/index.js');
    const defaults = new Map<string, string>([...RULES, ...SITE_RULES].map((r) => [r.id, 'recommended' in r && r.recommended === false ? 'off' : r.defaultSeverity]));
    for (const r of rows) if (defaults.has(r.id)) expect([r.id, r.severity]).toEqual([r.id, defaults.get(r.id)]);
  });
});
