import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { configSchema } from '../src/config/schema.js';
import { FIXTURES, runCli } from './helpers.js';

const at = (name: string) => `${FIXTURES}cli/${name}/`;
const json = async (argv: string[], cwd: string) => JSON.parse((await runCli([...argv, '-f', 'json'], { cwd })).stdout);
const phrases = (result: { keyphrases: Array<{ phrase: string }> }) => result.keyphrases.map((k) => k.phrase);

describe('configuration discovery', () => {
  it('uses the nearest configuration file above each article', async () => {
    const report = await json(['.'], at('discovery'));
    const byFile = Object.fromEntries(report.results.map((r: { file: string }) => [r.file, r]));
    expect(Object.keys(byFile)).toEqual(['article.md', 'nested/article.md', 'pkg/article.md']);
    expect(phrases(byFile['article.md'])).toEqual(['sourdough starter']);
    expect(phrases(byFile['nested/article.md'])).toEqual(['sourdough']);
    expect(phrases(byFile['pkg/article.md'])).toEqual(['flour']);
    const ids = (r: { checks: Array<{ id: string }> }) => new Set(r.checks.map((c) => c.id));
    expect(ids(byFile['article.md']).has('description-length')).toBe(false);
    // nested/ has its own configuration: the root's "description-length: off" does not reach it.
    expect(ids(byFile['nested/article.md']).has('description-length')).toBe(true);
  });

  it('--print-config shows the settings for a file', async () => {
    const r = await runCli(['--print-config', 'nested/article.md'], { cwd: at('discovery') });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.config).toMatch(/nested\/\.seo-checkrc\.yaml$/);
    expect(config.rules['keyphrase-density']).toEqual(['error', { min: 2, max: 3, stuffing: 4 }]);
    expect(config.keyphrases).toEqual(['sourdough']);
  });

  it('-c picks one configuration for every file, --no-config uses none', async () => {
    const picked = await json(['.', '-c', 'pkg/package.json'], at('discovery'));
    expect(picked.results.map(phrases)).toEqual([['flour'], ['flour'], ['flour']]);
    const none = await json(['.', '--no-config'], at('discovery'));
    expect(none.results.map(phrases)).toEqual([[], [], []]);
  });

  it('--rule on the command line wins over the configuration', async () => {
    const r = await runCli(['--print-config', 'nested/article.md', '--rule', 'keyphrase-density=off'], { cwd: at('discovery') });
    expect(JSON.parse(r.stdout).rules['keyphrase-density']).toEqual(['off', { min: 2, max: 3, stuffing: 4 }]);
  });

  it('front matter overrides rules for its own article', async () => {
    const report = await json(['article.md'], at('disables'));
    expect(report.results[0].checks.some((c: { id: string }) => c.id === 'description-length')).toBe(false);
  });
});

