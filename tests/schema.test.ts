import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { schemaErrors } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'seo-check-schema-'));
const frontMatterError = join(dir, 'bad.md');
writeFileSync(frontMatterError, '---\ntitle: [unclosed\n---\nText.\n');

async function jsonOf(argv: string[], stdin?: string): Promise<unknown> {
  const { stdout } = await runCli([...argv, '--format', 'json'], { stdin });
  return JSON.parse(stdout);
}

describe('schema/report.schema.json', () => {
  it('matches the report of the seed article with its three keyphrases', async () => {
    const doc = await jsonOf([
      `${FIXTURES}trump-putin-meeting.md`,
      '-k', 'Trump Putin meeting', '-k', 'US Russia relations', '-k', 'Ukraine conflict diplomacy',
    ]);
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('matches a report with --explain', async () => {
    const doc = (await jsonOf([`${FIXTURES}trump-putin-meeting.md`, '-k', 'Trump Putin meeting', '--explain'])) as { results: Array<{ explain?: unknown[] }> };
    expect(doc.results[0].explain).toHaveLength(1);
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('matches a run that mixes reports and failures (missing file, bad front matter, stdin)', async () => {
    const doc = (await jsonOf([`${FIXTURES}sourdough-starter.md`, join(dir, 'missing.md'), frontMatterError, '-'], '# Hi\n\nText.\n')) as {
      results: Array<Record<string, unknown> & { checks?: Array<{ id: string; passed: boolean; line: number }> }>;
    };
    expect(doc.results.map((r) => 'error' in r)).toEqual([false, true, false, false]);
    expect(doc.results[2].checks!.find((c) => c.id === 'front-matter')).toMatchObject({ passed: false, line: 2 });
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('matches a run where no file could be read (summary score null)', async () => {
    const doc = await jsonOf([join(dir, 'missing.md')]);
    expect(doc).toMatchObject({ summary: { score: null, files: 1, errors: 1 } });
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('matches a run across a site: site findings, suggestions and per-file site checks', async () => {
    const doc = (await jsonOf([`${FIXTURES}site/broken-links`, '--no-config'])) as { site?: { findings: unknown[] }; results: Array<{ suggestedKeyphrases?: unknown[] }> };
    expect(doc.site!.findings.length).toBeGreaterThan(3);
    expect(doc.results.every((r) => Array.isArray(r.suggestedKeyphrases))).toBe(true);
    expect(schemaErrors(doc)).toEqual([]);
  });

  // A schema that accepted anything would make every test above pass: prove it rejects.
  describe('rejects reports that break the contract', async () => {
    const good = (await jsonOf([`${FIXTURES}sourdough-starter.md`, '-k', 'sourdough starter'])) as any;
    const variants: Array<[string, (d: any) => void, string]> = [
      ['schemaVersion 2', (d) => (d.schemaVersion = 2), '/schemaVersion'],
      ['a density over 100', (d) => (d.results[0].keyphrases[0].density = 101), '/results/0/keyphrases/0/density'],
      ['a negative count', (d) => (d.results[0].keyphrases[0].count = -1), '/results/0/keyphrases/0/count'],
      ['line 0', (d) => (d.results[0].checks[0].line = 0), '/results/0/checks/0/line'],
      ['a renamed field', (d) => { d.results[0].stats.wordCount = d.results[0].stats.words; delete d.results[0].stats.words; }, '/results/0/stats'],
      ['an unknown severity', (d) => (d.results[0].checks[0].severity = 'info'), '/results/0/checks/0/severity'],
      ['a report that also has an error', (d) => (d.results[0].error = 'x'), '/results/0'],
      ['a failure that passed', (d) => (d.results[0] = { file: 'x', passed: true, error: 'no such file' }), '/results/0/passed'],
      ['a score that is not an integer', (d) => (d.results[0].score = 71.5), '/results/0/score'],
    ];
    it.each(variants)('%s', (_name, mutate, path) => {
      const doc = structuredClone(good);
      expect(schemaErrors(doc)).toEqual([]);
      mutate(doc);
      expect(schemaErrors(doc).some((e) => e.startsWith(path))).toBe(true);
    });
  });
});
