import { Chalk, type ChalkInstance } from 'chalk';
import { isFailure, type FileFailure, type FileReport } from '../engine/types.js';
import { printable } from './escape.js';
import { readabilitySection } from './stylish-readability.js';
import { matchingSections } from './matching-sections.js';
import { checksSection, HEURISTIC_MARK } from './stylish-checks.js';
import { fileFindings, type FileFindings } from './stylish-findings.js';
import { keyphraseTable, occurrenceLines } from './stylish-keyphrases.js';
import { overviewTable } from './stylish-overview.js';
import { baselineSection, siteSection } from './stylish-site.js';
import { footer, plural, silencedText } from './stylish-totals.js';
import { cut, flow, wrap } from './wrap.js';
import { layoutWidth } from './width.js';
import type { Formatter, FormatOptions, RunReport } from './types.js';

/** Runs of more files than this get a table of every file, and each file's findings without its measures. */
export const LARGE_RUN = 5;

function fileName(file: string, paint: ChalkInstance, columns: number): string {
  return cut(printable(file), columns)
    .map((l) => paint.bold.underline(l))
    .join('\n');
}

function failureSection(r: FileFailure, paint: ChalkInstance, columns: number): string {
  const why = wrap(`${paint.red('✖ could not be read:')} ${printable(r.error)}${r.line === undefined ? '' : ` (line ${r.line})`}`, columns - 2);
  return [fileName(r.file, paint, columns), ...why.map((l) => `  ${l}`)].join('\n');
}

/** The file's head line: its score, size and counts, as the checks below and the footer count them. */
function headLine(r: FileReport, f: FileFindings, paint: ChalkInstance, columns: number): string {
  const scoreText = `score ${r.score}/100`;
  const items = [
    r.passed ? paint.green(scoreText) : paint.red(scoreText),
    plural(r.stats.words, 'word'),
    plural(r.stats.sentences, 'sentence'),
    paint.red(plural(f.errors, 'error')),
    paint.yellow(plural(f.warnings, 'warning')),
  ];
  if (f.silenced.length > 0) items.push(silencedText(f.silenced.length));
  return flow(items, columns, { first: '  ', indent: '  ', separator: ' · ' }).join('\n');
}

interface SectionOptions {
  quiet: boolean;
  /** The keyphrase tables, strips and readability: left out of large runs. */
  measures: boolean;
}

function fileSection(r: FileReport, f: FileFindings, paint: ChalkInstance, columns: number, options: SectionOptions): string {
  const parts = [fileName(r.file, paint, columns), headLine(r, f, paint, columns), ...checksSection(f, paint, columns, options.quiet)];
  if (options.quiet) return parts.join('\n');
  if (options.measures && r.keyphrases.length > 0) parts.push(keyphraseTable(r.keyphrases, paint, columns), occurrenceLines(r.keyphrases, paint, columns));
  parts.push(...matchingSections(r, paint, columns, { strips: options.measures }));
  if (options.measures) parts.push(readabilitySection(r, paint, columns));
  return parts.join('\n');
}

/** What the marks and omissions of this report mean, one dim line each. */
function notes(shownHeuristic: boolean, large: boolean, options: SectionOptions, paint: ChalkInstance, columns: number): string[] {
  const lines: string[] = [];
  if (shownHeuristic) lines.push(`${HEURISTIC_MARK} an editorial convention; checks without ${HEURISTIC_MARK} follow Google's documentation`);
  if (large && !options.quiet) lines.push(`Keyphrase tables, strips and readability are shown for runs of up to ${LARGE_RUN} files: check one file to see its own.`);
  return lines.flatMap((l) => wrap(l, columns)).map((l) => paint.dim(l));
}

/**
 * The report for people: each file's findings (a table of failed checks, then what passed, was
 * skipped or silenced) and measures; over many files, a table of every file worst first; then the
 * totals. Everything is counted from the same findings and fits `options.columns`. With `quiet`,
 * only failed errors are shown, and everything is still counted.
 */
const stylish: Formatter = (report: RunReport, options: FormatOptions) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = layoutWidth(options.columns);
  const large = report.results.length > LARGE_RUN;
  const section: SectionOptions = { quiet: options.quiet === true, measures: !large };
  let shownHeuristic = false;
  const sections = report.results.map((r) => {
    if (isFailure(r)) return failureSection(r, paint, columns);
    const f = fileFindings(r);
    const shown = section.quiet ? f.problems.filter((c) => c.severity === 'error') : f.problems;
    shownHeuristic ||= shown.some((c) => c.basis === 'heuristic');
    return fileSection(r, f, paint, columns, section);
  });
  const site = siteSection(report, paint, columns, section.quiet);
  if (site !== null) sections.push(site);
  if (large) sections.push(overviewTable(report, paint, columns));
  if (options.baseline !== undefined) sections.push(baselineSection(options.baseline, paint, columns));
  const end = [...notes(shownHeuristic, large, section, paint, columns), footer(report, paint, columns, { quiet: section.quiet, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern })];
  sections.push(end.join('\n'));
  return `${sections.join('\n\n')}\n`;
};

export default stylish;
