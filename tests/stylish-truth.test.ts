import { describe, expect, it } from 'vitest';
import { formatters } from '../src/report/formatters.js';
import { FIXTURES, tempFiles } from './helpers.js';
import { isFailure, type FileReport, type RunReport } from './internal.js';
import { cellsOf, footerOf, headCounts, passedItems, runReport, SEED } from './stylish-helpers.js';

const CLI = `${FIXTURES}cli/`;
const stylish = (report: RunReport, options: Parameters<typeof formatters.stylish>[1] = {}) => formatters.stylish(report, { columns: 80, ...options });
const only = (report: RunReport) => report.results[0] as FileReport;

describe('one truth: the passed list never contradicts the table', () => {
  it('names the keyphrases a check passed for when it failed for another', async () => {
    const { report } = await runReport(SEED);
    const text = stylish(report);
    const items = passedItems(text);
    expect(items).toEqual(expect.arrayContaining(['keyphrase-density (US Russia relations only)', 'keyphrase-in-slug (Trump Putin meeting only)', 'keyphrase-distribution (Trump Putin meeting only)']));
    for (const item of items) {
      const [, id, phrases] = /^([a-z0-9-]+)(?: \((.+) only\))?$/.exec(item)!;
      const checks = only(report).checks.filter((c) => c.id === id);
      expect(checks.length, item).toBeGreaterThan(0);
      // Passed for every keyphrase it names (all of them when it names none), failed for the others.
      for (const c of checks) expect(c.passed, `${item}: ${c.keyphrase}`).toBe(phrases === undefined || phrases.split(', ').includes(c.keyphrase!));
    }
    // Each failed row names its keyphrase under the rule.
    const rows = text.split('\n').map(cellsOf);
    const density = rows.findIndex((c) => c?.[2] === 'keyphrase-density*');
    expect(rows[density + 1]?.[2]).toBe('(Trump Putin meeting)');
  });

  it('lists skipped checks apart, with the reason, and not as passed', async () => {
    const { report } = await runReport(['-', '-k', 'sourdough starter', '--lang', 'fa', '--no-config'], { stdin: 'A sourdough starter is alive.\n' });
    const text = stylish(report, { columns: 120 });
    expect(text).toContain('– skipped: passive-voice (no passive-voice rules for Persian), transition-words (no transition-word list for Persian)');
    expect(passedItems(text)).not.toContain('passive-voice');
    expect(passedItems(text)).not.toContain('transition-words');
  });

  it('counts failures silenced by comments apart, in the file head and in the footer', async () => {
    const stdin = '# First heading about sourdough starter\n\nA sourdough starter is alive.\n\n<!-- seo-check-disable-next-line single-h1 -->\n# Second heading\n\nMore text here.\n';
    const { report } = await runReport(['-', '-k', 'sourdough starter', '--no-config'], { stdin });
    const text = stylish(report, { columns: 120 });
    expect(text).toContain('– silenced by comments: single-h1 (line 6)');
    expect(text).toMatch(/· 4 warnings · 1 silenced by a comment\n/);
    expect(footerOf(text).line).toContain('1 silenced by a comment');
    expect(passedItems(text)).not.toContain('single-h1');
    expect(headCounts(text)).toEqual([{ errors: report.summary.errors, warnings: report.summary.warnings }]);
  });
});

describe('--quiet: failed errors only, everything counted', () => {
  it('shows no warning, and the head, the footer and the summary agree', async () => {
    const { report } = await runReport(['article.md'], { cwd: `${CLI}formats` });
    expect(report.summary).toMatchObject({ errors: 1, warnings: 3 });
    const text = stylish(report, { quiet: true });
    expect(text).not.toContain('⚠ warn');
    expect(text.match(/✖ error/g)).toHaveLength(1);
    expect(text).toContain(`⚠ ${report.summary.warnings} warnings not shown (--quiet)`);
    expect(headCounts(text)).toEqual([{ errors: report.summary.errors, warnings: report.summary.warnings }]);
    expect(footerOf(text)).toMatchObject({ errors: report.summary.errors, warnings: report.summary.warnings });
    expect(text).not.toContain('✔ passed: ');
  });
});

