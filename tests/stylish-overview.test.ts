import { describe, expect, it } from 'vitest';
import { formatters } from '../src/report/formatters.js';
import { commonFolder } from '../src/report/stylish-overview.js';
import { runCli } from './helpers.js';
import { isFailure, type FileReport } from './internal.js';
import { cellsOf, footerOf, overWidth, runReport, SEED } from './stylish-helpers.js';

const CORPUS = ['fixtures/corpus', '--no-config'];

/** The rows of the last table of `text` (the overview): cells of lines whose score cell is filled. */
function overviewRows(text: string): string[][] {
  const lines = text.split('\n');
  const top = lines.map((l, i) => (l.startsWith('┌') ? i : -1)).filter((i) => i >= 0).at(-1)!;
  const rows: string[][] = [];
  const body = lines.findIndex((l, i) => i > top && l.startsWith('├')) + 1;
  for (let i = body; lines[i].startsWith('│'); i++) {
    const cells = cellsOf(lines[i])!;
    if (cells[1] !== '') rows.push(cells);
    else cells.forEach((c, j) => (rows.at(-1)![j] += /[-/]$/.test(rows.at(-1)![j]) || c === '' ? c : ` ${c}`));
  }
  return rows;
}

describe('a large run ends with a table of every file, worst first', () => {
  it('shows each file’s findings, then one row per file sorted by score, then the totals', async () => {
    const { report } = await runReport(CORPUS);
    expect(report.results).toHaveLength(9);
    for (const columns of [60, 80, 120]) {
      const text = formatters.stylish(report, { columns });
      expect(overWidth(text, columns)).toEqual([]);
      expect(text.match(/^✔ passed: [a-z]/gm)).toHaveLength(9);
      const rows = overviewRows(text);
      const scores = rows.map((r) => Number(r[1]));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      const files = report.results.map((r) => r.file.slice('fixtures/corpus/'.length));
      expect(rows.map((r) => r[0].replace(/ ?keyphrase-defined$/, '')).sort()).toEqual([...files].sort());
      // Each row's figures are the file's own.
      for (const row of rows) {
        const r = report.results.find((x) => row[0].startsWith(x.file.slice('fixtures/corpus/'.length))) as FileReport;
        expect(Number(row[1])).toBe(r.score);
        expect(Number(row[2])).toBe(r.checks.filter((c) => !c.passed && c.severity === 'error' && c.suppressed === undefined).length);
      }
      expect(text.replace(/\n/g, ' ')).toContain('Keyphrase tables, strips and readability are shown for runs of up to 5 files');
      expect(text).not.toContain('Readability  ');
      expect(footerOf(text)).toMatchObject({ files: 9, errors: report.summary.errors, warnings: report.summary.warnings });
    }
  });

  it('puts files that could not be read first', async () => {
    const { report } = await runReport([...CORPUS, 'fixtures/corpus/missing.md']);
    const rows = overviewRows(formatters.stylish(report, { columns: 120 }));
    expect(rows[0]).toEqual(['missing.md', '–', '1', '0', 'could not be read: no such file']);
  });

  it('leaves small runs without it', async () => {
    const { report } = await runReport(SEED);
    expect(formatters.stylish(report, { columns: 120 })).not.toContain('Worst check');
  });

  it('names the folder all files share once, in the head', () => {
    expect(commonFolder(['a/b/c.md', 'a/b/d/e.md'])).toBe('a/b/');
    expect(commonFolder(['a/b/c.md', 'a/bc/d.md'])).toBe('a/');
    expect(commonFolder(['x.md', 'a/y.md'])).toBe('');
    expect(commonFolder(['a/x.md'])).toBe('');
  });
});

describe('-f summary', () => {
  it('prints the table of files and the totals only, with the exit code of the run', async () => {
    const plain = await runCli(CORPUS, { env: { COLUMNS: '80' } });
    const r = await runCli([...CORPUS, '-f', 'summary'], { env: { COLUMNS: '80' } });
    expect(r.code).toBe(plain.code);
    expect(r.stdout.startsWith('┌')).toBe(true);
    expect(r.stdout).not.toContain('✔ passed: front-matter');
    expect(overWidth(r.stdout, 80)).toEqual([]);
    expect(overviewRows(r.stdout)).toHaveLength(9);
    // The same table and totals as the end of the stylish report.
    expect(plain.stdout.endsWith(r.stdout.slice(r.stdout.indexOf('┌')).split('\n\n').at(-1)!)).toBe(true);
    const { report } = await runReport(CORPUS);
    expect(footerOf(r.stdout)).toMatchObject({ files: 9, errors: report.summary.errors, warnings: report.summary.warnings });
    expect(report.results.some(isFailure)).toBe(false);
  });
});
