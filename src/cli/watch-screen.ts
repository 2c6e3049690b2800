import type { ChalkInstance } from 'chalk';
import type { RunReport } from '../engine/types.js';
import type { Baseline } from '../report/baseline.js';
import { printable } from '../report/escape.js';
import { baselineSection } from '../report/stylish-site.js';
import { plural } from '../report/stylish-totals.js';
import { layoutWidth, displayWidth, shorten } from '../report/width.js';
import { flow } from '../report/wrap.js';

/** Clears the screen and its scrollback, and puts the cursor home: each run replaces the last on a terminal. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

/**
 * Formats that print one JSON document. A watch prints one per run on one line of its own
 * (newline-delimited JSON), nothing else on stdout, so that a reader can parse each line as it comes.
 */
export const JSON_FORMATS = new Set(['json', 'sarif', 'gitlab']);

/** A JSON report on one line. */
export function oneLine(text: string): string {
  return `${JSON.stringify(JSON.parse(text))}\n`;
}

/** Which run this is, when it began and why. */
export interface RunHead {
  run: number;
  time: Date;
  reason: string;
}

/**
 * The run's first line, ruled to the width: where the screen is not cleared (a pipe, a log) it
 * is the line between one run and the next.
 */
export function headLine(head: RunHead, paint: ChalkInstance, columns: number): string {
  const width = layoutWidth(columns);
  const time = head.time.toTimeString().slice(0, 8);
  const text = shorten(`── run ${head.run} · ${time} · ${printable(head.reason)} `, width);
  return paint.dim(text + '─'.repeat(Math.max(0, width - displayWidth(text))));
}

/** The run's score and counts, from its summary. */
export function scoreLine(report: RunReport, paint: ChalkInstance, columns: number): string {
  const s = report.summary;
  const score = s.score === null ? 'no score' : `${s.files === 1 ? 'score' : 'mean score'} ${s.score}/100`;
  const items = [
    s.passed ? paint.green(score) : paint.red(score),
    plural(s.files, 'file'),
    paint.red(plural(s.errors, 'error')),
    paint.yellow(plural(s.warnings, 'warning')),
    s.passed ? paint.green('passed') : paint.red('failed'),
  ];
  return flow(items, layoutWidth(columns), { first: '', indent: '  ', separator: ' · ' }).join('\n');
}

/** What changed since the previous run: the baseline section of the stylish report, under its own title. */
export function changesSection(change: Baseline, paint: ChalkInstance, columns: number): string {
  const [, ...body] = baselineSection(change, paint, layoutWidth(columns)).split('\n');
  return [paint.bold.underline('Since the last run'), ...body].join('\n');
}

/** One run's screen: cleared (a terminal) or ruled off (anything else), then its head, score, changes and report. */
export interface Screen {
  head: RunHead;
  clear: boolean;
  report?: RunReport;
  change?: Baseline;
  /** The report in the chosen format, as it would go to stdout. */
  body: string;
}

export function screenText(s: Screen, paint: ChalkInstance, columns: number): string {
  const parts = [headLine(s.head, paint, columns)];
  if (s.report !== undefined) parts.push(scoreLine(s.report, paint, columns));
  let text = `${parts.join('\n')}\n`;
  if (s.change !== undefined) text += `\n${changesSection(s.change, paint, columns)}\n`;
  if (s.body !== '') text += `\n${s.body}`;
  const start = s.clear ? CLEAR_SCREEN : s.head.run > 1 ? '\n' : '';
  return start + text;
}