describe('the footer says what was and was not checked, and agrees with the exit code', () => {
  it('says nothing was checked when a glob matches nothing', async () => {
    const { dir } = tempFiles('nothing');
    const { report, code } = await runReport(['posts/*.mdx'], { cwd: dir });
    expect(code).toBe(2);
    expect(stylish(report)).toBe("✖ nothing checked: no Markdown files match 'posts/*.mdx'\n");
    const allowed = await runReport(['posts/*.mdx', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(stylish(allowed.report, { errorOnUnmatchedPattern: false })).toBe("– nothing checked: no Markdown files match 'posts/*.mdx' (allowed)\n");
  });

  it('counts the files that passed, failed and could not be read', async () => {
    const { report, code } = await runReport(['discovery/article.md', 'formats/article.md', 'missing-1.md', 'missing-2.md'], { cwd: CLI });
    expect(code).toBe(2);
    const text = stylish(report);
    expect(footerOf(text).line).toMatch(/^✖ failed: 4 files: 1 passed, 1 failed, 2 could not be read · mean score \d+\/100 · 3 errors · \d+ warnings$/);
    expect(footerOf(text)).toMatchObject({ files: report.summary.files, errors: report.summary.errors, warnings: report.summary.warnings });
    expect(text).toContain('missing-1.md\n  ✖ could not be read: no such file');
  });

  it('names the ignored files and the patterns that matched nothing', async () => {
    const { report } = await runReport(['.', 'nothing/*.md'], { cwd: `${CLI}ignores` });
    const text = stylish(report);
    expect(footerOf(text).line).toMatch(/· 1 file ignored$/);
    expect(text.trimEnd().split('\n').at(-1)).toBe("  ✖ no Markdown files match 'nothing/*.md'");
  });

  it('gives the figures of each threshold that failed', async () => {
    const low = await runReport(['article.md', '--min-score', '95'], { cwd: `${CLI}thresholds` });
    const score = only(low.report).score;
    expect(stylish(low.report)).toContain(`  ✖ article.md: score ${score} is below the minimum score 95 (${95 - score} short)\n`);
    const many = await runReport(['article.md', '--max-warnings', '0'], { cwd: `${CLI}thresholds` });
    const n = many.report.summary.warnings;
    expect(stylish(many.report)).toContain(`  ✖ ${n} warnings, more than --max-warnings 0 allows (${n} over)\n`);
  });

  it('counts files under the minimum score in one line when there are many', async () => {
    const { report } = await runReport(['fixtures/corpus', '--no-config', '--min-score', '95']);
    expect(report.summary.failures).toHaveLength(9);
    const lowest = report.results.reduce((a, b) => ((b as FileReport).score < (a as FileReport).score ? b : a)) as FileReport;
    const text = formatters.stylish(report, { columns: 200 });
    expect(text.trimEnd().split('\n').at(-1)).toBe(`  ✖ 9 files score below the minimum score 95; the lowest, ${lowest.file}, scores ${lowest.score}`);
  });

  const runs: Array<[folder: string, argv: string[], allowUnmatched?: boolean]> = [
    ['discovery', ['.']],
    ['discovery', ['.', '--no-config']],
    ['thresholds', ['article.md']],
    ['thresholds', ['article.md', '--min-score', '95']],
    ['thresholds', ['article.md', '--max-warnings', '0']],
    ['ignores', ['.']],
    ['ignores', ['.', 'nothing/*.md']],
    ['ignores', ['.', 'nothing/*.md', '--no-error-on-unmatched-pattern'], true],
    ['formats', ['article.md', 'missing.md']],
  ];
  it.each(runs)('%s: seo-check %j: ✔ exactly when the exit code is 0, counts as in the summary', async (folder, argv, allowUnmatched) => {
    const { report, code } = await runReport(argv, { cwd: `${CLI}${folder}` });
    const text = stylish(report, { errorOnUnmatchedPattern: allowUnmatched !== true });
    const footer = footerOf(text);
    expect(footer.verdict.startsWith('✔'), footer.line).toBe(code === 0);
    expect(footer).toMatchObject({ files: report.summary.files, errors: report.summary.errors, warnings: report.summary.warnings });
    const heads = headCounts(text);
    const analysed = report.results.filter((r) => !isFailure(r));
    expect(heads).toHaveLength(analysed.length);
    // The files' own findings, the files that could not be read, and each finding across the site.
    const site = report.site?.findings ?? [];
    const siteErrors = site.filter((f) => f.severity === 'error').length;
    expect(heads.reduce((n, h) => n + h.errors, 0) + report.summary.unreadable + siteErrors).toBe(report.summary.errors);
    expect(heads.reduce((n, h) => n + h.warnings, 0) + site.length - siteErrors).toBe(report.summary.warnings);
  });
});

describe('Google says, editors say', () => {
  it('marks heuristic checks with * and explains the mark once, at the end', async () => {
    const stdin = '---\ntitle: A short title\n---\n\nA sourdough starter is alive. ![](starter.png)\n';
    const { report } = await runReport(['-', '-k', 'sourdough starter', '--no-config'], { stdin });
    const text = stylish(report, { columns: 120 });
    const names = text.split('\n').map((l) => cellsOf(l)?.[2]).filter((c): c is string => c !== undefined && /^[a-z]/.test(c));
    expect(names).toContain('image-alt');
    for (const name of names) {
      const basis = only(report).checks.find((c) => c.id === name.replace(/\*$/, ''))!.basis;
      expect(name.endsWith('*'), name).toBe(basis === 'heuristic');
    }
    expect(text.match(/^\* an editorial convention; checks without \* follow Google's documentation$/gm)).toHaveLength(1);
  });
});
