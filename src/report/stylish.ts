import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { isFailure, type FileReport, type KeyphraseReport } from '../engine/types.js';
import { isProblem, type Check } from '../check/run.js';
import { printable } from './escape.js';
import { readabilitySection } from './stylish-readability.js';
import { matchingSections } from './matching-sections.js';
import type { Formatter, FormatOptions, RunReport } from './types.js';

const ORDER = { error: 0, warning: 1 } as const;

function byImportance(a: Check, b: Check): number {
  if (a.passed !== b.passed) return a.passed ? 1 : -1;
  return ORDER[a.severity] - ORDER[b.severity] || a.line - b.line;
}

function status(c: Check, paint: ChalkInstance): string {
  if (c.passed) return paint.green('✔ pass');
  return c.severity === 'error' ? paint.red('✖ error') : paint.yellow('⚠ warn');
}

function table(head: string[], widths: number[], paint: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
}

/**
 * The failed checks as a table, most severe first, then one line naming the checks that passed:
 * a writer reads what to change, and sees at a glance what was checked.
 */
function checksTable(r: FileReport, paint: ChalkInstance, columns: number): string {
  const failed = r.checks.filter(isProblem).sort(byImportance);
  const passed = [...new Set(r.checks.filter((c) => c.passed && c.skipped === undefined && !failed.some((f) => f.id === c.id && f.keyphrase === c.keyphrase)).map((c) => c.id))];
  const skipped = [...new Map(r.checks.filter((c) => c.skipped !== undefined).map((c) => [c.id, c.skipped!.reason])).entries()];
  const parts: string[] = [];
  if (failed.length > 0) {
    const idWidth = Math.max(8, ...failed.map((c) => c.id.length)) + 2;
    const messageWidth = Math.max(30, columns - idWidth - 8 - 11 - 6);
    const t = table(['Status', 'Line', 'Check', 'Message'], [11, 8, idWidth, messageWidth], paint);
    for (const c of failed) t.push([status(c, paint), String(c.line), c.id, printable(c.message)]);
    parts.push(t.toString());
  }
  if (passed.length > 0) parts.push(paint.dim(`${paint.green('✔')} passed: ${passed.join(', ')}`));
  if (skipped.length > 0) parts.push(paint.dim(`– skipped: ${skipped.map(([id, why]) => `${id} (${why})`).join(', ')}`));
  return parts.join('\n');
}

function yes(value: boolean, paint: ChalkInstance): string {
  return value ? paint.green('yes') : paint.red('no');
}

function keyphraseTable(keyphrases: KeyphraseReport[], paint: ChalkInstance): string {
  const phraseWidth = Math.max(11, Math.min(32, Math.max(...keyphrases.map((k) => k.phrase.length)) + 2));
  const t = table(
    ['Keyphrase', 'Count', 'Sentences', 'Density', 'Title', 'Descr.', 'Intro', 'Slug', 'Subheadings'],
    [phraseWidth, 7, 11, 9, 7, 8, 7, 6, 13],
    paint,
  );
  for (const k of keyphrases) {
    t.push([
      printable(k.phrase),
      String(k.count),
      String(k.sentenceMatches),
      `${k.density} %`,
      yes(k.inTitle, paint),
      yes(k.inDescription, paint),
      yes(k.inIntroduction, paint),
      yes(k.inSlug, paint),
      `${k.subheadings.matching} of ${k.subheadings.total}`,
    ]);
  }
  return t.toString();
}

/** Each keyphrase's occurrences as `line:column "text as written"`, so a writer sees which forms matched. */
function occurrenceLines(keyphrases: KeyphraseReport[], paint: ChalkInstance): string {
  return keyphrases
    .map((k) => {
      const found = k.occurrences.map((o) => `${o.line}:${o.column} ${paint.cyan(`"${printable(o.text)}"`)}`);
      return `  ${paint.bold(printable(k.phrase))} found at ${found.length === 0 ? paint.dim('no place') : found.join(', ')}`;
    })
    .join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fileSection(r: FileReport, paint: ChalkInstance, columns: number): string {
  const errors = r.checks.filter((c) => isProblem(c) && c.severity === 'error').length;
  const warnings = r.checks.filter((c) => isProblem(c) && c.severity === 'warning').length;
  const scoreText = `score ${r.score}/100`;
  const head = [
    paint.bold.underline(printable(r.file)),
    `  ${r.passed ? paint.green(scoreText) : paint.red(scoreText)} · ${plural(r.stats.words, 'word')} · ${plural(r.stats.sentences, 'sentence')} · ${paint.red(plural(errors, 'error'))} · ${paint.yellow(plural(warnings, 'warning'))}`,
  ];
  const parts = [head.join('\n'), checksTable(r, paint, columns)];
  if (r.keyphrases.length > 0) parts.push(keyphraseTable(r.keyphrases, paint), occurrenceLines(r.keyphrases, paint));
  parts.push(...matchingSections(r, paint, columns));
  parts.push(readabilitySection(r, paint, columns));
  return parts.join('\n');
}

/** The report for people: a summary line, a table of checks and a table per keyphrase per file. */
const stylish: Formatter = (report: RunReport, options: FormatOptions) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = Math.max(80, Math.min(options.columns, 160));
  const sections = report.results.map((r) =>
    isFailure(r)
      ? `${paint.bold.underline(printable(r.file))}\n  ${paint.red('✖ error')} ${printable(r.error)}`
      : fileSection(r, paint, columns),
  );
  const s = report.summary;
  const verdict = s.passed ? paint.green.bold('✔ passed') : paint.red.bold('✖ failed');
  const score = s.score === null ? '' : ` · mean score ${s.score}/100`;
  sections.push(`${verdict}: ${plural(s.files, 'file')}${score} · ${plural(s.errors, 'error')} · ${plural(s.warnings, 'warning')}`);
  return `${sections.join('\n\n')}\n`;
};

export default stylish;
