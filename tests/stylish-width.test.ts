import { describe, expect, it } from 'vitest';
import { formatters } from '../src/report/formatters.js';
import { DOCS_BASE, RULES } from '../src/rules/registry.js';
import { runCli } from './helpers.js';
import { cellsOf, overWidth, runReport, SEED } from './stylish-helpers.js';

const stylish = (report: Parameters<typeof formatters.stylish>[0], columns: number) => formatters.stylish(report, { columns });

/** Lines of a table: the box drawing, from its top border to its bottom one. */
function tables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('┌')) current = [];
    if (current !== null) current.push(line);
    if (line.startsWith('└') && current !== null) {
      out.push(current);
      current = null;
    }
  }
  return out;
}

/** Where a figure is split across two lines of a table cell or of the text: "30" then "%". */
function splitFigures(text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = cellsOf(lines[i]) ?? [lines[i].trim()];
    const b = cellsOf(lines[i + 1]) ?? [lines[i + 1].trim()];
    a.forEach((cell, j) => {
      const next = b[j] ?? '';
      if (/\d$/.test(cell) && (/^%/.test(next) || /^of \d/.test(next))) found.push(`${cell} / ${next}`);
      if (/\d of$/.test(cell) && /^\d/.test(next)) found.push(`${cell} / ${next}`);
    });
  }
  return found;
}

/** The text of one table row's cell `column`, over its wrapped lines; the row is the one naming `check`. */
function rowText(text: string, check: string, column: number): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => cellsOf(l)?.[2].replace(/\*$/, '') === check);
  expect(start, `a row for ${check}`).toBeGreaterThan(-1);
  const parts = [cellsOf(lines[start])![column]];
  for (let i = start + 1; cellsOf(lines[i]) !== null && cellsOf(lines[i])![0] === ''; i++) parts.push(cellsOf(lines[i])![column]);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('the stylish report fits the terminal', () => {
  it('keeps the checks table within 80 columns when keyphrase-in-introduction fails', async () => {
    const { report } = await runReport(['fixtures/cli/discovery/article.md', '-k', 'flour', '--no-config']);
    const text = stylish(report, 80);
    expect(text).toContain('keyphrase-in-introduction');
    const [checks] = tables(text);
    expect(checks.map((l) => [...l].length)).toEqual(checks.map(() => 80));
    expect(overWidth(text, 80)).toEqual([]);
  });

  it('shrinks the keyphrase table to 80 and 60 columns (it was always 99)', async () => {
    const { report } = await runReport(SEED);
    for (const columns of [60, 80]) {
      const keyphrases = tables(stylish(report, columns)).find((t) => t.some((l) => l.includes('Subheadings')))!;
      expect(Math.max(...keyphrases.map((l) => [...l].length))).toBeLessThanOrEqual(columns);
      // Both keyphrases and every figure are still there.
      const text = keyphrases.join('\n');
      for (const figure of ['0.26 %', '0.52 %', '0 of 6', 'Trump Putin meeting', 'US Russia relations']) expect(text).toContain(figure);
    }
  });

  it('wraps the passed list under its first item', async () => {
    const { report } = await runReport(SEED);
    const lines = stylish(report, 80).split('\n');
    const start = lines.findIndex((l) => l.startsWith('✔ passed: '));
    expect(start).toBeGreaterThan(-1);
    expect(lines[start + 1]).toMatch(/^ {10}[a-z]/);
    expect(overWidth(lines.join('\n'), 80)).toEqual([]);
  });

  it('never splits a figure ("30 %", "0.26 %", "2 of 6") across lines, and fits any width from 40 to 200', async () => {
    const { report } = await runReport(SEED);
    for (let columns = 40; columns <= 200; columns++) {
      const text = stylish(report, columns);
      expect(splitFigures(text), `${columns} columns`).toEqual([]);
      expect(overWidth(text, columns), `${columns} columns`).toEqual([]);
    }
  });

  it('shortens a 357-character description quoted in a message, keeping the rest of the message whole', async () => {
    const description = `${'A long description that goes on about bread and flour and water and patience '.repeat(5).slice(0, 356)}.`;
    expect(description).toHaveLength(357);
    const stdin = `---\ntitle: Feeding a sourdough starter every day of the year\ndescription: ${description}\n---\n\nA sourdough starter needs flour.\n`;
    const { report } = await runReport(['-', '-k', 'sourdough starter', '--no-config'], { stdin });
    const text = stylish(report, 80);
    const message = rowText(text, 'keyphrase-in-description', 3);
    expect(message).not.toContain(description);
    expect(message).toBe('Put "sourdough starter" in the description: "A long description that goes on about bread and flour and…"');
    expect(overWidth(text, 80)).toEqual([]);
  });

  it('fits 60, 80 and 120 columns for `seo-check rules`, each docs URL whole', async () => {
    for (const columns of [60, 80, 120]) {
      const r = await runCli(['rules'], { env: { COLUMNS: String(columns) } });
      expect(r.code).toBe(0);
      expect(overWidth(r.stdout, columns), `${columns} columns`).toEqual([]);
      for (const rule of RULES) expect(r.stdout).toContain(rule.id);
      // URLs are never cut: every one printed is the docs folder or the pattern of a rule's page.
      const urls = r.stdout.match(/https?:\/\/\S+/g) ?? [];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect([DOCS_BASE.replace(/\/$/, ''), `${DOCS_BASE}<rule>.md`]).toContain(url);
      expect(r.stdout).not.toContain('…');
    }
  });

  it('fits `explain` to 60 and 80 columns', async () => {
    for (const columns of [60, 80]) {
      const r = await runCli(['explain', ...SEED], { env: { COLUMNS: String(columns) } });
      expect(r.stdout).toContain('Occurrences');
      expect(overWidth(r.stdout, columns), `${columns} columns`).toEqual([]);
    }
  });
});
