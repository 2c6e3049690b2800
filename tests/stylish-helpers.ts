import { runCli } from './helpers.js';
import type { RunReport } from './internal.js';
import { displayWidth, stripAnsi } from '../src/report/width.js';

/** The JSON report of a CLI run and its exit code: formatters are pure functions of the report. */
export async function runReport(argv: string[], options: Parameters<typeof runCli>[1] = {}): Promise<{ report: RunReport; code: number }> {
  const r = await runCli([...argv, '-f', 'json'], options);
  return { report: JSON.parse(r.stdout) as RunReport, code: r.code };
}

/** The lines of `text` wider than `columns` on a terminal, colour codes aside. */
export function overWidth(text: string, columns: number): string[] {
  return text.split('\n').filter((l) => displayWidth(stripAnsi(l)) > columns);
}

/** The cells of a table line ("│ a │ b │"), trimmed; null for a line that is not a table row. */
export function cellsOf(line: string): string[] | null {
  if (!line.startsWith('│')) return null;
  return line.split('│').slice(1, -1).map((c) => c.trim());
}

/** The items of the "✔ passed:" list (over its wrapped lines), or [] when there is none. */
export function passedItems(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('✔ passed: '));
  if (start === -1) return [];
  let list = lines[start].slice('✔ passed: '.length);
  for (let i = start + 1; i < lines.length && /^ {10}\S/.test(lines[i]); i++) list += ` ${lines[i].trim()}`;
  return list.split(/,\s+(?![^(]*\))/).map((s) => s.trim().replace(/,$/, ''));
}

/** The seed article and its two keyphrases, as the issue tried them. */
export const SEED = ['fixtures/trump-putin-meeting.md', '-k', 'Trump Putin meeting', '-k', 'US Russia relations', '--no-config'];

/** Lines that a wrapped line continues on: indented, and not a table or a list of its own. */
function continued(lines: string[], from: number): string {
  const parts = [lines[from]];
  for (let i = from + 1; i < lines.length && /^ {2}\S/.test(lines[i]) && !/^ {2}(✖|–|⚠)/.test(lines[i]); i++) parts.push(lines[i].trim());
  return parts.join(' · ');
}

/** Each analysed file's head line counts ("score 54/100 · … · 3 errors · 12 warnings"). */
export function headCounts(text: string): Array<{ errors: number; warnings: number }> {
  const lines = text.split('\n');
  const out: Array<{ errors: number; warnings: number }> = [];
  lines.forEach((l, i) => {
    if (!/^ {2}score \d+\/100/.test(l)) return;
    const m = /(\d+) errors? · (\d+) warnings?/.exec(continued(lines, i))!;
    out.push({ errors: Number(m[1]), warnings: Number(m[2]) });
  });
  return out;
}

/** The footer's verdict and counts. */
export function footerOf(text: string): { verdict: string; line: string; errors: number; warnings: number; files: number } {
  const lines = text.trimEnd().split('\n');
  const at = lines.findIndex((l) => /^(✔ passed|✖ failed|✖ nothing checked|– nothing checked): /.test(l) && !/^✔ passed: [a-z]/.test(l));
  if (at === -1) throw new Error(`no footer in:\n${text}`);
  const line = continued(lines, at);
  const verdict = line.slice(0, line.indexOf(':'));
  const counts = /(\d+) errors? · (\d+) warnings?/.exec(line);
  const files = /^[^:]+: (\d+) files?/.exec(line);
  return { verdict, line, errors: Number(counts?.[1] ?? 0), warnings: Number(counts?.[2] ?? 0), files: Number(files?.[1] ?? 0) };
}

/**
 * The rows of the first table in `text`, each cell's wrapped lines joined by a space: a row
 * starts on a line whose first cell is filled.
 */
export function firstTableRows(text: string): string[][] {
  const lines = text.split('\n');
  const top = lines.findIndex((l) => l.startsWith('┌'));
  if (top === -1) return [];
  const body = lines.findIndex((l, i) => i > top && l.startsWith('├')) + 1;
  const rows: string[][] = [];
  for (let i = body; lines[i].startsWith('│'); i++) {
    const cells = cellsOf(lines[i])!;
    if (cells[0] !== '') rows.push(cells);
    else cells.forEach((c, j) => (rows.at(-1)![j] = `${rows.at(-1)![j]} ${c}`.trim()));
  }
  return rows;
}
