import { describe, expect, it } from 'vitest';
import { formatters } from '../src/report/formatters.js';
import { isFailure, type FileReport } from './internal.js';
import { isProblem } from '../src/check/run.js';
import { reportMessage } from '../src/report/stylish-checks.js';
import { byImportance } from '../src/report/stylish-findings.js';
import { firstTableRows, footerOf, headCounts, overWidth, passedItems, runReport, SEED } from './stylish-helpers.js';

/**
 * The report a writer reads, at 60, 80 and 120 columns, on the seed with two keyphrases, a folder
 * of real posts and a failing article. A change in any of them is a change writers see: review
 * the snapshot diff. Beyond the snapshot, each is checked for width and for counts that agree.
 */
const cases: Array<[name: string, argv: string[]]> = [
  ['the seed with two keyphrases', SEED],
  ['a folder of real posts', ['fixtures/corpus', '--no-config']],
  ['a failing article', ['fixtures/cli/formats/article.md']],
];

describe.each(cases)('the stylish report of %s', (_name, argv) => {
  it.each([60, 80, 120])('at %i columns', async (columns) => {
    const { report } = await runReport(argv);
    const text = formatters.stylish(report, { columns });
    expect(text).toMatchSnapshot();
    expect(overWidth(text, columns)).toEqual([]);
    expect(overWidth(formatters.stylish(report, { columns, color: true }), columns)).toEqual([]);

    // The footer counts what the JSON summary counts.
    const s = report.summary;
    expect(footerOf(text)).toMatchObject({ files: s.files, errors: s.errors, warnings: s.warnings });
    // Each file's head line counts what its table shows, and they add up to the footer.
    const files = text.split('\n\n').filter((part) => /\n {2}score \d+\/100/.test(part));
    const analysed = report.results.filter((r): r is FileReport => !isFailure(r));
    expect(files).toHaveLength(analysed.length);
    const heads = headCounts(text);
    files.forEach((part, i) => {
      expect(heads[i]).toEqual({ errors: (part.match(/│ ✖ error │/g) ?? []).length, warnings: (part.match(/│ ⚠ warn {2}│/g) ?? []).length });
      // Each failed check is a row, most severe first, its message whole (a long quote aside).
      const r = analysed[i];
      const problems = r.checks.filter(isProblem).sort(byImportance);
      const rows = firstTableRows(part);
      expect(rows).toHaveLength(problems.length);
      // (compared without spaces: a word wider than its column, a URL, is cut across lines).
      const squeeze = (t: string) => t.replace(/\s+/g, '');
      rows.forEach((row, j) => expect(squeeze(row.at(-1)!).endsWith(squeeze(reportMessage(problems[j]))), row.at(-1)).toBe(true));
      // The passed list names no rule that failed, unless it names the keyphrases it passed for.
      for (const item of passedItems(part)) {
        const [, id, phrases] = /^([a-z0-9-]+)(?: \((.+) only\))?$/.exec(item)!;
        for (const c of r.checks.filter((x) => x.id === id)) expect(c.passed || (phrases !== undefined && !phrases.split(', ').includes(c.keyphrase!)), item).toBe(true);
      }
    });
    // Findings across the site are counted once, in their own section, not in a file's head.
    const site = report.site?.findings ?? [];
    const siteCount = (severity: string) => site.filter((f) => f.severity === severity).length;
    expect(heads.reduce((n, h) => n + h.errors, 0) + siteCount('error') + s.unreadable).toBe(s.errors);
    expect(heads.reduce((n, h) => n + h.warnings, 0) + siteCount('warning')).toBe(s.warnings);
  });
});