describe('invalid configuration', () => {
  const cases: Array<[string, string]> = [
    ['bad-severity.json', 'rules.keyphrase-density: severity must be error, warning, warn or off, not "loud"'],
    ['bad-option.json', "rules.keyphrase-density: option 'min' must be a number, not \"low\""],
    ['unknown-rule.json', "rules.no-such-rule: unknown rule 'no-such-rule' (see `seo-check rules`)"],
    ['bad-threshold.json', 'minScore: must be 100 or less, not 120'],
    ['not-json.json', 'not valid JSON'],
    ['not-yaml.yaml', 'not valid YAML'],
    ['unknown-key.json', "unknown key 'keyphrase' (did you mean 'keyphrases'?)"],
  ];
  it.each(cases)('%s: one line naming file and problem, exit 2', async (file, problem) => {
    const r = await runCli(['article.md', '-c', file], { cwd: at('invalid-config') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^seo-check: .*/invalid-config/${file.replace('.', '\\.')}: `));
    expect(r.stderr).toContain(problem);
  });
  it('a missing -c file', async () => {
    const r = await runCli(['article.md', '-c', 'nope.json'], { cwd: at('invalid-config') });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/nope\.json: no such configuration file\n$/);
  });
  it('bad rules in front matter fail that article only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-fm-'));
    writeFileSync(join(dir, 'bad.md'), '---\nseo-check:\n  rules:\n    keyphrase-density: loud\n---\nText.\n');
    writeFileSync(join(dir, 'good.md'), 'Text.\n');
    const r = await runCli(['bad.md', 'good.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seo-check: bad.md:2: front matter seo-check: rule \'keyphrase-density\': severity must be error, warning or off, not "loud"\n');
    expect(JSON.parse(r.stdout).results[1].score).toBeGreaterThan(0);
  });
});

describe('config schema', () => {
  const published = JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(published);
  it('is published in schema/ and accepts every fixture configuration', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(configSchema())));
    for (const file of ['discovery/.seo-checkrc.json', 'ignores/.seo-checkrc.json']) {
      expect(validate(JSON.parse(readFileSync(`${FIXTURES}cli/${file}`, 'utf8'))), file).toBe(true);
    }
  });
  it('rejects what the CLI rejects', () => {
    for (const file of ['bad-severity.json', 'bad-option.json', 'unknown-rule.json', 'bad-threshold.json', 'unknown-key.json', 'many-problems.json']) {
      expect(validate(JSON.parse(readFileSync(`${FIXTURES}cli/invalid-config/${file}`, 'utf8'))), file).toBe(false);
    }
  });
});

describe('files, folders and patterns', () => {
  it('expands folders recursively, skipping what ignores and .gitignore hide', async () => {
    const report = await json(['.'], at('ignores'));
    expect(report.results.map((r: { file: string }) => r.file)).toEqual(['published.md']);
    const named = await json(['drafts/draft.md'], at('ignores'));
    expect(named.results.map((r: { file: string }) => r.file)).toEqual(['drafts/draft.md']);
  });

  it('respects .gitignore in a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-git-'));
    execFileSync('git', ['init', '-q', dir]);
    mkdirSync(join(dir, 'posts/private'), { recursive: true });
    cpSync(`${FIXTURES}sourdough-starter.md`, join(dir, 'posts/a.md'));
    cpSync(`${FIXTURES}sourdough-starter.md`, join(dir, 'posts/b.mdx'));
    cpSync(`${FIXTURES}sourdough-starter.md`, join(dir, 'posts/private/c.md'));
    cpSync(`${FIXTURES}sourdough-starter.md`, join(dir, 'posts/notes.txt'));
    writeFileSync(join(dir, '.gitignore'), 'private/\n');
    const report = await json(['posts'], dir);
    expect(report.results.map((r: { file: string }) => r.file)).toEqual(['posts/a.md', 'posts/b.mdx']);
    const glob = await json(['posts/**/*.md'], dir);
    expect(glob.results.map((r: { file: string }) => r.file)).toEqual(['posts/a.md']);
  });

  it('a pattern that matches nothing is an error unless --no-error-on-unmatched-pattern', async () => {
    const failing = await runCli(['nothing/**/*.md', 'published.md', '-f', 'json'], { cwd: at('ignores') });
    expect(failing.code).toBe(2);
    expect(failing.stderr).toBe("seo-check: no Markdown files match 'nothing/**/*.md'\n");
    expect(JSON.parse(failing.stdout).results).toHaveLength(1);
    const allowed = await runCli(['nothing/**/*.md', 'published.md', '--no-error-on-unmatched-pattern'], { cwd: at('ignores') });
    expect(allowed.code).not.toBe(2);
  });
});

describe('thresholds', () => {
  const cwd = at('thresholds');
  it('--min-score fails a file below it and says by how much', async () => {
    const score = (await json(['article.md'], cwd)).results[0].score;
    const r = await runCli(['article.md', '--min-score', String(score + 5)], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`seo-check: article.md: score ${score} is below the minimum score ${score + 5} (5 short)\n`);
  });
  it('--max-warnings fails a run with more warnings and says by how much', async () => {
    const warnings = (await json(['article.md'], cwd)).summary.warnings;
    expect(warnings).toBeGreaterThan(1);
    const r = await runCli(['article.md', '--max-warnings', String(warnings - 1)], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`seo-check: ${warnings} warnings, more than --max-warnings ${warnings - 1} allows (1 over)\n`);
    expect((await runCli(['article.md', '--max-warnings', String(warnings)], { cwd })).code).toBe(0);
  });
  it('--quiet shows errors only but still counts warnings', async () => {
    const r = await json(['article.md', '--quiet', '--max-warnings', '0'], cwd);
    expect(r.results[0].checks.every((c: { severity: string; passed: boolean }) => c.severity === 'error' && !c.passed)).toBe(true);
    expect(r.summary.warnings).toBeGreaterThan(0);
    expect(r.summary.passed).toBe(false);
  });
});

describe('inline disables', () => {
  it('silence findings on the lines they cover, and only those', async () => {
    const r = (await json(['article.md'], at('disables'))).results[0];
    type C = { id: string; passed: boolean; line: number; suppressed?: { kind: string; line: number } };
    const failed = (id: string) => r.checks.filter((c: C) => c.id === id && !c.passed && c.suppressed === undefined).map((c: C) => c.line);
    const silenced = (id: string) => r.checks.filter((c: C) => c.id === id && c.suppressed !== undefined).map((c: C) => [c.line, c.suppressed]);
    expect(failed('heading-increment')).toEqual([27]);
    expect(silenced('heading-increment')).toEqual([[12, { kind: 'inline', line: 11 }]]);
    // Line 17 is the one H1 the body may have; line 21 is silenced; line 25 is reported.
    expect(failed('single-h1')).toEqual([25]);
    expect(silenced('single-h1')).toEqual([[21, { kind: 'inline', line: 19 }]]);
  });
});

describe('seo-check rules', () => {
  it('lists every rule with its default severity, options and docs link', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout);
    expect(rules.find((x: { id: string }) => x.id === 'keyphrase-density')).toMatchObject({
      severity: 'error',
      options: { min: 0.5, max: 3, stuffing: 4 },
      docs: expect.stringMatching(/docs\/rules\/keyphrase-density\.md$/),
    });
    const table = await runCli(['rules']);
    for (const rule of rules) expect(table.stdout).toContain(rule.id);
  });
});

describe('--print-config and -c', () => {
  it('--print-config applies the article\'s own front-matter rules', async () => {
    const r = await runCli(['--print-config', 'article.md'], { cwd: `${FIXTURES}cli/disables` });
    expect(JSON.parse(r.stdout).rules['description-length']).toEqual(['off', { min: 120, maxPixels: 920 }]);
  });
  it('-c on a package.json without a "seo-check" key is an error', async () => {
    const r = await runCli(['x.md', '-c', `${FIXTURES}../package.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json: has no "seo-check" key\n$/);
  });
});
