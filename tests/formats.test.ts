import { readFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const cwd = new URL('../fixtures/cli/formats/', import.meta.url).pathname;
const run = (argv: string[], extra: Parameters<typeof runCli>[1] = {}) => runCli(argv, { ...extra, cwd });

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema and lists every rule it reports, with a help URI', async () => {
    const r = await run(['article.md', 'missing.md', '-f', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const rules = log.runs[0].tool.driver.rules;
    for (const rule of rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(2);
    for (const result of results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      const region = result.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      // Regions carry their ends, as the JSON report's checks do.
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      expect(region.endLine > region.startLine || region.endColumn >= region.startColumn).toBe(true);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.properties.messageId).toMatch(/^[a-z][A-Za-z]*$/);
    }
    // The same ranges as the JSON report's failed checks.
    const json = JSON.parse((await run(['article.md', '-f', 'json'])).stdout);
    const failed = json.results[0].checks.filter((c: { passed: boolean }) => !c.passed);
    const fromSarif = results.filter((x: { ruleId: string }) => x.ruleId !== 'input').map((x: { locations: Array<{ physicalLocation: { region: Record<string, number> } }> }) => x.locations[0].physicalLocation.region);
    expect(fromSarif).toEqual(failed.map((c: Record<string, number>) => ({ startLine: c.line, startColumn: c.column, endLine: c.endLine, endColumn: c.endColumn })));
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'input').locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'missing.md', uriBaseId: '%SRCROOT%' });
  });
});

