import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * The public API as a package user meets it: examples/api.ts compiled against the built
 * declarations (npm test builds first) under the strict settings a user's project may have, then run.
 */
describe('the public API (examples/api.ts)', () => {
  const project = mkdtempSync(join(tmpdir(), 'seo-check-api-'));
  // The package as a dependency of the user's project: node_modules/seo-check → this repository.
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'seo-check'), 'dir');
  writeFileSync(join(project, 'api.ts'), readFileSync(join(ROOT, 'examples', 'api.ts')));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
  const options = ['--strict', '--isolatedModules', '--verbatimModuleSyntax', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'true', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types')];

  it('type-checks with isolatedModules, as bundlers compile', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', ...options, 'api.ts'], { cwd: project, encoding: 'utf8' });
  });

  it('runs, and gives what the CLI gives', { timeout: 120_000 }, async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...options, '--outDir', 'out', 'api.ts'], { cwd: project, encoding: 'utf8' });
    const { main } = (await import(join(project, 'out', 'api.js'))) as { main: (dir: string) => Promise<string[]> };
    const out = await main(`${FIXTURES}cli/formats`);
    expect(out[0]).toMatch(/^red-fox\.md: score \d+; red fox: 2 \(/);
    expect(out[1]).toMatch(/^\d+ files, mean score \d+$/);
    expect(out[2]).toMatch(/^draft\.md: score \d+; red fox: 1 /);
    expect(out[3]).toMatch(/^draft\.md: score \d+; red fox: 2 /);
    const cli = await runCli([`${FIXTURES}cli/formats`, '-k', 'red fox', '--no-config', '-f', 'compact']);
    expect(out[4]).toBe(cli.stdout.split('\n')[0]);
  });

  it('exposes only the API: no CLI main, no typed-array internals, no const enum in any declaration it reaches', async () => {
    const api = await import(join(ROOT, 'dist', 'index.js'));
    expect(Object.keys(api).sort()).toEqual(['analyze', 'analyzeFiles', 'createEngine', 'formatters']);
    // Every declaration file the package's types reach, from dist/index.d.ts.
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from ['"](\.[^'"]+)\.js['"]/g)) walk(join(file, '..', `${m[1]}.d.ts`));
    };
    walk(join(ROOT, 'dist', 'index.d.ts'));
    const reached = [...seen].map((f) => [f.slice(ROOT.length), readFileSync(f, 'utf8')] as const);
    expect(reached.filter(([, text]) => /const enum/.test(text)).map(([f]) => f)).toEqual([]);
    expect(reached.filter(([, text]) => /Int32Array|\bWords\b|WordForm|Document\b/.test(text)).map(([f]) => f)).toEqual([]);
    expect(reached.map(([f]) => f)).not.toContain('dist/cli/main.d.ts');
  });
});
