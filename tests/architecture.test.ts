import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every module under src/ and the modules it imports (type-only imports too), by path relative to src/. */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function modules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const graph = new Map<string, string[]>(
  modules().map((m) => {
    const text = readFileSync(join(SRC, m), 'utf8');
    const deps = [...text.matchAll(IMPORT)].map((x) => relative(SRC, resolve(dirname(join(SRC, m)), x[1] ?? x[2])).replace(/\.js$/, '.ts'));
    return [m, deps];
  }),
);

describe('the module graph', () => {
  it('has no cycle, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (m: string, path: string[]) => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') {
        cycles.push([...path.slice(path.indexOf(m)), m].join(' → '));
        return;
      }
      state.set(m, 'open');
      for (const d of graph.get(m) ?? []) walk(d, [...path, m]);
      state.set(m, 'done');
    };
    for (const m of graph.keys()) walk(m, []);
    expect(cycles).toEqual([]);
  });

  it('has every relative import resolve to a module', () => {
    const missing = [...graph].flatMap(([m, deps]) => deps.filter((d) => !graph.has(d) && !d.endsWith('.mjs')).map((d) => `${m} → ${d}`));
    expect(missing).toEqual([]);
  });

  it('has nothing outside src/cli import src/cli: the CLI is a client of the engine', () => {
    const into = [...graph].filter(([m]) => !m.startsWith('cli/')).flatMap(([m, deps]) => deps.filter((d) => d.startsWith('cli/')).map((d) => `${m} → ${d}`));
    expect(into).toEqual([]);
  });
});
