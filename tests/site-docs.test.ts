import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../src/engine/analyzer.js';
import { SITE_RULES } from '../src/site/rules/index.js';
import { runSite } from '../src/site/run.js';
import { buildSummary } from '../src/site/summary.js';

/**
 * The examples of a site rule's page: fenced `markdown` blocks whose info string names the file
 * and the site it belongs to (`{"site": "fails", "file": "a.md"}`); a site's first block may carry
 * the rule's options and the message ids its findings must have.
 */
interface Block {
  site: 'fails' | 'passes';
  file: string;
  options?: Record<string, unknown>;
  messages?: string[];
  text: string;
}

function blocks(page: string): Block[] {
  return new MarkdownIt()
    .parse(page, {})
    .filter((t) => t.type === 'fence' && t.info.startsWith('markdown {'))
    .map((t) => ({ ...JSON.parse(t.info.slice('markdown '.length)), text: t.content }));
}

function run(ruleId: string, files: Block[]) {
  const analyzer = new Analyzer();
  const summaries = files.map((b) => buildSummary(analyzer.facts(b.text, b.file), b.file, `/docs-site/${b.file}`));
  const rules: Record<string, unknown> = Object.fromEntries(SITE_RULES.map((r) => [r.id, 'off']));
  rules[ruleId] = ['warning', files.find((b) => b.options)?.options ?? {}];
  const r = runSite(summaries, { rules, fileExists: () => false });
  return [...r.findings, ...[...r.perFile.values()].flatMap((p) => p.checks)];
}

describe.each(SITE_RULES.map((r) => [r.id] as const))('docs/rules/%s.md', (id) => {
  const page = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8');
  const found = blocks(page);

  it('has a failing site whose findings are the ones it says, and a passing site with none', () => {
    const fails = found.filter((b) => b.site === 'fails');
    const passes = found.filter((b) => b.site === 'passes');
    expect(fails.length).toBeGreaterThan(0);
    expect(passes.length).toBeGreaterThan(0);
    const expected = fails.find((b) => b.messages)?.messages;
    expect(expected, 'the failing site names its messages').toBeDefined();
    expect(run(id, fails).map((f) => f.messageId)).toEqual(expected);
    expect(run(id, passes)).toEqual([]);
  });
});
