import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const SITE = `${FIXTURES}site`;

async function json(argv: string[], cwd?: string) {
  const r = await runCli([...argv, '--no-config', '-f', 'json'], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('the site stage in a run of several files', () => {
  it('gives site.findings with each file at its whole line, and counts them in the summary and the exit code', async () => {
    const { code, report } = await json([`${SITE}/duplicate-title`]);
    expect(code).toBe(1);
    const titles = report.site.findings.filter((f: { ruleId: string }) => f.ruleId === 'duplicate-title');
    expect(titles.map((f: { messageId: string; files: Array<{ file: string }> }) => [f.messageId, f.files.map((p) => p.file.split('/').pop())])).toEqual([
      ['exact', ['rye-at-home-again.md', 'rye-at-home.md']],
      ['near', ['starter-alive-2.md', 'starter-alive.md']],
    ]);
    const place = titles[0].files[0];
    const titleLine = readFileSync(place.file, 'utf8').split('\n')[place.line - 1];
    expect(place).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: titleLine.length + 1 });
    const perFile = report.results.reduce((n: number, r: { checks: Array<{ passed: boolean; severity: string; suppressed?: unknown }> }) => n + r.checks.filter((c) => !c.passed && c.severity === 'error' && !c.suppressed).length, 0);
    expect(report.summary.errors).toBe(perFile + report.site.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('has no site object for one file, and none of the suggestions', async () => {
    const { report } = await json([`${SITE}/duplicate-title/rye-at-home.md`]);
    expect(report.site).toBeUndefined();
    expect(report.results[0].suggestedKeyphrases).toBeUndefined();
  });

  it('finds nothing across the clean site', async () => {
    const { report } = await json([`${SITE}/clean`]);
    expect(report.site.findings).toEqual([]);
  });

  it('puts a finding about one article (keyphrase-not-topical) among its checks, at the keyphrase’s line', async () => {
    const { report } = await json([`${SITE}/not-topical`]);
    const flagged = report.results.flatMap((r: { file: string; checks: Array<{ id: string; line: number; keyphrase?: string }> }) => r.checks.filter((c) => c.id === 'keyphrase-not-topical').map((c) => [r.file.split('/').pop(), c.keyphrase, c.line]));
    expect(flagged).toEqual([['pizza-dough.md', 'croissant butter', 4]]);
  });

  it('gives SARIF a result per file involved', async () => {
    const r = await runCli([`${SITE}/duplicate-title`, '--no-config', '-f', 'sarif']);
    const results = JSON.parse(r.stdout).runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'duplicate-title');
    expect(results).toHaveLength(4);
    expect(results.every((x: { locations: Array<{ physicalLocation: { region: { endColumn: number } } }> }) => x.locations[0].physicalLocation.region.endColumn > 1)).toBe(true);
  });
});

describe('sharding and merging', () => {
  it.each([1, 2, 4])('%i shards merged give exactly the results and site findings of one run', async (n) => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-shards-'));
    const one = await runCli([SITE, '--no-config', '-f', 'json']);
    const shards: string[] = [];
    for (let i = 1; i <= n; i++) {
      const out = join(dir, `shard-${i}.json`);
      await runCli([SITE, '--no-config', '--shard', `${i}/${n}`, '-f', `json=${out}`]);
      shards.push(out);
    }
    // Each file in exactly one shard.
    const counts = shards.map((s) => JSON.parse(readFileSync(s, 'utf8')).results.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(JSON.parse(one.stdout).results.length);
    const merged = await runCli(['merge', ...shards.reverse(), '-f', 'json']);
    expect(merged.code).toBe(one.code);
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(merged.stdout)];
    expect(b.results).toEqual(a.results);
    expect(b.site).toEqual(a.site);
    expect(b.summary).toEqual(a.summary);
  });

  it('refuses shards that do not make a whole run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seo-check-shards-'));
    const s1 = join(dir, 's1.json');
    await runCli([`${SITE}/clean`, '--no-config', '--shard', '1/2', '-f', `json=${s1}`]);
    expect(await runCli(['merge', s1])).toMatchObject({ code: 2, stderr: 'seo-check: shard 2 of 2 missing\n' });
    expect(await runCli(['merge', s1, s1])).toMatchObject({ code: 2, stderr: `seo-check: ${s1}: shard 1/2 given twice\n` });
    expect((await runCli(['x.md', '--shard', '3/2'])).stderr).toBe("seo-check: --shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not '3/2'\n");
  });
});

describe('seo-check suggest', () => {
  it('suggests keyphrases and links for one article against a folder of others', async () => {
    const r = await runCli(['suggest', `${SITE}/not-topical/pizza-dough.md`, '--no-config', '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.against).toBe(5);
    expect(out.suggestedKeyphrases.length).toBeGreaterThan(0);
    expect(out.suggestedKeyphrases[0].phrase.toLowerCase()).toContain('pizza');
    expect(out.linkSuggestions.every((l: { file: string }) => !l.file.endsWith('pizza-dough.md'))).toBe(true);
    const text = await runCli(['suggest', `${SITE}/not-topical/pizza-dough.md`, '--no-config'], { env: { COLUMNS: '80' } });
    expect(text.stdout).toContain('Keyphrases the text is about');
    expect(text.stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
  });
});
