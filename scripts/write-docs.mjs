// Writes the generated part of every rule's docs page (facts, options, messages) from the built
// rule registry. Run by `npm run build`; tests/docs.test.ts fails when a page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/registry.js';
import { languagesText } from '../dist/rules/docs-facts.js';
import { generatedBlock, withGeneratedBlock } from './lib/rule-docs.mjs';

for (const rule of RULES) {
  const file = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  const page = readFileSync(file, 'utf8');
  const next = withGeneratedBlock(page, generatedBlock(rule, languagesText(rule)));
  if (next !== page) writeFileSync(file, next);
}