describe('junit', () => {
  it('parses as XML with one test case per file and check', async () => {
    const r = await run(['article.md', 'missing.md', '-f', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: Record<string, string>) => s['@_name'])).toEqual(['article.md', 'missing.md']);
    const json = JSON.parse((await run(['article.md', '-f', 'json'])).stdout);
    expect(suites[0].testcase).toHaveLength(json.results[0].checks.length);
    const failedErrors = json.results[0].checks.filter((c: { passed: boolean; severity: string }) => !c.passed && c.severity === 'error').length;
    expect(Number(suites[0]['@_failures'])).toBe(failedErrors);
    expect(suites[1].testcase[0].error['@_message']).toBe('no such file');
  });

  it('gives the site stage a suite of its own: a case per finding, failed when it is an error', async () => {
    const r = await runCli([`${FIXTURES}site/broken-links`, '--no-config', '-f', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
    const site = doc.testsuites.testsuite.find((s: Record<string, string>) => s['@_name'] === 'site');
    const json = JSON.parse((await runCli([`${FIXTURES}site/broken-links`, '--no-config', '-f', 'json'])).stdout);
    const findings = json.site.findings as Array<{ severity: string; ruleId: string; files: Array<{ file: string; line: number; column: number }> }>;
    expect(site.testcase).toHaveLength(findings.length);
    expect(Number(site['@_failures'])).toBe(findings.filter((f) => f.severity === 'error').length);
    const f = findings[0];
    expect(site.testcase[0]['@_name']).toBe(`${f.ruleId}: ${f.files.map((p) => `${p.file}:${p.line}:${p.column}`).join(', ')}`);
    // The totals count the site's cases too.
    const cases = doc.testsuites.testsuite.reduce((n: number, s: { testcase: unknown[] }) => n + s.testcase.length, 0);
    expect(Number(doc.testsuites['@_tests'])).toBe(cases);
  });

  it('escapes what XML cannot hold raw', async () => {
    const r = await run(['-', '-f', 'junit', '-k', 'a <b> & "c"'], { stdin: 'Text \u0001 here.' });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
  });
});

describe('github', () => {
  it('prints one escaped workflow command per problem', async () => {
    const r = await run(['article.md', '-f', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=article\.md,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=seo-check [a-z0-9-]+::.+$/);
  });

  it('escapes %, line breaks, and : and , in properties', async () => {
    const r = await run(['-', '-f', 'github', '-k', '100% sure,\nreally'], { stdin: 'Nothing to see.' });
    expect(r.stdout).toContain('100%25 sure');
    expect(r.stdout).not.toMatch(/sure,\n/);
    const file = (await run(['a:b,c.md', '-f', 'github'])).stdout;
    expect(file).toContain('file=a%3Ab%2Cc.md,');
  });
});

describe('compact', () => {
  it('prints file:line:col: severity message [rule]', async () => {
    const r = await run(['article.md', '-f', 'compact']);
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^article\.md:\d+:\d+: (error|warning) .+ \[[a-z0-9-]+\]$/);
  });
});

describe('markdown', () => {
  it('gives a summary table and each file problems, pipes escaped', async () => {
    const r = await run(['article.md', '-f', 'markdown', '-k', 'a | b']);
    expect(r.stdout).toMatch(/^## seo-check: ❌ failed\n/);
    expect(r.stdout).toContain('| File | Score | Words | Errors | Warnings | Result |');
    expect(r.stdout).toContain('a \\| b');
  });
});

describe('gitlab', () => {
  it('gives one code-quality issue per problem, with distinct fingerprints', async () => {
    const issues = JSON.parse((await run(['article.md', 'missing.md', '-f', 'gitlab'])).stdout);
    const compact = (await run(['article.md', 'missing.md', '-f', 'compact'])).stdout.trim().split('\n');
    expect(issues).toHaveLength(compact.length);
    for (const issue of issues) {
      expect(issue).toMatchObject({ type: 'issue', location: { path: expect.stringMatching(/\.md$/), lines: { begin: expect.any(Number) } } });
      expect(['major', 'minor']).toContain(issue.severity);
    }
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
  });
});

describe('outputs', () => {
  it('writes name=path to a file and keeps the exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-out-'));
    const plain = await run(['article.md']);
    const both = await run(['article.md', '-f', 'stylish', '-f', `json=${dir}/out/report.json`, '-f', `sarif=${dir}/report.sarif`]);
    expect(both.code).toBe(plain.code);
    expect(both.stdout).toBe(plain.stdout);
    expect(JSON.parse(readFileSync(`${dir}/out/report.json`, 'utf8')).schemaVersion).toBe(1);
    expect(existsSync(`${dir}/report.sarif`)).toBe(true);
  });
  it('refuses two formats on standard output', async () => {
    const r = await run(['article.md', '-f', 'json', '-f', 'compact']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('only one format can go to standard output');
  });
  it('refuses an unknown format', async () => {
    const r = await run(['article.md', '-f', 'xml=out.xml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^seo-check: unknown format 'xml' \(formats: stylish, json, sarif, github, junit, compact, markdown, gitlab.*\)\n$/);
  });
});

describe('markdown report', () => {
  it('shows titles and keyphrases as text, never as live Markdown', async () => {
    const r = await runCli(['-', '-f', 'markdown', '-k', '[Click me](https://evil.example) **bold**'], { stdin: 'Text.' });
    expect(r.stdout).toContain('\\[Click me\\](https://evil.example) \\*\\*bold\\*\\*');
    expect(r.stdout).not.toContain('[Click me](');
  });
  it('puts file names in a code span fenced longer than any backtick run inside', async () => {
    const r = await runCli(['a`b|c.md', '-f', 'markdown']);
    expect(r.stdout).toContain('| ``a`b\\|c.md`` |');
  });
});

describe('sarif suppressions', () => {
  it('lists a failure silenced by a comment, with an in-source suppression', async () => {
    const r = await runCli(['article.md', '-f', 'sarif'], { cwd: `${FIXTURES}cli/disables` });
    const silenced = JSON.parse(r.stdout).runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions !== undefined);
    expect(silenced.map((x: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }>; suppressions: Array<{ kind: string }> }) => [x.ruleId, x.locations[0].physicalLocation.region.startLine, x.suppressions[0].kind])).toEqual([
      ['single-h1', 21, 'inSource'],
      ['heading-increment', 12, 'inSource'],
    ]);
  });
});

describe('sarif paths', () => {
  it('SARIF encodes a colon in a relative path', async () => {
    const log = JSON.parse((await runCli(['c:x.md', '-f', 'sarif'])).stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'c%3Ax.md', uriBaseId: '%SRCROOT%' });
  });
});
