import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES } from '../internal.js';

it('the rule harness has a table for every rule', () => {
  const dir = new URL('./', import.meta.url);
  const tables = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const covered = new Set([...tables.matchAll(/ruleTester\('([a-z0-9-]+)'/g)].map((m) => m[1]));
  expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
});
